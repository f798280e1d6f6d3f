package onchain_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// registerTestModel registers, with c's key, a model the tests make claims
// on without ever running it: a made-up tree root, seed's, of a 1,000-byte
// model, with the deployment's size bounds as its limits. It returns the
// model's address.
func registerTestModel(t testing.TB, ctx context.Context, c *onchain.Client, seed string) [32]byte {
	t.Helper()
	root := [32]byte(crypto.Keccak256Hash([]byte(seed)))
	if _, err := c.RegisterModel(ctx, root, 1000, onchain.Limits{MaxInputBytes: c.Config.MaxInputBytes,
		MaxOutputBytes: c.Config.MaxOutputBytes}); err != nil {
		t.Fatal(err)
	}
	return [32]byte(oracle.ModelAddress(root, 1000))
}

// TestModelRegistry: a registration is read back with its limits; the
// registry computes oracle's addresses; Submit refuses, without sending, a
// claim on a model not registered or beyond its limits, and the contract
// refuses them too with its reasons; a model is registered once; the
// deployment's registry parameters are read back by Connect.
func TestModelRegistry(t *testing.T) {
	keys := devnet.DevKeys(2)
	net, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := onchain.NewSender(ctx, net.Client(), keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll = 5 * time.Millisecond
	p := onchain.DeployParams{Game: game.Params{Arity: 2, Depth: 3}, ChallengeWindow: 600, Clock: 600,
		ClaimBond: big.NewInt(1000), ChallengeBond: big.NewInt(100)}
	for _, tc := range []struct {
		change func(*onchain.DeployParams)
		want   string
	}{
		{func(p *onchain.DeployParams) { p.RegistrationBond = big.NewInt(0) }, "registration bond 0 wei"},
		{func(p *onchain.DeployParams) { p.DABond = big.NewInt(-1) }, "data-availability bond -1 wei"},
	} {
		bad := p
		tc.change(&bad)
		if _, _, err := onchain.Deploy(ctx, s, bad); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("deploy: %v, want %q", err, tc.want)
		}
	}
	addrs, _, err := onchain.Deploy(ctx, s, p)
	if err != nil {
		t.Fatal(err)
	}
	c, err := onchain.Connect(ctx, net.Client(), addrs, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Left unset: the claim bond, the challenge bond and the challenge window.
	if cfg := c.Config; cfg.RegistrationBond.Cmp(p.ClaimBond) != 0 || cfg.DABond.Cmp(p.ChallengeBond) != 0 || cfg.DAWindow != 600 {
		t.Fatalf("registry parameters: registration bond %v, DA bond %v, DA window %d", cfg.RegistrationBond, cfg.DABond, cfg.DAWindow)
	}

	// The registry's addresses are the oracle's, for models of any size.
	for _, n := range []int{1, 33, 64 << 10, 200_000} {
		m := oracle.NewModel(make([]byte, n))
		got, err := c.ModelAddress(ctx, m.Root(), m.Len())
		if err != nil || got != [32]byte(m.Address()) {
			t.Fatalf("%d bytes: modelAddress %x (%v), oracle %s", n, got, err, m.Address())
		}
	}

	model := [32]byte(oracle.NewModel([]byte("a model")).Address())
	if err := c.CheckModel(ctx, model, 1, 1); err == nil || !strings.Contains(err.Error(), "not registered") {
		t.Fatalf("CheckModel of an unregistered model: %v", err)
	}
	if _, _, err := c.Submit(ctx, model, []byte("in"), []byte("out")); err == nil || !strings.Contains(err.Error(), "model register") {
		t.Fatalf("Submit on an unregistered model: %v", err)
	}
	m := oracle.NewModel([]byte("a model"))
	limits := onchain.Limits{MaxInputBytes: 10, MaxOutputBytes: 3}
	if _, err := c.RegisterModel(ctx, m.Root(), m.Len(), onchain.Limits{MaxInputBytes: 10}); err == nil {
		t.Fatal("registered with a zero output limit")
	}
	r, err := c.RegisterModel(ctx, m.Root(), m.Len(), limits)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("registerModel: %d gas", r.GasUsed)
	got, err := c.Model(ctx, model)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != onchain.ModelAvailable || got.Root != m.Root() || got.Length != m.Len() || got.Limits != limits ||
		got.Registrant != s.Address() || got.RegisteredBlock != r.BlockNumber.Uint64() || got.Blocks() != 1 || got.OpenDA != 0 {
		t.Fatalf("registration %+v", got)
	}
	if _, err := c.RegisterModel(ctx, m.Root(), m.Len(), limits); err == nil || !strings.Contains(err.Error(), "already registered") {
		t.Fatalf("a second registration: %v", err)
	}
	for _, tc := range []struct {
		in, out int
		want    string
	}{
		{11, 3, "the input has 11 bytes, a claim on this model at most 10"},
		{10, 4, "the output has 4 bytes, a claim on this model at most 3"},
	} {
		if _, _, err := c.Submit(ctx, model, make([]byte, tc.in), make([]byte, tc.out)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Submit of %d, %d bytes: %v, want %q", tc.in, tc.out, err, tc.want)
		}
	}
	if _, _, err := c.Submit(ctx, model, make([]byte, 10), make([]byte, 3)); err != nil {
		t.Fatalf("a claim at the limits: %v", err)
	}
}
