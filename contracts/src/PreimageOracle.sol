// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title PreimageOracle
/// @notice The on-chain side of the guest's preimage oracle (docs/design.md,
/// "Preimage oracle"; mipsevm/oracle.go). A guest reads the value of a key as
/// `uint64be(len(value)) ‖ value`; MIPS.step asks this contract for the 32
/// bytes at the current offset. Values are loaded in 32-byte parts, each at the
/// exact offset a step will read, so a step needs one storage read.
///
/// Key types (the key's first byte):
///  1 local:     data of one dispute. The guest's key is "localized" with the
///               contract that loaded it and a local context, so each game (the
///               caller of MIPS.step) sees only what it loaded itself.
///  2 keccak256: keccak256(value) with the first byte replaced by 2. Anyone can
///               load any part: the value is checked against the key.
///  3 committed: keccak256(root ‖ uint64be(length)) with the first byte
///               replaced by 3; registered with its root and length (anyone:
///               the key is their hash) for the map_committed syscall. Leaves of
///               the data can be loaded with a Merkle proof.
///  4 inference: keccak256(model ‖ inputHash ‖ uint64be(outputSize)) with the
///               first byte replaced by 4: the output of an inference. Loaded
///               only from an OpML claim that is Final for exactly that model,
///               input and output size (loadInferencePart), from the OpML
///               deployment set once by the deployer (setOpML).
contract PreimageOracle {
    /// Length of a value, and whether it is known (so that an empty value is
    /// distinguishable from a missing one).
    struct Length {
        uint64 length;
        bool known;
    }

    /// Committed data: the root of its memory-shaped tree and its length.
    struct Committed {
        bytes32 root;
        uint64 length;
        bool known;
    }

    /// Value lengths by (localized) key.
    mapping(bytes32 => Length) public preimageLengths;
    /// The 32 bytes at an offset of `uint64be(length) ‖ value`, zero-padded.
    mapping(bytes32 => mapping(uint256 => bytes32)) public preimageParts;
    /// Whether the part at an offset is loaded.
    mapping(bytes32 => mapping(uint256 => bool)) public preimagePartOk;

    /// Committed data by committed key.
    mapping(bytes32 => Committed) internal committed;
    /// Leaves of committed data loaded with a Merkle proof, by leaf index.
    mapping(bytes32 => mapping(uint256 => bytes32)) public committedLeaves;
    mapping(bytes32 => mapping(uint256 => bool)) public committedLeafOk;

    event CommittedRegistered(bytes32 indexed key, bytes32 root, uint64 length);

    uint8 internal constant KEY_TYPE_LOCAL = 1;
    uint8 internal constant KEY_TYPE_KECCAK256 = 2;
    uint8 internal constant KEY_TYPE_COMMITTED = 3;
    uint8 internal constant KEY_TYPE_INFERENCE = 4;
    /// OpML.ClaimStatus.Final.
    uint8 internal constant CLAIM_FINAL = 2;

    /// Who may set opml, once.
    address internal immutable deployer;
    /// The OpML deployment whose Final claims load inference results (type
    /// 4); zero until setOpML. OpML is deployed after this contract (it
    /// takes the game, which takes MIPS, which takes this oracle), so it
    /// cannot be a constructor argument.
    address public opml;

    event OpMLSet(address opml);

    constructor() {
        deployer = msg.sender;
    }

    // ---------------------------------------------------------------------
    // Reading (MIPS.step)
    // ---------------------------------------------------------------------

    /// @notice The 32 bytes at `offset` of `uint64be(len(value)) ‖ value` and
    /// how many of them belong to it: datLen = min(32, 8 + len - offset), or 0
    /// (with dat = 0) when offset is at or past the end.
    /// Reverts when the value's length is unknown or, inside the value, when
    /// the part at exactly this offset was not loaded.
    function readPreimage(bytes32 key, uint256 offset) external view returns (bytes32 dat, uint256 datLen) {
        Length memory l = preimageLengths[key];
        require(l.known, "PreimageOracle: preimage not loaded");
        uint256 total = uint256(l.length) + 8;
        if (offset >= total) {
            return (bytes32(0), 0);
        }
        require(preimagePartOk[key][offset], "PreimageOracle: preimage part not loaded");
        dat = preimageParts[key][offset];
        datLen = total - offset;
        if (datLen > 32) {
            datLen = 32;
        }
    }

    /// @notice The key under which MIPS.step, called by `caller` with
    /// `localContext`, reads the guest's local key `key`:
    /// keccak256(key ‖ who ‖ localContext) with the first byte replaced by 1.
    /// MIPS.sol computes the same (its `_localizeKey`).
    function localizeKey(bytes32 key, address who, bytes32 localContext) public pure returns (bytes32 localized) {
        assembly {
            let ptr := mload(0x40)
            mstore(ptr, key)
            mstore(add(ptr, 0x20), who)
            mstore(add(ptr, 0x40), localContext)
            localized := or(and(keccak256(ptr, 0x60), not(shl(248, 0xff))), shl(248, KEY_TYPE_LOCAL))
        }
    }

    // ---------------------------------------------------------------------
    // Loading
    // ---------------------------------------------------------------------

    /// @notice Loads the part at `partOffset` of a keccak256 preimage; anyone
    /// may, since the key is computed from the value.
    function loadKeccak256PreimagePart(uint256 partOffset, bytes calldata preimage) external returns (bytes32 key) {
        key = keccak256(preimage);
        key = (key & ~bytes32(uint256(0xff) << 248)) | bytes32(uint256(KEY_TYPE_KECCAK256) << 248);
        _storePart(key, partOffset, preimage);
    }

    /// @notice Loads the part at `partOffset` of local datum `localKey` (a
    /// type-1 key as the guest writes it) for the caller's disputes with
    /// `localContext`. Only MIPS.step calls made by this same caller with the
    /// same local context read it; the caller vouches for the value.
    function loadLocalData(bytes32 localKey, bytes32 localContext, bytes calldata value, uint256 partOffset)
        external
        returns (bytes32 key)
    {
        require(uint8(localKey[0]) == KEY_TYPE_LOCAL, "PreimageOracle: not a local key");
        key = localizeKey(localKey, msg.sender, localContext);
        _storePart(key, partOffset, value);
    }

    /// @notice Sets the OpML deployment whose Final claims load inference
    /// results. Only the deployer, only once.
    function setOpML(address _opml) external {
        require(msg.sender == deployer, "PreimageOracle: only the deployer sets OpML");
        require(opml == address(0), "PreimageOracle: OpML already set");
        require(_opml != address(0), "PreimageOracle: zero OpML");
        opml = _opml;
        emit OpMLSet(_opml);
    }

    /// @notice The key of the output of `model` on the input with keccak256
    /// `inputHash` with `outputSize` bytes of output: keccak256(model ‖
    /// inputHash ‖ uint64be(outputSize)) with the first byte replaced by 4
    /// (mipsevm.InferenceKey).
    function inferenceKey(bytes32 model, bytes32 inputHash, uint64 outputSize) public pure returns (bytes32 key) {
        key = keccak256(abi.encodePacked(model, inputHash, outputSize));
        key = (key & ~bytes32(uint256(0xff) << 248)) | bytes32(uint256(KEY_TYPE_INFERENCE) << 248);
    }

    /// @notice Loads the part at `partOffset` of the output of `model` on
    /// the input with keccak256 `inputHash`, `outputSize` bytes, from OpML
    /// claim `claimId`, which must be Final and about exactly that model,
    /// input and output size. Anyone may. A key's value cannot change once
    /// loaded: a Final claim with another output for the same call (which
    /// opML's guarantee excludes) cannot overwrite it.
    function loadInferencePart(
        uint256 claimId,
        bytes32 model,
        bytes32 inputHash,
        uint64 outputSize,
        uint256 partOffset
    ) external returns (bytes32 key) {
        require(opml != address(0), "PreimageOracle: OpML not set");
        (uint8 status, bytes memory output) = IOpMLResults(opml).getResult(claimId);
        require(status == CLAIM_FINAL, "PreimageOracle: claim not final");
        (bytes32 claimModel, bytes32 claimInput) = IOpMLResults(opml).claimCall(claimId);
        require(claimModel == model, "PreimageOracle: claim is about another model");
        require(claimInput == inputHash, "PreimageOracle: claim is about another input");
        require(output.length == outputSize, "PreimageOracle: claim has another output size");
        key = inferenceKey(model, inputHash, outputSize);
        require(partOffset < output.length + 8, "PreimageOracle: part offset out of range");
        bytes32 part;
        assembly {
            // uint64be(len) ‖ output ‖ 32 zero bytes, then the word at partOffset.
            let ptr := mload(0x40)
            let n := mload(output)
            mstore(ptr, shl(192, n))
            mcopy(add(ptr, 8), add(output, 0x20), n)
            mstore(add(add(ptr, 8), n), 0)
            part := mload(add(ptr, partOffset))
        }
        if (preimagePartOk[key][partOffset]) {
            require(preimageParts[key][partOffset] == part, "PreimageOracle: conflicting final claims");
        }
        preimageLengths[key] = Length({length: outputSize, known: true});
        preimageParts[key][partOffset] = part;
        preimagePartOk[key][partOffset] = true;
    }

    /// Stores the length of `value` and its part at `partOffset`.
    function _storePart(bytes32 key, uint256 partOffset, bytes calldata value) internal {
        require(value.length <= type(uint64).max, "PreimageOracle: value too long");
        require(partOffset < value.length + 8, "PreimageOracle: part offset out of range");
        bytes32 part;
        assembly {
            // uint64be(len) ‖ value ‖ 32 zero bytes, then the word at partOffset.
            let ptr := mload(0x40)
            mstore(ptr, shl(192, value.length))
            calldatacopy(add(ptr, 8), value.offset, value.length)
            mstore(add(add(ptr, 8), value.length), 0)
            part := mload(add(ptr, partOffset))
        }
        preimageLengths[key] = Length({length: uint64(value.length), known: true});
        preimageParts[key][partOffset] = part;
        preimagePartOk[key][partOffset] = true;
    }

    // ---------------------------------------------------------------------
    // Committed data
    // ---------------------------------------------------------------------

    /// @notice The committed key of data with this tree root and length
    /// (mipsevm.CommittedKey).
    function committedKey(bytes32 root, uint64 length) public pure returns (bytes32 key) {
        key = keccak256(abi.encodePacked(root, length));
        key = (key & ~bytes32(uint256(0xff) << 248)) | bytes32(uint256(KEY_TYPE_COMMITTED) << 248);
    }

    /// @notice Registers committed data so that map_committed can map it.
    /// Anyone may: the key is the hash of what is registered.
    function registerCommitted(bytes32 root, uint64 length) external returns (bytes32 key) {
        key = committedKey(root, length);
        committed[key] = Committed({root: root, length: length, known: true});
        emit CommittedRegistered(key, root, length);
    }

    /// @notice The root and length behind a committed key; reverts if it was
    /// never registered.
    function committedData(bytes32 key) external view returns (bytes32 root, uint64 length) {
        Committed memory c = committed[key];
        require(c.known, "PreimageOracle: committed data not registered");
        return (c.root, c.length);
    }

    /// @notice The height of the tree over `length` bytes: the smallest h with
    /// 32 << h ≥ length (memory.NaturalHeight).
    function naturalHeight(uint256 length) public pure returns (uint256 h) {
        uint256 leaves = (length + 31) / 32;
        if (leaves <= 1) {
            return 0;
        }
        for (uint256 x = leaves - 1; x != 0; x >>= 1) {
            h++;
        }
    }

    /// @notice Loads leaf `index` (bytes [32 index, 32 index + 32)) of
    /// registered committed data, proven by its `siblings` from the bottom up
    /// (h × 32 bytes for a tree of height h; node = keccak256(left ‖ right)):
    /// O(log n) in the data size.
    function loadCommittedLeaf(bytes32 key, uint256 index, bytes32 leaf, bytes calldata siblings) external {
        Committed memory c = committed[key];
        require(c.known, "PreimageOracle: committed data not registered");
        uint256 h = naturalHeight(c.length);
        require(index < (uint256(1) << h), "PreimageOracle: leaf index out of range");
        require(siblings.length == h * 32, "PreimageOracle: wrong proof length");
        bytes32 node = leaf;
        assembly {
            let path := index
            for { let p := siblings.offset } lt(p, add(siblings.offset, siblings.length)) { p := add(p, 32) } {
                let b := shl(5, and(path, 1)) // 0: node is the left child, 32: the right
                mstore(b, node)
                mstore(xor(b, 32), calldataload(p))
                node := keccak256(0, 64)
                path := shr(1, path)
            }
        }
        require(node == c.root, "PreimageOracle: bad committed-data proof");
        committedLeaves[key][index] = leaf;
        committedLeafOk[key][index] = true;
    }
}

/// What PreimageOracle reads of OpML (OpML.getResult, OpML.claimCall).
interface IOpMLResults {
    function getResult(uint256 claimId) external view returns (uint8 status, bytes memory output);
    function claimCall(uint256 claimId) external view returns (bytes32 model, bytes32 inputHash);
}
