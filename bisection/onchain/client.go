package onchain

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/mipsevm"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	opmlABI   = bindings.NewOpML()
	gameABI   = bindings.NewDisputeGame()
	mipsABI   = bindings.NewMIPS()
	oracleABI = bindings.NewPreimageOracle()
)

// Addresses are a deployment's contracts; saved as JSON by `challenger
// deploy` and read by every other command.
type Addresses struct {
	Oracle common.Address `json:"preimageOracle"`
	MIPS   common.Address `json:"mips"`
	Game   common.Address `json:"disputeGame"`
	OpML   common.Address `json:"opml"`
}

// ReadAddresses reads a deployment file.
func ReadAddresses(path string) (Addresses, error) {
	var a Addresses
	b, err := os.ReadFile(path)
	if err != nil {
		return a, fmt.Errorf("deployment: %w (run 'challenger deploy' or 'challenger devnet' first)", err)
	}
	if err := json.Unmarshal(b, &a); err != nil {
		return a, fmt.Errorf("deployment %s: %w", path, err)
	}
	if a.OpML == (common.Address{}) || a.Game == (common.Address{}) {
		return a, fmt.Errorf("deployment %s: no opml or disputeGame address", path)
	}
	return a, nil
}

// Write saves a deployment file.
func (a Addresses) Write(path string) error {
	b, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// DeployParams are the constructor parameters of a deployment.
type DeployParams struct {
	// The absolute prestate hash of the program the VM game runs: the
	// claim-checking program's (GraphDepth 0), the node program's
	// (GraphDepth > 0).
	Prestate [32]byte
	Game     game.Params
	// GraphDepth is the number of rounds of the graph phase (the trace of
	// arity^GraphDepth work items) of a two-phase deployment; 0: a
	// single-phase deployment (one VM game per challenge).
	GraphDepth      uint32
	ChallengeWindow uint64 // seconds
	Clock           uint64 // seconds per side
	// ClaimBond and ChallengeBond must be positive: a free claim or
	// challenge costs its author nothing to lose.
	ClaimBond     *big.Int
	ChallengeBond *big.Int
	// MaxInputBytes and MaxOutputBytes bound the input and the output of a
	// claim (1 to MaxInputBytesLimit and MaxOutputBytesLimit); 0 means
	// DefaultMaxInputBytes and DefaultMaxOutputBytes.
	MaxInputBytes  uint64
	MaxOutputBytes uint64
	// The model registry (docs/dispute.md, "Models"): the bond of a
	// registration (nil: ClaimBond), the bond of a data-availability
	// challenge (nil: ChallengeBond) and the seconds to answer one (0:
	// ChallengeWindow).
	RegistrationBond *big.Int
	DABond           *big.Int
	DAWindow         uint64
}

// WithDefaults returns p with the sizes, the registry's bonds and the
// data-availability window it leaves unset set to their defaults.
func (p DeployParams) WithDefaults() DeployParams {
	if p.MaxInputBytes == 0 {
		p.MaxInputBytes = DefaultMaxInputBytes
	}
	if p.MaxOutputBytes == 0 {
		p.MaxOutputBytes = DefaultMaxOutputBytes
	}
	if p.RegistrationBond == nil {
		p.RegistrationBond = p.ClaimBond
	}
	if p.DABond == nil {
		p.DABond = p.ChallengeBond
	}
	if p.DAWindow == 0 {
		p.DAWindow = p.ChallengeWindow
	}
	return p
}

// Deploy deploys PreimageOracle, MIPS, DisputeGame and OpML and returns
// their addresses and the deployment receipts.
func Deploy(ctx context.Context, s *Sender, p DeployParams) (Addresses, []*types.Receipt, error) {
	var a Addresses
	p = p.WithDefaults()
	if err := p.Game.Validate(); err != nil {
		return a, nil, err
	}
	if p.GraphDepth > 0 {
		if err := (game.Params{Arity: p.Game.Arity, Depth: p.GraphDepth}).Validate(); err != nil {
			return a, nil, fmt.Errorf("graph phase: %w", err)
		}
	}
	if p.ChallengeWindow == 0 || p.Clock == 0 {
		return a, nil, errors.New("deploy: the challenge window and the clock must be positive")
	}
	if p.ClaimBond == nil || p.ClaimBond.Sign() <= 0 {
		return a, nil, fmt.Errorf("deploy: claim bond %v wei: it must be positive (a free claim costs a liar nothing)", p.ClaimBond)
	}
	if p.ChallengeBond == nil || p.ChallengeBond.Sign() <= 0 {
		return a, nil, fmt.Errorf("deploy: challenge bond %v wei: it must be positive (a free challenge costs a griefer nothing)", p.ChallengeBond)
	}
	if err := checkSizes(p.MaxInputBytes, p.MaxOutputBytes); err != nil {
		return a, nil, fmt.Errorf("deploy: %w", err)
	}
	if p.RegistrationBond == nil || p.RegistrationBond.Sign() <= 0 {
		return a, nil, fmt.Errorf("deploy: registration bond %v wei: it must be positive (it is what a registrant who withholds its model loses)", p.RegistrationBond)
	}
	if p.DABond == nil || p.DABond.Sign() <= 0 {
		return a, nil, fmt.Errorf("deploy: data-availability bond %v wei: it must be positive (a free data-availability challenge costs a griefer nothing)", p.DABond)
	}
	var receipts []*types.Receipt
	create := func(what, bin string, args []byte) (common.Address, error) {
		code := append(common.FromHex(bin), args...)
		r, err := s.Send(ctx, "deploy "+what, nil, code, nil)
		if err != nil {
			return common.Address{}, err
		}
		receipts = append(receipts, r)
		return r.ContractAddress, nil
	}
	var err error
	if a.Oracle, err = create("PreimageOracle", bindings.PreimageOracleMetaData.Bin, nil); err != nil {
		return a, receipts, err
	}
	if a.MIPS, err = create("MIPS", bindings.MIPSMetaData.Bin, mipsABI.PackConstructor(a.Oracle)); err != nil {
		return a, receipts, err
	}
	if a.Game, err = create("DisputeGame", bindings.DisputeGameMetaData.Bin,
		gameABI.PackConstructor(a.MIPS, a.Oracle, p.Prestate, p.Game.Arity, p.Game.Depth, p.GraphDepth)); err != nil {
		return a, receipts, err
	}
	if a.OpML, err = create("OpML", bindings.OpMLMetaData.Bin,
		opmlABI.PackConstructor(a.Game, p.ChallengeWindow, p.Clock, p.ClaimBond, p.ChallengeBond, p.MaxInputBytes, p.MaxOutputBytes,
			p.RegistrationBond, p.DABond, p.DAWindow)); err != nil {
		return a, receipts, err
	}
	// The oracle loads inference results (key type 4, the rollup's block
	// program reads them) only from this OpML's Final claims.
	r, err := s.Send(ctx, "PreimageOracle.setOpML", &a.Oracle, oracleABI.PackSetOpML(a.OpML), nil)
	if err != nil {
		return a, receipts, err
	}
	receipts = append(receipts, r)
	return a, receipts, nil
}

// Config is a deployment's constants, read from the contracts.
type Config struct {
	Prestate    [32]byte
	Game        game.Params
	TraceLength uint64
	// GraphDepth is 0 in a single-phase deployment; GraphLength is then 0,
	// else arity^GraphDepth.
	GraphDepth      uint32
	GraphLength     uint64
	ChallengeWindow uint64
	Clock           uint64
	ClaimBond       *big.Int
	ChallengeBond   *big.Int
	MaxInputBytes   uint64 // the longest input OpML.submit accepts
	MaxOutputBytes  uint64 // the longest output OpML.submit accepts
	// The model registry's bonds and the seconds to answer a
	// data-availability challenge.
	RegistrationBond *big.Int
	DABond           *big.Int
	DAWindow         uint64
}

// TwoPhase reports whether the deployment's games start with a graph phase.
func (cfg Config) TwoPhase() bool { return cfg.GraphDepth > 0 }

// GraphParams are the graph phase's arity and depth, for the arithmetic of
// its rounds (bisection/game); meaningful in a two-phase deployment only.
func (cfg Config) GraphParams() game.Params {
	return game.Params{Arity: cfg.Game.Arity, Depth: cfg.GraphDepth}
}

// Client reads a deployment and, with a Sender, makes moves in it.
type Client struct {
	b      Backend
	s      *Sender // nil: read-only
	log    *slog.Logger
	retry  Retry
	Addr   Addresses
	Config Config
	opml   *bind.BoundContract
	game   *bind.BoundContract
	oracle *bind.BoundContract
	scope  string // the sender's scope for this client's transactions (Scoped)
}

// Connect checks that the deployment's contracts are there and reads its
// constants. s may be nil for a read-only client.
func Connect(ctx context.Context, b Backend, addr Addresses, s *Sender, log *slog.Logger) (*Client, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &Client{b: b, s: s, log: log, retry: DefaultRetry, Addr: addr,
		opml: opmlABI.Instance(b, addr.OpML), game: gameABI.Instance(b, addr.Game), oracle: oracleABI.Instance(b, addr.Oracle)}
	for name, a := range map[string]common.Address{"OpML": addr.OpML, "DisputeGame": addr.Game, "PreimageOracle": addr.Oracle} {
		var code []byte
		err := c.retry.Do(ctx, log, "eth_getCode", func() (err error) {
			code, err = b.CodeAt(ctx, a, nil)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("connect: %w", err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("connect: no %s contract at %s (wrong chain or deployment file?)", name, a)
		}
	}
	cfg := &c.Config
	var err error
	if cfg.Prestate, err = call(ctx, c, c.game, gameABI.PackAbsolutePrestate(), gameABI.UnpackAbsolutePrestate); err != nil {
		return nil, err
	}
	if cfg.Game.Arity, err = call(ctx, c, c.game, gameABI.PackArity(), gameABI.UnpackArity); err != nil {
		return nil, err
	}
	if cfg.Game.Depth, err = call(ctx, c, c.game, gameABI.PackDepth(), gameABI.UnpackDepth); err != nil {
		return nil, err
	}
	if cfg.TraceLength, err = call(ctx, c, c.game, gameABI.PackTraceLength(), gameABI.UnpackTraceLength); err != nil {
		return nil, err
	}
	if cfg.GraphDepth, err = call(ctx, c, c.game, gameABI.PackGraphDepth(), gameABI.UnpackGraphDepth); err != nil {
		return nil, err
	}
	if cfg.GraphLength, err = call(ctx, c, c.game, gameABI.PackGraphLength(), gameABI.UnpackGraphLength); err != nil {
		return nil, err
	}
	if cfg.ChallengeWindow, err = call(ctx, c, c.opml, opmlABI.PackChallengeWindow(), opmlABI.UnpackChallengeWindow); err != nil {
		return nil, err
	}
	if cfg.Clock, err = call(ctx, c, c.opml, opmlABI.PackClock(), opmlABI.UnpackClock); err != nil {
		return nil, err
	}
	if cfg.ClaimBond, err = call(ctx, c, c.opml, opmlABI.PackClaimBond(), opmlABI.UnpackClaimBond); err != nil {
		return nil, err
	}
	if cfg.ChallengeBond, err = call(ctx, c, c.opml, opmlABI.PackChallengeBond(), opmlABI.UnpackChallengeBond); err != nil {
		return nil, err
	}
	if cfg.MaxInputBytes, err = call(ctx, c, c.opml, opmlABI.PackMaxInputBytes(), opmlABI.UnpackMaxInputBytes); err != nil {
		return nil, err
	}
	if cfg.MaxOutputBytes, err = call(ctx, c, c.opml, opmlABI.PackMaxOutputBytes(), opmlABI.UnpackMaxOutputBytes); err != nil {
		return nil, err
	}
	if cfg.RegistrationBond, err = call(ctx, c, c.opml, opmlABI.PackRegistrationBond(), opmlABI.UnpackRegistrationBond); err != nil {
		return nil, err
	}
	if cfg.DABond, err = call(ctx, c, c.opml, opmlABI.PackDaBond(), opmlABI.UnpackDaBond); err != nil {
		return nil, err
	}
	if cfg.DAWindow, err = call(ctx, c, c.opml, opmlABI.PackDaWindow(), opmlABI.UnpackDaWindow); err != nil {
		return nil, err
	}
	gameAddr, err := call(ctx, c, c.opml, opmlABI.PackGame(), opmlABI.UnpackGame)
	if err != nil {
		return nil, err
	}
	if gameAddr != addr.Game {
		return nil, fmt.Errorf("connect: OpML %s plays its games in %s, not %s", addr.OpML, gameAddr, addr.Game)
	}
	if cfg.Game.TraceLength() != cfg.TraceLength {
		return nil, fmt.Errorf("connect: trace length %d is not arity^depth", cfg.TraceLength)
	}
	if (cfg.GraphDepth == 0 && cfg.GraphLength != 0) || (cfg.GraphDepth > 0 && cfg.GraphParams().TraceLength() != cfg.GraphLength) {
		return nil, fmt.Errorf("connect: graph length %d is not arity^graphDepth (graph depth %d)", cfg.GraphLength, cfg.GraphDepth)
	}
	return c, nil
}

// call makes a retried eth_call and unpacks its result.
func call[T any](ctx context.Context, c *Client, bc *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var out T
	err := c.retry.Do(ctx, c.log, "eth_call", func() error {
		v, err := bind.Call(bc, &bind.CallOpts{Context: ctx}, data, unpack)
		if err != nil {
			return asRevert(err)
		}
		out = v
		return nil
	})
	return out, err
}

// Sender is the client's sender (nil if read-only).
func (c *Client) Sender() *Sender { return c.s }

// Backend is the chain connection.
func (c *Client) Backend() Backend { return c.b }

// Scoped returns a client that sends its transactions in scope (see
// Sender.SendIn): a transaction that was never confirmed then holds up
// only the decisions of its scope, e.g. one game's, not the account's.
func (c *Client) Scoped(scope string) *Client {
	cc := *c
	cc.scope = scope
	return &cc
}

func (c *Client) send(ctx context.Context, what string, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	if c.s == nil {
		return nil, fmt.Errorf("%s: this client has no key to send with", what)
	}
	return c.s.SendIn(ctx, c.scope, what, &to, data, value)
}

// Now is the latest block's timestamp: the contracts' clock.
func (c *Client) Now(ctx context.Context) (uint64, error) {
	var t uint64
	err := c.retry.Do(ctx, c.log, "eth_getBlockByNumber", func() error {
		h, err := c.b.HeaderByNumber(ctx, nil)
		if err == nil {
			t = h.Time
		}
		return err
	})
	return t, err
}

// ClaimStatus mirrors OpML.ClaimStatus.
type ClaimStatus uint8

const (
	ClaimNone ClaimStatus = iota
	ClaimPending
	ClaimFinal
	ClaimRejected
)

func (s ClaimStatus) String() string {
	switch s {
	case ClaimNone:
		return "none"
	case ClaimPending:
		return "pending"
	case ClaimFinal:
		return "final"
	case ClaimRejected:
		return "rejected"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// Claim is a claim as the registry holds it.
type Claim struct {
	ID          uint64
	Submitter   common.Address
	SubmittedAt uint64 // the submission block's timestamp
	// SubmittedBlock is the submission block's number: its ClaimSubmitted
	// event, with the input, is in that block.
	SubmittedBlock uint64
	Challenges     uint32
	Open           uint32
	Wins           uint32
	Settled        bool
	// ModelUnavailable: settled rejected because its model had been made
	// unavailable by a data-availability challenge.
	ModelUnavailable bool
	Model            [32]byte
	InputHash        [32]byte
	OutputHash       [32]byte
	Status           ClaimStatus
	Output           []byte
}

// ClaimCount is the number of claims submitted.
func (c *Client) ClaimCount(ctx context.Context) (uint64, error) {
	n, err := call(ctx, c, c.opml, opmlABI.PackClaimCount(), opmlABI.UnpackClaimCount)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// Claim reads claim id.
func (c *Client) Claim(ctx context.Context, id uint64) (Claim, error) {
	bid := new(big.Int).SetUint64(id)
	v, err := call(ctx, c, c.opml, opmlABI.PackGetClaim(bid), opmlABI.UnpackGetClaim)
	if err != nil {
		return Claim{}, fmt.Errorf("claim %d: %w", id, err)
	}
	res, err := call(ctx, c, c.opml, opmlABI.PackGetResult(bid), opmlABI.UnpackGetResult)
	if err != nil {
		return Claim{}, fmt.Errorf("claim %d: %w", id, err)
	}
	return Claim{ID: id, Submitter: v.Submitter, SubmittedAt: v.SubmittedAt, SubmittedBlock: v.SubmittedBlock,
		Challenges: v.Challenges, Open: v.Open,
		Wins: v.Wins, Settled: v.Settled, ModelUnavailable: v.ModelUnavailable, Model: v.Model, InputHash: v.InputHash, OutputHash: v.OutputHash,
		Status: ClaimStatus(res.Status), Output: res.Output}, nil
}

// ClaimInput reads a claim's input bytes from its ClaimSubmitted event (the
// registry stores only their hash) in the block the claim records it was
// submitted in, and checks them against the hash. One block is asked for:
// endpoints refuse, or are slow on, whole-chain ranges. The block comes
// from the claim itself, not from a search by timestamp, which chains
// whose blocks can share a timestamp would mislead.
func (c *Client) ClaimInput(ctx context.Context, cl Claim) ([]byte, error) {
	ev := opmlABI.GetABI().Events["ClaimSubmitted"]
	block := new(big.Int).SetUint64(cl.SubmittedBlock)
	q := ethereum.FilterQuery{
		FromBlock: block,
		ToBlock:   block,
		Addresses: []common.Address{c.Addr.OpML},
		Topics:    [][]common.Hash{{ev.ID}, {common.BigToHash(new(big.Int).SetUint64(cl.ID))}},
	}
	var logs []types.Log
	err := c.retry.Do(ctx, c.log, "eth_getLogs", func() (err error) {
		logs, err = c.b.FilterLogs(ctx, q)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("claim %d input: %w", cl.ID, err)
	}
	for i := range logs {
		e, err := opmlABI.UnpackClaimSubmittedEvent(&logs[i])
		if err != nil {
			continue
		}
		if crypto.Keccak256Hash(e.Input) != cl.InputHash {
			continue
		}
		return e.Input, nil
	}
	return nil, fmt.Errorf("claim %d: no ClaimSubmitted event with its input in block %d, where it was submitted (is the node pruning logs?)",
		cl.ID, cl.SubmittedBlock)
}

// Challenge is a challenge as the registry holds it.
type Challenge struct {
	ID            uint64
	ClaimID       uint64
	Challenger    common.Address
	GameID        uint64
	Resolved      bool
	ChallengerWon bool
	Rewarded      bool // its share of the rejected claim's bond is credited
}

// ChallengesOf lists a claim's challenges.
func (c *Client) ChallengesOf(ctx context.Context, claimID uint64) ([]Challenge, error) {
	ids, err := call(ctx, c, c.opml, opmlABI.PackChallengesOf(new(big.Int).SetUint64(claimID)), opmlABI.UnpackChallengesOf)
	if err != nil {
		return nil, fmt.Errorf("challenges of claim %d: %w", claimID, err)
	}
	out := make([]Challenge, 0, len(ids))
	for _, id := range ids {
		ch, err := c.Challenge(ctx, id.Uint64())
		if err != nil {
			return nil, err
		}
		out = append(out, ch)
	}
	return out, nil
}

// Challenge reads challenge id.
func (c *Client) Challenge(ctx context.Context, id uint64) (Challenge, error) {
	v, err := call(ctx, c, c.opml, opmlABI.PackGetChallenge(new(big.Int).SetUint64(id)), opmlABI.UnpackGetChallenge)
	if err != nil {
		return Challenge{}, fmt.Errorf("challenge %d: %w", id, err)
	}
	return Challenge{ID: id, ClaimID: v.ClaimId.Uint64(), Challenger: v.Challenger, GameID: v.GameId.Uint64(),
		Resolved: v.Resolved, ChallengerWon: v.ChallengerWon, Rewarded: v.Rewarded}, nil
}

// Phase mirrors DisputeGame.Phase.
type Phase uint8

const (
	PhaseOver Phase = iota
	PhaseBisect
	PhaseChoose
	PhaseStep
)

func (p Phase) String() string {
	return [...]string{"over", "bisect (defender)", "choose (challenger)", "step"}[min(int(p), 3)]
}

// GameStatus mirrors DisputeGame.Status.
type GameStatus uint8

const (
	GameNone GameStatus = iota
	GameInProgress
	GameDefenderWon
	GameChallengerWon
)

func (s GameStatus) String() string {
	return [...]string{"none", "in progress", "defender won", "challenger won"}[min(int(s), 3)]
}

// Stage mirrors DisputeGame.Game.stage.
type Stage uint8

const (
	StageSingle Stage = iota // a single-phase game: the VM trace of the claim-checking program
	StageGraph               // a two-phase game's graph phase: the graph trace
	StageNode                // a two-phase game's node phase: the VM trace of the node program
)

func (s Stage) String() string {
	return [...]string{"single-phase", "graph phase", "node phase", "stage(?)"}[min(int(s), 3)]
}

// GraphStart is DisputeGame.GRAPH_START: the graph commitment before any
// work item (position 0 of the graph trace), agreed by construction. It is
// the zero hash; do not modify it.
var GraphStart = [32]byte{}

// GraphFinal is DisputeGame.graphFinal: the graph commitment the defender's
// first move of the graph phase must post as the final one,
// keccak256("opml.graph.final" ‖ outputHash).
func GraphFinal(outputHash [32]byte) [32]byte {
	return [32]byte(crypto.Keccak256Hash([]byte(protocol.GraphFinalTag), outputHash[:]))
}

// LocalContext is DisputeGame.localContextOf: the local context of a
// claim's single-phase games and graph phases,
// keccak256(abi.encode(model, inputHash, outputHash)).
func LocalContext(model, inputHash, outputHash [32]byte) [32]byte {
	return [32]byte(crypto.Keccak256Hash(model[:], inputHash[:], outputHash[:]))
}

// NodeContext is DisputeGame.nodeContextOf: the local context of a node
// phase, keccak256(abi.encode(model, inputHash, outputHash, node,
// nodeStart, nodeEnd)) (node as a 32-byte word).
func NodeContext(model, inputHash, outputHash [32]byte, node uint64, nodeStart, nodeEnd [32]byte) [32]byte {
	var n [32]byte
	binary.BigEndian.PutUint64(n[24:], node)
	return [32]byte(crypto.Keccak256Hash(model[:], inputHash[:], outputHash[:], n[:], nodeStart[:], nodeEnd[:]))
}

// ChainContext is DisputeGame.chainContextOf: the local context of a game
// made by createWithChainId (the rollup's block-program games),
// keccak256(abi.encode(a, b, c, chainId)) (chainId as a 32-byte word).
func ChainContext(a, b, c [32]byte, chainID uint64) [32]byte {
	var n [32]byte
	binary.BigEndian.PutUint64(n[24:], chainID)
	return [32]byte(crypto.Keccak256Hash(a[:], b[:], c[:], n[:]))
}

// Game is a game's state. Status counts a timeout not yet recorded.
type Game struct {
	ID                         uint64
	Creator                    common.Address
	Defender, Challenger       common.Address
	Model, InputHash           [32]byte
	OutputHash, LocalContext   [32]byte
	Segment                    game.Segment
	StartHash, EndHash         [32]byte
	Clock                      uint64
	DefenderUsed               uint64
	ChallengerUsed, LastMoveAt uint64
	Rounds                     uint32 // in the current stage
	Phase                      Phase
	Recorded                   GameStatus // as stored
	Status                     GameStatus // counting a timeout
	// Stage is the part of the game being played; Node, NodeStart and
	// NodeEnd are set from StageNode on: the disputed work item, the agreed
	// graph commitment before it and the defender's disputed one after it.
	Stage              Stage
	Node               uint64
	NodeStart, NodeEnd [32]byte
}

// Game reads game id.
func (c *Client) Game(ctx context.Context, id uint64) (Game, error) {
	bid := new(big.Int).SetUint64(id)
	v, err := call(ctx, c, c.game, gameABI.PackGetGame(bid), gameABI.UnpackGetGame)
	if err != nil {
		return Game{}, fmt.Errorf("game %d: %w", id, err)
	}
	st, err := call(ctx, c, c.game, gameABI.PackStatusOf(bid), gameABI.UnpackStatusOf)
	if err != nil {
		return Game{}, fmt.Errorf("game %d: %w", id, err)
	}
	if GameStatus(v.Status) == GameNone {
		return Game{}, fmt.Errorf("game %d does not exist", id)
	}
	return Game{ID: id, Creator: v.Creator, Defender: v.Defender, Challenger: v.Challenger, Model: v.Model,
		InputHash: v.InputHash, OutputHash: v.OutputHash, LocalContext: v.LocalContext,
		Segment: game.Segment{Start: v.Start, Length: v.Length}, StartHash: v.StartHash, EndHash: v.EndHash,
		Clock: v.Clock, DefenderUsed: v.DefenderUsed, ChallengerUsed: v.ChallengerUsed, LastMoveAt: v.LastMoveAt,
		Rounds: v.Rounds, Phase: Phase(v.Phase), Recorded: GameStatus(v.Status), Status: GameStatus(st),
		Stage: Stage(v.Stage), Node: v.Node, NodeStart: v.NodeStart, NodeEnd: v.NodeEnd}, nil
}

// Cuts reads the current round's cuts.
func (c *Client) Cuts(ctx context.Context, gameID uint64) ([][32]byte, error) {
	return call(ctx, c, c.game, gameABI.PackGetCuts(new(big.Int).SetUint64(gameID)), gameABI.UnpackGetCuts)
}

// Credit is what the registry owes who (withdraw pays it).
func (c *Client) Credit(ctx context.Context, who common.Address) (*big.Int, error) {
	return call(ctx, c, c.opml, opmlABI.PackCredit(who), opmlABI.UnpackCredit)
}

// Submit posts a claim with the claim bond and returns its id. It refuses,
// without sending, an input or output longer than the deployment accepts,
// and a claim on a model the registry would refuse (CheckModel).
func (c *Client) Submit(ctx context.Context, model [32]byte, input, output []byte) (uint64, *types.Receipt, error) {
	if err := c.Config.CheckSizes(len(input), len(output)); err != nil {
		return 0, nil, fmt.Errorf("submit: %w", err)
	}
	if err := c.CheckModel(ctx, model, len(input), len(output)); err != nil {
		return 0, nil, fmt.Errorf("submit: %w", err)
	}
	r, err := c.send(ctx, "submit claim", c.Addr.OpML, opmlABI.PackSubmit(model, input, output), c.Config.ClaimBond)
	if err != nil {
		return 0, r, err
	}
	for _, l := range r.Logs {
		if e, err := opmlABI.UnpackClaimSubmittedEvent(l); err == nil {
			return e.ClaimId.Uint64(), r, nil
		}
	}
	return 0, r, errors.New("submit: no ClaimSubmitted event in the receipt")
}

// OpenChallenge challenges a claim with the challenge bond.
func (c *Client) OpenChallenge(ctx context.Context, claimID uint64) (Challenge, *types.Receipt, error) {
	r, err := c.send(ctx, fmt.Sprintf("challenge claim %d", claimID), c.Addr.OpML,
		opmlABI.PackChallenge(new(big.Int).SetUint64(claimID)), c.Config.ChallengeBond)
	if err != nil {
		return Challenge{}, r, err
	}
	for _, l := range r.Logs {
		if e, err := opmlABI.UnpackChallengeOpenedEvent(l); err == nil {
			return Challenge{ID: e.ChallengeId.Uint64(), ClaimID: claimID, Challenger: e.Challenger,
				GameID: e.GameId.Uint64()}, r, nil
		}
	}
	return Challenge{}, r, errors.New("challenge: no ChallengeOpened event in the receipt")
}

// Bisect posts the defender's hashes.
func (c *Client) Bisect(ctx context.Context, gameID uint64, hashes [][32]byte) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("game %d: bisect", gameID), c.Addr.Game,
		gameABI.PackBisect(new(big.Int).SetUint64(gameID), hashes), nil)
}

// Choose makes the challenger's choice.
func (c *Client) Choose(ctx context.Context, gameID, part uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("game %d: choose part %d", gameID, part), c.Addr.Game,
		gameABI.PackChoose(new(big.Int).SetUint64(gameID), part), nil)
}

// Step executes the disputed step on chain, loading the preimage part it
// reads first (local data through the game, keccak256 preimages directly).
// The model's committed data must be registered (RegisterCommitted) if the
// step maps it. It returns the receipts of all transactions sent.
func (c *Client) Step(ctx context.Context, gameID uint64, w *mipsevm.Witness) ([]*types.Receipt, error) {
	var receipts []*types.Receipt
	if w.HasPreimage {
		r, err := c.loadPreimage(ctx, gameID, w)
		if err != nil {
			return receipts, err
		}
		receipts = append(receipts, r)
	}
	r, err := c.send(ctx, fmt.Sprintf("game %d: step", gameID), c.Addr.Game,
		gameABI.PackStep(new(big.Int).SetUint64(gameID), w.State, w.EncodeProof()), nil)
	if r != nil {
		receipts = append(receipts, r)
	}
	return receipts, err
}

func (c *Client) loadPreimage(ctx context.Context, gameID uint64, w *mipsevm.Witness) (*types.Receipt, error) {
	off := mipsevm.PreimagePart(w.PreimageValue, w.PreimageOffset)
	switch mipsevm.KeyType(w.PreimageKey[0]) {
	case mipsevm.KeyTypeLocal:
		index := new(big.Int).SetBytes(w.PreimageKey[24:])
		return c.send(ctx, fmt.Sprintf("game %d: load local datum %d", gameID, index), c.Addr.Game,
			gameABI.PackLoadLocalData(new(big.Int).SetUint64(gameID), index, new(big.Int).SetUint64(off)), nil)
	case mipsevm.KeyTypeKeccak256:
		return c.send(ctx, fmt.Sprintf("game %d: load preimage part", gameID), c.Addr.Oracle,
			oracleABI.PackLoadKeccak256PreimagePart(new(big.Int).SetUint64(off), w.PreimageValue), nil)
	}
	return nil, fmt.Errorf("step reads preimage key %x of type %d, which cannot be loaded", w.PreimageKey, w.PreimageKey[0])
}

// LoadLocalData has the game load its local datum index
// (claim/protocol: LocalModel … LocalOutputHash, and in a node phase
// LocalNode … LocalNodeEnd) at partOffset for its current local context
// (DisputeGame.loadLocalData). Step does this itself for the datum a step
// reads.
func (c *Client) LoadLocalData(ctx context.Context, gameID, index, partOffset uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("game %d: load local datum %d", gameID, index), c.Addr.Game,
		gameABI.PackLoadLocalData(new(big.Int).SetUint64(gameID), new(big.Int).SetUint64(index), new(big.Int).SetUint64(partOffset)), nil)
}

// RegisterCommitted registers a model's committed data (root, length) with
// the oracle, unless it already is; the mapping step needs it.
func (c *Client) RegisterCommitted(ctx context.Context, root [32]byte, length uint64) (*types.Receipt, error) {
	key := mipsevm.CommittedKey(root, length)
	_, err := call(ctx, c, c.oracle, oracleABI.PackCommittedData(key), oracleABI.UnpackCommittedData)
	if err == nil {
		return nil, nil // already registered
	}
	if !IsRevert(err) {
		return nil, err
	}
	return c.send(ctx, "register model", c.Addr.Oracle, oracleABI.PackRegisterCommitted(root, length), nil)
}

// Resolve records a timeout in a game (DisputeGame.resolve).
func (c *Client) Resolve(ctx context.Context, gameID uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("game %d: resolve", gameID), c.Addr.Game,
		gameABI.PackResolve(new(big.Int).SetUint64(gameID)), nil)
}

// ResolveChallenge records a decided game's outcome in the registry.
func (c *Client) ResolveChallenge(ctx context.Context, challengeID uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("resolve challenge %d", challengeID), c.Addr.OpML,
		opmlABI.PackResolveChallenge(new(big.Int).SetUint64(challengeID)), nil)
}

// Settle settles a claim after its window.
func (c *Client) Settle(ctx context.Context, claimID uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("settle claim %d", claimID), c.Addr.OpML,
		opmlABI.PackSettle(new(big.Int).SetUint64(claimID)), nil)
}

