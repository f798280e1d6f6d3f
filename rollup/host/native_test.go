package host

import (
	"bytes"
	"testing"

	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TestChainBlocks: the test chain's blocks are what their names say, so
// the program tests below cover those kinds.
func TestChainBlocks(t *testing.T) {
	c := newTestChain(t, 0)
	if r := c.receipts(c.create); len(r) != 2 || r[0].ContractAddress == (common.Address{}) || r[0].Status != types.ReceiptStatusSuccessful {
		t.Errorf("block %d: want a successful contract creation, receipts %+v", c.create, r)
	}
	if r := c.receipts(c.logs); len(r) != 3 || len(r[0].Logs) != 1 || len(r[1].Logs) != 1 {
		t.Errorf("block %d: want two calls with a log each, receipts %+v", c.logs, r)
	}
	h := c.bc.GetBlockByNumber(c.logs).Header()
	st, err := c.bc.StateAt(h.Root, h.Number, h.Time)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := st.GetState(blockhashAddr, common.Hash{}), c.bc.GetBlockByNumber(c.logs-2).Hash(); got != want {
		t.Errorf("block %d: BLOCKHASH(number-2) stored %s, want %s", c.logs, got, want)
	}
	if r := c.receipts(c.revert); len(r) != 2 || r[0].Status != types.ReceiptStatusFailed || r[1].Status != types.ReceiptStatusSuccessful {
		t.Errorf("block %d: want a reverted call and a transfer, receipts %+v", c.revert, r)
	}
}

// TestNativeBlocks: natively, the program computes for each block the
// output root the node has, accepts it, and rejects a wrong one.
func TestNativeBlocks(t *testing.T) {
	c := newTestChain(t, 0)
	for _, n := range []uint64{c.transfers, c.create, c.logs, c.revert} {
		claim, err := Prepare(BlockChain{c.bc}, testChainID, n)
		if err != nil {
			t.Fatal(err)
		}
		want := claim.Output.Root()
		var log bytes.Buffer
		r := RunNative(claim.Host(claim.Word()), &log)
		if r.Code != blockprog.ExitMatch || r.Root != want {
			t.Fatalf("block %d: exit %d (%v), root %s, want %s\n%s", n, r.Code, r.Err, r.Root, want, log.String())
		}
		if r.Block.Hash() != c.bc.GetBlockByNumber(n).Hash() || r.Output != claim.Output {
			t.Fatalf("block %d: program built %s with output %+v; the node has %s, %+v", n, r.Block.Hash(), r.Output, c.bc.GetBlockByNumber(n).Hash(), claim.Output)
		}
		wrong := claim.Word()
		wrong[31] ^= 1
		if r := RunNative(claim.Host(wrong), nil); r.Code != blockprog.ExitMismatch || r.Root != want {
			t.Fatalf("block %d, wrong claim: exit %d (%v), root %s", n, r.Code, r.Err, r.Root)
		}
	}
	// The withdrawal contract's storage was written in block c.logs: its
	// root is in the output, and not the empty root.
	claim, err := Prepare(BlockChain{c.bc}, testChainID, c.logs)
	if err != nil {
		t.Fatal(err)
	}
	if claim.Output.WithdrawalStorageRoot == types.EmptyRootHash {
		t.Fatal("withdrawal contract storage root is empty after block that wrote it")
	}
}
