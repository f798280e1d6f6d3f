// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// Machine learning inference from Solidity on the AI EVM: the chain runs
/// the model natively in its `inference` precompile (gethadapter), and opML
/// lets anyone dispute the result afterwards.
library AILib {
    /// The inference precompile (gethadapter.Address).
    address internal constant INFERENCE = 0x00000000000000000000000000000000000A1000;

    /// Runs the model at `model_address` (its content address, see
    /// docs/oracle.md) on `input_data`, in the model's input encoding, and
    /// returns its output, which must be `output_size` bytes. Reverts with
    /// the precompile's reason ("inference: ...") when it refuses the call
    /// (unknown model, wrong input or output size), and with
    /// "AILib: inference failed (out of gas?)" when it fails without one.
    function inference(bytes32 model_address, bytes memory input_data, uint256 output_size)
        internal
        view
        returns (bytes memory output)
    {
        bool ok;
        (ok, output) = INFERENCE.staticcall(abi.encode(model_address, input_data, output_size));
        if (!ok) {
            if (output.length == 0) revert("AILib: inference failed (out of gas?)");
            assembly ("memory-safe") {
                revert(add(output, 32), mload(output))
            }
        }
        if (output.length != output_size) {
            if (output.length == 0) revert("AILib: no output (is the inference precompile installed?)");
            revert("AILib: output is not output_size bytes");
        }
    }
}
