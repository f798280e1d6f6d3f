package agent_test

import (
	"context"
	"math/big"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/oracle"
)

// registered registers the world's model, unless it is, with key 0 (whose
// transactions are not counted) and the deployment's size bounds as its
// limits: the agent tests make claims of their own choosing on it.
func (w *world) registered() {
	w.t.Helper()
	ctx := context.Background()
	s, err := onchain.NewSender(ctx, w.backend, w.keys[0], nil)
	if err != nil {
		w.t.Fatal(err)
	}
	s.Poll = 5 * time.Millisecond
	c, err := onchain.Connect(ctx, w.backend, w.addr, s, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	m, err := c.Model(ctx, [32]byte(w.model.Address()))
	if err != nil {
		w.t.Fatal(err)
	}
	if m.Registered() {
		return
	}
	if _, err := c.RegisterModel(ctx, w.model.Root(), w.model.Len(),
		onchain.Limits{MaxInputBytes: c.Config.MaxInputBytes, MaxOutputBytes: c.Config.MaxOutputBytes}); err != nil {
		w.t.Fatal(err)
	}
}

// withStore gives an agent a model store of its own.
func withStore(s *oracle.Store) agentOpts { return func(c *agent.Config) { c.Store = s } }

func (w *world) emptyStore() *oracle.Store {
	w.t.Helper()
	s, err := oracle.OpenStore(w.t.TempDir())
	if err != nil {
		w.t.Fatal(err)
	}
	return s
}

// daChallenges lists the deployment's data-availability challenges.
func (w *world) daChallenges() []onchain.DAChallenge {
	w.t.Helper()
	c := w.client(0)
	n, err := c.DAChallengeCount(context.Background())
	if err != nil {
		w.t.Fatal(err)
	}
	out := make([]onchain.DAChallenge, n)
	for i := range out {
		if out[i], err = c.DAChallenge(context.Background(), uint64(i)); err != nil {
			w.t.Fatal(err)
		}
	}
	return out
}

// daGas sums, by kind, the gas of the data-availability transactions sent
// so far (the Sender's descriptions).
func (w *world) daGas() map[string][2]uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := map[string][2]uint64{}
	for _, tx := range w.sent {
		for _, kind := range []string{"register model", "challenge block", "answer data-availability challenge", "resolve data-availability challenge"} {
			if strings.HasPrefix(tx.what, kind) {
				g := out[kind]
				out[kind] = [2]uint64{g[0] + 1, g[1] + tx.gas}
			}
		}
	}
	return out
}

// TestWithheldModel: a liar registers a model, posts a wrong claim on it
// and never serves the model. The honest agent, which cannot get the model,
// challenges the availability of its two blocks; nobody answers, and when
// the window is over the model is unavailable: the claim is rejected, the
// honest agent takes the registration bond (and its bonds back), and a
// challenger that had disputed the claim blind wins its game without
// playing it and shares the claim bond.
func TestWithheldModel(t *testing.T) {
	start := time.Now()
	w := newWorld(t, 8)
	w.txs, w.gas = 0, 0 // count from the registration on, not the deployment
	ctx := context.Background()
	liar := w.client(1)
	if _, err := liar.RegisterModel(ctx, w.model.Root(), w.model.Len(), onchain.Limits{MaxInputBytes: 784, MaxOutputBytes: 1}); err != nil {
		t.Fatal(err)
	}
	honest := w.agent(2, "honest", withStore(w.emptyStore()))
	blind := w.agent(3, "blind", withStore(w.emptyStore()), disputeAll)
	before2, before3 := w.balance(2), w.balance(3)
	id := w.submit(1, w.wrongOutput())
	w.tick(1, honest, blind)

	das := w.daChallenges()
	if len(das) != 2 {
		t.Fatalf("%d data-availability challenges, want one for each of the model's 2 blocks", len(das))
	}
	for i, d := range das {
		if d.Index != uint64(i) || d.Status != onchain.DAOpen || d.Challenger != honest.Address() || d.Model != [32]byte(w.model.Address()) {
			t.Fatalf("data-availability challenge %d: %+v", i, d)
		}
	}
	if chs := w.challenges(id); len(chs) != 1 || chs[0].Challenger != blind.Address() {
		t.Fatalf("challenges %+v: want the blind one", chs)
	}
	if st := w.claim(id).Status; st != onchain.ClaimPending {
		t.Fatalf("claim %v while the data-availability challenges are open", st)
	}

	w.passWindow() // the claim's window and the challenges' (the same by default)
	w.play(6, w.settled(id), honest, blind)
	w.tick(2, honest, blind)
	cl := w.claim(id)
	if cl.Status != onchain.ClaimRejected || !cl.ModelUnavailable {
		t.Fatalf("claim %+v: want rejected for its unavailable model", cl)
	}
	if chs := w.challenges(id); !chs[0].ChallengerWon || !chs[0].Rewarded {
		t.Fatalf("the blind challenge %+v: want won and rewarded", chs[0])
	}
	m, err := w.client(0).Model(ctx, [32]byte(w.model.Address()))
	if err != nil || m.Status != onchain.ModelUnavailable || m.OpenDA != 0 {
		t.Fatalf("model %+v, %v", m, err)
	}
	for _, d := range w.daChallenges() {
		if d.Status != onchain.DAExpired {
			t.Fatalf("data-availability challenge %+v: want expired", d)
		}
	}
	if _, _, err := liar.Submit(ctx, [32]byte(w.model.Address()), w.input, w.native); err == nil || !strings.Contains(err.Error(), "unavailable") {
		t.Fatalf("a new claim on the unavailable model: %v", err)
	}
	// The honest agent: the registration bond (its two bonds back), less
	// gas; the blind challenger: half the claim bond (its bond back).
	cfg := w.client(0).Config
	gain := func(i int, before *big.Int) *big.Int { return new(big.Int).Sub(w.balance(i), before) }
	within := func(got, want *big.Int) bool {
		return got.Cmp(want) <= 0 && got.Cmp(new(big.Int).Sub(want, big.NewInt(2e16))) >= 0
	}
	if g := gain(2, before2); !within(g, cfg.RegistrationBond) {
		t.Fatalf("the honest agent's balance changed by %v, want the registration bond %v less gas", g, cfg.RegistrationBond)
	}
	half := new(big.Int).Div(claimBond, big.NewInt(2))
	if g := gain(3, before3); !within(g, half) {
		t.Fatalf("the blind challenger's balance changed by %v, want half the claim bond %v less gas", g, half)
	}
	for kind, g := range w.daGas() {
		t.Logf("%s: %d transactions, %d gas", kind, g[0], g[1])
	}
	t.Logf("withheld model: %d transactions, %d gas in all, %v", w.txs, w.gas, time.Since(start).Round(time.Millisecond))
}

