// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title ModelRegistry
/// @notice The models claims may name, and the data-availability challenges
/// that keep them available (docs/dispute.md, "Models"). OpML inherits it:
/// one contract, one ledger of credits.
///
/// A model is registered once, with a bond, by its tree root and byte length
/// (its address is computed from them, as oracle.ModelAddress does) and the
/// largest input and output a claim on it may have: limits the registrant
/// computes off chain with the deployment's plan checks, so that every
/// honest claim within them can be adjudicated by the deployment's game.
/// OpML.submit refuses a claim on a model that is not registered, that is
/// unavailable, or beyond its limits.
///
/// Anyone can open a data-availability challenge against a registered model
/// with daBond, naming one block of BLOCK_BYTES (the nodes of the model's
/// tree at BLOCK_HEIGHT, which the node program maps; the whole tree for a
/// smaller model). Anyone may answer it within daWindow seconds by posting
/// the block and the path from it to the root: the contract hashes the
/// block into its subtree root and the path to the model's root, emits the
/// block (BlockPosted), and credits the challenger's bond to the responder.
/// Unanswered, the challenge can be resolved after the window: the model is
/// unavailable for good, the challenger gets its bond back and the
/// registration bond, and OpML rejects every unsettled claim on the model.
abstract contract ModelRegistry {
    enum ModelStatus {
        None,
        Available,
        Unavailable
    }

    enum DAStatus {
        None,
        Open,
        Answered,
        Expired
    }

    struct Model {
        address registrant;
        ModelStatus status;
        uint64 length; // bytes
        uint64 maxInputBytes; // the longest input a claim on the model may have
        uint64 maxOutputBytes; // the longest output a claim on the model may have
        uint64 registeredBlock;
        uint32 openDA; // data-availability challenges neither answered nor resolved
        uint64 lastAnsweredAt; // block.timestamp of the last answer (0: none)
        bytes32 root; // of the tree over the model's bytes
    }

    struct DAChallenge {
        bytes32 model;
        address challenger;
        DAStatus status;
        uint64 index; // the block
        address responder; // who answered
        uint64 deadline; // answers are taken while block.timestamp < deadline
    }

    /// The height of a block in the model's tree (claim/protocol
    /// ModelBlockHeight): 2^11 leaves of 32 bytes.
    uint256 public constant BLOCK_HEIGHT = 11;
    uint256 public constant BLOCK_BYTES = 32 << BLOCK_HEIGHT;

    uint256 public immutable registrationBond; // wei
    uint256 public immutable daBond; // wei
    uint64 public immutable daWindow; // seconds to answer a data-availability challenge

    mapping(bytes32 => Model) internal models;
    DAChallenge[] internal daChallenges;
    /// The number of the block in which a model's block was posted (0: never),
    /// by model and block index: the BlockPosted event with its bytes is there.
    mapping(bytes32 => mapping(uint256 => uint64)) public postedIn;
    /// The open data-availability challenge of a model's block, plus one (0: none).
    mapping(bytes32 => mapping(uint256 => uint256)) internal openOn;

    event ModelRegistered(
        bytes32 indexed model,
        address indexed registrant,
        bytes32 root,
        uint64 length,
        uint64 maxInputBytes,
        uint64 maxOutputBytes
    );
    event DAChallengeOpened(
        uint256 indexed daChallengeId, bytes32 indexed model, uint64 index, address indexed challenger, uint64 deadline
    );
    event BlockPosted(uint256 indexed daChallengeId, bytes32 indexed model, uint64 indexed index, bytes data);
    event DAChallengeExpired(uint256 indexed daChallengeId, bytes32 indexed model, uint64 index);
    event ModelUnavailable(bytes32 indexed model, uint256 daChallengeId);

    constructor(uint256 _registrationBond, uint256 _daBond, uint64 _daWindow) {
        require(_registrationBond > 0, "ModelRegistry: zero registration bond");
        require(_daBond > 0, "ModelRegistry: zero data-availability bond");
        require(_daWindow > 0, "ModelRegistry: zero data-availability window");
        registrationBond = _registrationBond;
        daBond = _daBond;
        daWindow = _daWindow;
    }

    /// Credits who with amount (OpML's ledger; withdraw pays it).
    function _credit(address who, uint256 amount) internal virtual;

    /// @notice The committed key type: byte 0 of every model address.
    uint8 public constant KEY_TYPE_COMMITTED = 3;

    /// @notice A model's address: keccak256(root ‖ uint64be(length)) with
    /// byte 0 the committed key type, as oracle.ModelAddress computes it
    /// (the key the VM maps the model by).
    function modelAddress(bytes32 root, uint64 length) public pure returns (bytes32) {
        bytes32 h = keccak256(abi.encodePacked(root, length));
        return (h & ~bytes32(uint256(0xff) << 248)) | bytes32(uint256(KEY_TYPE_COMMITTED) << 248);
    }

    /// @notice Whether `model` can name a model at all: byte 0 is the
    /// committed key type. A claim on any other value names no model and
    /// is wrong whatever its output (the VM rejects it before reading any
    /// model data).
    function namesModel(bytes32 model) public pure returns (bool) {
        return uint8(model[0]) == KEY_TYPE_COMMITTED;
    }

    /// @notice Registers the model with tree root `root` and `length` bytes,
    /// and the largest input and output a claim on it may have; the message
    /// value must be registrationBond, which stays locked while the model is
    /// available and goes to the data-availability challenger who makes it
    /// unavailable. A model is registered once.
    function registerModel(bytes32 root, uint64 length, uint64 maxInputBytes, uint64 maxOutputBytes)
        external
        payable
        returns (bytes32 model)
    {
        require(msg.value == registrationBond, "ModelRegistry: value must be the registration bond");
        require(length > 0, "ModelRegistry: empty model");
        require(maxInputBytes > 0 && maxOutputBytes > 0, "ModelRegistry: zero claim limits");
        model = modelAddress(root, length);
        Model storage m = models[model];
        require(m.status == ModelStatus.None, "ModelRegistry: model already registered");
        m.registrant = msg.sender;
        m.status = ModelStatus.Available;
        m.length = length;
        m.maxInputBytes = maxInputBytes;
        m.maxOutputBytes = maxOutputBytes;
        m.registeredBlock = uint64(block.number);
        m.root = root;
        emit ModelRegistered(model, msg.sender, root, length, maxInputBytes, maxOutputBytes);
    }

    /// @notice Challenges the availability of block `index` of a registered,
    /// available model; the message value must be daBond. A block already
    /// posted (its bytes are in a BlockPosted event, postedIn says where) or
    /// already challenged cannot be challenged.
    function openDAChallenge(bytes32 model, uint64 index) external payable returns (uint256 id) {
        Model storage m = models[model];
        require(msg.value == daBond, "ModelRegistry: value must be the data-availability bond");
        require(m.status != ModelStatus.None, "ModelRegistry: model not registered");
        require(m.status == ModelStatus.Available, "ModelRegistry: model unavailable");
        (, uint256 blockBytes) = _blockShape(m.length);
        require(index < (m.length + blockBytes - 1) / blockBytes, "ModelRegistry: no such block");
        require(postedIn[model][index] == 0, "ModelRegistry: block already posted");
        require(openOn[model][index] == 0, "ModelRegistry: block already challenged");
        id = daChallenges.length;
        uint64 deadline = uint64(block.timestamp) + daWindow;
        daChallenges.push(
            DAChallenge({
                model: model,
                challenger: msg.sender,
                status: DAStatus.Open,
                index: index,
                responder: address(0),
                deadline: deadline
            })
        );
        openOn[model][index] = id + 1;
        m.openDA++;
        emit DAChallengeOpened(id, model, index, msg.sender, deadline);
    }

    /// @notice Answers a data-availability challenge within its window with
    /// the block's bytes (the model's bytes in the block, without the zero
    /// padding past the model's end) and its proof: the siblings of the
    /// block's subtree root from the bottom up to the root's children.
    /// Anyone may answer; the challenger's bond is credited to the
    /// responder.
    function respondDA(uint256 daChallengeId, bytes calldata data, bytes32[] calldata proof) external {
        DAChallenge storage ch = _daChallenge(daChallengeId);
        require(ch.status == DAStatus.Open, "ModelRegistry: challenge not open");
        require(block.timestamp < ch.deadline, "ModelRegistry: response window is over");
        Model storage m = models[ch.model];
        // Too late: another challenge made the model unavailable (this one's
        // challenger gets its bond back at resolveDA).
        require(m.status == ModelStatus.Available, "ModelRegistry: model unavailable");
        (uint256 blockHeight, uint256 blockBytes) = _blockShape(m.length);
        uint256 start = uint256(ch.index) * blockBytes;
        uint256 want = m.length - start < blockBytes ? m.length - start : blockBytes;
        require(data.length == want, "ModelRegistry: wrong block length");
        require(proof.length == _height(m.length) - blockHeight, "ModelRegistry: wrong proof length");
        bytes32 node = _subtreeRoot(data, blockHeight);
        uint256 index = ch.index;
        for (uint256 i = 0; i < proof.length; i++) {
            node = (index & 1) == 0
                ? keccak256(abi.encodePacked(node, proof[i]))
                : keccak256(abi.encodePacked(proof[i], node));
            index >>= 1;
        }
        require(node == m.root, "ModelRegistry: block does not match the model");
        ch.status = DAStatus.Answered;
        ch.responder = msg.sender;
        m.openDA--;
        m.lastAnsweredAt = uint64(block.timestamp);
        postedIn[ch.model][ch.index] = uint64(block.number);
        openOn[ch.model][ch.index] = 0;
        _credit(msg.sender, daBond);
        emit BlockPosted(daChallengeId, ch.model, ch.index, data);
    }

    /// @notice Resolves a data-availability challenge nobody answered within
    /// its window: the model becomes unavailable (if it still was), and the
    /// challenger is credited its bond and the registration bond (only its
    /// bond if another challenge made the model unavailable first). Anyone
    /// may call it.
    function resolveDA(uint256 daChallengeId) external {
        DAChallenge storage ch = _daChallenge(daChallengeId);
        require(ch.status == DAStatus.Open, "ModelRegistry: challenge not open");
        require(block.timestamp >= ch.deadline, "ModelRegistry: response window is not over");
        Model storage m = models[ch.model];
        ch.status = DAStatus.Expired;
        m.openDA--;
        openOn[ch.model][ch.index] = 0;
        emit DAChallengeExpired(daChallengeId, ch.model, ch.index);
        uint256 amount = daBond;
        if (m.status == ModelStatus.Available) {
            m.status = ModelStatus.Unavailable;
            amount += registrationBond;
            emit ModelUnavailable(ch.model, daChallengeId);
        }
        _credit(ch.challenger, amount);
    }

    // ---------------------------------------------------------------------
    // Reading
    // ---------------------------------------------------------------------

    /// @notice A model's registration (status None if it has none).
    function getModel(bytes32 model) external view returns (Model memory) {
        return models[model];
    }

    function daChallengeCount() external view returns (uint256) {
        return daChallenges.length;
    }

    function getDAChallenge(uint256 daChallengeId) external view returns (DAChallenge memory) {
        return _daChallenge(daChallengeId);
    }

    /// @notice The number of blocks of a length-byte model.
    function blockCount(uint64 length) public pure returns (uint256) {
        (, uint256 blockBytes) = _blockShape(length);
        return (uint256(length) + blockBytes - 1) / blockBytes;
    }

    function _daChallenge(uint256 id) internal view returns (DAChallenge storage) {
        require(id < daChallenges.length, "ModelRegistry: no such challenge");
        return daChallenges[id];
    }

    // ---------------------------------------------------------------------
    // The model's tree (mipsevm/memory: 32-byte leaves, keccak256 parents,
    // zero-padded to 32 << height bytes)
    // ---------------------------------------------------------------------

    /// The height of the tree over length bytes: the smallest h with
    /// 32 << h >= length (memory.NaturalHeight).
    function _height(uint64 length) internal pure returns (uint256 h) {
        while ((uint256(32) << h) < length) {
            h++;
        }
    }

    /// A model's blocks: their height in its tree and their size in bytes
    /// (the whole tree, for a model smaller than BLOCK_BYTES).
    function _blockShape(uint64 length) internal pure returns (uint256 height, uint256 size) {
        height = _height(length);
        if (height > BLOCK_HEIGHT) {
            height = BLOCK_HEIGHT;
        }
        size = uint256(32) << height;
    }

    /// The root of the subtree of the given height over data, zero-padded
    /// to 32 << height bytes (data is at most that long). The leaves are
    /// hashed in place in scratch memory past the free memory pointer,
    /// which is not moved: nothing is allocated meanwhile.
    function _subtreeRoot(bytes calldata data, uint256 height) internal pure returns (bytes32 root) {
        assembly ("memory-safe") {
            let size := shl(height, 32)
            let buf := mload(0x40)
            calldatacopy(buf, calldatasize(), size) // zeros
            calldatacopy(buf, data.offset, data.length)
            for { let w := size } gt(w, 32) { w := shr(1, w) } {
                // w bytes of nodes become w / 2: node i is the hash of nodes 2i and 2i + 1.
                let n := shr(6, w)
                for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                    mstore(add(buf, shl(5, i)), keccak256(add(buf, shl(6, i)), 64))
                }
            }
            root := mload(buf)
        }
    }
}
