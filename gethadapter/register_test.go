package gethadapter_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/gethadapter"
)

// TestAdapterRegistersModels: an adapter that may not register holds at
// the block whose inference names a model the L1 registry does not know,
// with the reason; one that registers from its store registers the model
// once, with the limits DeploymentLimits computes for the deployment, and
// posts.
func TestAdapterRegistersModels(t *testing.T) {
	x := newAxonum(t, nil)
	ctx := context.Background()
	x.infer("0000-9.bin")
	a, err := gethadapter.NewAdapter(ctx, gethadapter.AdapterConfig{L2: x.l2.Client(), L1: x.parties[1],
		StateFile: filepath.Join(t.TempDir(), "adapter.json")})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Sync(ctx); err == nil || !strings.Contains(err.Error(), "not registered") {
		t.Fatalf("Sync of an inference on an unregistered model: %v", err)
	}
	if n := x.claimCount(); n != 0 {
		t.Fatalf("%d claims posted on an unregistered model", n)
	}
	a = x.adapter(filepath.Join(t.TempDir(), "adapter.json")) // RegisterFrom the store
	if err := a.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := x.claimCount(); n != 1 {
		t.Fatalf("%d claims, want 1", n)
	}
	reg, err := x.parties[0].Model(ctx, [32]byte(x.model))
	if err != nil {
		t.Fatal(err)
	}
	if reg.Status != onchain.ModelAvailable || reg.Registrant != x.parties[1].Sender().Address() ||
		reg.Limits != (onchain.Limits{MaxInputBytes: 784, MaxOutputBytes: 1}) {
		t.Fatalf("registration %+v: want the classifier's limits, by the adapter's account", reg)
	}
	m, err := x.store.Open(x.model)
	if err != nil {
		t.Fatal(err)
	}
	if again, r, err := gethadapter.RegisterModel(ctx, x.parties[2], m); err != nil || r != nil || again != reg {
		t.Fatalf("registering again: %+v, receipt %v, %v; want the registration as it is and nothing sent", again, r, err)
	}
}
