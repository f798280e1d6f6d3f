package agent_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/ethereum/go-ethereum/core/types"
)

// scrape reads the metrics served at url: each sample line's value by its
// name and labels as printed ("name{a=\"x\"}").
func scrape(t *testing.T, url string) map[string]float64 {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("GET %s: %s %q\n%s", url, resp.Status, resp.Header.Get("Content-Type"), b)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("metrics line %q: %v", line, err)
		}
		out[line[:i]] = v
	}
	return out
}

// dropFirst fails the first n header requests, as a flaky endpoint does.
type dropFirst struct {
	onchain.Backend
	n atomic.Int64
}

func (d *dropFirst) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if d.n.Add(-1) >= 0 {
		return nil, errors.New("connection reset by peer")
	}
	return d.Backend.HeaderByNumber(ctx, n)
}

// TestMetricsScraped: an honest challenger's metrics, scraped over
// loopback during and after a dispute of a wrong claim, show what it saw
// and did: the claim seen and found wrong, the game by phase with the
// clock it has left, its bond at stake, its moves, the game won and the
// bonds withdrawn, the request that failed, and its trace cache.
func TestMetricsScraped(t *testing.T) {
	w := newWorld(t, 16)
	m := agent.NewMetrics()
	flaky := &dropFirst{Backend: w.backend}
	flaky.n.Store(1)
	c, err := onchain.Connect(context.Background(), agent.InstrumentBackend(flaky, m), w.addr, w.sender(2), nil)
	if err != nil {
		t.Fatal(err)
	}
	liar := w.agent(1, "submitter", lieFrom(func(exit, _ uint64) uint64 { return exit }))
	honest := w.agent(2, "challenger", func(cfg *agent.Config) { cfg.Client, cfg.Metrics = c, m })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, err := agent.ServeMetrics(ctx, "127.0.0.1:0", m, nil)
	if err != nil {
		t.Fatal(err)
	}
	url := fmt.Sprintf("http://%s/metrics", addr)
	id := w.submit(1, w.wrongOutput())
	w.tick(2, honest, liar) // the challenge, the liar's first bisection
	mid := scrape(t, url)
	clockKey := fmt.Sprintf(`opml_agent_game_clock_left_seconds{claim="%d",game="0",role="challenger"}`, id)
	for key, want := range map[string]float64{
		"opml_agent_claims_seen_total":                               1,
		`opml_agent_claims_checked_total{result="wrong"}`:            1,
		`opml_agent_transactions_total{kind="challenge"}`:            1,
		"opml_agent_bonds_at_stake_wei":                              float64(challengeBond.Int64()),
		`opml_agent_rpc_errors_total{method="eth_getBlockByNumber"}`: 1,
	} {
		if got, ok := mid[key]; !ok || got != want {
			t.Errorf("during the game: %s = %v (present %v), want %v", key, got, ok, want)
		}
	}
	if left := mid[clockKey]; left <= 0 || left > clock {
		t.Errorf("%s = %v, want within (0, %d]", clockKey, left, clock)
	}
	if n := mid[`opml_agent_games{phase="choose (challenger)",role="challenger",stage="single-phase"}`]; n != 1 {
		t.Errorf("games in the choose phase: %v, want 1", n)
	}
	w.play(4*int(w.params.Depth)+10, w.resolved(id), liar, honest)
	w.passWindow()
	w.play(5, w.settled(id), liar, honest)
	w.tick(2, honest)
	end := scrape(t, url)
	for key, want := range map[string]float64{
		`opml_agent_games_decided_total{outcome="won",role="challenger"}`: 1,
		`opml_agent_transactions_total{kind="step"}`:                      1,
		`opml_agent_transactions_total{kind="choose"}`:                    float64(w.params.Depth),
		`opml_agent_transactions_total{kind="reward"}`:                    1,
		"opml_agent_bonds_at_stake_wei":                                   0,
	} {
		if got, ok := end[key]; !ok || got != want {
			t.Errorf("after the dispute: %s = %v (present %v), want %v", key, got, ok, want)
		}
	}
	if _, ok := end[clockKey]; ok {
		t.Errorf("a decided game's clock is still shown")
	}
	// The challenge bond back and half the claim bond, withdrawn.
	want := new(big.Int).Add(challengeBond, new(big.Int).Div(claimBond, big.NewInt(2)))
	if got := end["opml_agent_withdrawn_wei_total"]; got != float64(want.Int64()) {
		t.Errorf("withdrawn %v wei, want %v", got, want)
	}
	if end["opml_agent_trace_cache_budget_bytes"] != agent.DefaultTraceBudget || end["opml_agent_gas_used_total{kind=\"step\"}"] <= 0 {
		t.Errorf("trace cache budget %v, step gas %v", end["opml_agent_trace_cache_budget_bytes"], end[`opml_agent_gas_used_total{kind="step"}`])
	}
	if _, ok := end["go_goroutines"]; !ok {
		t.Errorf("no Go runtime metrics")
	}
}
