// Package agent is the players of the opML dispute: one Agent watches the
// claim registry and acts on it. As a submitter it defends its own claims:
// it posts its trace's hashes when a challenger disputes them and executes
// the final step when that proves it right. As a challenger it checks every
// claim natively (cheap), opens a challenge only when the native result
// differs, and only then runs the claim in the fraud-proof VM to play the
// game. It resolves decided games, settles claims it has a stake in and
// withdraws its bonds.
//
// An agent keeps no state that matters: every pass (Tick) reads the chain
// and decides from it and from its trace (a snapshot cache on disk), so an
// agent restarted after a crash takes up its games where they are, as long
// as its clock has not run out.
package agent

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/bisection/trace"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Config is an agent's setup.
type Config struct {
	Client  *onchain.Client // with a sender: the agent's account
	Store   *oracle.Store   // the models claims name, by address
	Program []byte          // the claim-checking program's ELF (a single-phase deployment's prestate)
	// NodeProgram is the node program's ELF (ggml-mips/cmd/node), whose
	// prestate a two-phase deployment's must be; unused in a single-phase
	// one.
	NodeProgram []byte
	CacheDir    string        // trace snapshots, one directory per claim
	Engine      trace.Engine  // nil: the interpreter
	Interval    uint64        // snapshot spacing in steps (0: trace.DefaultInterval)
	Poll        time.Duration // time between passes in Run (0: 1 s)
	Log         *slog.Logger

	Defend    bool // defend the agent's own claims
	Challenge bool // challenge wrong claims of others

	// DA are data-availability servers to fetch a model (or its blocks)
	// from when the store does not have it; failing them, the agent opens
	// data-availability challenges on chain (availability.go), at most
	// MaxOpenDA open per model (0: DefaultMaxOpenDA).
	DA        []*oracle.Client
	MaxOpenDA int

	// For demonstrations and tests, a dishonest agent: Dispute overrides
	// the decision to challenge (honest says what the native check found),
	// and Trace replaces the honest trace of a claim the agent plays.
	Dispute func(c onchain.Claim, honest bool) bool
	Trace   func(c onchain.Claim, honest game.Trace) game.Trace
	// GraphTrace likewise replaces the phase-1 trace of a two-phase game
	// (Trace then replaces the VM trace of its node phase).
	GraphTrace func(c onchain.Claim, honest game.Trace) game.Trace
}

// Agent is one player. Its methods are not safe for concurrent use.
type Agent struct {
	cfg      Config
	c        *onchain.Client
	me       common.Address
	log      *slog.Logger
	prestate [32]byte

	verdicts  map[uint64]verdict // native check of others' claims, by claim id
	done      map[uint64]bool    // settled claims with nothing left to do, by claim id
	inputs    map[uint64][]byte  // claims' inputs read from the chain, by claim id
	traces    map[[32]byte]*playerTrace
	graphs    map[uint64]*trace.Graph // phase-1 traces, by claim id
	conceded  map[uint64]bool         // games the agent cannot win, by game id (logged once)
	registerd map[[32]byte]bool
	da        daState
	mu        sync.Mutex
}

type verdict struct {
	honest bool
	native []byte
	err    error
}

// playerTrace is a claim's trace as the agent plays it.
type playerTrace struct {
	provider *trace.Provider // the true VM trace (witnesses come from it); nil in a graph phase
	truth    game.Trace      // the true trace: provider, or the phase-1 trace
	played   game.Trace      // what the agent posts and compares: truth or a Lie
	model    *oracle.Model
	host     mipsevm.PreimageOracle // the VM's oracle (committed data to register for a mapping step)
}

