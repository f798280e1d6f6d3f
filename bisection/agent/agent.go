// Package agent is the players of the opML dispute: one Agent watches the
// claim registry and acts on it. As a submitter it defends its own claims:
// it posts its trace's hashes when a challenger disputes them and executes
// the final step when that proves it right. As a challenger it checks every
// claim natively (cheap), opens a challenge only when the native result
// differs, and only then runs the claim in the fraud-proof VM to play the
// game. It resolves decided games, settles claims it has a stake in and
// withdraws its bonds.
//
// An agent plays all its games at once: each claim and each game is a task
// of its own, the computations (VM runs, native checks) are granted by the
// agent's clock left in each game, most urgent first, and bounded in time,
// and its transactions are pipelined into shared blocks by its sender. The
// traces it keeps in memory fit a budget.
//
// An agent keeps no state that matters: every pass (Tick) reads the chain
// and decides from it and from its traces (kept on disk), so an agent
// restarted after a crash takes up its games where they are, as long as
// its clock has not run out.
package agent

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"runtime"
	"sync"
	"time"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/bisection/trace"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/common"
)

// Defaults of the agent's bounds (Config).
const (
	// DefaultCheckTimeout bounds a claim's native check: minutes for the
	// largest models the default deployment accepts (a 7B model's one-token
	// plan), so an hour is a runaway.
	DefaultCheckTimeout = time.Hour
	// DefaultMoveTimeout bounds the computation of one move. The VM run of
	// a node-phase trace (2^30 steps at most) takes about 20 s; a
	// single-phase claim of a large model much longer, and a run cut short
	// goes on from its snapshots at the next pass, so this is a slice of
	// work rather than a limit on it.
	DefaultMoveTimeout = 10 * time.Minute
	// DefaultTraceBudget is the memory the traces kept between moves may
	// hold: a Fashion-MNIST claim's VM state holds ~15 MiB, the node
	// program's on a 7B item up to ~1.5 GiB.
	DefaultTraceBudget = 4 << 30
	// checkAttempts is how many times a native check that timed out is
	// tried again before the agent gives up on the claim.
	checkAttempts = 3
	// maxReads bounds the chain reads in flight.
	maxReads = 32
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
	// Repost: after winning a dispute as challenger (the claim is
	// Rejected), post the honest claim on the same call (model, input,
	// output size) with the output the native check found, unless an
	// honest claim on it is Final or pending already (repost.go). The
	// rollup's block program reads a call's result only from a Final
	// claim, so an L2 output that used the call needs one.
	Repost bool

	// DA are data-availability servers to fetch a model (or its blocks)
	// from when the store does not have it; failing them, the agent opens
	// data-availability challenges on chain (availability.go), at most
	// MaxOpenDA open per model (0: DefaultMaxOpenDA).
	DA        []*oracle.Client
	MaxOpenDA int

	// Workers is how many computations (VM runs, native checks) run at
	// once, granted by deadline, the most urgent first (0: GOMAXPROCS).
	// Sending moves and waiting for their receipts takes no worker.
	Workers int
	// CheckTimeout bounds a claim's native check (0: DefaultCheckTimeout);
	// one that times out is tried again at later passes, up to
	// checkAttempts times in all.
	CheckTimeout time.Duration
	// MoveTimeout bounds the computation of one move, VM run included (0:
	// DefaultMoveTimeout); a VM run cut short keeps its snapshots and goes
	// on at the next pass.
	MoveTimeout time.Duration
	// TraceBudget bounds the memory of the traces kept between moves, in
	// bytes (0: DefaultTraceBudget): past it the least recently used are
	// dropped, to be reloaded from CacheDir when needed. A claim's traces
	// are dropped when it is settled.
	TraceBudget int64
	// Metrics receives the agent's metrics (nil: kept, not served; see
	// NewMetrics and ServeMetrics). One Metrics serves one agent.
	Metrics *Metrics

	// For demonstrations and tests, a dishonest agent: Dispute overrides
	// the decision to challenge (honest says what the native check found),
	// and Trace replaces the honest trace of a claim the agent plays.
	// They may be called from several goroutines at once.
	Dispute func(c onchain.Claim, honest bool) bool
	Trace   func(c onchain.Claim, honest game.Trace) game.Trace
	// GraphTrace likewise replaces the phase-1 trace of a two-phase game
	// (Trace then replaces the VM trace of its node phase).
	GraphTrace func(c onchain.Claim, honest game.Trace) game.Trace
}

