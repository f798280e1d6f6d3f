// Package output puts the rollup's L2 output roots on L1 and settles them:
// the OutputOracle contract's client (deploy, propose, dispute with the
// block's committed batch, resolve, settle, read) and a player that plays
// one side of an output's dispute, a DisputeGame over the block program's
// VM trace. See docs/rollup.md, "Output roots on L1".
package output

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

var (
	oracleABI = bindings.NewOutputOracle()
	gameABI   = bindings.NewDisputeGame()
)

// Params are the OutputOracle's constructor parameters besides its
// contracts.
type Params struct {
	ChainID uint64 // the L2's: the block program's local datum 4
	// ChallengeWindow must be at least OpML's; Clock (each side's total
	// time in a game) at least OpML's window plus twice its clock.
	ChallengeWindow uint64
	Clock           uint64
	ProposalBond    *big.Int
	DisputeBond     *big.Int
	// GenesisOutput is the root of the L2 genesis's output
	// (rollup.Output of block 0: batch.GenesisOutput): the parent output
	// of block 1.
	GenesisOutput common.Hash
}

// Genesis is the parent a proposal of block 1 names: the genesis output
// (OutputOracle.GENESIS, 2²⁵⁶ − 1 on chain).
const Genesis = ^uint64(0)

// parentID is the contract's parent id for parent.
func parentID(parent uint64) *big.Int {
	if parent == Genesis {
		return new(big.Int).Sub(new(big.Int).Lsh(common.Big1, 256), common.Big1)
	}
	return new(big.Int).SetUint64(parent)
}

// Deploy deploys an OutputOracle for the L2 whose batches are committed in
// inbox, disputed in game (a single-phase DisputeGame over the block
// program, onchain.DeployGame), next to the OpML deployment opml.
func Deploy(ctx context.Context, s *onchain.Sender, inbox, game, opml common.Address, p Params) (common.Address, *types.Receipt, error) {
	if p.ProposalBond == nil || p.ProposalBond.Sign() <= 0 || p.DisputeBond == nil || p.DisputeBond.Sign() <= 0 {
		return common.Address{}, nil, errors.New("deploy OutputOracle: the proposal and dispute bonds must be positive")
	}
	if p.GenesisOutput == (common.Hash{}) {
		return common.Address{}, nil, errors.New("deploy OutputOracle: the L2 genesis output root must be set")
	}
	code := append(common.FromHex(bindings.OutputOracleMetaData.Bin),
		oracleABI.PackConstructor(inbox, game, opml, p.ChainID, p.ChallengeWindow, p.Clock, p.ProposalBond, p.DisputeBond, p.GenesisOutput)...)
	r, err := s.Send(ctx, "deploy OutputOracle", nil, code, nil)
	if err != nil {
		return common.Address{}, r, err
	}
	return r.ContractAddress, r, nil
}

// Status is a proposal's status (OutputOracle.ProposalStatus).
type Status uint8

const (
	None Status = iota
	Pending
	Final
	Rejected
)