// New checks the configuration against the deployment.
func New(cfg Config) (*Agent, error) {
	if cfg.Client == nil || cfg.Client.Sender() == nil {
		return nil, errors.New("agent: a client with a sender is required")
	}
	if cfg.Store == nil {
		return nil, errors.New("agent: a model store is required")
	}
	if cfg.CacheDir == "" {
		return nil, errors.New("agent: a cache directory is required")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Poll == 0 {
		cfg.Poll = time.Second
	}
	program, what := cfg.Program, "claim-checking program"
	if cfg.Client.Config.TwoPhase() {
		program, what = cfg.NodeProgram, "node program"
	}
	s, err := claim.Prestate(program)
	if err != nil {
		return nil, fmt.Errorf("agent: %s: %w", what, err)
	}
	a := &Agent{cfg: cfg, c: cfg.Client, me: cfg.Client.Sender().Address(), log: cfg.Log, prestate: s.Hash(),
		verdicts: map[uint64]verdict{}, done: map[uint64]bool{}, inputs: map[uint64][]byte{}, traces: map[[32]byte]*playerTrace{}, conceded: map[uint64]bool{},
		registerd: map[[32]byte]bool{}, graphs: map[uint64]*trace.Graph{}, da: newDAState()}
	if a.prestate != cfg.Client.Config.Prestate {
		return nil, fmt.Errorf("agent: the %s's prestate %x is not the deployment's %x (another build of it?)",
			what, a.prestate, cfg.Client.Config.Prestate)
	}
	return a, nil
}

// Address is the agent's account.
func (a *Agent) Address() common.Address { return a.me }

// Run makes a pass every Poll until ctx ends. A failed pass is logged and
// the next one tries again (each pass starts from the chain's state).
func (a *Agent) Run(ctx context.Context) error {
	defer a.Close()
	t := time.NewTicker(a.cfg.Poll)
	defer t.Stop()
	for {
		if err := a.Tick(ctx); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			a.log.Error("pass failed; will retry", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Close releases the agent's traces.
func (a *Agent) Close() {
	a.mu.Lock()
	defer a.mu.Unlock()
	for k, t := range a.traces {
		if t.provider != nil {
			t.provider.Close()
		}
		delete(a.traces, k)
	}
}

// Tick is one pass over the registry: every action the chain's state calls
// for, once. It returns the first error; the actions before it stand.
func (a *Agent) Tick(ctx context.Context) error {
	n, err := a.c.ClaimCount(ctx)
	if err != nil {
		return err
	}
	now, err := a.c.Now(ctx)
	if err != nil {
		return err
	}
	var errs []error
	if err := a.daPass(ctx, now); err != nil {
		errs = append(errs, err)
	}
	for id := range n {
		if a.done[id] {
			continue
		}
		if err := a.claimPass(ctx, id, now); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			errs = append(errs, err)
		}
	}
	if err := a.withdraw(ctx); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

func (a *Agent) claimPass(ctx context.Context, id, now uint64) error {
	cl, err := a.c.Claim(ctx, id)
	if err != nil {
		return err
	}
	if cl.Settled && cl.Status != onchain.ClaimRejected {
		a.done[id] = true // settled is for good: nothing more to do
		return nil
	}
	mine := cl.Submitter == a.me
	chs, err := a.c.ChallengesOf(ctx, id)
	if err != nil {
		return err
	}
	if cl.Settled {
		if err := a.collectRewards(ctx, cl, chs); err != nil {
			return err
		}
		a.done[id] = true
		return nil
	}
	stake := mine
	var mineOpen bool
	for _, ch := range chs {
		if ch.Challenger == a.me {
			stake, mineOpen = true, true
		}
	}
	if handled, err := a.modelRejected(ctx, cl, chs, stake); handled {
		return err
	}
	windowOpen, err := a.challengeable(ctx, cl, now)
	if err != nil {
		return err
	}
	if !mine && a.cfg.Challenge && !mineOpen && windowOpen && cl.Status == onchain.ClaimPending {
		if err := a.maybeChallenge(ctx, cl); err != nil {
			return err
		}
		if chs, err = a.c.ChallengesOf(ctx, id); err != nil {
			return err
		}
		for _, ch := range chs {
			stake = stake || ch.Challenger == a.me
		}
	}
	var errs []error
	for _, ch := range chs {
		if ch.Resolved {
			continue
		}
		role := ""
		switch {
		case mine && a.cfg.Defend:
			role = "defender"
		case ch.Challenger == a.me:
			role = "challenger"
		case stake:
			// Someone else's game of a claim the agent has a stake in:
			// record it once decided, or the claim cannot be settled.
			role = "bystander"
		default:
			continue
		}
		// One game's failure does not hold up the others (their clocks run).
		if err := a.play(ctx, cl, ch, role); err != nil {
			errs = append(errs, fmt.Errorf("claim %d, game %d: %w", id, ch.GameID, err))
		}
	}
	if len(errs) == 0 && stake && !windowOpen {
		return a.settle(ctx, cl)
	}
	return errors.Join(errs...)
}

// maybeChallenge checks a claim natively and challenges it if it is wrong.
func (a *Agent) maybeChallenge(ctx context.Context, cl onchain.Claim) error {
	v, ok := a.verdicts[cl.ID]
	if !ok {
		v = a.check(ctx, cl)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if v.err == nil {
			a.verdicts[cl.ID] = v // a failed check (RPC, missing model) is tried again next pass
		}
		switch {
		case errors.Is(v.err, oracle.ErrNotFound):
			if a.needModel(ctx, cl) {
				return a.maybeChallenge(ctx, cl) // check it now
			}
		case v.err != nil:
			a.log.Warn("cannot check claim", "claim", cl.ID, "err", v.err)
		case v.honest:
			a.log.Info("claim checked natively: correct", "claim", cl.ID, "output", hex.EncodeToString(cl.Output))
		default:
			a.log.Info("claim checked natively: WRONG", "claim", cl.ID, "claimed", hex.EncodeToString(cl.Output),
				"native", hex.EncodeToString(v.native))
		}
	}
	dispute := v.err == nil && !v.honest
	if a.cfg.Dispute != nil {
		dispute = a.cfg.Dispute(cl, v.err == nil && v.honest)
	}
	if !dispute {
		return nil
	}
	ch, _, err := a.c.OpenChallenge(ctx, cl.ID)
	if err != nil {
		return err
	}
	a.log.Info("challenge opened", "claim", cl.ID, "challenge", ch.ID, "game", ch.GameID)
	return nil
}

// check runs a claim's inference natively: in a two-phase deployment,
// its plan (which also gives the phase-1 trace the games need).
func (a *Agent) check(ctx context.Context, cl onchain.Claim) verdict {
	if a.c.Config.TwoPhase() {
		g, err := a.graphOf(ctx, cl)
		if err != nil {
			return verdict{err: err}
		}
		if !g.Usable() {
			return verdict{native: nil, honest: false}
		}
		return verdict{native: g.Output(), honest: bytes.Equal(g.Output(), cl.Output)}
	}
	m, err := a.modelOf(cl)
	if err != nil {
		return verdict{err: err}
	}
	if m == nil {
		// An address that names no model: the VM rejects every claim.
		return verdict{native: nil, honest: false}
	}
	input, err := a.claimInput(ctx, cl)
	if err != nil {
		return verdict{err: err}
	}
	out, err := models.Infer(m.Bytes(), input)
	if err != nil {
		// A claim about an input the model rejects cannot exit 0 in the VM.
		return verdict{native: nil, honest: false}
	}
	return verdict{native: out, honest: bytes.Equal(out, cl.Output)}
}

// modelOf returns a claim's model from the store, looked up exactly as the
// VM maps it: by its address, which is the model's committed key. It is
// nil, without an error, for an address that names no model (byte 0 is
// not the committed key type): the VM rejects every claim about one
// without reading any model data, so none is needed to play it.
func (a *Agent) modelOf(cl onchain.Claim) (*oracle.Model, error) {
	addr := oracle.Address(cl.Model)
	if !addr.Valid() {
		return nil, nil
	}
	m, err := a.cfg.Store.Open(addr)
	if err != nil {
		return nil, fmt.Errorf("model %s: %w", addr, err)
	}
	return m, nil
}

// claimInput reads a claim's input from the chain once: the native check
// and the trace both need it.
func (a *Agent) claimInput(ctx context.Context, cl onchain.Claim) ([]byte, error) {
	if in, ok := a.inputs[cl.ID]; ok {
		return in, nil
	}
	in, err := a.c.ClaimInput(ctx, cl)
	if err == nil {
		a.inputs[cl.ID] = in
	}
	return in, err
}

// traceOf returns the trace of a game in its current stage, starting it
// on first use.
func (a *Agent) traceOf(ctx context.Context, cl onchain.Claim, g onchain.Game) (*playerTrace, error) {
	switch g.Stage {
	case onchain.StageGraph:
		return a.graphTraceOf(ctx, cl, g)
	case onchain.StageNode:
		return a.nodeTraceOf(ctx, cl, g)
	}
	localContext := g.LocalContext
	a.mu.Lock()
	defer a.mu.Unlock()
	if t, ok := a.traces[localContext]; ok {
		return t, nil
	}
	m, err := a.modelOf(cl)
	if err != nil {
		return nil, err
	}
	input, err := a.claimInput(ctx, cl)
	if err != nil {
		return nil, err
	}
	c := claim.Claim{Model: oracle.Address(cl.Model), Input: input, Output: cl.Output}
	if crypto.Keccak256Hash(c.Output) != cl.OutputHash {
		return nil, fmt.Errorf("claim %d: its output does not hash to its output hash", cl.ID)
	}
	host := c.Host(a.cfg.Store, m)
	p, err := trace.New(trace.Config{
		Prestate: func() (*mipsevm.State, error) { return claim.Prestate(a.cfg.Program) },
		Oracle:   host,
		Identity: "claim " + hex.EncodeToString(localContext[:]),
		Dir:      filepath.Join(a.cfg.CacheDir, hex.EncodeToString(localContext[:8])),
		Interval: a.cfg.Interval,
		Engine:   a.cfg.Engine,
		Logger:   a.log.With("claim", cl.ID),
	})
	if err != nil {
		return nil, err
	}
	t := &playerTrace{provider: p, truth: p, played: p, model: m, host: host}
	if a.cfg.Trace != nil {
		t.played = a.cfg.Trace(cl, p)
	}
	a.traces[localContext] = t
	return t, nil
}

// play makes the agent's move in a game, if it is the agent's turn.
func (a *Agent) play(ctx context.Context, cl onchain.Claim, ch onchain.Challenge, role string) error {
	g, err := a.c.Game(ctx, ch.GameID)
	if err != nil {
		return err
	}
	if g.Status != onchain.GameInProgress {
		// Decided (perhaps by a timeout not yet recorded): record it.
		r, err := a.c.ResolveChallenge(ctx, ch.ID)
		if onchain.RevertReason(err) == "OpML: challenge already resolved" {
			return nil // another party recorded it first
		}
		if err != nil {
			return err
		}
		a.log.Info("game over", "claim", cl.ID, "game", g.ID, "outcome", g.Status, "gas", r.GasUsed)
		return nil
	}
	if a.conceded[g.ID] || role == "bystander" {
		return nil
	}
	params := a.c.Config.Game
	if g.Stage == onchain.StageGraph {
		params = a.c.Config.GraphParams()
	}
	defending := role == "defender"
	switch {
	case defending && g.Phase == onchain.PhaseBisect:
		t, err := a.traceOf(ctx, cl, g)
		if err != nil {
			return err
		}
		hashes, err := game.Bisect(ctx, t.played, params, g.Segment, g.Rounds == 0)
		if err != nil {
			return err
		}
		if g.Rounds == 0 && g.Stage == onchain.StageGraph {
			if final := hashes[len(hashes)-1]; final != onchain.GraphFinal(cl.OutputHash) {
				a.conceded[g.ID] = true
				a.log.Error("cannot defend the claim: its plan does not compute the claimed output", "claim", cl.ID, "game", g.ID)
				return nil
			}
		} else if g.Rounds == 0 {
			if final := hashes[len(hashes)-1]; final[0] != byte(mipsevm.StatusValid) {
				a.conceded[g.ID] = true
				a.log.Error("cannot defend the claim: the VM does not accept it", "claim", cl.ID, "game", g.ID,
					"final status", mipsevm.Status(final[0]))
				return nil
			}
		}
		r, err := a.c.Bisect(ctx, g.ID, hashes)
		if err != nil {
			return err
		}
		a.log.Info("bisected", "claim", cl.ID, "game", g.ID, "stage", g.Stage, "round", g.Rounds+1, "segment", segString(g.Segment),
			"hashes", len(hashes), "gas", r.GasUsed)
	case !defending && g.Phase == onchain.PhaseChoose:
		t, err := a.traceOf(ctx, cl, g)
		if err != nil {
			return err
		}
		cuts, err := a.c.Cuts(ctx, g.ID)
		if err != nil {
			return err
		}
		choice, err := game.Choose(ctx, t.played, params, g.Segment, cuts)
		if err != nil {
			return err
		}
		r, err := a.c.Choose(ctx, g.ID, choice.Part)
		if err != nil {
			return err
		}
		a.log.Info("chose", "claim", cl.ID, "game", g.ID, "stage", g.Stage, "round", g.Rounds, "part", choice.Part,
			"of", segString(g.Segment), "next", segString(params.Part(g.Segment, choice.Part)), "gas", r.GasUsed)
	case g.Phase == onchain.PhaseStep:
		return a.step(ctx, cl, g, defending)
	}
	return nil
}

// step executes the game's last step if that makes the agent win.
func (a *Agent) step(ctx context.Context, cl onchain.Claim, g onchain.Game, defending bool) error {
	t, err := a.traceOf(ctx, cl, g)
	if err != nil {
		return err
	}
	pos := g.Segment.Start
	post, err := t.provider.StateHash(ctx, pos+1)
	if err != nil {
		return err
	}
	if (post == g.EndHash) != defending {
		a.conceded[g.ID] = true
		a.log.Warn("the one-step proof would go against us; not executing it", "claim", cl.ID, "game", g.ID, "step", pos)
		return nil
	}
	w, err := t.provider.Witness(ctx, pos)
	if err != nil {
		return err
	}
	if err := a.registerMapped(ctx, t, w); err != nil {
		return err
	}
	receipts, err := a.c.Step(ctx, g.ID, w)
	if err != nil {
		return err
	}
	var gas uint64
	for _, r := range receipts {
		gas += r.GasUsed
	}
	a.log.Info("executed the disputed step on chain", "claim", cl.ID, "game", g.ID, "step", pos,
		"instruction", Instruction(w), "preimage", w.HasPreimage, "gas", gas)
	return nil
}

// settle settles a claim whose window has passed and whose challenges are
// all resolved.
func (a *Agent) settle(ctx context.Context, cl onchain.Claim) error {
	cl, err := a.c.Claim(ctx, cl.ID)
	if err != nil || cl.Settled || cl.Open > 0 {
		return err
	}
	r, err := a.c.Settle(ctx, cl.ID)
	if err != nil {
		return err
	}
	cl, err = a.c.Claim(ctx, cl.ID)
	if err != nil {
		return err
	}
	a.log.Info("claim settled", "claim", cl.ID, "status", cl.Status, "gas", r.GasUsed)
	return nil
}

// collectRewards credits the agent's shares of a rejected claim's bond.
func (a *Agent) collectRewards(ctx context.Context, cl onchain.Claim, chs []onchain.Challenge) error {
	for _, ch := range chs {
		if ch.Challenger != a.me || !ch.ChallengerWon || ch.Rewarded {
			continue
		}
		r, err := a.c.ClaimReward(ctx, ch.ID)
		if err != nil {
			return err
		}
		a.log.Info("reward credited", "claim", cl.ID, "challenge", ch.ID, "gas", r.GasUsed)
	}
	return nil
}

func (a *Agent) withdraw(ctx context.Context) error {
	credit, err := a.c.Credit(ctx, a.me)
	if err != nil || credit.Sign() == 0 {
		return err
	}
	r, err := a.c.Withdraw(ctx)
	if err != nil {
		return err
	}
	a.log.Info("bonds withdrawn", "wei", credit, "gas", r.GasUsed)
	return nil
}

// Instruction describes the instruction a witness's step executes: its
// address and disassembly (the fetch's leaf is the proof's first 32 bytes).
func Instruction(w *mipsevm.Witness) string {
	_, s, err := mipsevm.DecodeState(w.State)
	switch {
	case err != nil:
		return "?"
	case s.Exited:
		return "none (the program has exited: the step changes nothing)"
	case len(w.ProofData) < 32:
		return "?"
	}
	o := s.PC & 31
	insn := uint32(w.ProofData[o])<<24 | uint32(w.ProofData[o+1])<<16 | uint32(w.ProofData[o+2])<<8 | uint32(w.ProofData[o+3])
	text := mipsevm.Disassemble(insn)
	if insn == 0x0000000c {
		text = fmt.Sprintf("syscall %d", s.Registers[2])
		if name, ok := syscallNames[s.Registers[2]]; ok {
			text += " (" + name + ")"
		}
	}
	return fmt.Sprintf("0x%08x: %s", s.PC, text)
}

// syscallNames names the syscalls a claim's run makes most.
var syscallNames = map[uint32]string{
	mipsevm.SysRead: "read", mipsevm.SysWrite: "write", mipsevm.SysExitGroup: "exit_group",
	mipsevm.SysMapCommitted: "map_committed", mipsevm.SysCommittedRoot: "committed_root", mipsevm.SysMmap: "mmap", mipsevm.SysBrk: "brk",
	mipsevm.SysFutex: "futex", mipsevm.SysSchedYield: "sched_yield", mipsevm.SysClockGettime: "clock_gettime",
	mipsevm.SysGetrandom: "getrandom", mipsevm.SysClone: "clone",
}

func segString(s game.Segment) string { return fmt.Sprintf("[%d, %d]", s.Start, s.Start+s.Length) }
