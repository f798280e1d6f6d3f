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
/// @notice Two-party games over the trace of the claim-checking program
/// (docs/design.md, "The dispute"; docs/dispute.md). One contract holds every
/// game; a game is created by a registry (OpML.sol) for one challenge of one
/// claim.
///
/// The trace: position i is the hash of the VM state after i steps of the
/// claim-checking program, from the absolute prestate (position 0, the same
/// for every claim) to position traceLength = arity^depth, the program's exit
/// padded with its final state. The claim reaches the program only through
/// its local data (model address, input hash, output hash), which this
/// contract loads into the preimage oracle itself, under a local context
/// derived from the claim, so no party can feed the program other data.
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
        uint32 rounds; // bisections made
        Phase phase;
        Status status;
    }

    IMIPSStep public immutable mips;
    ILocalDataOracle public immutable oracle;
    /// The state hash of the claim-checking program before its first step.
    bytes32 public immutable absolutePrestate;
    /// Parts per round (2: bisection).
    uint64 public immutable arity;
    /// Rounds to reach one step.
    uint32 public immutable depth;
    /// arity^depth: the padded trace's length in steps.
    uint64 public immutable traceLength;

    uint256 public gameCount;
    mapping(uint256 => Game) internal games;
    /// The cuts of the current round: arity − 1 hashes at
    /// start + j·length/arity for j = 1 … arity − 1.
    mapping(uint256 => bytes32[]) internal roundCuts;

    uint8 internal constant STATUS_VALID = 0;
    uint256 internal constant LOCAL_MODEL = 1;
    uint256 internal constant LOCAL_INPUT_HASH = 2;
    uint256 internal constant LOCAL_OUTPUT_HASH = 3;

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
    event Stepped(uint256 indexed gameId, uint64 position, bytes32 postStateHash, bool defenderWon);
    event Resolved(uint256 indexed gameId, Status status);

    error GameOver(uint256 gameId);
    error NotYourTurn(uint256 gameId, Phase phase);
    error OutOfTime(uint256 gameId);

    constructor(IMIPSStep _mips, ILocalDataOracle _oracle, bytes32 _absolutePrestate, uint64 _arity, uint32 _depth) {
        require(_arity >= 2 && _arity <= 256, "DisputeGame: arity must be 2 to 256");
        require(_depth >= 1, "DisputeGame: depth must be at least 1");
        uint256 n = 1;
        for (uint32 i = 0; i < _depth; i++) {
            n *= _arity;
            require(n < 2 ** 63, "DisputeGame: arity^depth must be below 2^63");
        }
        mips = _mips;
        oracle = _oracle;
        absolutePrestate = _absolutePrestate;
        arity = _arity;
        depth = _depth;
        traceLength = uint64(n);
    }

    // ---------------------------------------------------------------------
    // Creating
    // ---------------------------------------------------------------------

    /// @notice Starts a game over the claim (model, inputHash, outputHash)
    /// between defender and challenger, each with `clock` seconds. The caller
    /// is recorded as its creator; a registry trusts only games it created.
    function create(
        address defender,
        address challenger,
        bytes32 model,
        bytes32 inputHash,
        bytes32 outputHash,
        uint64 clock
    ) external returns (uint256 gameId) {
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
        g.localContext = localContextOf(model, inputHash, outputHash);
        g.start = 0;
        g.length = traceLength;
        g.startHash = absolutePrestate;
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

    // ---------------------------------------------------------------------
    // Moves
    // ---------------------------------------------------------------------

    /// @notice The defender cuts the disputed part into arity parts. The first
    /// move also posts the trace's final hash: `hashes` is then the arity − 1
    /// cuts followed by the final hash (status byte 0: a valid exit);
    /// afterwards it is the arity − 1 cuts.
    function bisect(uint256 gameId, bytes32[] calldata hashes) external {
        Game storage g = games[gameId];
        _begin(g, gameId, Phase.Bisect, g.defender);
        uint256 cuts = arity - 1;
        bytes32 finalHash;
        if (g.rounds == 0) {
            require(hashes.length == arity, "DisputeGame: first move takes arity hashes");
            finalHash = hashes[cuts];
            require(uint8(finalHash[0]) == STATUS_VALID, "DisputeGame: final state must be a valid exit");
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
        g.phase = partLength == 1 ? Phase.Step : Phase.Bisect;
        emit Chosen(gameId, part, g.start, g.length);
    }

    /// @notice Executes the disputed step: stateData is the state at the
    /// part's start (it must hash to the agreed hash), proof its witness.
    /// Anyone may call it (after loading the preimage part the step reads, if
    /// any: loadLocalData for local data, the oracle directly otherwise). The
    /// defender wins if the post-state hash is its hash, else the challenger.
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

    /// @notice Loads the claim's local datum `index` (1 model, 2 input hash,
    /// 3 output hash) into the oracle at `partOffset` for MIPS.step calls
    /// made by this contract for the game's local context. Anyone may call
    /// it: the value comes from the game.
    function loadLocalData(uint256 gameId, uint256 index, uint256 partOffset) external {
        Game storage g = games[gameId];
        require(g.status != Status.None, "DisputeGame: no such game");
        bytes32 value;
        if (index == LOCAL_MODEL) {
            value = g.model;
        } else if (index == LOCAL_INPUT_HASH) {
            value = g.inputHash;
        } else if (index == LOCAL_OUTPUT_HASH) {
            value = g.outputHash;
        } else {
            revert("DisputeGame: no such local datum");
        }
        // mipsevm.LocalKey: type byte 1, index in the last 8 bytes.
        bytes32 key = bytes32((uint256(1) << 248) | index);
        oracle.loadLocalData(key, g.localContext, abi.encodePacked(value), partOffset);
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

    function _timedOut(Game storage g, uint64 used) internal view returns (bool) {
        return used + (uint64(block.timestamp) - g.lastMoveAt) > g.clock;
    }

    function _finish(Game storage g, uint256 gameId, Status s) internal {
        g.status = s;
        g.phase = Phase.Over;
        emit Resolved(gameId, s);
    }
}
