package gethadapter_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/plan"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// catcherCode deploys a contract that passes its calldata to the inference
// precompile and succeeds whatever the precompile does:
//
//	calldatacopy(0, 0, calldatasize())
//	pop(staticcall(gas(), 0x0a1000, 0, calldatasize(), 0, 0))
//	stop()
//
// behind init code that returns those 21 bytes.
var catcherCode = common.FromHex("0x601580600b6000396000f3" + "3660006000376000600036600062" + "0a1000" + "5afa5000")

type frame struct {
	To     *common.Address `json:"to"`
	Output hexutil.Bytes   `json:"output"`
	Error  string          `json:"error"`
	Calls  []frame         `json:"calls"`
}

// TestAdapterSkipsRefusedCalls: a call the precompile refuses because
// opML could not adjudicate it is in the block (inside a transaction that
// succeeds), reverted; the adapter posts no claim of it, and posts the
// calls that ran.
func TestAdapterSkipsRefusedCalls(t *testing.T) {
	// 64 positions: one token of this llama (53 items) fits, two do not.
	x := newAxonumWith(t, gethadapter.Options{Bounds: &plan.Bounds{Positions: 64, ItemMACs: gethadapter.DefaultItemMACs, Window: protocol.NodeWindowSize}})
	ctx := context.Background()
	file, err := llama.Random(llama.Config{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 100, Context: 32}, 7, ggml.Q8_0)
	if err != nil {
		t.Fatal(err)
	}
	model, err := x.store.Add(file)
	if err != nil {
		t.Fatal(err)
	}
	r, err := x.l2Sender.Send(ctx, "deploy catcher", nil, catcherCode, nil)
	if err != nil {
		t.Fatal(err)
	}
	catcher := r.ContractAddress
	call := func(n uint32) common.Hash {
		t.Helper()
		c := gethadapter.Call{Model: model, Input: llama.EncodeInput([]int32{5, 6}, n), OutputSize: 4 * uint64(n)}
		r, err := x.l2Sender.Send(ctx, "catcher", &catcher, gethadapter.EncodeCall(c), nil)
		if err != nil {
			t.Fatal(err)
		}
		return r.TxHash
	}
	x.infer("0000-9.bin") // 7 positions: fits
	call(1)
	refusedTx := call(2)

	// The refused call is in the block: its frame reverted with the reason.
	var root frame
	if err := x.l2.Client().Client().CallContext(ctx, &root, "debug_traceTransaction", refusedTx, map[string]any{"tracer": "callTracer"}); err != nil {
		t.Fatal(err)
	}
	if root.Error != "" || len(root.Calls) != 1 || root.Calls[0].To == nil || *root.Calls[0].To != gethadapter.Address {
		t.Fatalf("trace of the catcher's transaction: %+v", root)
	}
	pc := root.Calls[0]
	reason, err := abi.UnpackRevert(pc.Output)
	if pc.Error != "execution reverted" || err != nil || !strings.Contains(reason, "106 work items need 107 phase-1 positions, the deployment's trace has 64") {
		t.Fatalf("the precompile's frame: error %q, reason %q (%v)", pc.Error, reason, err)
	}

	a := x.adapter(filepath.Join(t.TempDir(), "adapter.json"))
	if err := a.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := x.claimCount(); n != 2 {
		t.Fatalf("%d claims, want 2 (the image and the one-token call)", n)
	}
	entries, err := a.Report(ctx, 0, 1<<62)
	if err != nil {
		t.Fatal(err)
	}
	refusedInput := crypto.Keccak256Hash(llama.EncodeInput([]int32{5, 6}, 2))
	for _, e := range entries {
		if e.Tx == refusedTx || e.InputHash == refusedInput {
			t.Fatalf("the refused call was posted: %+v", e)
		}
	}
	if len(entries) != 2 {
		t.Fatalf("report lists %d inferences, want 2", len(entries))
	}
}
