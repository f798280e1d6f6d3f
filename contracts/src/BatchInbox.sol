// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {BatchRLP} from "./BatchRLP.sol";

/// @title BatchInbox
/// @notice Where the rollup's sequencer posts its L2 blocks (docs/rollup.md,
/// "Batches on L1"). Each L2 block's batch (the RLP of its number, its
/// parent's hash and its attributes: rollup/batch) is the calldata of one
/// `post` call. The contract keeps only the batch's keccak256 per L2 block
/// number, in order: block n + 1 only after block n, starting at block 1
/// (block 0 is the L2 genesis, which is not posted). The bytes themselves
/// stay in the transaction's calldata, where derivation reads them and checks
/// them against `commitments`.
///
/// The contract reads the batch (BatchRLP) with the rules of the RLP decoder
/// that derivation uses, and refuses (BadBatch) what derivation could not
/// read: a batch that is not [number, 32-byte parent hash, attributes] with
/// the posted number (what OutputOracle.batchInputs refuses, so no game
/// could be opened on it), or whose attributes are not rollup.Attributes
/// (rollup.DecodeAttributes). So every committed batch makes exactly one
/// block (docs/rollup.md, "What an invalid block means").
///
/// Deposits: a batch's attributes list the bridge deposits the block
/// credits and end with the Bridge's deposit running hash after them
/// (rollup.Attributes.Deposits, DepositHash). `post` takes the deposit
/// count the batch consumes and refuses the batch unless that count is at
/// most the bridge's, its listed deposits chain (Bridge.deposit's step)
/// from the bridge's hash at the count the inbox consumed so far to the
/// bridge's hash at the new count, one per deposit between the two counts,
/// and its deposit hash is that hash. By keccak256's collision resistance
/// the list is then exactly the bridge's deposits, in order; the block
/// program and derivation credit them whatever else the batch holds (the
/// rule's fallback block keeps them), so the L2 state's consumed count is
/// always the inbox's.
///
/// Forced inclusion: the bridge gives each deposit a deadline (its L1
/// timestamp plus the bridge's inclusionDelay). A post must not leave a
/// deposit past its deadline unconsumed (DepositOverdue), so a sequencer
/// that censors a deposit cannot post at all once the deadline has passed,
/// and while such a deposit waits anyone may post the next block in the
/// sequencer's place (a sequencer that stopped posting does not stop
/// deposits). Counts never go back (DepositsRolledBack).
interface IDeposits {
    function depositCount() external view returns (uint64);
    function hashAt(uint64 count) external view returns (bytes32);
    function deadline(uint64 index) external view returns (uint64);
}

contract BatchInbox {
    /// The only account that may post.
    address public immutable sequencer;

    /// keccak256 of the batch of each posted L2 block number (zero: not
    /// posted).
    mapping(uint64 => bytes32) public commitments;

    /// The number of the next L2 block to post (the last posted is one less).
    uint64 public next = 1;

    /// One per post, so a reader finds the transaction that carries the
    /// batch of `number` (a log filtered on `number`; the contract keeps no
    /// L1 block number, which would cost a second storage slot per block).
    event BatchPosted(uint64 indexed number, bytes32 commitment);

    error NotSequencer(address caller);
    error OutOfOrder(uint64 number, uint64 expected);
    error EmptyBatch();

    /// The account that deployed the inbox; it sets the bridge, once.
    address public immutable deployer;
    /// The bridge whose deposits batches consume (zero until set: then
    /// every batch must claim no deposit, the zero hash).
    IDeposits public bridge;

    /// The deposit count the last post consumed (posts never go back).
    uint64 public consumed;

    error NotDeployer(address caller);
    error BridgeAlreadySet();
    error TooManyDeposits(uint64 count, uint64 available);
    error DepositHashMismatch(bytes32 expected);
    /// The batch's deposits are not the bridge's deposits from index `from`
    /// to `to` - 1 in order (it lists `listed`; or as many, but others).
    error DepositsMismatch(uint64 from, uint64 to, uint256 listed);
    error DepositOverdue(uint64 index, uint64 deadline);
    error DepositsRolledBack(uint64 count, uint64 consumed);

    constructor(address _sequencer) {
        sequencer = _sequencer;
        deployer = msg.sender;
    }

    /// Sets the bridge (the bridge is deployed after the output oracle,
    /// which is deployed after the inbox). Only the deployer, only once.
    function setBridge(IDeposits _bridge) external {
        if (msg.sender != deployer) revert NotDeployer(msg.sender);
        if (address(bridge) != address(0)) revert BridgeAlreadySet();
        bridge = _bridge;
    }

    /// Records the batch of L2 block `number`; the batch itself stays in
    /// this call's calldata. The batch must be readable (BadBatch: see
    /// BatchRLP) and name block `number`.
    /// `depositCount` is the number of bridge deposits consumed after this
    /// block: at least the last post's, at most the bridge's, and every
    /// deposit past its deadline (deadlines grow with the index, so it is
    /// enough that deposit `depositCount`, the first left out, is not). The
    /// batch lists exactly the deposits from the last post's count to
    /// `depositCount` (DepositsMismatch) and ends with the bridge's hash
    /// after them (DepositHashMismatch).
    function post(uint64 number, uint64 depositCount, bytes calldata batch) external {
        if (msg.sender != sequencer && !sequencerLate()) revert NotSequencer(msg.sender);
        if (number != next) revert OutOfOrder(number, next);
        if (batch.length == 0) revert EmptyBatch();
        uint64 before; // consumed, which stays 0 while there is no bridge
        bytes32 hashBefore;
        bytes32 expected;
        if (address(bridge) == address(0)) {
            if (depositCount != 0) revert TooManyDeposits(depositCount, 0);
        } else {
            before = consumed;
            uint64 available = bridge.depositCount();
            if (depositCount > available) revert TooManyDeposits(depositCount, available);
            if (depositCount < before) revert DepositsRolledBack(depositCount, before);
            if (depositCount < available) {
                uint64 due = bridge.deadline(depositCount);
                if (block.timestamp > due) revert DepositOverdue(depositCount, due);
            }
            expected = bridge.hashAt(depositCount);
            hashBefore = depositCount == before ? expected : bridge.hashAt(before);
        }
        (, uint256 at) = BatchRLP.inputs(batch, number);
        (uint256 listed, bytes32 chained, bytes32 claimed) = BatchRLP.attributes(batch, at, hashBefore);
        if (claimed != expected) revert DepositHashMismatch(expected);
        if (listed != depositCount - before || chained != expected) {
            revert DepositsMismatch(before, depositCount, listed);
        }
        if (depositCount != before) consumed = depositCount;
        bytes32 c = keccak256(batch);
        commitments[number] = c;
        next = number + 1;
        emit BatchPosted(number, c);
    }

    /// @notice Whether a deposit the posts so far left unconsumed is past its
    /// deadline: the sequencer has censored it or stopped posting, and
    /// anyone may post the next block (which must consume it).
    function sequencerLate() public view returns (bool) {
        if (address(bridge) == address(0)) return false;
        uint64 c = consumed;
        return c < bridge.depositCount() && block.timestamp > bridge.deadline(c);
    }
}
