// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

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
/// The contract does not decode the batch (RLP on chain would cost more than
/// the storage write): a batch whose bytes are not a batch, or carry another
/// block number, is malformed, and derivation stops at it with an error.
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

    constructor(address _sequencer) {
        sequencer = _sequencer;
    }

    /// Records the batch of L2 block `number`; the batch itself stays in
    /// this call's calldata.
    function post(uint64 number, bytes calldata batch) external {
        if (msg.sender != sequencer) revert NotSequencer(msg.sender);
        if (number != next) revert OutOfOrder(number, next);
        if (batch.length == 0) revert EmptyBatch();
        bytes32 c = keccak256(batch);
        commitments[number] = c;
        next = number + 1;
        emit BatchPosted(number, c);
    }
}
