package bridge

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/rollup"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// TestProofRPC: on a chain served by go-ethereum's node (the embedded
// chain with L2Withdrawals at rollup.WithdrawalContract in its genesis),
// ProofRPC reads each withdrawal's proof with eth_getProof, and the
// contract's verifier reads 1 from it under the storage root the node
// reports. A withdrawal never made, and one made after the block asked
// for, are refused with a clear error.
func TestProofRPC(t *testing.T) {
	code, err := WithdrawalsCode()
	if err != nil {
		t.Fatal(err)
	}
	keys := devnet.DevKeys(1)
	alloc := devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)))
	alloc[rollup.WithdrawalContract] = types.Account{Code: code, Balance: new(big.Int)}
	chain, err := devnet.New(devnet.Config{Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := onchain.NewSender(ctx, chain.Client(), keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll = 10 * time.Millisecond
	b := newEVMBridge(t)
	var ws []Withdrawal
	var blocks []*big.Int
	for i := range 3 {
		to := rollup.WithdrawalContract
		r, err := s.Send(ctx, "withdraw", &to, InitiateCalldata(common.Address{byte(0xa0 + i)}), big.NewInt(int64(1000+i)))
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Logs) != 1 {
			t.Fatalf("withdrawal %d: %d logs", i, len(r.Logs))
		}
		w, err := WithdrawalFromLog(r.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		if w.Nonce.Int64() != int64(i) || w.Sender != s.Address() || w.Value.Int64() != int64(1000+i) {
			t.Fatalf("withdrawal %d: %+v", i, w)
		}
		ws, blocks = append(ws, w), append(blocks, r.BlockNumber)
	}
	for i, w := range ws {
		proof, root, err := ProofRPC(ctx, chain.Client().Client(), w.Hash(), nil)
		if err != nil {
			t.Fatal(err)
		}
		slot := Slot(w.Hash())
		v, reason := b.proveValue(t, root, crypto.Keccak256Hash(slot[:]), proof)
		if reason != "" || !bytes.Equal(v, []byte{1}) {
			t.Fatalf("withdrawal %d: the contract reads %x (%s)", i, v, reason)
		}
	}
	for name, c := range map[string]struct {
		h     common.Hash
		block *big.Int
	}{
		"never made":            {common.Hash{1}, nil},
		"after the block asked": {ws[2].Hash(), blocks[1]},
	} {
		if _, _, err := ProofRPC(ctx, chain.Client().Client(), c.h, c.block); err == nil || !strings.Contains(err.Error(), "is not in the withdrawal storage") {
			t.Errorf("a withdrawal %s: %v", name, err)
		}
	}
}