func (s Status) String() string {
	switch s {
	case None:
		return "none"
	case Pending:
		return "pending"
	case Final:
		return "final"
	case Rejected:
		return "rejected"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// Proposal is an output root proposed for an L2 block.
type Proposal struct {
	ID         uint64
	Proposer   common.Address
	L2Block    uint64
	ProposedAt uint64
	OutputRoot common.Hash
	// Word is its games' local datum 3: rollup.ClaimedWord of OutputRoot
	// and the inference keys of Claims.
	Word   common.Hash
	Claims []uint64 // the OpML claims it lists, in its order
	// Parent is the proposal of the block before whose output the block
	// is built on (Genesis for block 1), and ParentOutput that output's
	// root: its games' local datum 1.
	Parent       uint64
	ParentOutput common.Hash
	Disputes     uint32 // opened
	Open         uint32 // not resolved
	Wins         uint32 // won by their challengers
	Settled      bool
	Status       Status
}

// Dispute is one challenge of a proposal and its game.
type Dispute struct {
	ID            uint64
	ProposalID    uint64
	Challenger    common.Address
	GameID        uint64
	Resolved      bool
	ChallengerWon bool
}

// Client reads an OutputOracle and, with a Sender, sends to it.
type Client struct {
	l1   onchain.Backend
	s    *onchain.Sender // nil: read-only
	addr common.Address
	c    *bind.BoundContract

	Game common.Address // the block program's DisputeGame
	// Prestate is Game's absolute prestate: a verifier checks it is the
	// committed block program's (rollup/cmd/blockprog/prestate.txt), which
	// the contract cannot.
	Prestate        [32]byte
	ChainID         uint64
	ChallengeWindow uint64
	Clock           uint64
	ProposalBond    *big.Int
	DisputeBond     *big.Int
	GenesisOutput   common.Hash // the L2 genesis output root
}

// Connect checks that an OutputOracle is at addr and reads its constants;
// s may be nil for a read-only client.
func Connect(ctx context.Context, l1 onchain.Backend, addr common.Address, s *onchain.Sender) (*Client, error) {
	code, err := l1.CodeAt(ctx, addr, nil)
	if err != nil {
		return nil, fmt.Errorf("output oracle %s: %w", addr, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("output oracle: no contract at %s (wrong chain or address?)", addr)
	}
	c := &Client{l1: l1, s: s, addr: addr, c: oracleABI.Instance(l1, addr)}
	opts := &bind.CallOpts{Context: ctx}
	if c.Game, err = call(c.c, opts, oracleABI.PackGame(), oracleABI.UnpackGame); err != nil {
		return nil, fmt.Errorf("output oracle %s: game(): %w (not an OutputOracle?)", addr, err)
	}
	if c.Prestate, err = call(gameABI.Instance(l1, c.Game), opts, gameABI.PackAbsolutePrestate(), gameABI.UnpackAbsolutePrestate); err != nil {
		return nil, fmt.Errorf("output oracle %s: its game %s: %w", addr, c.Game, err)
	}
	if c.ChainID, err = call(c.c, opts, oracleABI.PackChainId(), oracleABI.UnpackChainId); err != nil {
		return nil, fmt.Errorf("output oracle %s: %w", addr, err)
	}
	if c.ChallengeWindow, err = call(c.c, opts, oracleABI.PackChallengeWindow(), oracleABI.UnpackChallengeWindow); err != nil {
		return nil, fmt.Errorf("output oracle %s: %w", addr, err)
	}
	if c.Clock, err = call(c.c, opts, oracleABI.PackClock(), oracleABI.UnpackClock); err != nil {
		return nil, fmt.Errorf("output oracle %s: %w", addr, err)
	}
	if c.ProposalBond, err = call(c.c, opts, oracleABI.PackProposalBond(), oracleABI.UnpackProposalBond); err != nil {
		return nil, fmt.Errorf("output oracle %s: %w", addr, err)
	}
	if c.DisputeBond, err = call(c.c, opts, oracleABI.PackDisputeBond(), oracleABI.UnpackDisputeBond); err != nil {
		return nil, fmt.Errorf("output oracle %s: %w", addr, err)
	}
	if c.GenesisOutput, err = call(c.c, opts, oracleABI.PackGenesisOutputRoot(), oracleABI.UnpackGenesisOutputRoot); err != nil {
		return nil, fmt.Errorf("output oracle %s: %w", addr, err)
	}
	return c, nil
}

// Address is the contract's.
func (c *Client) Address() common.Address { return c.addr }

func (c *Client) send(ctx context.Context, what string, data []byte, value *big.Int) (*types.Receipt, error) {
	if c.s == nil {
		return nil, fmt.Errorf("%s: this client has no key to send with", what)
	}
	r, err := c.s.Send(ctx, what, &c.addr, data, value)
	if err != nil {
		return r, fmt.Errorf("%s: %w", what, err)
	}
	return r, nil
}

// Propose posts root as the output root after L2 block l2Block (whose
// batch must be committed) with the proposal bond, for a block that reads
// no inference result, built on the output of proposal parent (a proposal
// of block l2Block − 1 not Rejected; Genesis for block 1).
func (c *Client) Propose(ctx context.Context, l2Block uint64, root common.Hash, parent uint64) (uint64, *types.Receipt, error) {
	return c.ProposeWithClaims(ctx, l2Block, root, nil, parent)
}

// ProposeWithClaims is Propose for a block that reads inference results:
// claims are the OpML claims giving them, in the order the block first
// reads them (blockprog.Result.Inferences has the keys in that order). The
// proposal settles only once each is Final in OpML, and is rejected if one
// is Rejected.
func (c *Client) ProposeWithClaims(ctx context.Context, l2Block uint64, root common.Hash, claims []uint64, parent uint64) (uint64, *types.Receipt, error) {
	ids := make([]*big.Int, len(claims))
	for i, id := range claims {
		ids[i] = new(big.Int).SetUint64(id)
	}
	r, err := c.send(ctx, fmt.Sprintf("propose output of L2 block %d", l2Block), oracleABI.PackPropose(l2Block, root, ids, parentID(parent)), c.ProposalBond)
	if err != nil {
		return 0, r, err
	}
	for _, l := range r.Logs {
		if e, err := oracleABI.UnpackOutputProposedEvent(l); err == nil {
			return e.ProposalId.Uint64(), r, nil
		}
	}
	return 0, r, errors.New("propose: no OutputProposed event in the receipt")
}

// Dispute disputes a proposal with the dispute bond; batch is its block's
// batch as posted (batch.Inbox.Raw), from which the contract reads the
// game's attributes hash (its parent output is the parent proposal's).
func (c *Client) Dispute(ctx context.Context, proposalID uint64, batch []byte) (Dispute, *types.Receipt, error) {
	r, err := c.send(ctx, fmt.Sprintf("dispute proposal %d", proposalID),
		oracleABI.PackDispute(new(big.Int).SetUint64(proposalID), batch), c.DisputeBond)
	if err != nil {
		return Dispute{}, r, err
	}
	for _, l := range r.Logs {
		if e, err := oracleABI.UnpackDisputeOpenedEvent(l); err == nil {
			return Dispute{ID: e.DisputeId.Uint64(), ProposalID: proposalID, Challenger: e.Challenger, GameID: e.GameId.Uint64()}, r, nil
		}
	}
	return Dispute{}, r, errors.New("dispute: no DisputeOpened event in the receipt")
}

// ResolveDispute records a decided game's outcome.
func (c *Client) ResolveDispute(ctx context.Context, disputeID uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("resolve dispute %d", disputeID), oracleABI.PackResolveDispute(new(big.Int).SetUint64(disputeID)), nil)
}

// Settle settles a proposal after its window, its disputes resolved.
func (c *Client) Settle(ctx context.Context, proposalID uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("settle proposal %d", proposalID), oracleABI.PackSettle(new(big.Int).SetUint64(proposalID)), nil)
}

// ClaimReward credits a winning challenger its share of a rejected
// proposal's bond.
func (c *Client) ClaimReward(ctx context.Context, disputeID uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("claim reward of dispute %d", disputeID), oracleABI.PackClaimReward(new(big.Int).SetUint64(disputeID)), nil)
}

