package agent

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are an agent's Prometheus metrics, for operators (`challenger
// run --metrics ADDR` serves them; docs/cli.md lists them): the claims it
// has seen and checked, its games by stage, phase and outcome and the
// clock it has left in each, its bonds at stake and credited, its failures
// (RPC, reverts, VM runs, timeouts), its transactions, and its trace
// cache. Counters count from the agent's start; gauges are read from the
// agent's last look at the chain when scraped.
type Metrics struct {
	reg           *prometheus.Registry
	claimsSeen    prometheus.Counter
	claimsChecked *prometheus.CounterVec
	outcomes      *prometheus.CounterVec
	txs           *prometheus.CounterVec
	gas           *prometheus.CounterVec
	failures      *prometheus.CounterVec
	timeouts      *prometheus.CounterVec
	rpcErrors     *prometheus.CounterVec
	withdrawn     prometheus.Counter

	mu       sync.Mutex
	seen     uint64
	attached bool
}

// NewMetrics makes an agent's metrics in a registry of their own, with
// the Go runtime's and the process's.
func NewMetrics() *Metrics {
	const ns = "opml_agent"
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		claimsSeen: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "claims_seen_total",
			Help: "Claims seen in the registry."}),
		claimsChecked: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "claims_checked_total",
			Help: "Native checks of others' claims, by result: correct, wrong, error (tried again), timeout."}, []string{"result"}),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "games_decided_total",
			Help: "Games the agent played that were decided, by its role (defender, challenger) and outcome (won, lost)."},
			[]string{"role", "outcome"}),
		txs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "transactions_total",
			Help: "Transactions the agent got mined, by kind: bisect, choose, step, challenge, resolve, settle, reward, withdraw, register."},
			[]string{"kind"}),
		gas: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "gas_used_total",
			Help: "Gas used by the agent's transactions, by kind."}, []string{"kind"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "failures_total",
			Help: "Actions that failed (a later pass tries again), by cause: rpc, revert, vm (a VM run or native computation), timeout."},
			[]string{"cause"}),
		timeouts: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "timeouts_total",
			Help: "Computations cut short by their bound, by kind: check (a native check), move (a move's VM run)."},
			[]string{"kind"}),
		rpcErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "rpc_errors_total",
			Help: "Failed JSON-RPC requests (each retry counts), by method; reverts are answers, not failures."},
			[]string{"method"}),
		withdrawn: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "withdrawn_wei_total",
			Help: "Bonds and rewards withdrawn, in wei."}),
	}
	m.reg.MustRegister(m.claimsSeen, m.claimsChecked, m.outcomes, m.txs, m.gas, m.failures, m.timeouts, m.rpcErrors, m.withdrawn,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Registry is where the metrics are registered (to add more, or to gather
// them without HTTP).
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the metrics in Prometheus's exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{ErrorLog: nil})
}

// ServeMetrics serves m at /metrics on addr (host:port; port 0 picks one)
// until ctx ends, and returns the address it listens on once listening.
func ServeMetrics(ctx context.Context, addr string, m *Metrics, log *slog.Logger) (net.Addr, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", m.Handler())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) && log != nil {
			log.Error("metrics server stopped", "err", err)
		}
	}()
	return ln.Addr(), nil
}

// attach registers the agent's gauges, read from its view when scraped.
func (m *Metrics) attach(a *Agent) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.attached {
		return errors.New("these metrics already serve another agent")
	}
	m.attached = true
	return m.reg.Register(gauges{a})
}

func (m *Metrics) sawClaims(n uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if n > m.seen {
		m.claimsSeen.Add(float64(n - m.seen))
		m.seen = n
	}
}

func (m *Metrics) checked(honest bool) {
	if honest {
		m.claimsChecked.WithLabelValues("correct").Inc()
	} else {
		m.claimsChecked.WithLabelValues("wrong").Inc()
	}
}
func (m *Metrics) checkFailed() { m.claimsChecked.WithLabelValues("error").Inc() }
func (m *Metrics) checkTimedOut() {
	m.claimsChecked.WithLabelValues("timeout").Inc()
}

func (m *Metrics) sent(kind string, r *types.Receipt) {
	if r == nil {
		return
	}
	m.txs.WithLabelValues(kind).Inc()
	m.gas.WithLabelValues(kind).Add(float64(r.GasUsed))
}

func (m *Metrics) withdrew(wei *big.Int) {
	f, _ := new(big.Float).SetInt(wei).Float64()
	m.withdrawn.Add(f)
}

