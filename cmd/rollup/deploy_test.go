package main

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/rollup/node"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// TestDeploy: 'rollup deploy' next to an opML deployment on an L1 served
// on loopback. On the default two-phase deployment it deploys the
// rollup's contracts and writes a deployment 'rollup outputs' reads; on
// deployments that cannot settle every inference result the L2 accepts
// (single-phase, a short graph phase, a short VM game, small size limits)
// it refuses, saying why, and writes nothing.
func TestDeploy(t *testing.T) {
	program := testprograms.BlockProgram(t)
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	keys := devnet.DevKeys(1)
	l1, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))), Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	s, err := onchain.NewSender(ctx, l1.Client(), keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll = 10 * time.Millisecond
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(keys[0])))
	dir := t.TempDir()
	bond := big.NewInt(params.Ether / 100)
	deployOpML := func(name string, p onchain.DeployParams) string {
		t.Helper()
		p.Prestate, p.ChallengeWindow, p.Clock, p.ClaimBond, p.ChallengeBond = [32]byte{1}, 60, 60, bond, bond
		addrs, _, err := onchain.Deploy(ctx, s, p)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		path := filepath.Join(dir, name+".json")
		if err := addrs.Write(path); err != nil {
			t.Fatal(err)
		}
		return path
	}
	vm, err := game.DepthFor(8, node.NodeRunSteps)
	if err != nil {
		t.Fatal(err)
	}
	good := deployOpML("default", onchain.DeployParams{Game: game.Params{Arity: 8, Depth: vm}, GraphDepth: 7})
	deploy := func(opml, out string) result {
		return run(t, "deploy", "--rpc", l1.URL(), "--opml-deployment", opml, "--deployment", out, "--program", program,
			"--sequencer", crypto.PubkeyToAddress(keys[0].PublicKey).Hex(), "--window", "60", "--clock", "180")
	}
	for _, tc := range []struct {
		name string
		p    onchain.DeployParams
		want string
	}{
		{"single-phase", onchain.DeployParams{Game: game.Params{Arity: 4, Depth: 12}}, "is single-phase"},
		{"short graph", onchain.DeployParams{Game: game.Params{Arity: 8, Depth: vm}, GraphDepth: 6}, "graph phase has 262144 positions"},
		{"short VM game", onchain.DeployParams{Game: game.Params{Arity: 8, Depth: vm - 1}, GraphDepth: 7}, "VM game holds 134217728 steps"},
		{"small inputs", onchain.DeployParams{Game: game.Params{Arity: 8, Depth: vm}, GraphDepth: 7, MaxInputBytes: 1024}, "takes inputs up to 1024 bytes"},
	} {
		out := filepath.Join(dir, "rollup-"+strings.ReplaceAll(tc.name, " ", "-")+".json")
		r := deploy(deployOpML(tc.name, tc.p), out)
		if r.code != 1 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%s: exit %d, stderr %q; want exit 1 and %q", tc.name, r.code, r.stderr, tc.want)
		}
		if _, err := node.ReadDeployment(out); err == nil {
			t.Errorf("%s: a deployment file was written", tc.name)
		}
	}
	out := filepath.Join(dir, "rollup.json")
	if r := deploy(good, out); r.code != 0 || !strings.Contains(r.stdout, "written to") {
		t.Fatalf("deploy on the default opML deployment: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	d, err := node.ReadDeployment(out)
	if err != nil {
		t.Fatal(err)
	}
	if d.Sequencer != crypto.PubkeyToAddress(keys[0].PublicKey) || d.ChainID != nodeDefaultChainID {
		t.Errorf("deployment: sequencer %s, chain id %d", d.Sequencer, d.ChainID)
	}
	if r := run(t, "outputs", "--rpc", l1.URL(), "--deployment", out); r.code != 0 || !strings.Contains(r.stdout, "no proposals") {
		t.Errorf("outputs on the new deployment: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}
