package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup/node"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TestNodeInference: 'rollup node --store' on the embedded L1 settles a
// block with an inference call by itself. A user calls Fashion-MNIST on
// L2 (a transaction to the precompile); the node's proposer registers the
// model in opML, posts the call's result as a claim and proposes the
// block listing it; the node's opML agent settles the claim Final after
// opML's window, and the proposer then settles the proposal Final. With
// no one posting claims, the proposal would wait for ever. The embedded
// opML is the default two-phase deployment, whose bounds are the
// precompile's.
func TestNodeInference(t *testing.T) {
	program, nodeProgram := testprograms.BlockProgram(t), testprograms.Node(t)
	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	defer cancel()
	storeDir, modelAddr, image := fashionStore(t, "0000-9.bin")

	state := t.TempDir()
	n := launchNode(t, ctx, "--state", state, "--listen", "127.0.0.1:0", "--l1-listen", "127.0.0.1:0",
		"--block-time", "200ms", "--window", "8", "--program", program, "--store", storeDir, "--node-program", nodeProgram)
	if !strings.Contains(n.out.String(), "opML: the proposer posts its blocks' inference results") {
		t.Errorf("the node does not say it settles inference results in opML:\n%s", n.out.String())
	}
	l1, l2 := n.dial(t, ctx)

	// The model's answer, by eth_call, then the same call in a transaction.
	call := gethadapter.Call{Model: modelAddr, Input: image, OutputSize: 1}
	class, block := callModel(t, ctx, l2, devnet.DevKeys(nodeDevAccounts)[1], call)
	if len(class) != 1 || class[0] != 9 {
		t.Fatalf("eth_call of the model: %x; want class 9 (ankle boot)", class)
	}

	dep := filepath.Join(state, "rollup.json")
	proposalOf := func() (proposalView, bool) {
		t.Helper()
		r := run(t, "outputs", "--json", "--rpc", n.L1, "--deployment", dep)
		if r.code != 0 {
			t.Fatalf("outputs: %s%s", r.stdout, r.stderr)
		}
		var views []proposalView
		if err := json.Unmarshal([]byte(r.stdout), &views); err != nil {
			t.Fatalf("outputs --json: %v\n%s", err, r.stdout)
		}
		for _, v := range views {
			if v.L2Block == block {
				return v, true
			}
		}
		return proposalView{}, false
	}
	var prop proposalView
	eventually(t, time.Minute, "the proposal of the inference block", func() bool {
		var ok bool
		prop, ok = proposalOf()
		return ok
	})
	if len(prop.Claims) != 1 {
		t.Fatalf("the proposal of block %d lists OpML claims %v; want the one of the call", block, prop.Claims)
	}
	addrs, err := onchain.ReadAddresses(filepath.Join(state, "opml.json"))
	if err != nil {
		t.Fatal(err)
	}
	opml, err := onchain.Connect(ctx, l1, addrs, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	cl, err := opml.Claim(ctx, prop.Claims[0])
	if err != nil {
		t.Fatal(err)
	}
	if cl.Model != [32]byte(modelAddr) || string(cl.Output) != string(class) || cl.InferenceKey() != mipsevm.InferenceKey(call.Model, crypto.Keccak256Hash(call.Input), call.OutputSize) {
		t.Fatalf("claim %d: model %x output %x; want the call on %x with its result %x", cl.ID, cl.Model, cl.Output, modelAddr, class)
	}
	// The embedded opML can settle every call the L2 accepts.
	if err := node.CheckOpML(opml.Config); err != nil {
		t.Errorf("the embedded opML deployment: %v", err)
	}
	if m, err := opml.Model(ctx, [32]byte(modelAddr)); err != nil || !m.Registered() {
		t.Fatalf("the model is not registered in opML: %+v, %v", m, err)
	}

	// The agent settles the claim Final, then the proposer the proposal.
	eventually(t, 2*time.Minute, "the inference block's proposal final", func() bool {
		p, _ := proposalOf()
		if p.Status == "rejected" {
			t.Fatalf("proposal %d rejected", p.ID)
		}
		return p.Status == "final"
	})
	if cl, err = opml.Claim(ctx, prop.Claims[0]); err != nil || cl.Status != onchain.ClaimFinal {
		t.Fatalf("claim %d after the proposal settled: %v, %v; want Final", prop.Claims[0], cl.Status, err)
	}

	n.Stop(t)
}

// fashionStore is a model store holding Fashion-MNIST, its address, and
// the test image name.
func fashionStore(t *testing.T, name string) (string, oracle.Address, []byte) {
	t.Helper()
	fashion := filepath.Join("..", "..", "ggml-mips", "models", "mnist", "testdata")
	model, err := os.ReadFile(filepath.Join(fashion, "fashion-mnist.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	image, err := os.ReadFile(filepath.Join(fashion, "images", name))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	store, err := oracle.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	addr, err := store.Add(model)
	if err != nil {
		t.Fatal(err)
	}
	return dir, addr, image
}

// callModel has key call the inference precompile on l2: it returns what
// eth_call answers, then sends the call as a transaction and returns the
// L2 block it landed in.
func callModel(t *testing.T, ctx context.Context, l2 *ethclient.Client, key *ecdsa.PrivateKey, call gethadapter.Call) ([]byte, uint64) {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	msg := ethereumCall(call)
	msg.From = from
	out, err := l2.CallContract(ctx, msg, nil)
	if err != nil {
		t.Fatalf("eth_call of the model: %v", err)
	}
	gas, err := l2.EstimateGas(ctx, msg)
	if err != nil {
		t.Fatal(err)
	}
	r := sendL2(t, ctx, l2, key, msg.To, nil, gas+50_000, msg.Data)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the inference transaction failed: %+v", r)
	}
	block := r.BlockNumber.Uint64()
	return out, block
}

// ethereumCall is an eth_call of the inference precompile.
func ethereumCall(call gethadapter.Call) ethereum.CallMsg {
	pc := gethadapter.Address
	return ethereum.CallMsg{To: &pc, Data: gethadapter.EncodeCall(call)}
}