// failure counts a failed action by cause.
func (m *Metrics) failure(err error) {
	var t timeoutError
	var c computeError
	switch {
	case errors.As(err, &t):
		kind := "move"
		if strings.Contains(err.Error(), "native check") {
			kind = "check"
		}
		m.timeouts.WithLabelValues(kind).Inc()
		m.failures.WithLabelValues("timeout").Inc()
	case errors.As(err, &c):
		m.failures.WithLabelValues("vm").Inc()
	case onchain.IsRevert(err):
		m.failures.WithLabelValues("revert").Inc()
	default:
		m.failures.WithLabelValues("rpc").Inc()
	}
}

// view is what the agent last saw of its games and bonds, for the gauges.
type view struct {
	games   map[uint64]gameView
	stakes  map[uint64]*big.Int // the agent's bonds at stake, by claim id
	credit  *big.Int            // credited, not withdrawn
	counted map[uint64]bool     // games whose outcome is counted
}

type gameView struct {
	claim uint64
	role  string
	stage onchain.Stage
	phase onchain.Phase
	left  uint64 // the agent's clock left, s
}

func newView() view {
	return view{games: map[uint64]gameView{}, stakes: map[uint64]*big.Int{}, credit: new(big.Int), counted: map[uint64]bool{}}
}

func (v *view) dropClaim(id uint64) {
	delete(v.stakes, id)
	for g, gv := range v.games {
		if gv.claim == id {
			delete(v.games, g)
		}
	}
}

// noteClaim records the agent's bonds at stake in an unsettled claim.
func (a *Agent) noteClaim(cl onchain.Claim, chs []onchain.Challenge) {
	stake := new(big.Int)
	if cl.Submitter == a.me {
		stake.Add(stake, a.c.Config.ClaimBond)
	}
	for _, ch := range chs {
		if ch.Challenger == a.me && !ch.Resolved {
			stake.Add(stake, a.c.Config.ChallengeBond)
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.view.stakes[cl.ID] = stake
}

// noteGame records a game's state as the agent last saw it.
func (a *Agent) noteGame(claim uint64, g onchain.Game, role string, now uint64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if g.Status != onchain.GameInProgress || role == "bystander" {
		delete(a.view.games, g.ID)
		return
	}
	a.view.games[g.ID] = gameView{claim: claim, role: role, stage: g.Stage, phase: g.Phase, left: clockLeft(g, now, role == "defender")}
}

func (a *Agent) forgetGame(id uint64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	delete(a.view.games, id)
}

// countOutcome counts a decided game of the agent's once.
func (a *Agent) countOutcome(game uint64, role string, challengerWon bool) {
	if role != "defender" && role != "challenger" {
		return
	}
	a.mu.Lock()
	counted := a.view.counted[game]
	a.view.counted[game] = true
	a.mu.Unlock()
	if counted {
		return
	}
	won := challengerWon == (role == "challenger")
	outcome := "lost"
	if won {
		outcome = "won"
	}
	a.m.outcomes.WithLabelValues(role, outcome).Inc()
}

// gauges collects the agent's gauges from its view when scraped.
type gauges struct{ a *Agent }

var (
	gamesDesc = prometheus.NewDesc("opml_agent_games", "Games in progress the agent plays, by role, stage and phase (whose move).",
		[]string{"role", "stage", "phase"}, nil)
	clockDesc = prometheus.NewDesc("opml_agent_game_clock_left_seconds", "The agent's clock left in each game in progress, as last seen.",
		[]string{"game", "claim", "role"}, nil)
	stakeDesc = prometheus.NewDesc("opml_agent_bonds_at_stake_wei", "The agent's bonds in unsettled claims and unresolved challenges, in wei.",
		nil, nil)
	creditDesc = prometheus.NewDesc("opml_agent_credit_wei", "Bonds and rewards credited to the agent and not withdrawn yet, in wei.",
		nil, nil)
	cacheBytesDesc = prometheus.NewDesc("opml_agent_trace_cache_bytes", "Memory held by the traces the agent keeps, as last measured.",
		nil, nil)
	cacheEntriesDesc = prometheus.NewDesc("opml_agent_trace_cache_entries", "Traces the agent keeps in memory.", nil, nil)
	cacheBudgetDesc  = prometheus.NewDesc("opml_agent_trace_cache_budget_bytes", "The trace cache's memory budget.", nil, nil)
	evictionsDesc    = prometheus.NewDesc("opml_agent_trace_cache_evictions_total", "Traces dropped to keep within the budget.", nil, nil)
	inFlightDesc     = prometheus.NewDesc("opml_agent_transactions_in_flight", "Transactions sent and not yet mined.", nil, nil)
)

func (g gauges) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{gamesDesc, clockDesc, stakeDesc, creditDesc, cacheBytesDesc, cacheEntriesDesc,
		cacheBudgetDesc, evictionsDesc, inFlightDesc} {
		ch <- d
	}
}

func (g gauges) Collect(ch chan<- prometheus.Metric) {
	a := g.a
	type phaseKey struct {
		role         string
		stage, phase string
	}
	counts := map[phaseKey]int{}
	stake := new(big.Int)
	a.mu.Lock()
	for id, gv := range a.view.games {
		counts[phaseKey{gv.role, gv.stage.String(), gv.phase.String()}]++
		ch <- prometheus.MustNewConstMetric(clockDesc, prometheus.GaugeValue, float64(gv.left),
			strconv.FormatUint(id, 10), strconv.FormatUint(gv.claim, 10), gv.role)
	}
	for _, s := range a.view.stakes {
		stake.Add(stake, s)
	}
	credit := new(big.Int).Set(a.view.credit)
	a.mu.Unlock()
	for k, n := range counts {
		ch <- prometheus.MustNewConstMetric(gamesDesc, prometheus.GaugeValue, float64(n), k.role, k.stage, k.phase)
	}
	wei := func(x *big.Int) float64 { f, _ := new(big.Float).SetInt(x).Float64(); return f }
	ch <- prometheus.MustNewConstMetric(stakeDesc, prometheus.GaugeValue, wei(stake))
	ch <- prometheus.MustNewConstMetric(creditDesc, prometheus.GaugeValue, wei(credit))
	st := a.traces.stats()
	ch <- prometheus.MustNewConstMetric(cacheBytesDesc, prometheus.GaugeValue, float64(st.bytes))
	ch <- prometheus.MustNewConstMetric(cacheEntriesDesc, prometheus.GaugeValue, float64(st.entries))
	ch <- prometheus.MustNewConstMetric(cacheBudgetDesc, prometheus.GaugeValue, float64(st.budget))
	ch <- prometheus.MustNewConstMetric(evictionsDesc, prometheus.CounterValue, float64(st.evicted))
	ch <- prometheus.MustNewConstMetric(inFlightDesc, prometheus.GaugeValue, float64(a.c.Sender().InFlight()))
}

// InstrumentBackend counts b's failed JSON-RPC requests in m, by method.
// A revert and a receipt not there yet are answers, not failures.
func InstrumentBackend(b onchain.Backend, m *Metrics) onchain.Backend { return &counted{b, m} }

type counted struct {
	onchain.Backend
	m *Metrics
}

func (c *counted) count(method string, err error) {
	if err == nil || errors.Is(err, ethereum.NotFound) || errors.Is(err, context.Canceled) {
		return
	}
	var data interface{ ErrorData() any }
	if errors.As(err, &data) || strings.Contains(err.Error(), "execution reverted") {
		return
	}
	c.m.rpcErrors.WithLabelValues(method).Inc()
}

func (c *counted) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	out, err := c.Backend.CallContract(ctx, call, block)
	c.count("eth_call", err)
	return out, err
}

