package node

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestAdvSequencerBatchTooLarge: transactions submitted straight to the
// Sequencer (not through the RPC, which bounds the queue) whose block's
// batch is larger than one L1 transaction may be: the sequencer must leave
// what does not fit for a later block, so every block it builds is posted
// and the chain goes on. It builds one block of the whole queue, L1 refuses
// its batch ("oversized data"), and every later Step fails on that same
// post: the sequencer is stuck until restarted, which loses the queue.
func TestAdvSequencerBatchTooLarge(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	w := newRPCWorld(t, ctx)
	for i := range uint64(3) {
		if err := w.seq.Submit(signTx(i, common.Address{0xbb}, 0, bytes.Repeat([]byte{0xaa}, 60_000), 5_000_000)); err != nil {
			t.Fatal(err)
		}
	}
	for step := range 3 {
		if err := w.rpc.Step(ctx); err != nil {
			t.Errorf("step %d: %v", step, err)
		}
	}
	head := w.seq.Chain.Head().Number.Uint64()
	next, err := w.seq.Inbox.Next(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if next != head+1 {
		t.Fatalf("L2 head %d, the inbox's next block %d: built blocks are not posted", head, next)
	}
	if nonce, err := w.l2.NonceAt(ctx, crypto.PubkeyToAddress(l2Key.PublicKey), nil); err != nil || nonce != 3 {
		t.Fatalf("after 3 steps, %d of the 3 transactions are in blocks (%v)", nonce, err)
	}
}