// Withdraw pays out the sender's credit.
func (c *Client) Withdraw(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, "withdraw", oracleABI.PackWithdraw(), nil)
}

// Proposal reads proposal id.
func (c *Client) Proposal(ctx context.Context, id uint64) (Proposal, error) {
	opts := &bind.CallOpts{Context: ctx}
	bid := new(big.Int).SetUint64(id)
	v, err := call(c.c, opts, oracleABI.PackGetProposal(bid), oracleABI.UnpackGetProposal)
	if err != nil {
		return Proposal{}, fmt.Errorf("proposal %d: %w", id, err)
	}
	st, err := call(c.c, opts, oracleABI.PackStatusOf(bid), oracleABI.UnpackStatusOf)
	if err != nil {
		return Proposal{}, fmt.Errorf("proposal %d: %w", id, err)
	}
	ids, err := call(c.c, opts, oracleABI.PackClaimsOf(bid), oracleABI.UnpackClaimsOf)
	if err != nil {
		return Proposal{}, fmt.Errorf("proposal %d: %w", id, err)
	}
	claims := make([]uint64, len(ids))
	for i, cid := range ids {
		claims[i] = cid.Uint64()
	}
	parent := Genesis
	if v.Parent.IsUint64() {
		parent = v.Parent.Uint64()
	}
	po, err := call(c.c, opts, oracleABI.PackParentOutputOf(bid), oracleABI.UnpackParentOutputOf)
	if err != nil {
		return Proposal{}, fmt.Errorf("proposal %d: %w", id, err)
	}
	return Proposal{ID: id, Proposer: v.Proposer, L2Block: v.L2Block, ProposedAt: v.ProposedAt, OutputRoot: v.OutputRoot,
		Word: v.Word, Claims: claims, Parent: parent, ParentOutput: po, Disputes: v.Disputes, Open: v.Open, Wins: v.Wins,
		Settled: v.Settled, Status: Status(st)}, nil
}