func (c *counted) EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error) {
	g, err := c.Backend.EstimateGas(ctx, call)
	c.count("eth_estimateGas", err)
	return g, err
}

func (c *counted) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := c.Backend.SendTransaction(ctx, tx)
	c.count("eth_sendRawTransaction", err)
	return err
}

func (c *counted) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	r, err := c.Backend.TransactionReceipt(ctx, h)
	c.count("eth_getTransactionReceipt", err)
	return r, err
}

func (c *counted) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := c.Backend.HeaderByNumber(ctx, n)
	c.count("eth_getBlockByNumber", err)
	return h, err
}

func (c *counted) NonceAt(ctx context.Context, who common.Address, n *big.Int) (uint64, error) {
	x, err := c.Backend.NonceAt(ctx, who, n)
	c.count("eth_getTransactionCount", err)
	return x, err
}

func (c *counted) PendingNonceAt(ctx context.Context, who common.Address) (uint64, error) {
	x, err := c.Backend.PendingNonceAt(ctx, who)
	c.count("eth_getTransactionCount", err)
	return x, err
}

func (c *counted) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	x, err := c.Backend.SuggestGasTipCap(ctx)
	c.count("eth_maxPriorityFeePerGas", err)
	return x, err
}

func (c *counted) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	x, err := c.Backend.FilterLogs(ctx, q)
	c.count("eth_getLogs", err)
	return x, err
}

func (c *counted) CodeAt(ctx context.Context, who common.Address, n *big.Int) ([]byte, error) {
	x, err := c.Backend.CodeAt(ctx, who, n)
	c.count("eth_getCode", err)
	return x, err
}

func (c *counted) BalanceAt(ctx context.Context, who common.Address, n *big.Int) (*big.Int, error) {
	x, err := c.Backend.BalanceAt(ctx, who, n)
	c.count("eth_getBalance", err)
	return x, err
}
