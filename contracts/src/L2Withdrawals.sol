// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title L2Withdrawals
/// @notice The rollup's L2 side of withdrawals (docs/rollup.md, "The
/// bridge"). It lives at 0x4200000000000000000000000000000000000016
/// (rollup.WithdrawalContract, in the L2 genesis), whose storage root is the
/// withdrawal-storage root of every output root. A user sends ETH with
/// initiateWithdrawal; the contract records
///
///   sentMessages[keccak256(abi.encode(nonce, sender, recipient, value))] = true
///
/// and the L1 Bridge pays `value` to `recipient` on L1 once an output root
/// whose withdrawal-storage root holds that slot is final, on a
/// Merkle-Patricia proof of the slot. The ETH stays in this contract: no
/// function moves it out, so it is out of circulation on L2 (Optimism's
/// message passer burns it instead; the effect on L2 is the same).
///
/// Storage layout (the L1 Bridge depends on it): slot 0 is sentMessages,
/// slot 1 the next nonce. A withdrawal's slot is
/// keccak256(abi.encode(withdrawalHash, uint256(0))).
contract L2Withdrawals {
    mapping(bytes32 => bool) public sentMessages; // slot 0
    uint256 public nonce; // slot 1

    event WithdrawalInitiated(
        uint256 indexed nonce, address indexed sender, address indexed recipient, uint256 value, bytes32 withdrawalHash
    );

    error NoValue();
    error ZeroRecipient();

    /// @notice Withdraws msg.value to `recipient` on L1.
    function initiateWithdrawal(address recipient) external payable returns (bytes32 withdrawalHash) {
        if (msg.value == 0) revert NoValue();
        if (recipient == address(0)) revert ZeroRecipient();
        uint256 n = nonce;
        withdrawalHash = hashWithdrawal(n, msg.sender, recipient, msg.value);
        sentMessages[withdrawalHash] = true;
        nonce = n + 1;
        emit WithdrawalInitiated(n, msg.sender, recipient, msg.value, withdrawalHash);
    }

    /// @notice A withdrawal's hash: keccak256 of its four ABI words.
    function hashWithdrawal(uint256 n, address sender, address recipient, uint256 value) public pure returns (bytes32) {
        return keccak256(abi.encode(n, sender, recipient, value));
    }
}