// ReadDispute reads dispute id.
func (c *Client) ReadDispute(ctx context.Context, id uint64) (Dispute, error) {
	v, err := call(c.c, &bind.CallOpts{Context: ctx}, oracleABI.PackGetDispute(new(big.Int).SetUint64(id)), oracleABI.UnpackGetDispute)
	if err != nil {
		return Dispute{}, fmt.Errorf("dispute %d: %w", id, err)
	}
	return Dispute{ID: id, ProposalID: v.ProposalId.Uint64(), Challenger: v.Challenger, GameID: v.GameId.Uint64(),
		Resolved: v.Resolved, ChallengerWon: v.ChallengerWon}, nil
}

// ClaimKey is the inference key the contract derives from OpML claim id
// (its model, input hash and output size): blockprog.InferenceKey of the
// claim's call.
func (c *Client) ClaimKey(ctx context.Context, id uint64) (common.Hash, error) {
	return call(c.c, &bind.CallOpts{Context: ctx}, oracleABI.PackClaimKey(new(big.Int).SetUint64(id)), oracleABI.UnpackClaimKey)
}

// FinalOutput is the first final output root of an L2 block (zero: none).
func (c *Client) FinalOutput(ctx context.Context, l2Block uint64) (common.Hash, error) {
	return call(c.c, &bind.CallOpts{Context: ctx}, oracleABI.PackFinalOutputs(l2Block), oracleABI.UnpackFinalOutputs)
}

// Credit is what the contract owes who.
func (c *Client) Credit(ctx context.Context, who common.Address) (*big.Int, error) {
	return call(c.c, &bind.CallOpts{Context: ctx}, oracleABI.PackCredit(who), oracleABI.UnpackCredit)
}

// BatchInputs is what the contract reads from a batch of L2 block number:
// the parent hash it names (not a game input) and the attributes hash
// (the game's local datum 2).
func (c *Client) BatchInputs(ctx context.Context, batch []byte, number uint64) (parent, attributes common.Hash, err error) {
	v, err := call(c.c, &bind.CallOpts{Context: ctx}, oracleABI.PackBatchInputs(batch, number), oracleABI.UnpackBatchInputs)
	if err != nil {
		return common.Hash{}, common.Hash{}, err
	}
	return v.ParentHash, v.AttributesHash, nil
}

// call makes an eth_call, with a revert's reason decoded.
func call[T any](bc *bind.BoundContract, opts *bind.CallOpts, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(bc, opts, data, unpack)
	return v, onchain.AsRevert(err)
}
