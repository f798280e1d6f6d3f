package gethadapter_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// TestAdapterPostsRevertedFrames: a transaction whose contract reads an
// inference result and then reverts (FashionGate turning away a shirt)
// still read that result, and the rollup's block program reads it too,
// from a Final OpML claim; so the adapter posts it, like a result in a
// transaction that succeeds. (It used to skip calls under a failed frame:
// a lie that made its transaction revert never reached opML, and a
// verifier's step reading it could not be executed.)
func TestAdapterPostsRevertedFrames(t *testing.T) {
	x := newAxonum(t, nil)
	ctx := context.Background()
	gate := bindings.NewFashionGate()
	r, err := x.l2Sender.Send(ctx, "deploy FashionGate", nil,
		append(common.FromHex(bindings.FashionGateMetaData.Bin), gate.PackConstructor(x.model)...), nil)
	if err != nil {
		t.Fatal(err)
	}
	shirt, err := os.ReadFile(filepath.Join(images, "0004-6.bin"))
	if err != nil {
		t.Fatal(err)
	}
	// Sent with a fixed gas limit: estimating a transaction that reverts
	// fails.
	cl := x.l2.Client()
	key := devnet.DevKeys(1)[0]
	nonce, err := cl.PendingNonceAt(ctx, x.l2Sender.Address())
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(big.NewInt(4242))
	tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(4242), Nonce: nonce, To: &r.ContractAddress,
		Gas: 2_000_000, GasFeeCap: big.NewInt(100 * params.GWei), GasTipCap: big.NewInt(params.GWei), Data: gate.PackEnter(shirt)})
	if err := cl.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	rc, err := bind.WaitMined(wctx, cl, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if rc.Status != types.ReceiptStatusFailed {
		t.Fatalf("the shirt's entry: status %d, want a revert (NotFootwear)", rc.Status)
	}
	a := x.adapter(filepath.Join(t.TempDir(), "adapter.json"))
	if err := a.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := x.claimCount(); n != 1 {
		t.Fatalf("%d claims after a reverted transaction that read one result, want 1", n)
	}
	c, err := x.parties[0].Claim(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if c.Model != x.model || len(c.Output) != 1 || c.Output[0] != 6 {
		t.Fatalf("the claim %+v: want the shirt's class 6 on the model", c)
	}
}