// ClaimReward credits a winning challenger its share of a settled,
// rejected claim's bond.
func (c *Client) ClaimReward(ctx context.Context, challengeID uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("claim reward of challenge %d", challengeID), c.Addr.OpML,
		opmlABI.PackClaimReward(new(big.Int).SetUint64(challengeID)), nil)
}

// Withdraw pays out the sender's credit.
func (c *Client) Withdraw(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, "withdraw", c.Addr.OpML, opmlABI.PackWithdraw(), nil)
}

// ConnectGame is a client of a DisputeGame deployment that no OpML plays in
// (the rollup's block-program games, created by its output oracle): its
// game's moves, reads and steps (Game, Cuts, Bisect, Choose, Step,
// LoadLocalData, Resolve) work; the claim methods do not. The game's
// constants are read into Config (Prestate, Game, TraceLength, GraphDepth,
// GraphLength); its oracle is the game's.
func ConnectGame(ctx context.Context, b Backend, gameAddr common.Address, s *Sender, log *slog.Logger) (*Client, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &Client{b: b, s: s, log: log, retry: DefaultRetry, game: gameABI.Instance(b, gameAddr)}
	var code []byte
	err := c.retry.Do(ctx, log, "eth_getCode", func() (err error) {
		code, err = b.CodeAt(ctx, gameAddr, nil)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("connect game: %w", err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("connect game: no DisputeGame contract at %s", gameAddr)
	}
	c.Addr.Game = gameAddr
	if c.Addr.Oracle, err = call(ctx, c, c.game, gameABI.PackOracle(), gameABI.UnpackOracle); err != nil {
		return nil, err
	}
	if c.Addr.MIPS, err = call(ctx, c, c.game, gameABI.PackMips(), gameABI.UnpackMips); err != nil {
		return nil, err
	}
	c.oracle = oracleABI.Instance(b, c.Addr.Oracle)
	cfg := &c.Config
	if cfg.Prestate, err = call(ctx, c, c.game, gameABI.PackAbsolutePrestate(), gameABI.UnpackAbsolutePrestate); err != nil {
		return nil, err
	}
	if cfg.Game.Arity, err = call(ctx, c, c.game, gameABI.PackArity(), gameABI.UnpackArity); err != nil {
		return nil, err
	}
	if cfg.Game.Depth, err = call(ctx, c, c.game, gameABI.PackDepth(), gameABI.UnpackDepth); err != nil {
		return nil, err
	}
	if cfg.TraceLength, err = call(ctx, c, c.game, gameABI.PackTraceLength(), gameABI.UnpackTraceLength); err != nil {
		return nil, err
	}
	if cfg.GraphDepth, err = call(ctx, c, c.game, gameABI.PackGraphDepth(), gameABI.UnpackGraphDepth); err != nil {
		return nil, err
	}
	if cfg.GraphLength, err = call(ctx, c, c.game, gameABI.PackGraphLength(), gameABI.UnpackGraphLength); err != nil {
		return nil, err
	}
	return c, nil
}

// DeployGame deploys a DisputeGame over the VM trace of the program with
// absolute prestate `prestate`, on an existing deployment's MIPS and
// PreimageOracle, single-phase (the rollup's block program's game).
func DeployGame(ctx context.Context, s *Sender, mips, oracle common.Address, prestate [32]byte, p game.Params) (common.Address, *types.Receipt, error) {
	if err := p.Validate(); err != nil {
		return common.Address{}, nil, err
	}
	code := append(common.FromHex(bindings.DisputeGameMetaData.Bin),
		gameABI.PackConstructor(mips, oracle, prestate, p.Arity, p.Depth, 0)...)
	r, err := s.Send(ctx, "deploy DisputeGame", nil, code, nil)
	if err != nil {
		return common.Address{}, r, err
	}
	return r.ContractAddress, r, nil
}
