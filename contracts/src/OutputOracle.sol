// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {BatchRLP} from "./BatchRLP.sol";

/// The part of BatchInbox.sol the output oracle reads.
interface IBatchCommitments {
    function commitments(uint64 number) external view returns (bytes32);
}

/// The part of OpML.sol the output oracle reads: its windows, its game
/// (which must not be the block program's), and the claims a proposal lists.
interface IOpMLTimes {
    function challengeWindow() external view returns (uint64);
    function clock() external view returns (uint64);
    function game() external view returns (address);
    function statusOf(uint256 claimId) external view returns (uint8);
    function getResult(uint256 claimId) external view returns (uint8 status, bytes memory output);
    function claimCall(uint256 claimId) external view returns (bytes32 model, bytes32 inputHash);
}

/// The part of DisputeGame.sol the output oracle uses: a single-phase
/// deployment whose absolute prestate is the block program's.
interface IBlockGame {
    enum Status {
        None,
        InProgress,
        DefenderWon,
        ChallengerWon
    }

    function createWithChainId(
        address defender,
        address challenger,
        bytes32 a,
        bytes32 b,
        bytes32 c,
        uint64 chainId,
        uint64 clock
    ) external returns (uint256 gameId);
    function resolve(uint256 gameId) external returns (Status);
    function graphDepth() external view returns (uint32);
}

