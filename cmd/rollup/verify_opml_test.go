package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestVerifyOpMLAgent: 'rollup verify --store' polices opML too, since
// the L2 uses whatever result opML finalizes. Next to 'rollup node
// --store' (which claims a user's Fashion-MNIST call honestly), a liar
// posts a wrong claim on another image; the verifier's opML agent checks
// both natively, challenges the lie only, wins when the liar does not
// move in time, and reposts the honest result as a claim of its own.
func TestVerifyOpMLAgent(t *testing.T) {
	program, nodeProgram := testprograms.BlockProgram(t), testprograms.Node(t)
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	storeDir, modelAddr, image := fashionStore(t, "0000-9.bin")
	_, _, other := fashionStore(t, "0001-2.bin")

	state := t.TempDir()
	n := launchNode(t, ctx, "--state", state, "--listen", "127.0.0.1:0", "--l1-listen", "127.0.0.1:0",
		"--block-time", "200ms", "--window", "15", "--program", program, "--store", storeDir, "--node-program", nodeProgram)
	l1, l2 := n.dial(t, ctx)
	keys := devnet.DevKeys(nodeDevAccounts)
	verifierKey, liarKey := keys[2], keys[3]
	verifierAddr := crypto.PubkeyToAddress(verifierKey.PublicKey)

	// The honest claim: the node's, of a user's call.
	honestCall := gethadapter.Call{Model: modelAddr, Input: image, OutputSize: 1}
	callModel(t, ctx, l2, keys[1], honestCall)
	addrs, err := onchain.ReadAddresses(filepath.Join(state, "opml.json"))
	if err != nil {
		t.Fatal(err)
	}
	reader, err := onchain.Connect(ctx, l1, addrs, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	eventually(t, time.Minute, "the node's claim", func() bool {
		c, err := reader.ClaimCount(ctx)
		return err == nil && c >= 1
	})

	// The lie: another image's class, off by one.
	honestOther, err := l2.CallContract(ctx, ethereumCall(gethadapter.Call{Model: modelAddr, Input: other, OutputSize: 1}), nil)
	if err != nil || len(honestOther) != 1 {
		t.Fatalf("eth_call: %x, %v", honestOther, err)
	}
	liarS, err := onchain.NewSender(ctx, l1, liarKey, nil)
	if err != nil {
		t.Fatal(err)
	}
	liar, err := onchain.Connect(ctx, l1, addrs, liarS, nil)
	if err != nil {
		t.Fatal(err)
	}
	lie, _, err := liar.Submit(ctx, modelAddr, other, []byte{(honestOther[0] + 1) % 10})
	if err != nil {
		t.Fatal(err)
	}

	// The verifier, with its opML agent.
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(verifierKey)))
	var out, errs syncBuffer
	vctx, stopV := context.WithCancel(ctx)
	defer stopV()
	done := make(chan int, 1)
	go func() {
		done <- execute(vctx, &app{}, []string{"verify", "--rpc", n.L1, "--deployment", filepath.Join(state, "rollup.json"), "--data", t.TempDir(),
			"--poll", "200ms", "--program", program, "--store", storeDir, "--node-program", nodeProgram}, &out, &errs)
	}()
	t.Cleanup(func() {
		if t.Failed() {
			e := errs.String()
			t.Logf("the verifier's log (end):\n%s", e[max(0, len(e)-8000):])
		}
	})
	eventually(t, 3*time.Minute, "the lie rejected and the honest result reposted", func() bool {
		select {
		case code := <-done:
			t.Fatalf("the verifier exited (%d):\n%s%s", code, out.String(), errs.String())
		default:
		}
		cl, err := reader.Claim(ctx, lie)
		if err != nil || cl.Status != onchain.ClaimRejected {
			return false
		}
		count, err := reader.ClaimCount(ctx)
		if err != nil {
			return false
		}
		for id := lie + 1; id < count; id++ {
			c, err := reader.Claim(ctx, id)
			if err == nil && c.Submitter == verifierAddr && c.InputHash == crypto.Keccak256Hash(other) && string(c.Output) == string(honestOther) {
				return true
			}
		}
		return false
	})
	if !strings.Contains(out.String(), "opML agent: checking every claim") {
		t.Errorf("the verifier does not say it runs its opML agent:\n%s", out.String())
	}
	// The honest claim was left alone; the lie was challenged by the verifier.
	if chs, err := reader.ChallengesOf(ctx, 0); err != nil || len(chs) != 0 {
		t.Errorf("the node's honest claim: challenges %+v, %v; want none", chs, err)
	}
	chs, err := reader.ChallengesOf(ctx, lie)
	if err != nil || len(chs) != 1 || chs[0].Challenger != verifierAddr || !chs[0].ChallengerWon {
		t.Errorf("the lie's challenges: %+v, %v; want one, the verifier's, won", chs, err)
	}
	stopV()
	select {
	case code := <-done:
		if code != 0 || !strings.Contains(out.String(), "stopped") {
			t.Fatalf("the verifier stopped with exit %d:\n%s%s", code, out.String(), errs.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the verifier did not stop")
	}
	n.Stop(t)
}
