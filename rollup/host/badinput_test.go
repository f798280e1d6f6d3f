package host

import (
	"math/big"
	"testing"

	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// TestNativeBadInputs: claims whose inputs are missing or malformed are
// rejected with their own exit codes (natively; the VM runs the same
// code): among them a parent output (local datum 1) not served, not 128
// bytes, of another version, naming an unknown block or another state
// root than its block's. Attributes that make no valid block are not bad inputs: the rule
// (rollup.Build) builds the fallback block instead, whose root is not the
// node's (exit 1); a transaction that cannot be applied is dropped, so
// the node's block and root stand (exit 0).
func TestNativeBadInputs(t *testing.T) {
	c := newTestChain(t, 0)
	claim, err := Prepare(BlockChain{c.bc}, testChainID, c.transfers)
	if err != nil {
		t.Fatal(err)
	}
	root := claim.Word() // the honest word: the root folded with no inference keys
	// withParent is the claim's host with local datum 1 the root of
	// another parent output, served as a preimage.
	withParent := func(enc []byte) *oracle.Host {
		h := claim.Host(root)
		h.AddKeccak(enc)
		h.SetLocal(blockprog.LocalParentOutput, crypto.Keccak256(enc))
		return h
	}
	po := claim.ParentOutput
	// withAttrs is the claim's host with other attributes.
	withAttrs := func(edit func(a *rollup.Attributes)) *BlockClaim {
		a := *claim.Attributes
		a.Transactions = append([][]byte{}, a.Transactions...)
		edit(&a)
		enc, err := a.Encode()
		if err != nil {
			t.Fatal(err)
		}
		cc := *claim
		cc.Attributes = &a
		cc.Preimages = append(append([][]byte{}, claim.Preimages...), enc)
		return &cc
	}
	signer := types.LatestSigner(c.config)
	badNonce, err := types.MustSignNewTx(c.keys[0], signer, &types.DynamicFeeTx{ChainID: c.config.ChainID, Nonce: 99,
		GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21000, To: &common.Address{1}}).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		host     func() *oracle.Host
		code     int
		fallback bool // the rule's fallback block, not the attributes'
	}{
		{"no chain id", func() *oracle.Host {
			h := claim.Host(root)
			h.SetLocal(blockprog.LocalChainID, []byte{1, 2})
			return h
		}, blockprog.ExitBadInputs, false},
		{"parent output not served", func() *oracle.Host {
			h := claim.Host(root)
			h.SetLocal(blockprog.LocalParentOutput, crypto.Keccak256([]byte("no such output")))
			return h
		}, blockprog.ExitBadInputs, false},
		{"parent output of another length", func() *oracle.Host {
			return withParent(append(po.Encode(), 0))
		}, blockprog.ExitBadInputs, false},
		{"parent output of version 1", func() *oracle.Host {
			enc := po.Encode()
			enc[31] = 1
			return withParent(enc)
		}, blockprog.ExitBadInputs, false},
		{"parent output of an unknown block", func() *oracle.Host {
			o := po
			o.BlockHash = crypto.Keccak256Hash([]byte("no such block"))
			return withParent(o.Encode())
		}, blockprog.ExitBadInputs, false},
		{"parent output whose state root is not its block's", func() *oracle.Host {
			o := po
			o.StateRoot[0] ^= 1
			return withParent(o.Encode())
		}, blockprog.ExitBadInputs, false},
		{"attributes not posted", func() *oracle.Host {
			h := claim.Host(root)
			h.SetLocal(blockprog.LocalAttributesHash, crypto.Keccak256([]byte("no such attributes")))
			return h
		}, blockprog.ExitBadInputs, false},
		{"malformed attributes", func() *oracle.Host {
			h := claim.Host(root)
			junk := []byte{0xc3, 0x01}
			h.AddKeccak(junk)
			h.SetLocal(blockprog.LocalAttributesHash, crypto.Keccak256(junk))
			return h
		}, blockprog.ExitMismatch, true},
		{"timestamp not after parent", func() *oracle.Host {
			return withAttrs(func(a *rollup.Attributes) { a.Timestamp = 0 }).Host(root)
		}, blockprog.ExitMismatch, true},
		{"gas limit jump", func() *oracle.Host {
			return withAttrs(func(a *rollup.Attributes) { a.GasLimit *= 2 }).Host(root)
		}, blockprog.ExitMismatch, true},
		{"transaction with a future nonce", func() *oracle.Host {
			return withAttrs(func(a *rollup.Attributes) { a.Transactions = append(a.Transactions, badNonce) }).Host(root)
		}, blockprog.ExitMatch, false},
	}
	parent := c.bc.GetBlockByNumber(c.transfers - 1).Header()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := RunNative(tc.host(), nil)
			if r.Code != tc.code || (tc.code > blockprog.ExitMismatch) != (r.Err != nil) {
				t.Fatalf("exit %d (%v), want %d", r.Code, r.Err, tc.code)
			}
			if r.Code > blockprog.ExitMismatch {
				t.Logf("exit %d: %v", r.Code, r.Err)
				return
			}
			if fb := r.Block; tc.fallback != (r.Built.Invalid != nil) || tc.fallback && (fb.Time() != parent.Time+1 || fb.GasLimit() != parent.GasLimit || len(fb.Transactions()) != 0) {
				t.Fatalf("invalid %v, block time %d, %d transactions; fallback block wanted: %v", r.Built.Invalid, fb.Time(), len(fb.Transactions()), tc.fallback)
			}
			t.Logf("exit %d: invalid %v, dropped %v", r.Code, r.Built.Invalid, r.Built.Dropped)
		})
	}
}
