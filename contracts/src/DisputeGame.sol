// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// The part of MIPS.sol a game uses.
interface IMIPSStep {
    function step(bytes calldata stateData, bytes calldata proof, bytes32 localContext)
        external
        view
        returns (bytes32 postStateHash);
    function stateHash(bytes calldata stateData) external pure returns (bytes32);
}

/// The part of PreimageOracle.sol a game uses.
interface ILocalDataOracle {
    function loadLocalData(bytes32 localKey, bytes32 localContext, bytes calldata value, uint256 partOffset)
        external
        returns (bytes32 key);
}

/// @title DisputeGame
/// @notice Two-party games over the trace of a program checking a claim
/// (docs/design.md, "The dispute"; docs/dispute.md). One contract holds every
/// game; a game is created by a registry (OpML.sol) for one challenge of one
/// claim. A deployment runs one of two modes, fixed by the constructor's
/// graphDepth.
///
/// Single-phase (graphDepth = 0, stage 0): the trace is the VM trace of the
/// claim-checking program. Position i is the hash of the VM state after i
/// steps, from the absolute prestate (position 0, the same for every claim)
/// to position traceLength = arity^depth, the program's exit padded with its
/// final state. The claim reaches the program only through its local data
/// (model address, input hash, output hash), which this contract loads into
/// the preimage oracle itself, under a local context derived from the claim,
/// so no party can feed the program other data.
///
/// The defender (the claim's submitter) says the trace ends in a valid exit:
/// its first move posts the final hash, whose status byte must be 0, with the
/// arity − 1 hashes that cut the trace into arity equal parts. Each later
/// round the defender cuts the disputed part the same way; the challenger
/// answers by choosing a part whose start it agrees with and whose end it
/// does not. After depth rounds the disputed part is one step: anyone may
/// then call step with the pre-state and its proof; MIPS.step decides. If its
/// post-state is the defender's hash, the defender wins, else the challenger.
///
/// Two-phase (graphDepth > 0): a game first bisects over the graph trace
/// (stage 1): position i is the commitment after i work items of the model's
/// compute graph, computed natively off chain, from GRAPH_START (position 0,
/// agreed by construction) to position graphLength = arity^graphDepth, whose
/// hash must be graphFinal(outputHash): the defender's first move cannot
/// post anything but a trace ending in the claimed output. The rounds are
/// played as above; when the disputed part is one position, [node − 1, node],
/// the same choose switches the game to the node phase (stage 2, event
/// NodeDisputed): a single-phase game over the VM trace of the node program
/// (absolutePrestate is then its prestate), whose local data are the claim's
/// and also node, nodeStart (the agreed commitment at node − 1) and nodeEnd
/// (the defender's disputed commitment at node), under the local context
/// nodeContextOf(claim, node, nodeStart, nodeEnd). The node program exits
/// validly iff work item node applied to nodeStart gives nodeEnd. Clocks
/// carry over: each side keeps what it has used.
///
/// Why the link is sound: the node program's local data (node, nodeStart,
/// nodeEnd and the claim) come only from the game's record of stage 1 —
/// loadLocalData takes them from the game, and MIPS.step reads only what
/// this contract loaded under the game's own context — so the VM game decides
/// exactly "does work item node applied to the agreed commitment give the
/// defender's disputed commitment". An honest challenger disputes, each
/// round, the first part whose end differs from its own trace, so at the
/// switch nodeStart is true and nodeEnd false: the node program run on them
/// does not accept, and the defender cannot win the node phase against an
/// honest challenger. An honest defender's hashes are all true, so whatever
/// part is chosen, nodeEnd = f(nodeStart): the node program accepts, and the
/// defender wins the node phase as it wins a single-phase game.
///
/// Chess clocks: each side has `clock` seconds in total for its moves; the
/// side whose turn it is uses its time (the challenger's, while the one step
/// waits to be executed). A side out of time loses; resolve() records it.
contract DisputeGame {
    enum Status {
        None,
        InProgress,
        DefenderWon,
        ChallengerWon
    }

    /// Whose move it is.
    enum Phase {
        Over, // the game is decided (or does not exist)
        Bisect, // the defender posts the cuts of the disputed part
        Choose, // the challenger chooses a part
        Step // the disputed part is one step: anyone executes it
    }

    struct Game {
        address creator; // the registry that created the game
        address defender;
        address challenger;
        bytes32 model; // the claim's local data
        bytes32 inputHash;
        bytes32 outputHash;
        bytes32 localContext;
        uint64 start; // the disputed part: positions [start, start + length]
        uint64 length;
        bytes32 startHash; // agreed by both
        bytes32 endHash; // the defender's, disputed by the challenger (0 before the first move)
        uint64 clock; // each side's total time, seconds
        uint64 defenderUsed;
        uint64 challengerUsed;
        uint64 lastMoveAt; // when the current turn began
        uint32 rounds; // bisections made (in the current stage)
        Phase phase;
        Status status;
        uint8 stage; // 0 single-phase game, 1 graph phase, 2 node phase
        uint64 node; // stage 2: the disputed work item (1 … graphLength)
        bytes32 nodeStart; // stage 2: the agreed commitment before it (graph position node − 1)
        bytes32 nodeEnd; // stage 2: the defender's disputed commitment after it (graph position node)
    }

    IMIPSStep public immutable mips;
    ILocalDataOracle public immutable oracle;
    /// The state hash before the first step of the program the VM trace
    /// runs: the claim-checking program (single-phase), the node program
    /// (two-phase).
    bytes32 public immutable absolutePrestate;
    /// Parts per round (2: bisection).
    uint64 public immutable arity;
    /// Rounds to reach one step.
    uint32 public immutable depth;
    /// arity^depth: the padded VM trace's length in steps.
    uint64 public immutable traceLength;
    /// Rounds of the graph phase; 0: a single-phase deployment.
    uint32 public immutable graphDepth;
    /// arity^graphDepth: the graph trace's length in work items (0 in a
    /// single-phase deployment).
    uint64 public immutable graphLength;

    /// The graph commitment before any work item: agreed by construction.
    bytes32 public constant GRAPH_START = bytes32(0);

    uint256 public gameCount;
    mapping(uint256 => Game) internal games;
    /// The cuts of the current round: arity − 1 hashes at
    /// start + j·length/arity for j = 1 … arity − 1.
    mapping(uint256 => bytes32[]) internal roundCuts;

    uint8 internal constant STATUS_VALID = 0;
    uint256 internal constant LOCAL_MODEL = 1;
    uint256 internal constant LOCAL_INPUT_HASH = 2;
    uint256 internal constant LOCAL_OUTPUT_HASH = 3;
    uint256 internal constant LOCAL_NODE = 4; // stage 2 only
    uint256 internal constant LOCAL_NODE_START = 5;
    uint256 internal constant LOCAL_NODE_END = 6;
    uint256 internal constant LOCAL_CHAIN_ID = 4; // stage 0, games made by createWithChainId only

    /// Local datum 4 of a single-phase game made by createWithChainId (the
    /// rollup's block program reads its L2 chain id there); 0 for every
    /// other game, which then has no datum 4 outside a node phase.
    mapping(uint256 => uint64) public chainIdOf;

    uint8 internal constant STAGE_SINGLE = 0;
    uint8 internal constant STAGE_GRAPH = 1;
    uint8 internal constant STAGE_NODE = 2;

    event GameCreated(
        uint256 indexed gameId,
        address indexed creator,
        address indexed defender,
        address challenger,
        bytes32 model,
        bytes32 inputHash,
        bytes32 outputHash
    );
    /// The defender's cuts of [start, start + length]; on the first move,
    /// finalHash is the trace's last hash (otherwise 0).
    event Bisected(uint256 indexed gameId, uint32 round, uint64 start, uint64 length, bytes32[] cuts, bytes32 finalHash);
    event Chosen(uint256 indexed gameId, uint64 part, uint64 start, uint64 length);
    /// The graph phase reached one position: the game continues over the
    /// node program's VM trace for work item `node`, which turns the agreed
    /// commitment nodeStart into the defender's disputed nodeEnd.
    event NodeDisputed(uint256 indexed gameId, uint64 node, bytes32 nodeStart, bytes32 nodeEnd);
    event Stepped(uint256 indexed gameId, uint64 position, bytes32 postStateHash, bool defenderWon);
    event Resolved(uint256 indexed gameId, Status status);

    error GameOver(uint256 gameId);
    error NotYourTurn(uint256 gameId, Phase phase);
    error OutOfTime(uint256 gameId);

    constructor(
        IMIPSStep _mips,
        ILocalDataOracle _oracle,
        bytes32 _absolutePrestate,
        uint64 _arity,
        uint32 _depth,
        uint32 _graphDepth
    ) {
        require(_arity >= 2 && _arity <= 256, "DisputeGame: arity must be 2 to 256");
        require(_depth >= 1, "DisputeGame: depth must be at least 1");
        mips = _mips;
        oracle = _oracle;
        absolutePrestate = _absolutePrestate;
        arity = _arity;
        depth = _depth;
        traceLength = _pow(_arity, _depth, "DisputeGame: arity^depth must be below 2^63");
        graphDepth = _graphDepth;
        graphLength = _graphDepth == 0 ? 0 : _pow(_arity, _graphDepth, "DisputeGame: arity^graphDepth must be below 2^63");
    }

    function _pow(uint64 a, uint32 d, string memory reason) private pure returns (uint64) {
        uint256 n = 1;
        for (uint32 i = 0; i < d; i++) {
            n *= a;
            require(n < 2 ** 63, reason);
        }
        return uint64(n);
    }

    // ---------------------------------------------------------------------
    // Creating
    // ---------------------------------------------------------------------

    /// @notice Starts a game over the claim (model, inputHash, outputHash)
    /// between defender and challenger, each with `clock` seconds. The caller
    /// is recorded as its creator; a registry trusts only games it created.
    /// In a two-phase deployment the game starts in the graph phase, over
    /// [0, graphLength] from GRAPH_START.
    function create(
        address defender,
        address challenger,
        bytes32 model,
        bytes32 inputHash,
        bytes32 outputHash,
        uint64 clock
    ) external returns (uint256 gameId) {
        gameId = _create(defender, challenger, model, inputHash, outputHash, clock);
        games[gameId].localContext = localContextOf(model, inputHash, outputHash);
    }

    /// @notice Starts a single-phase game as create does, whose program also
    /// reads `chainId` (nonzero) as local datum 4, 8 bytes big-endian: the
    /// rollup's block program (docs/rollup.md), whose local data 1–4 are
    /// the L2 parent hash, the attributes hash, the claimed output root and
    /// the L2 chain id. The chain id is part of the game's local context,
    /// so games on the same three words and another chain id do not share
    /// their loaded local data. Only in a single-phase deployment.
    function createWithChainId(
        address defender,
        address challenger,
        bytes32 a,
        bytes32 b,
        bytes32 c,
        uint64 chainId,
        uint64 clock
    ) external returns (uint256 gameId) {
        require(graphDepth == 0, "DisputeGame: chain-id games need a single-phase deployment");
        require(chainId != 0, "DisputeGame: zero chain id");
        gameId = _create(defender, challenger, a, b, c, clock);
        chainIdOf[gameId] = chainId;
        games[gameId].localContext = chainContextOf(a, b, c, chainId);
    }

    function _create(
        address defender,
        address challenger,
        bytes32 model,
        bytes32 inputHash,
        bytes32 outputHash,
        uint64 clock
    ) internal returns (uint256 gameId) {
        require(defender != address(0) && challenger != address(0), "DisputeGame: zero address");
        require(clock > 0, "DisputeGame: zero clock");
        gameId = gameCount++;
        Game storage g = games[gameId];
        g.creator = msg.sender;
        g.defender = defender;
        g.challenger = challenger;
        g.model = model;
        g.inputHash = inputHash;
        g.outputHash = outputHash;
        g.start = 0;
        if (graphDepth == 0) {
            g.length = traceLength;
            g.startHash = absolutePrestate;
        } else {
            g.stage = STAGE_GRAPH;
            g.length = graphLength;
            g.startHash = GRAPH_START;
        }
        g.clock = clock;
        g.lastMoveAt = uint64(block.timestamp);
        g.phase = Phase.Bisect;
        g.status = Status.InProgress;
        emit GameCreated(gameId, msg.sender, defender, challenger, model, inputHash, outputHash);
    }

    /// @notice The local context of a claim's games: the claim's local data
    /// are loaded, and read by MIPS.step, under this context.
    function localContextOf(bytes32 model, bytes32 inputHash, bytes32 outputHash) public pure returns (bytes32) {
        return keccak256(abi.encode(model, inputHash, outputHash));
    }

    /// @notice The local context of a game made by createWithChainId:
    /// keccak256(abi.encode(a, b, c, chainId)).
    function chainContextOf(bytes32 a, bytes32 b, bytes32 c, uint64 chainId) public pure returns (bytes32) {
        return keccak256(abi.encode(a, b, c, chainId));
    }

    /// @notice The local context of a game's node phase: the claim's local
    /// data and the disputed work item's (node, nodeStart, nodeEnd) are
    /// loaded, and read by MIPS.step, under this context.
    function nodeContextOf(
        bytes32 model,
        bytes32 inputHash,
        bytes32 outputHash,
        uint64 node,
        bytes32 nodeStart,
        bytes32 nodeEnd
    ) public pure returns (bytes32) {
        return keccak256(abi.encode(model, inputHash, outputHash, node, nodeStart, nodeEnd));
    }

    /// @notice The graph commitment the defender's first move in the graph
    /// phase must post as the final one: the graph's end accepting the
    /// claimed output.
    function graphFinal(bytes32 outputHash) public pure returns (bytes32) {
        return keccak256(abi.encodePacked("opml.graph.final", outputHash));
    }

    // ---------------------------------------------------------------------
    // Moves
    // ---------------------------------------------------------------------

    /// @notice The defender cuts the disputed part into arity parts. The first
    /// move (of a stage) also posts the trace's final hash: `hashes` is then
    /// the arity − 1 cuts followed by the final hash (graph phase:
    /// graphFinal(outputHash); otherwise status byte 0: a valid exit);
    /// afterwards it is the arity − 1 cuts.
    function bisect(uint256 gameId, bytes32[] calldata hashes) external {
        Game storage g = games[gameId];
        _begin(g, gameId, Phase.Bisect, g.defender);
        uint256 cuts = arity - 1;
        bytes32 finalHash;
        if (g.rounds == 0) {
            require(hashes.length == arity, "DisputeGame: first move takes arity hashes");
            finalHash = hashes[cuts];
            if (g.stage == STAGE_GRAPH) {
                require(
                    finalHash == graphFinal(g.outputHash),
                    "DisputeGame: final commitment must accept the claimed output"
                );
            } else {
                require(uint8(finalHash[0]) == STATUS_VALID, "DisputeGame: final state must be a valid exit");
            }
            g.endHash = finalHash;
        } else {
            require(hashes.length == cuts, "DisputeGame: a move takes arity - 1 hashes");
        }
        bytes32[] storage stored = roundCuts[gameId];
        if (stored.length == 0) {
            for (uint256 j = 0; j < cuts; j++) {
                stored.push(hashes[j]);
            }
        } else {
            for (uint256 j = 0; j < cuts; j++) {
                stored[j] = hashes[j];
            }
        }
        emit Bisected(gameId, g.rounds, g.start, g.length, hashes[:cuts], finalHash);
        g.rounds++;
        g.phase = Phase.Choose;
    }

    /// @notice The challenger chooses part `part` (0 … arity − 1) of the
    /// current cuts: it agrees with the hash at its start, not at its end.
    /// In the graph phase, a part of one position switches the game to the
    /// node phase (NodeDisputed) in the same transaction.
    function choose(uint256 gameId, uint64 part) external {
        Game storage g = games[gameId];
        _begin(g, gameId, Phase.Choose, g.challenger);
        require(part < arity, "DisputeGame: no such part");
        bytes32[] storage cuts = roundCuts[gameId];
        uint64 partLength = g.length / arity;
        if (part > 0) {
            g.startHash = cuts[part - 1];
        }
        if (part < arity - 1) {
            g.endHash = cuts[part];
        }
        g.start += part * partLength;
        g.length = partLength;
        emit Chosen(gameId, part, g.start, partLength);
        if (partLength != 1) {
            g.phase = Phase.Bisect;
        } else if (g.stage != STAGE_GRAPH) {
            g.phase = Phase.Step;
        } else {
            _disputeNode(g, gameId);
        }
    }

    /// @notice Executes the disputed step: stateData is the state at the
    /// part's start (it must hash to the agreed hash), proof its witness.
    /// Anyone may call it (after loading the preimage part the step reads, if
    /// any: loadLocalData for local data, the oracle directly otherwise). The
    /// defender wins if the post-state hash is its hash, else the challenger.
    /// Only in Phase.Step, which a graph phase never reaches (its last choose
    /// switches the game to the node phase).
    function step(uint256 gameId, bytes calldata stateData, bytes calldata proof) external {
        Game storage g = games[gameId];
        if (g.status != Status.InProgress) revert GameOver(gameId);
        if (g.phase != Phase.Step) revert NotYourTurn(gameId, g.phase);
        // The challenger's clock runs while the step waits.
        if (_timedOut(g, g.challengerUsed)) revert OutOfTime(gameId);
        require(mips.stateHash(stateData) == g.startHash, "DisputeGame: state is not the agreed pre-state");
        bytes32 post = mips.step(stateData, proof, g.localContext);
        bool defenderWon = post == g.endHash;
        emit Stepped(gameId, g.start, post, defenderWon);
        _finish(g, gameId, defenderWon ? Status.DefenderWon : Status.ChallengerWon);
    }

    /// @notice Records a timeout: the side whose turn it is and who has used
    /// up its clock loses. Anyone may call it. Returns the outcome; on a game
    /// already decided it changes nothing. Reverts if the game is undecided.
    function resolve(uint256 gameId) external returns (Status) {
        Game storage g = games[gameId];
        require(g.status != Status.None, "DisputeGame: no such game");
        if (g.status != Status.InProgress) {
            return g.status;
        }
        if (g.phase == Phase.Bisect) {
            require(_timedOut(g, g.defenderUsed), "DisputeGame: not decided");
            _finish(g, gameId, Status.ChallengerWon);
        } else {
            require(_timedOut(g, g.challengerUsed), "DisputeGame: not decided");
            _finish(g, gameId, Status.DefenderWon);
        }
        return g.status;
    }

    /// @notice Loads the game's local datum `index` (1 model, 2 input hash,
    /// 3 output hash, 32 bytes each; in the node phase also 4 node, 8 bytes
    /// big-endian, 5 nodeStart and 6 nodeEnd, 32 bytes each; in a game made
    /// by createWithChainId also 4 the chain id, 8 bytes big-endian) into the oracle
    /// at `partOffset` for MIPS.step calls made by this contract for the
    /// game's current local context. Anyone may call it: the value comes
    /// from the game.
    function loadLocalData(uint256 gameId, uint256 index, uint256 partOffset) external {
        Game storage g = games[gameId];
        require(g.status != Status.None, "DisputeGame: no such game");
        bytes memory value;
        if (index == LOCAL_MODEL) {
            value = abi.encodePacked(g.model);
        } else if (index == LOCAL_INPUT_HASH) {
            value = abi.encodePacked(g.inputHash);
        } else if (index == LOCAL_OUTPUT_HASH) {
            value = abi.encodePacked(g.outputHash);
        } else if (g.stage == STAGE_NODE && index == LOCAL_NODE) {
            value = abi.encodePacked(g.node);
        } else if (g.stage == STAGE_NODE && index == LOCAL_NODE_START) {
            value = abi.encodePacked(g.nodeStart);
        } else if (g.stage == STAGE_NODE && index == LOCAL_NODE_END) {
            value = abi.encodePacked(g.nodeEnd);
        } else if (g.stage == STAGE_SINGLE && index == LOCAL_CHAIN_ID && chainIdOf[gameId] != 0) {
            value = abi.encodePacked(chainIdOf[gameId]);
        } else {
            revert("DisputeGame: no such local datum");
        }
        // mipsevm.LocalKey: type byte 1, index in the last 8 bytes.
        bytes32 key = bytes32((uint256(1) << 248) | index);
        oracle.loadLocalData(key, g.localContext, value, partOffset);
    }

    // ---------------------------------------------------------------------
    // Reading
    // ---------------------------------------------------------------------

    /// @notice A game's state.
    function getGame(uint256 gameId) external view returns (Game memory) {
        return games[gameId];
    }

    /// @notice The current round's cuts (empty before the first move).
    function getCuts(uint256 gameId) external view returns (bytes32[] memory) {
        return roundCuts[gameId];
    }

    /// @notice The game's status, counting a timeout that resolve() has not
    /// recorded yet.
    function statusOf(uint256 gameId) public view returns (Status) {
        Game storage g = games[gameId];
        if (g.status != Status.InProgress) {
            return g.status;
        }
        if (g.phase == Phase.Bisect && _timedOut(g, g.defenderUsed)) {
            return Status.ChallengerWon;
        }
        if (g.phase != Phase.Bisect && _timedOut(g, g.challengerUsed)) {
            return Status.DefenderWon;
        }
        return Status.InProgress;
    }

    /// @notice Seconds left on each side's clock now.
    function clocksLeft(uint256 gameId) external view returns (uint64 defenderLeft, uint64 challengerLeft) {
        Game storage g = games[gameId];
        uint64 d = g.defenderUsed;
        uint64 c = g.challengerUsed;
        if (g.status == Status.InProgress) {
            uint64 running = uint64(block.timestamp) - g.lastMoveAt;
            if (g.phase == Phase.Bisect) {
                d += running;
            } else {
                c += running;
            }
        }
        defenderLeft = d >= g.clock ? 0 : g.clock - d;
        challengerLeft = c >= g.clock ? 0 : g.clock - c;
    }

    // ---------------------------------------------------------------------
    // Internal
    // ---------------------------------------------------------------------

    /// Checks that `mover` may make a move of `phase` now and charges its
    /// clock with the time since the turn began.
    function _begin(Game storage g, uint256 gameId, Phase phase, address mover) internal {
        if (g.status != Status.InProgress) revert GameOver(gameId);
        if (g.phase != phase || msg.sender != mover) revert NotYourTurn(gameId, g.phase);
        uint64 used = (phase == Phase.Bisect ? g.defenderUsed : g.challengerUsed)
            + (uint64(block.timestamp) - g.lastMoveAt);
        if (used > g.clock) revert OutOfTime(gameId);
        if (phase == Phase.Bisect) {
            g.defenderUsed = used;
        } else {
            g.challengerUsed = used;
        }
        g.lastMoveAt = uint64(block.timestamp);
    }

    /// The graph phase's disputed part is one position, [start, start + 1]:
    /// the game becomes a VM game over the node program for work item
    /// start + 1, the defender to move (its clock runs from now).
    function _disputeNode(Game storage g, uint256 gameId) internal {
        uint64 node = g.start + 1;
        bytes32 nodeStart = g.startHash;
        bytes32 nodeEnd = g.endHash;
        g.stage = STAGE_NODE;
        g.node = node;
        g.nodeStart = nodeStart;
        g.nodeEnd = nodeEnd;
        g.localContext = nodeContextOf(g.model, g.inputHash, g.outputHash, node, nodeStart, nodeEnd);
        g.start = 0;
        g.length = traceLength;
        g.startHash = absolutePrestate;
        g.endHash = bytes32(0);
        g.rounds = 0;
        g.phase = Phase.Bisect;
        emit NodeDisputed(gameId, node, nodeStart, nodeEnd);
    }

    function _timedOut(Game storage g, uint64 used) internal view returns (bool) {
        return used + (uint64(block.timestamp) - g.lastMoveAt) > g.clock;
    }

    function _finish(Game storage g, uint256 gameId, Status s) internal {
        g.status = s;
        g.phase = Phase.Over;
        emit Resolved(gameId, s);
    }
}