// TestDAAnswered: the liar serves its model only through the chain. The
// honest agent, without it, challenges both blocks late in the claim's
// window; the liar's agent answers both (the honest agent loses its two
// bonds to it, and the model stays available). The claim's window passes,
// but a claim stays challengeable for a window after the last answer: the
// honest agent puts the model together from the posted blocks, finds the
// claim wrong, challenges it and wins the dispute.
func TestDAAnswered(t *testing.T) {
	start := time.Now()
	w := newWorld(t, 8)
	w.txs, w.gas = 0, 0 // count from the registration on, not the deployment
	ctx := context.Background()
	if _, err := w.client(1).RegisterModel(ctx, w.model.Root(), w.model.Len(), onchain.Limits{MaxInputBytes: 784, MaxOutputBytes: 1}); err != nil {
		t.Fatal(err)
	}
	liar := w.agent(1, "submitter", lieFrom(func(exit, _ uint64) uint64 { return exit }))
	store := w.emptyStore()
	honest := w.agent(2, "honest", withStore(store))
	before := w.balance(2)
	id := w.submit(1, w.wrongOutput())
	if err := w.net.AdjustTime((window - 60) * time.Second); err != nil {
		t.Fatal(err)
	}
	w.tick(1, honest) // opens the challenges
	w.tick(1, liar)   // answers them
	das := w.daChallenges()
	if len(das) != 2 {
		t.Fatalf("%d data-availability challenges, want 2", len(das))
	}
	for _, d := range das {
		if d.Status != onchain.DAAnswered || d.Responder != liar.Address() {
			t.Fatalf("data-availability challenge %+v: want answered by the registrant's agent", d)
		}
	}
	if err := w.net.AdjustTime(120 * time.Second); err != nil { // past the claim's own window
		t.Fatal(err)
	}
	w.play(4*int(w.params.Depth)+10, w.resolved(id), honest, liar)
	if !store.Has(w.model.Address()) {
		t.Fatal("the honest agent did not store the model it put together")
	}
	chs := w.challenges(id)
	if len(chs) != 1 || chs[0].Challenger != honest.Address() || !chs[0].ChallengerWon {
		t.Fatalf("challenges %+v: want one won by the honest agent", chs)
	}
	m, err := w.client(0).Model(ctx, [32]byte(w.model.Address()))
	if err != nil || m.Status != onchain.ModelAvailable || m.OpenDA != 0 {
		t.Fatalf("model %+v, %v: want available", m, err)
	}
	// The honest agent got its challenge bond back and lost its two
	// data-availability bonds (to the liar), less gas.
	w.tick(1, honest)
	lost := new(big.Int).Mul(big.NewInt(-2), w.client(0).Config.DABond)
	if g := new(big.Int).Sub(w.balance(2), before); g.Cmp(lost) > 0 || g.Cmp(new(big.Int).Sub(lost, big.NewInt(2e16))) < 0 {
		t.Fatalf("the honest agent's balance changed by %v, want the two data-availability bonds %v less gas", g, lost)
	}
	for kind, g := range w.daGas() {
		t.Logf("%s: %d transactions, %d gas", kind, g[0], g[1])
	}
	t.Logf("data-availability challenges answered, then the dispute: %d transactions, %d gas in all, %v", w.txs, w.gas,
		time.Since(start).Round(time.Millisecond))
}

// TestModelFromDAServer: an agent without the model fetches it from a
// data-availability server rather than challenging its availability on
// chain, and checks and challenges the wrong claim at once.
func TestModelFromDAServer(t *testing.T) {
	w := newWorld(t, 8)
	srv := httptest.NewServer(oracle.NewServer(w.store))
	defer srv.Close()
	store := w.emptyStore()
	honest := w.agent(2, "honest", withStore(store), func(c *agent.Config) { c.DA = []*oracle.Client{{BaseURL: srv.URL}} })
	id := w.submit(1, w.wrongOutput())
	w.tick(1, honest)
	if !store.Has(w.model.Address()) {
		t.Fatal("the model was not fetched")
	}
	if das := w.daChallenges(); len(das) != 0 {
		t.Fatalf("%d data-availability challenges opened although a server has the model", len(das))
	}
	if chs := w.challenges(id); len(chs) != 1 || chs[0].Challenger != honest.Address() {
		t.Fatalf("challenges %+v: want the honest agent's", chs)
	}
}