// Agent is one player. Tick, Run and Close are not safe for concurrent use;
// the work a pass starts runs concurrently inside.
type Agent struct {
	cfg      Config
	c        *onchain.Client
	me       common.Address
	log      *slog.Logger
	prestate [32]byte
	m        *Metrics

	slots  *slots        // computations, most urgent first
	reads  chan struct{} // chain reads in flight
	traces *traceCache
	regMu  sync.Mutex // registrations of committed data, one at a time
	// repostMu: one repost decision at a time (repost.go).
	repostMu sync.Mutex
	wg       sync.WaitGroup // every task running

	daMu    sync.Mutex // guards da
	da      daState
	modelMu sync.Mutex // one model obtained at a time (availability.go)

	mu         sync.Mutex         // guards what follows
	busy       map[string]bool    // tasks running, by name
	verdicts   map[uint64]verdict // native check of others' claims, by claim id
	timeouts   map[uint64]int     // native checks that timed out, by claim id
	done       map[uint64]bool    // claims with nothing left to do, by claim id
	inputs     map[uint64][]byte  // claims' inputs read from the chain, by claim id
	conceded   map[uint64]bool    // games the agent cannot win, by game id (logged once)
	registered map[[32]byte]bool
	reposted   map[uint64]bool // rejected claims whose honest claim is posted or exists, by claim id
	view       view            // what the metrics show
}

