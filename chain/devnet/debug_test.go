package devnet

import (
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// TestDebug: with Debug, callTracer traces of a transaction and of its
// block come from both clients; without it, HTTP has no debug namespace.
func TestDebug(t *testing.T) {
	keys := DevKeys(2)
	to := crypto.PubkeyToAddress(keys[1].PublicKey)
	d := newDevnet(t, Config{Alloc: FundedAlloc(keys[:1], ether(10)), Listen: "127.0.0.1:0", Debug: true})
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	tx := transfer(ctx, t, d.Client(), d.ChainID(), keys[0], to, ether(1))
	r := receipt(ctx, t, d.Client(), tx.Hash())
	if r == nil {
		t.FailNow()
	}
	type frame struct {
		Type  string         `json:"type"`
		To    common.Address `json:"to"`
		Value *hexutil.Big   `json:"value"`
	}
	for name, c := range map[string]*rpc.Client{"in-process": d.Client().Client(), "http": dial(t, d).Client()} {
		var f frame
		if err := c.CallContext(ctx, &f, "debug_traceTransaction", tx.Hash(), map[string]any{"tracer": "callTracer"}); err != nil {
			t.Fatalf("%s: debug_traceTransaction: %v", name, err)
		}
		if f.Type != "CALL" || f.To != to || f.Value.ToInt().Cmp(ether(1)) != 0 {
			t.Errorf("%s: trace %+v", name, f)
		}
		var block []struct {
			TxHash common.Hash `json:"txHash"`
			Result frame       `json:"result"`
		}
		if err := c.CallContext(ctx, &block, "debug_traceBlockByNumber", hexutil.EncodeBig(r.BlockNumber), map[string]any{"tracer": "callTracer"}); err != nil {
			t.Fatalf("%s: debug_traceBlockByNumber: %v", name, err)
		}
		if len(block) != 1 || block[0].TxHash != tx.Hash() || block[0].Result.To != to {
			t.Errorf("%s: block trace %+v", name, block)
		}
	}

	plain := newDevnet(t, Config{Listen: "127.0.0.1:0"})
	err := dial(t, plain).Client().CallContext(ctx, new(any), "debug_traceBlockByNumber", "0x1", map[string]any{"tracer": "callTracer"})
	if err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("without Debug, HTTP debug_traceBlockByNumber: %v; want no such method", err)
	}
}
