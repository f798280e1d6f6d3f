// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import "./ModelRegistry.sol";

/// The part of DisputeGame.sol the registry uses.
interface IDisputeGame {
    enum Status {
        None,
        InProgress,
        DefenderWon,
        ChallengerWon
    }

    function create(
        address defender,
        address challenger,
        bytes32 model,
        bytes32 inputHash,
        bytes32 outputHash,
        uint64 clock
    ) external returns (uint256 gameId);
    function resolve(uint256 gameId) external returns (Status);
}

/// @title OpML
/// @notice The claim registry of opML (docs/design.md, "The dispute";
/// docs/dispute.md). A submitter posts a claim — this model, on this input,
/// outputs these bytes — with a bond. For `challengeWindow` seconds anyone may
/// challenge it with a bond; each challenge is a game in DisputeGame between
/// the submitter (defending) and the challenger, and several can run at once.
/// A claim none of whose challengers won is final once the window has passed
/// and every challenge is resolved, and other contracts read it with
/// getResult. A claim a challenger won against is rejected.
///
/// Bonds: the loser of a game forfeits its challenge bond to the winner (a
/// winning challenger gets its own back); the claim bond goes back to the
/// submitter of a final claim. Of a rejected claim's bond, half is burned
/// (locked in this contract for good) and half is shared by the winning
/// challengers, each collecting its share with claimReward: a liar who
/// challenges its own claim from other accounts and loses those games on
/// purpose recovers at most half its bond, and settling costs the same
/// whatever the number of challenges. Bonds are credited, then withdrawn
/// (pull payments): each credit is paid once. Both bonds must be positive: a
/// free claim or a free challenge costs its author nothing to lose.
///
/// Sizes: submit refuses an input longer than maxInputBytes and an output
/// longer than maxOutputBytes (docs/dispute.md, "Input and output sizes").
/// Executing the step that reads one 32-byte part of an input needs the part
/// loaded with PreimageOracle.loadKeccak256PreimagePart, whose calldata holds
/// the whole input; a contract can submit an input far longer than any
/// transaction can then load (no calldata cost for an internal call), and a
/// claim whose input cannot be loaded cannot be adjudicated. MAX_INPUT_BYTES
/// keeps every deployment's loads well within EIP-7825's per-transaction gas
/// cap and the transaction size nodes relay; MAX_OUTPUT_BYTES keeps a submit
/// of the largest claim well within the cap.
///
/// Models (ModelRegistry): a claim must name a registered, available model
/// and stay within the model's registered limits. While a data-availability
/// challenge of a model is open, and for challengeWindow seconds after one
/// was answered, the unsettled claims on it can be challenged and cannot
/// settle: a challenger who had to get the model's data through the chain
/// gets a whole window with it. A model made unavailable rejects every
/// unsettled claim on it: their open challenges are won by their
/// challengers, and settling rejects them.
contract OpML is ModelRegistry {
    enum ClaimStatus {
        None,
        Pending,
        Final,
        Rejected
    }

    struct Claim {
        address submitter;
        uint64 submittedAt; // block.timestamp of the submission
        uint64 submittedBlock; // block.number of the submission: where its ClaimSubmitted event is
        uint32 challenges; // opened
        uint32 open; // opened and not resolved
        uint32 wins; // won by their challengers
        bool settled;
        bool modelUnavailable; // settled rejected because its model was unavailable
        bytes32 model;
        bytes32 inputHash;
        bytes32 outputHash;
    }

    struct Challenge {
        uint256 claimId;
        address challenger;
        uint256 gameId;
        bool resolved;
        bool challengerWon;
        bool rewarded; // its share of a rejected claim's bond is credited
    }

    /// The largest maxInputBytes a deployment may have. Loading a part of a
    /// 64 KiB input costs at most 2.65M gas (EIP-7623's calldata floor, 40
    /// gas a byte: the whole input is calldata), a sixth of EIP-7825's cap
    /// of 2^24 gas per transaction, and the transaction is half the size
    /// (128 KiB) that go-ethereum's transaction pool accepts.
    uint64 public constant MAX_INPUT_BYTES = 64 * 1024;
    /// The largest maxOutputBytes a deployment may have. The output is
    /// stored (about 22,100 gas a 32-byte word) and emitted: a submit of a
    /// MAX_INPUT_BYTES input and a MAX_OUTPUT_BYTES output costs under half
    /// the cap.
    uint64 public constant MAX_OUTPUT_BYTES = 8 * 1024;

    IDisputeGame public immutable game;
    uint64 public immutable challengeWindow; // seconds after submission
    uint64 public immutable clock; // each side's total time in a game, seconds
    uint256 public immutable claimBond; // wei
    uint256 public immutable challengeBond; // wei
    uint64 public immutable maxInputBytes; // the longest input submit accepts
    uint64 public immutable maxOutputBytes; // the longest output submit accepts

    Claim[] internal claims;
    Challenge[] internal challengeList;
    mapping(uint256 => bytes) internal outputs;
    mapping(uint256 => uint256[]) internal challengesOfClaim;
    /// Each winning challenger's share of a rejected claim's bond.
    mapping(uint256 => uint256) public rewardShare;
    /// Bonds won or returned, waiting for withdraw(): of claims, challenges,
    /// registrations and data-availability challenges.
    mapping(address => uint256) public credit;

    event ClaimSubmitted(
        uint256 indexed claimId, address indexed submitter, bytes32 indexed model, bytes input, bytes output
    );
    event ChallengeOpened(
        uint256 indexed claimId, uint256 indexed challengeId, address indexed challenger, uint256 gameId
    );
    event ChallengeResolved(uint256 indexed claimId, uint256 indexed challengeId, bool challengerWon);
    event ClaimSettled(uint256 indexed claimId, ClaimStatus status);
    event Burned(uint256 indexed claimId, uint256 amount);
    event Credited(address indexed who, uint256 amount);
    event Withdrawn(address indexed who, uint256 amount);

    constructor(
        IDisputeGame _game,
        uint64 _challengeWindow,
        uint64 _clock,
        uint256 _claimBond,
        uint256 _challengeBond,
        uint64 _maxInputBytes,
        uint64 _maxOutputBytes,
        uint256 _registrationBond,
        uint256 _daBond,
        uint64 _daWindow
    ) ModelRegistry(_registrationBond, _daBond, _daWindow) {
        require(_challengeWindow > 0 && _clock > 0, "OpML: zero window or clock");
        require(_claimBond > 0, "OpML: zero claim bond");
        require(_challengeBond > 0, "OpML: zero challenge bond");
        require(
            _maxInputBytes > 0 && _maxInputBytes <= MAX_INPUT_BYTES, "OpML: maxInputBytes must be 1 to MAX_INPUT_BYTES"
        );
        require(
            _maxOutputBytes > 0 && _maxOutputBytes <= MAX_OUTPUT_BYTES,
            "OpML: maxOutputBytes must be 1 to MAX_OUTPUT_BYTES"
        );
        game = _game;
        challengeWindow = _challengeWindow;
        clock = _clock;
        claimBond = _claimBond;
        challengeBond = _challengeBond;
        maxInputBytes = _maxInputBytes;
        maxOutputBytes = _maxOutputBytes;
    }

    /// @notice Posts a claim: `model` on `input` outputs `output`. The
    /// message value must be claimBond; the input may be at most
    /// maxInputBytes long, the output maxOutputBytes; the model must be
    /// registered and available, and the input and output within its
    /// registered limits. The input is kept in
    /// the event only (its hash is stored); the output is stored for
    /// getResult. The claim records the block it was submitted in, where
    /// readers find its ClaimSubmitted event.
    function submit(bytes32 model, bytes calldata input, bytes calldata output)
        external
        payable
        returns (uint256 claimId)
    {
        require(msg.value == claimBond, "OpML: value must be the claim bond");
        require(input.length <= maxInputBytes, "OpML: input longer than maxInputBytes");
        require(output.length <= maxOutputBytes, "OpML: output longer than maxOutputBytes");
        // A value that names no model (byte 0 not the committed key type)
        // needs no registration: every claim on it loses its dispute, and
        // the adapter posts a lying sequencer's malformed results that way.
        if (namesModel(model)) {
            Model storage m = models[model];
            require(m.status != ModelStatus.None, "OpML: model not registered");
            require(m.status == ModelStatus.Available, "OpML: model unavailable");
            require(input.length <= m.maxInputBytes, "OpML: input longer than the model's maxInputBytes");
            require(output.length <= m.maxOutputBytes, "OpML: output longer than the model's maxOutputBytes");
        }
        claimId = claims.length;
        claims.push(
            Claim({
                submitter: msg.sender,
                submittedAt: uint64(block.timestamp),
                submittedBlock: uint64(block.number),
                challenges: 0,
                open: 0,
                wins: 0,
                settled: false,
                modelUnavailable: false,
                model: model,
                inputHash: keccak256(input),
                outputHash: keccak256(output)
            })
        );
        outputs[claimId] = output;
        emit ClaimSubmitted(claimId, msg.sender, model, input, output);
    }

    /// @notice Challenges a claim within its window (extended while its
    /// model's data is being challenged: see challengeable); the message
    /// value must be challengeBond. Starts a game in which the submitter
    /// defends.
    function challenge(uint256 claimId) external payable returns (uint256 challengeId) {
        Claim storage c = _claim(claimId);
        require(msg.value == challengeBond, "OpML: value must be the challenge bond");
        require(!c.settled, "OpML: claim already settled");
        require(models[c.model].status != ModelStatus.Unavailable, "OpML: model unavailable (the claim is rejected)");
        require(challengeable(claimId), "OpML: challenge window is over");
        uint256 gameId = game.create(c.submitter, msg.sender, c.model, c.inputHash, c.outputHash, clock);
        challengeId = challengeList.length;
        challengeList.push(
            Challenge({
                claimId: claimId,
                challenger: msg.sender,
                gameId: gameId,
                resolved: false,
                challengerWon: false,
                rewarded: false
            })
        );
        challengesOfClaim[claimId].push(challengeId);
        c.challenges++;
        c.open++;
        emit ChallengeOpened(claimId, challengeId, msg.sender, gameId);
    }

    /// @notice Records the outcome of a decided game (recording a timeout in
    /// the game first) and credits the challenge bond to its winner. Anyone
    /// may call it, once per challenge. A challenge of a claim whose model
    /// is unavailable is won by its challenger, whatever its game.
    function resolveChallenge(uint256 challengeId) external {
        require(challengeId < challengeList.length, "OpML: no such challenge");
        Challenge storage ch = challengeList[challengeId];
        require(!ch.resolved, "OpML: challenge already resolved");
        Claim storage c = claims[ch.claimId];
        bool won = true;
        if (models[c.model].status != ModelStatus.Unavailable) {
            // Records a timeout in the game if there is one; reverts if undecided.
            won = game.resolve(ch.gameId) == IDisputeGame.Status.ChallengerWon;
        }
        ch.resolved = true;
        c.open--;
        ch.challengerWon = won;
        if (won) {
            c.wins++;
            _credit(ch.challenger, challengeBond);
        } else {
            _credit(c.submitter, challengeBond);
        }
        emit ChallengeResolved(ch.claimId, challengeId, won);
    }

    /// @notice Settles a claim once its window has passed (see
    /// challengeable), no data-availability challenge of its model is open
    /// and all its challenges are resolved: final if no challenger won and
    /// its model is available (the claim bond goes back to the submitter),
    /// else rejected (half the claim bond is burned; the other half is
    /// shared by the winning challengers, the rest of the division burned
    /// too, all of it if there are none, and claimReward credits each
    /// share). Anyone may call it, once per claim.
    function settle(uint256 claimId) external {
        Claim storage c = _claim(claimId);
        require(!c.settled, "OpML: claim already settled");
        Model storage m = models[c.model];
        require(m.openDA == 0, "OpML: a data-availability challenge of the model is open");
        require(!challengeable(claimId), "OpML: challenge window is not over");
        require(c.open == 0, "OpML: challenges still open");
        c.settled = true;
        bool unavailable = m.status == ModelStatus.Unavailable;
        if (c.wins == 0 && !unavailable) {
            _credit(c.submitter, claimBond);
            emit ClaimSettled(claimId, ClaimStatus.Final);
            return;
        }
        c.modelUnavailable = unavailable;
        uint256 share = c.wins == 0 ? 0 : (claimBond / 2) / c.wins;
        rewardShare[claimId] = share;
        emit Burned(claimId, claimBond - share * c.wins);
        emit ClaimSettled(claimId, ClaimStatus.Rejected);
    }

    /// @notice Credits a winning challenger its share of the rejected claim's
    /// bond. Anyone may call it, once per winning challenge, after settle.
    function claimReward(uint256 challengeId) external {
        require(challengeId < challengeList.length, "OpML: no such challenge");
        Challenge storage ch = challengeList[challengeId];
        require(ch.challengerWon, "OpML: the challenger did not win");
        require(claims[ch.claimId].settled, "OpML: claim not settled");
        require(!ch.rewarded, "OpML: reward already credited");
        ch.rewarded = true;
        _credit(ch.challenger, rewardShare[ch.claimId]);
    }

    /// @notice Pays the caller everything credited to it.
    function withdraw() external {
        uint256 amount = credit[msg.sender];
        require(amount > 0, "OpML: nothing to withdraw");
        credit[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        require(ok, "OpML: transfer failed");
        emit Withdrawn(msg.sender, amount);
    }

    // ---------------------------------------------------------------------
    // Reading
    // ---------------------------------------------------------------------

    /// @notice A claim's status and claimed output. Rejected as soon as a
    /// challenger has won; Final only after settle().
    function getResult(uint256 claimId) external view returns (ClaimStatus status, bytes memory output) {
        return (statusOf(claimId), outputs[claimId]);
    }

    /// @notice What a claim is about: its model and its input's keccak256
    /// (PreimageOracle.loadInferencePart reads them).
    function claimCall(uint256 claimId) external view returns (bytes32 model, bytes32 inputHash) {
        Claim storage c = _claim(claimId);
        return (c.model, c.inputHash);
    }

    /// @notice A claim's status (None for an unknown claim). Rejected as soon
    /// as a challenger has won or, unsettled, its model is unavailable.
    function statusOf(uint256 claimId) public view returns (ClaimStatus) {
        if (claimId >= claims.length) {
            return ClaimStatus.None;
        }
        Claim storage c = claims[claimId];
        if (c.wins > 0 || c.modelUnavailable) {
            return ClaimStatus.Rejected;
        }
        if (c.settled) {
            return ClaimStatus.Final;
        }
        return models[c.model].status == ModelStatus.Unavailable ? ClaimStatus.Rejected : ClaimStatus.Pending;
    }

    /// @notice Whether an unsettled claim can still be challenged: within
    /// challengeWindow seconds of its submission, while a data-availability
    /// challenge of its model is open, or within challengeWindow seconds of
    /// the last answer to one (the data came through the chain: whoever
    /// needed it gets a whole window with it). A claim settles only once
    /// this is false.
    function challengeable(uint256 claimId) public view returns (bool) {
        Claim storage c = _claim(claimId);
        Model storage m = models[c.model];
        return block.timestamp < uint256(c.submittedAt) + challengeWindow || m.openDA > 0
            || (m.lastAnsweredAt > 0 && block.timestamp < uint256(m.lastAnsweredAt) + challengeWindow);
    }

    function claimCount() external view returns (uint256) {
        return claims.length;
    }

    function getClaim(uint256 claimId) external view returns (Claim memory) {
        return _claim(claimId);
    }

    function challengeCount() external view returns (uint256) {
        return challengeList.length;
    }

    function getChallenge(uint256 challengeId) external view returns (Challenge memory) {
        require(challengeId < challengeList.length, "OpML: no such challenge");
        return challengeList[challengeId];
    }

    /// @notice The challenges of a claim, in the order they were opened.
    function challengesOf(uint256 claimId) external view returns (uint256[] memory) {
        return challengesOfClaim[claimId];
    }

    function _claim(uint256 claimId) internal view returns (Claim storage) {
        require(claimId < claims.length, "OpML: no such claim");
        return claims[claimId];
    }

    function _credit(address who, uint256 amount) internal override {
        if (amount == 0) {
            return;
        }
        credit[who] += amount;
        emit Credited(who, amount);
    }
}