type verdict struct {
	honest bool
	native []byte
	err    error
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
	if cfg.Workers < 0 || cfg.CheckTimeout < 0 || cfg.MoveTimeout < 0 || cfg.TraceBudget < 0 {
		return nil, errors.New("agent: workers, timeouts and the trace budget must not be negative")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Poll == 0 {
		cfg.Poll = time.Second
	}
	if cfg.Workers == 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.CheckTimeout == 0 {
		cfg.CheckTimeout = DefaultCheckTimeout
	}
	if cfg.MoveTimeout == 0 {
		cfg.MoveTimeout = DefaultMoveTimeout
	}
	if cfg.TraceBudget == 0 {
		cfg.TraceBudget = DefaultTraceBudget
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics()
	}
	program, what := cfg.Program, "claim-checking program"
	if cfg.Client.Config.TwoPhase() {
		program, what = cfg.NodeProgram, "node program"
	}
	s, err := claim.Prestate(program)
	if err != nil {
		return nil, fmt.Errorf("agent: %s: %w", what, err)
	}
	a := &Agent{cfg: cfg, c: cfg.Client, me: cfg.Client.Sender().Address(), log: cfg.Log, prestate: s.Hash(), m: cfg.Metrics,
		slots: newSlots(cfg.Workers), reads: make(chan struct{}, maxReads), traces: newTraceCache(cfg.TraceBudget),
		busy: map[string]bool{}, verdicts: map[uint64]verdict{}, timeouts: map[uint64]int{}, done: map[uint64]bool{},
		inputs: map[uint64][]byte{}, conceded: map[uint64]bool{}, registered: map[[32]byte]bool{}, reposted: map[uint64]bool{}, view: newView(),
		da: newDAState()}
	if a.prestate != cfg.Client.Config.Prestate {
		return nil, fmt.Errorf("agent: the %s's prestate %x is not the deployment's %x (another build of it?)",
			what, a.prestate, cfg.Client.Config.Prestate)
	}
	// The phase-1 trace is this binary's own plan code: it must be the code
	// the node program was built from, or the agent's commitments would not
	// be the ones the node program computes, and it would lose in phase 2.
	if cfg.Client.Config.TwoPhase() && "0x"+hex.EncodeToString(a.prestate[:]) != trace.NodePrestate {
		return nil, fmt.Errorf("agent: the deployment's node program (prestate %x) was not built from the source of this binary, whose node program has prestate %s: its native phase-1 trace would not be that program's computation (rebuild both from one tree: make build inference)",
			a.prestate, trace.NodePrestate)
	}
	if err := a.m.attach(a); err != nil {
		return nil, fmt.Errorf("agent: metrics: %w", err)
	}
	return a, nil
}

// Address is the agent's account.
func (a *Agent) Address() common.Address { return a.me }

// Run makes a pass every Poll until ctx ends, without waiting for the work
// of one pass to end before the next: each claim's and each game's task
// runs on its own, and a pass starts one for those that have none
// running. A failed task is logged and tried again by a later pass (each
// starts from the chain's state). Run returns when ctx ends and its tasks
// have stopped.
func (a *Agent) Run(ctx context.Context) error {
	defer a.Close()
	defer a.wg.Wait()
	t := time.NewTicker(a.cfg.Poll)
	defer t.Stop()
	ts := &tasks{onErr: func(key string, err error) {
		a.log.Warn("action failed; a later pass tries again", "task", key, "err", err)
	}}
	for {
		if err := a.pass(ctx, ts, false); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			a.m.failure(err)
			a.log.Error("pass failed; will retry", "err", err)
		}
		a.spawn(ctx, ts, "withdraw", a.withdraw)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Close drops the traces the agent holds in memory (their files stay).
func (a *Agent) Close() { a.traces.closeAll() }

// Tick is one pass over the registry: every action the chain's state calls
// for, once, all games at once; it returns when they are done, with their
// failures (the actions that succeeded stand).
func (a *Agent) Tick(ctx context.Context) error {
	ts := &tasks{}
	err := a.pass(ctx, ts, true)
	err = errors.Join(err, ts.wait())
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if werr := a.withdraw(ctx); werr != nil {
		a.m.failure(werr)
		err = errors.Join(err, werr)
	}
	return err
}

// pass starts a task for every claim with something left to do that has
// none running, after the data-availability challenges' pass (in order if
// inOrder, as Tick does; as a task of its own otherwise).
func (a *Agent) pass(ctx context.Context, ts *tasks, inOrder bool) error {
	var n, now uint64
	err := a.read(ctx, func() (err error) {
		if n, err = a.c.ClaimCount(ctx); err != nil {
			return err
		}
		now, err = a.c.Now(ctx)
		return err
	})
	if err != nil {
		return err
	}
	a.m.sawClaims(n)
	da := func(ctx context.Context) error { return a.daPass(ctx, now) }
	var daErr error
	if inOrder {
		daErr = da(ctx)
	} else {
		a.spawn(ctx, ts, "data availability", da)
	}
	for id := range n {
		a.mu.Lock()
		done := a.done[id]
		a.mu.Unlock()
		if done {
			continue
		}
		a.spawn(ctx, ts, fmt.Sprintf("claim %d", id), func(ctx context.Context) error { return a.claimPass(ctx, ts, id, now) })
	}
	return daErr
}

// claimPass reads a claim and its challenges and starts what they call for:
// its native check (and challenge), a task for each game, and its
// settlement.
func (a *Agent) claimPass(ctx context.Context, ts *tasks, id, now uint64) error {
	var cl onchain.Claim
	var chs []onchain.Challenge
	err := a.read(ctx, func() (err error) {
		if cl, err = a.c.Claim(ctx, id); err != nil || (cl.Settled && cl.Status != onchain.ClaimRejected) {
			return err
		}
		chs, err = a.c.ChallengesOf(ctx, id)
		return err
	})
	if err != nil {
		return err
	}
	if cl.Settled && cl.Status != onchain.ClaimRejected {
		a.finish(id) // settled is for good: nothing more to do
		return nil
	}
	if err := a.maybeRepost(ctx, cl, chs); err != nil {
		return err
	}
	if cl.Settled {
		if err := a.collectRewards(ctx, cl, chs); err != nil {
			return err
		}
		a.finish(id)
		return nil
	}
	mine := cl.Submitter == a.me
	stake := mine
	var mineOpen bool
	for _, ch := range chs {
		if ch.Challenger == a.me {
			stake, mineOpen = true, true
		}
	}
	a.noteClaim(cl, chs)
	if handled, err := a.modelRejected(ctx, cl, chs, stake); handled {
		return err
	}
	windowOpen, err := a.challengeable(ctx, cl, now)
	if err != nil {
		return err
	}
	if !mine && a.cfg.Challenge && !mineOpen && windowOpen && cl.Status == onchain.ClaimPending {
		a.spawn(ctx, ts, fmt.Sprintf("check %d", id), func(ctx context.Context) error { return a.maybeChallenge(ctx, cl) })
	}
	for _, ch := range chs {
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
		if ch.Resolved {
			a.forgetGame(ch.GameID)
			a.countOutcome(ch.GameID, role, ch.ChallengerWon)
			continue
		}
		a.spawn(ctx, ts, fmt.Sprintf("game %d", ch.GameID), func(ctx context.Context) error {
			if err := a.play(ctx, cl, ch, role, now); err != nil {
				return fmt.Errorf("claim %d: %w", id, err)
			}
			return nil
		})
	}
	switch {
	case stake && !windowOpen:
		return a.settle(ctx, cl)
	case !stake && !windowOpen:
		// Nobody can challenge it now, and the agent has no part in it.
		a.finish(id)
	}
	return nil
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

// finish forgets a claim with nothing left to do: its traces, input and
// verdict.
func (a *Agent) finish(id uint64) {
	a.mu.Lock()
	a.done[id] = true
	delete(a.inputs, id)
	delete(a.verdicts, id)
	delete(a.timeouts, id)
	a.view.dropClaim(id)
	a.mu.Unlock()
	a.traces.dropClaim(id)
}

// claimClient sends in the scope of a claim's decisions (challenge, settle, rewards).
func (a *Agent) claimClient(id uint64) *onchain.Client {
	return a.c.Scoped(fmt.Sprintf("claim %d", id))
}

// settle settles a claim whose window has passed and whose challenges are
// all resolved.
func (a *Agent) settle(ctx context.Context, cl onchain.Claim) error {
	c := a.claimClient(cl.ID)
	cl, err := c.Claim(ctx, cl.ID) // its challenges may have been recorded since the pass read it
	if err != nil || cl.Settled || cl.Open > 0 {
		return err
	}
	r, err := c.Settle(ctx, cl.ID)
	if onchain.RevertReason(err) == "OpML: claim already settled" {
		return nil
	}
	if err != nil {
		return err
	}
	a.m.sent("settle", r)
	cl, err = c.Claim(ctx, cl.ID)
	if err != nil {
		return err
	}
	a.log.Info("claim settled", "claim", cl.ID, "status", cl.Status, "gas", r.GasUsed)
	return nil
}

// collectRewards credits the agent's shares of a rejected claim's bond.
func (a *Agent) collectRewards(ctx context.Context, cl onchain.Claim, chs []onchain.Challenge) error {
	c := a.claimClient(cl.ID)
	for _, ch := range chs {
		if ch.Challenger != a.me || !ch.ChallengerWon || ch.Rewarded {
			continue
		}
		r, err := c.ClaimReward(ctx, ch.ID)
		if err != nil {
			return err
		}
		a.m.sent("reward", r)
		a.log.Info("reward credited", "claim", cl.ID, "challenge", ch.ID, "gas", r.GasUsed)
	}
	return nil
}

func (a *Agent) withdraw(ctx context.Context) error {
	var credit *big.Int
	err := a.read(ctx, func() (err error) {
		credit, err = a.c.Credit(ctx, a.me)
		return err
	})
	if err != nil {
		return err
	}
	a.mu.Lock()
	a.view.credit = credit
	a.mu.Unlock()
	if credit.Sign() == 0 {
		return nil
	}
	r, err := a.c.Scoped("withdraw").Withdraw(ctx)
	if err != nil {
		return err
	}
	a.m.sent("withdraw", r)
	a.m.withdrew(credit)
	a.mu.Lock()
	a.view.credit = new(big.Int)
	a.mu.Unlock()
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