/// @title OutputOracle
/// @notice The rollup's L2 output roots on L1 (docs/rollup.md, "Output roots
/// on L1"). A proposer posts the output root after an L2 block whose batch
/// is committed in the BatchInbox, with a bond. For challengeWindow seconds
/// anyone may dispute it with a bond: each dispute is a game in a
/// single-phase DisputeGame deployment over the VM trace of the block
/// program (its absolute prestate is the block program's), with local data
/// 1 the parent output root (the root of the parent proposal the proposal
/// names, or the L2 genesis output for block 1), 2 the block's attributes
/// hash, read from the batch committed on L1 (the challenger supplies the
/// batch, checked against the commitment), 3 the proposal's word and 4 the
/// L2 chain id. The proposer defends: it says the block program, building
/// the block on the parent output's block, exits 0 (the computed word is
/// the proposed one).
///
/// Parents (docs/rollup.md, "The parent output"): each proposal of block n
/// names a proposal of block n − 1 (GENESIS for block 1) that is not
/// Rejected; it settles only after its parent, and Rejected if its parent
/// is. So a Final proposal's outputs chain back to the genesis output
/// through Final proposals, each checked by the block program on the one
/// before: nothing a batch says about its parent is trusted.
///
/// Inferences (docs/rollup.md, "The inference rule"): a proposal lists the
/// OpML claims whose results its block reads, in the order the block first
/// reads them. The contract derives each claim's inference key (the key
/// PreimageOracle.loadInferencePart loads its output under) and the game's
/// disputed word, local datum 3, is keccak256(outputRoot ‖ keccak256(keys)),
/// for an empty list too (so no proposal's word is another's output
/// root): the block program accepts
/// it only if the block reads exactly those keys in that order, so a
/// proposal that leaves out a claim its block used loses its games. A
/// proposal settles only once every listed claim is Final or Rejected in
/// OpML, and a listed claim Rejected rejects the proposal.
///
/// A proposal none of whose challengers won is final once the window has
/// passed and every dispute is resolved; a proposal a challenger won
/// against is rejected. Bonds as in OpML.sol: the loser of a game forfeits
/// its dispute bond to the winner; the proposal bond goes back to the
/// proposer of a final proposal; of a rejected proposal's bond, half is
/// shared by the winning challengers (claimReward) and the rest is burned,
/// so a liar who disputes its own proposal from another account recovers
/// at most half of it. Credits are paid by withdraw.
///
/// Windows: challengeWindow is at least OpML's, and each side's clock in a
/// game at least OpML's window plus twice its clock: a game can stop at a
/// step that reads an inference result (key type 4), which the preimage
/// oracle loads only from a Final OpML claim; the challenger, whose clock
/// runs while the step waits, then has time to submit the honest claim and
/// see it through its window and a game against it (docs/rollup.md, "The
/// inference rule").
contract OutputOracle {
    enum ProposalStatus {
        None,
        Pending,
        Final,
        Rejected
    }

    struct Proposal {
        address proposer;
        uint64 l2Block;
        uint64 proposedAt; // block.timestamp
        uint32 disputes; // opened
        uint32 open; // opened and not resolved
        uint32 wins; // won by their challengers
        bool settled;
        bytes32 outputRoot;
        // After outputRoot, so readers of the fields above (Bridge.sol)
        // keep decoding getProposal: outputRoot folded with the inference
        // keys of its claims (wordOf), and the parent proposal (GENESIS
        // for block 1).
        bytes32 word;
        uint256 parent;
    }

    struct Dispute {
        uint256 proposalId;
        address challenger;
        uint256 gameId;
        bool resolved;
        bool challengerWon;
        bool rewarded; // its share of a rejected proposal's bond is credited
    }

    /// The parent "proposal" of a block-1 proposal: the L2 genesis output.
    uint256 public constant GENESIS = type(uint256).max;

    IBatchCommitments public immutable inbox;
    IBlockGame public immutable game;
    IOpMLTimes public immutable opml;
    uint64 public immutable chainId; // the L2's: local datum 4
    uint64 public immutable challengeWindow; // seconds after a proposal
    uint64 public immutable clock; // each side's total time in a game, seconds
    uint256 public immutable proposalBond; // wei
    uint256 public immutable disputeBond; // wei
    /// The L2 genesis's output root (rollup.Output of block 0), which the
    /// deployer computes from the genesis: block 1's parent output.
    bytes32 public immutable genesisOutputRoot;

    Proposal[] internal proposals;
    Dispute[] internal disputeList;
    mapping(uint256 => uint256[]) internal disputesOfProposal;
    /// Each winning challenger's share of a rejected proposal's bond.
    mapping(uint256 => uint256) public rewardShare;
    /// The output root of the first proposal for an L2 block to become
    /// final (zero: none yet).
    mapping(uint64 => bytes32) public finalOutputs;
    /// Bonds won or returned, waiting for withdraw().
    mapping(address => uint256) public credit;
    /// The OpML claims each proposal lists, in its order.
    mapping(uint256 => uint256[]) internal claimsOfProposal;
    /// Proposals settled Rejected because a listed OpML claim is Rejected.
    mapping(uint256 => bool) public inferenceRejected;
    /// Proposals settled Rejected because their parent proposal is.
    mapping(uint256 => bool) public parentRejected;

    uint8 internal constant CLAIM_NONE = 0;
    uint8 internal constant CLAIM_PENDING = 1;
    uint8 internal constant CLAIM_REJECTED = 3;
    uint8 internal constant KEY_TYPE_INFERENCE = 4;

    event OutputProposed(
        uint256 indexed proposalId, uint64 indexed l2Block, address indexed proposer, bytes32 outputRoot
    );
    event DisputeOpened(
        uint256 indexed proposalId, uint256 indexed disputeId, address indexed challenger, uint256 gameId
    );
    event DisputeResolved(uint256 indexed proposalId, uint256 indexed disputeId, bool challengerWon);
    event ProposalSettled(uint256 indexed proposalId, uint64 indexed l2Block, ProposalStatus status);
    event Burned(uint256 indexed proposalId, uint256 amount);
    event Credited(address indexed who, uint256 amount);
    event Withdrawn(address indexed who, uint256 amount);

    error NotPosted(uint64 l2Block);
    error UnknownClaim(uint256 claimId);
    error RejectedClaim(uint256 claimId);
    error ClaimNotFinal(uint256 claimId);
    // BadBatch(string reason): BatchRLP's, which batchInputs reverts with.
    error BadParent(uint256 parentId, string reason);
    error ParentNotSettled(uint256 parentId);

    constructor(
        IBatchCommitments _inbox,
        IBlockGame _game,
        IOpMLTimes _opml,
        uint64 _chainId,
        uint64 _challengeWindow,
        uint64 _clock,
        uint256 _proposalBond,
        uint256 _disputeBond,
        bytes32 _genesisOutputRoot
    ) {
        require(_chainId != 0, "OutputOracle: zero chain id");
        require(_genesisOutputRoot != bytes32(0), "OutputOracle: zero genesis output root");
        require(_proposalBond > 0 && _disputeBond > 0, "OutputOracle: zero bond");
        require(_game.graphDepth() == 0, "OutputOracle: the block program's game must be single-phase");
        require(address(_game) != _opml.game(), "OutputOracle: the game is OpML's, not the block program's");
        uint64 opmlWindow = _opml.challengeWindow();
        require(_challengeWindow >= opmlWindow, "OutputOracle: challenge window shorter than OpML's");
        require(
            uint256(_clock) >= uint256(opmlWindow) + 2 * uint256(_opml.clock()),
            "OutputOracle: clock shorter than OpML's window plus two OpML clocks"
        );
        inbox = _inbox;
        game = _game;
        opml = _opml;
        chainId = _chainId;
        challengeWindow = _challengeWindow;
        clock = _clock;
        proposalBond = _proposalBond;
        disputeBond = _disputeBond;
        genesisOutputRoot = _genesisOutputRoot;
    }

    /// @notice Proposes `outputRoot` as the output root after L2 block
    /// `l2Block`, whose batch must be committed in the inbox, built on the
    /// output of proposal `parentId` (a proposal of block l2Block − 1 that
    /// is not Rejected; GENESIS for block 1: the genesis output), with the
    /// OpML claims `claimIds` giving the inference results the block reads,
    /// in the order the block first reads them (empty for a block that
    /// reads none). A claim must exist and not be Rejected yet. The message
    /// value must be proposalBond. Anyone may propose, any number of times.
    function propose(uint64 l2Block, bytes32 outputRoot, uint256[] calldata claimIds, uint256 parentId)
        external
        payable
        returns (uint256 proposalId)
    {
        require(msg.value == proposalBond, "OutputOracle: value must be the proposal bond");
        if (inbox.commitments(l2Block) == bytes32(0)) revert NotPosted(l2Block);
        if (parentId == GENESIS) {
            if (l2Block != 1) revert BadParent(parentId, "the genesis is block 1's parent only");
        } else {
            if (parentId >= proposals.length) revert BadParent(parentId, "no such proposal");
            if (proposals[parentId].l2Block + 1 != l2Block) revert BadParent(parentId, "not a proposal of the block before");
            if (statusOf(parentId) == ProposalStatus.Rejected) revert BadParent(parentId, "rejected");
        }
        bytes32[] memory keys = new bytes32[](claimIds.length);
        for (uint256 i = 0; i < claimIds.length; i++) {
            keys[i] = claimKey(claimIds[i]);
        }
        bytes32 word = keccak256(abi.encodePacked(outputRoot, keccak256(abi.encodePacked(keys))));
        proposalId = proposals.length;
        proposals.push(
            Proposal({
                proposer: msg.sender,
                l2Block: l2Block,
                proposedAt: uint64(block.timestamp),
                disputes: 0,
                open: 0,
                wins: 0,
                settled: false,
                outputRoot: outputRoot,
                word: word,
                parent: parentId
            })
        );
        if (claimIds.length > 0) {
            claimsOfProposal[proposalId] = claimIds;
        }
        emit OutputProposed(proposalId, l2Block, msg.sender, outputRoot);
    }

    /// @notice The inference key of OpML claim `claimId`: keccak256(model ‖
    /// inputHash ‖ uint64be(output size)) with byte 0 replaced by 4, the key
    /// PreimageOracle.loadInferencePart loads its output under once it is
    /// Final (rollup/blockprog.InferenceKey). Reverts for an unknown or
    /// Rejected claim.
    function claimKey(uint256 claimId) public view returns (bytes32 key) {
        (uint8 status, bytes memory output) = opml.getResult(claimId);
        if (status == CLAIM_NONE) revert UnknownClaim(claimId);
        if (status == CLAIM_REJECTED) revert RejectedClaim(claimId);
        (bytes32 model, bytes32 inputHash) = opml.claimCall(claimId);
        key = keccak256(abi.encodePacked(model, inputHash, uint64(output.length)));
        key = (key & ~bytes32(uint256(0xff) << 248)) | bytes32(uint256(KEY_TYPE_INFERENCE) << 248);
    }

    /// @notice Disputes a proposal within its window; the message value must
    /// be disputeBond. `batch` is the block's batch as posted (its keccak256
    /// must be the inbox's commitment): the game's attributes hash is read
    /// from it (its parent-hash field is not used: the game's parent is the
    /// parent proposal's output root). Starts a game over the block program
    /// in which the proposer defends.
    function dispute(uint256 proposalId, bytes calldata batch) external payable returns (uint256 disputeId) {
        Proposal storage p = _proposal(proposalId);
        require(msg.value == disputeBond, "OutputOracle: value must be the dispute bond");
        require(!p.settled, "OutputOracle: proposal already settled");
        require(block.timestamp < uint256(p.proposedAt) + challengeWindow, "OutputOracle: challenge window is over");
        if (keccak256(batch) != inbox.commitments(p.l2Block)) revert BatchRLP.BadBatch("not the committed batch");
        (, bytes32 attributesHash) = batchInputs(batch, p.l2Block);
        uint256 gameId = game.createWithChainId(
            p.proposer, msg.sender, parentOutputOf(proposalId), attributesHash, p.word, chainId, clock
        );
        disputeId = disputeList.length;
        disputeList.push(
            Dispute({
                proposalId: proposalId,
                challenger: msg.sender,
                gameId: gameId,
                resolved: false,
                challengerWon: false,
                rewarded: false
            })
        );
        disputesOfProposal[proposalId].push(disputeId);
        p.disputes++;
        p.open++;
        emit DisputeOpened(proposalId, disputeId, msg.sender, gameId);
    }

    /// @notice Records the outcome of a decided game (recording a timeout in
    /// the game first) and credits the dispute bond to its winner. Anyone
    /// may call it, once per dispute.
    function resolveDispute(uint256 disputeId) external {
        require(disputeId < disputeList.length, "OutputOracle: no such dispute");
        Dispute storage d = disputeList[disputeId];
        require(!d.resolved, "OutputOracle: dispute already resolved");
        Proposal storage p = proposals[d.proposalId];
        // Records a timeout in the game if there is one; reverts if undecided.
        bool won = game.resolve(d.gameId) == IBlockGame.Status.ChallengerWon;
        d.resolved = true;
        d.challengerWon = won;
        p.open--;
        if (won) {
            p.wins++;
            _credit(d.challenger, disputeBond);
        } else {
            _credit(p.proposer, disputeBond);
        }
        emit DisputeResolved(d.proposalId, disputeId, won);
    }

    /// @notice Settles a proposal once its window has passed, all its
    /// disputes are resolved, its parent proposal is settled
    /// (ParentNotSettled otherwise) and each OpML claim it lists is Final or
    /// Rejected (ClaimNotFinal otherwise): final if no challenger won, no
    /// listed claim is Rejected and its parent is Final (the proposal bond
    /// goes back to the proposer; the first final root of its block is
    /// recorded in finalOutputs), else rejected: half the bond shared by
    /// the winning challengers, the rest burned (all of it when no
    /// challenger won: the proposer listed a result opML rejected or built
    /// on a rejected parent, which an honest proposer never does). Anyone
    /// may call it, once.
    function settle(uint256 proposalId) external {
        Proposal storage p = _proposal(proposalId);
        require(!p.settled, "OutputOracle: proposal already settled");
        require(block.timestamp >= uint256(p.proposedAt) + challengeWindow, "OutputOracle: challenge window is not over");
        require(p.open == 0, "OutputOracle: disputes still open");
        bool badParent = false;
        if (p.parent != GENESIS) {
            if (!proposals[p.parent].settled) revert ParentNotSettled(p.parent);
            badParent = statusOf(p.parent) != ProposalStatus.Final;
        }
        bool rejectedClaim = false;
        uint256[] storage ids = claimsOfProposal[proposalId];
        for (uint256 i = 0; i < ids.length; i++) {
            uint8 s = opml.statusOf(ids[i]);
            if (s == CLAIM_PENDING) revert ClaimNotFinal(ids[i]);
            if (s == CLAIM_REJECTED) rejectedClaim = true;
        }
        p.settled = true;
        if (rejectedClaim) {
            inferenceRejected[proposalId] = true;
        }
        if (badParent) {
            parentRejected[proposalId] = true;
        }
        if (p.wins == 0 && !rejectedClaim && !badParent) {
            _credit(p.proposer, proposalBond);
            if (finalOutputs[p.l2Block] == bytes32(0)) {
                finalOutputs[p.l2Block] = p.outputRoot;
            }
            emit ProposalSettled(proposalId, p.l2Block, ProposalStatus.Final);
            return;
        }
        uint256 share = p.wins == 0 ? 0 : (proposalBond / 2) / p.wins;
        rewardShare[proposalId] = share;
        emit Burned(proposalId, proposalBond - share * p.wins);
        emit ProposalSettled(proposalId, p.l2Block, ProposalStatus.Rejected);
    }

    /// @notice Credits a winning challenger its share of the rejected
    /// proposal's bond. Anyone may call it, once per winning dispute, after
    /// settle.
    function claimReward(uint256 disputeId) external {
        require(disputeId < disputeList.length, "OutputOracle: no such dispute");
        Dispute storage d = disputeList[disputeId];
        require(d.challengerWon, "OutputOracle: the challenger did not win");
        require(proposals[d.proposalId].settled, "OutputOracle: proposal not settled");
        require(!d.rewarded, "OutputOracle: reward already credited");
        d.rewarded = true;
        _credit(d.challenger, rewardShare[d.proposalId]);
    }

    /// @notice Pays the caller everything credited to it.
    function withdraw() external {
        uint256 amount = credit[msg.sender];
        require(amount > 0, "OutputOracle: nothing to withdraw");
        credit[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        require(ok, "OutputOracle: transfer failed");
        emit Withdrawn(msg.sender, amount);
    }

    // ---------------------------------------------------------------------
    // Reading
    // ---------------------------------------------------------------------

    /// @notice A proposal's status: Rejected as soon as a challenger has
    /// won, one of its OpML claims is Rejected or its parent is Rejected
    /// for one of these reasons or settled Rejected (a grandparent's
    /// rejection shows once the parent settles: statusOf does not walk the
    /// chain); Final only after settle().
    function statusOf(uint256 proposalId) public view returns (ProposalStatus) {
        if (proposalId >= proposals.length) {
            return ProposalStatus.None;
        }
        if (_rejected(proposalId)) {
            return ProposalStatus.Rejected;
        }
        if (proposals[proposalId].settled) {
            return ProposalStatus.Final;
        }
        uint256 parent = proposals[proposalId].parent;
        if (parent != GENESIS && _rejected(parent)) {
            return ProposalStatus.Rejected;
        }
        return ProposalStatus.Pending;
    }

    /// Rejected by its own games, its own claims, or (once settled) its
    /// parent.
    function _rejected(uint256 proposalId) internal view returns (bool) {
        Proposal storage p = proposals[proposalId];
        if (p.wins > 0 || inferenceRejected[proposalId] || parentRejected[proposalId]) {
            return true;
        }
        if (p.settled) {
            return false;
        }
        uint256[] storage ids = claimsOfProposal[proposalId];
        for (uint256 i = 0; i < ids.length; i++) {
            if (opml.statusOf(ids[i]) == CLAIM_REJECTED) {
                return true;
            }
        }
        return false;
    }

    /// @notice The word a proposal's games dispute (their local datum 3):
    /// keccak256(outputRoot ‖ keccak256(keys of its claims, in order)),
    /// keccak256 of no bytes for the keys of no claim (rollup.ClaimedWord).
    function wordOf(uint256 proposalId) public view returns (bytes32) {
        return _proposal(proposalId).word;
    }

    /// @notice The output root a proposal's block is built on (its games'
    /// local datum 1): its parent proposal's root, or the genesis output
    /// root for block 1.
    function parentOutputOf(uint256 proposalId) public view returns (bytes32) {
        uint256 parent = _proposal(proposalId).parent;
        return parent == GENESIS ? genesisOutputRoot : proposals[parent].outputRoot;
    }

    /// @notice The OpML claims a proposal lists, in its order.
    function claimsOf(uint256 proposalId) external view returns (uint256[] memory) {
        return claimsOfProposal[proposalId];
    }

    function proposalCount() external view returns (uint256) {
        return proposals.length;
    }

    function getProposal(uint256 proposalId) external view returns (Proposal memory) {
        return _proposal(proposalId);
    }

    function disputeCount() external view returns (uint256) {
        return disputeList.length;
    }

    function getDispute(uint256 disputeId) external view returns (Dispute memory) {
        require(disputeId < disputeList.length, "OutputOracle: no such dispute");
        return disputeList[disputeId];
    }

    /// @notice The disputes of a proposal, in the order they were opened.
    function disputesOf(uint256 proposalId) external view returns (uint256[] memory) {
        return disputesOfProposal[proposalId];
    }

    /// @notice What a batch (rollup/batch: the RLP list [number, parent
    /// hash, attributes]) of L2 block `number` holds: the parent hash it
    /// names (not an input of the block program, which builds on the parent
    /// proposal's output), and keccak256 of the attributes exactly as
    /// posted (local datum 2). Reverts with BadBatch on anything else (the
    /// walk is BatchRLP.inputs; BatchInbox.post refuses such a batch too).
    function batchInputs(bytes calldata batch, uint64 number)
        public
        pure
        returns (bytes32 parentHash, bytes32 attributesHash)
    {
        uint256 at;
        (parentHash, at) = BatchRLP.inputs(batch, number);
        attributesHash = keccak256(batch[at:]);
    }

    function _proposal(uint256 proposalId) internal view returns (Proposal storage) {
        require(proposalId < proposals.length, "OutputOracle: no such proposal");
        return proposals[proposalId];
    }

    function _credit(address who, uint256 amount) internal {
        if (amount == 0) {
            return;
        }
        credit[who] += amount;
        emit Credited(who, amount);
    }
}
