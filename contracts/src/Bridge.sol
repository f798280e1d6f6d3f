// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MPT} from "./MPT.sol";

/// The OutputOracle's reads the bridge uses.
interface IOutputs {
    struct Proposal {
        address proposer;
        uint64 l2Block;
        uint64 proposedAt;
        uint32 disputes;
        uint32 open;
        uint32 wins;
        bool settled;
        bytes32 outputRoot;
    }

    function statusOf(uint256 proposalId) external view returns (uint8);
    function getProposal(uint256 proposalId) external view returns (Proposal memory);
}

/// @title Bridge
/// @notice The rollup's L1 side of withdrawals (docs/rollup.md, "The
/// bridge"). It pays a withdrawal recorded by L2Withdrawals (at
/// 0x4200…0016 on L2) when shown
///
///  - an OutputOracle proposal that is Final (settled, no challenger won:
///    a pending or rejected proposal is refused),
///  - the preimage of its output root, v0: keccak256(bytes32(0) ‖ state root
///    ‖ withdrawal-storage root ‖ block hash),
///  - a Merkle-Patricia proof, in the withdrawal-storage root, of the
///    withdrawal's slot keccak256(abi.encode(withdrawalHash, uint256(0)))
///    holding true (the trie's key is keccak256 of the slot, its value
///    RLP(0x01)).
///
/// Each withdrawal is paid once (finalized). The ETH it pays is what the
/// bridge holds: the deployer's funding (backing the L2 genesis's ETH) and,
/// once deposits exist, deposits.
///
/// Deposits: each deposit extends a running hash (hashAt) that the
/// sequencer's batches consume in order, and gets a deadline, its L1
/// timestamp plus inclusionDelay: BatchInbox refuses a post that leaves a
/// deposit past its deadline unconsumed, and lets anyone post while one is
/// (forced inclusion, docs/rollup.md "Deposits").
contract Bridge {
    address public constant L2_WITHDRAWALS = 0x4200000000000000000000000000000000000016;
    uint8 internal constant FINAL = 2; // OutputOracle.ProposalStatus.Final

    struct Withdrawal {
        uint256 nonce;
        address sender; // on L2
        address recipient; // on L1
        uint256 value; // wei
    }

    /// The preimage of an output root (v0).
    struct OutputPreimage {
        bytes32 stateRoot;
        bytes32 withdrawalStorageRoot;
        bytes32 blockHash;
    }

    IOutputs public immutable outputs;
    /// Withdrawals paid, by hash.
    mapping(bytes32 => bool) public finalized;

    /// Deposits made so far (the next deposit's index).
    uint64 public depositCount;
    /// The deposit running hash after the first n deposits: hashAt[0] is
    /// zero, hashAt[n + 1] = keccak256(hashAt[n] ‖ recipient (20 bytes) ‖
    /// value (32 bytes) ‖ n (8 bytes, big-endian)) with deposit n's L2
    /// recipient and wei (rollup.DepositHash computes the same).
    mapping(uint64 => bytes32) public hashAt;

    /// How long (seconds of L1 time) a deposit may wait to be consumed by
    /// a posted batch, fixed at deployment.
    uint64 public immutable inclusionDelay;
    /// Deposit i's deadline: its L1 block's timestamp plus inclusionDelay.
    /// After it, BatchInbox accepts only a post that consumes deposit i.
    /// Deadlines never decrease with the index (L1 time does not).
    mapping(uint64 => uint64) public deadline;

    event Deposit(uint64 indexed index, address indexed recipient, uint256 value, bytes32 newHash);

    event WithdrawalFinalized(bytes32 indexed withdrawalHash, address indexed recipient, uint256 value, uint256 proposalId);

    error NotFinal(uint256 proposalId, uint8 status);
    error BadOutputPreimage(bytes32 outputRoot);
    error AlreadyFinalized(bytes32 withdrawalHash);
    error NotWithdrawn(bytes32 withdrawalHash);
    error PaymentFailed(address recipient);

    constructor(IOutputs outputs_, uint64 inclusionDelay_) payable {
        outputs = outputs_;
        inclusionDelay = inclusionDelay_;
    }

    /// @notice Deposits the message value to l2Recipient on L2: the next
    /// deposit in the running hash, which the sequencer's batches must
    /// consume in order (BatchInbox.post checks the hash a batch claims),
    /// within inclusionDelay seconds.
    function deposit(address l2Recipient) external payable returns (uint64 index) {
        index = depositCount;
        bytes32 h = keccak256(abi.encodePacked(hashAt[index], l2Recipient, msg.value, index));
        hashAt[index + 1] = h;
        deadline[index] = uint64(block.timestamp) + inclusionDelay;
        depositCount = index + 1;
        emit Deposit(index, l2Recipient, msg.value, h);
    }

    /// @notice The running hash over every deposit so far.
    function depositHash() external view returns (bytes32) {
        return hashAt[depositCount];
    }

    /// @notice Pays w.value to w.recipient, given a Final proposal, its
    /// output root's preimage and the storage proof of the withdrawal's slot.
    function finalizeWithdrawal(
        Withdrawal calldata w,
        uint256 proposalId,
        OutputPreimage calldata o,
        bytes[] calldata storageProof
    ) external {
        uint8 status = outputs.statusOf(proposalId);
        if (status != FINAL) revert NotFinal(proposalId, status);
        bytes32 root = outputs.getProposal(proposalId).outputRoot;
        if (outputRootOf(o) != root) revert BadOutputPreimage(root);
        bytes32 h = hashWithdrawal(w);
        if (finalized[h]) revert AlreadyFinalized(h);
        bytes calldata value = MPT.get(o.withdrawalStorageRoot, keccak256(abi.encode(slotOf(h))), storageProof);
        if (value.length != 1 || value[0] != 0x01) revert NotWithdrawn(h);
        finalized[h] = true;
        (bool ok,) = w.recipient.call{value: w.value}("");
        if (!ok) revert PaymentFailed(w.recipient);
        emit WithdrawalFinalized(h, w.recipient, w.value, proposalId);
    }

    /// @notice The withdrawal's hash, as L2Withdrawals.hashWithdrawal.
    function hashWithdrawal(Withdrawal calldata w) public pure returns (bytes32) {
        return keccak256(abi.encode(w.nonce, w.sender, w.recipient, w.value));
    }

    /// @notice The storage slot of sentMessages[withdrawalHash] in L2Withdrawals.
    function slotOf(bytes32 withdrawalHash) public pure returns (bytes32) {
        return keccak256(abi.encode(withdrawalHash, uint256(0)));
    }

    /// @notice The v0 output root of a preimage.
    function outputRootOf(OutputPreimage calldata o) public pure returns (bytes32) {
        return keccak256(abi.encode(bytes32(0), o.stateRoot, o.withdrawalStorageRoot, o.blockHash));
    }

    /// @notice The value under key in the trie at root, by an inclusion
    /// proof (MPT.get; reverts with MPT.BadProof unless the proof shows it).
    function proveValue(bytes32 root, bytes32 key, bytes[] calldata proof) external pure returns (bytes memory) {
        return MPT.get(root, key, proof);
    }
}
