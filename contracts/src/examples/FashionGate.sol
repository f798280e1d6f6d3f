// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AILib} from "../AILib.sol";

/// An inference result used in contract logic: only footwear gets in. A
/// Fashion-MNIST classifier (ggml-mips/models/mnist) looks at a 28×28
/// grayscale image; sandals (5), sneakers (7) and ankle boots (9) are
/// admitted, anything else is turned away.
contract FashionGate {
    uint256 internal constant IMAGE_SIZE = 784; // 28×28 pixels, one byte each

    /// The classifier's model address.
    bytes32 public immutable model;
    /// The class each admitted visitor showed (the last one, if several).
    mapping(address => uint8) public footwearOf;
    /// How many times someone was admitted.
    uint256 public admissions;

    event Admitted(address indexed visitor, uint8 class);

    error NotAnImage(uint256 length);
    error NotFootwear(uint8 class);

    constructor(bytes32 model_) {
        model = model_;
    }

    /// Classifies `image` (784 bytes, row-major, 0 = background) and admits
    /// the caller if it shows footwear; reverts NotFootwear(class) if not.
    function enter(bytes calldata image) external returns (uint8 class) {
        if (image.length != IMAGE_SIZE) revert NotAnImage(image.length);
        class = uint8(AILib.inference(model, image, 1)[0]);
        if (class != 5 && class != 7 && class != 9) revert NotFootwear(class);
        footwearOf[msg.sender] = class;
        admissions++;
        emit Admitted(msg.sender, class);
    }
}
