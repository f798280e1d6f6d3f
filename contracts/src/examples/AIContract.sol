// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AILib} from "../AILib.sol";

/// The opML seed's example: runs any model on any input and logs the
/// result, which an opML adapter picks up as a claim.
contract AIContract {
    event Inference(bytes32 model_address, bytes input_data, uint256 output_size, bytes output);

    function inference(bytes32 model_address, bytes memory input_data, uint256 output_size)
        public
        returns (bytes memory output)
    {
        output = AILib.inference(model_address, input_data, output_size);
        emit Inference(model_address, input_data, output_size, output);
    }
}
