package rollup

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// TestOutputRoot: the v0 shape, spelled out word by word.
func TestOutputRoot(t *testing.T) {
	o := Output{StateRoot: common.Hash{1}, WithdrawalStorageRoot: common.Hash{2}, BlockHash: common.Hash{3}}
	want := crypto.Keccak256Hash(make([]byte, 32), o.StateRoot[:], o.WithdrawalStorageRoot[:], o.BlockHash[:])
	if got := o.Root(); got != want {
		t.Fatalf("root %s, want %s", got, want)
	}
	o2 := o
	o2.WithdrawalStorageRoot[31] = 1
	if o2.Root() == o.Root() {
		t.Fatal("the withdrawal-storage root does not enter the output root")
	}
}

// TestAttributesRoundTrip: attributes survive encoding, and a blob
// transaction is refused.
func TestAttributesRoundTrip(t *testing.T) {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("k")))
	cfg := ChainConfig(7)
	signer := types.LatestSigner(cfg)
	tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: cfg.ChainID, Nonce: 3, Gas: 21000, GasFeeCap: big.NewInt(9), To: &common.Address{2}})
	enc, _ := tx.MarshalBinary()
	a := &Attributes{Timestamp: 5, Coinbase: common.Address{9}, GasLimit: 100, PrevRandao: common.Hash{4}, Extra: []byte("x"), Transactions: [][]byte{enc}}
	b, err := a.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeAttributes(b)
	if err != nil {
		t.Fatal(err)
	}
	txs, err := got.DecodeTransactions()
	if err != nil {
		t.Fatal(err)
	}
	if got.Timestamp != 5 || got.Coinbase != a.Coinbase || !bytes.Equal(got.Extra, a.Extra) || len(txs) != 1 || txs[0].Hash() != tx.Hash() {
		t.Fatalf("round trip: %+v, %d transactions", got, len(txs))
	}
	blob := types.MustSignNewTx(key, signer, &types.BlobTx{ChainID: uint256.MustFromBig(cfg.ChainID), Gas: 21000, BlobFeeCap: uint256.NewInt(1), BlobHashes: []common.Hash{{1}}})
	benc, _ := blob.MarshalBinary()
	a.Transactions = [][]byte{benc}
	b, _ = a.Encode()
	got, err = DecodeAttributes(b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := got.DecodeTransactions(); !errors.Is(err, ErrBlobTx) {
		t.Fatalf("blob transaction: %v, want ErrBlobTx", err)
	}
}

// TestClaimedWord: keccak256(root ‖ keccak256(keys in order)), spelled
// out, so the order and every key count, and for no keys keccak256(root ‖
// keccak256("")), never the bare root: the word of (W, no keys) is not W,
// the word of an honest proposal (root, keys).
func TestClaimedWord(t *testing.T) {
	root := common.Hash{0x0c}
	k1, k2 := common.Hash{4, 1}, common.Hash{4, 2}
	if got, want := ClaimedWord(root, nil), crypto.Keccak256Hash(root[:], crypto.Keccak256(nil)); got != want || got == root {
		t.Fatalf("no keys: %s, want %s (not the root)", got, want)
	}
	want := crypto.Keccak256Hash(root[:], crypto.Keccak256(k1[:], k2[:]))
	if ClaimedWord(want, nil) == want {
		t.Fatal("the folded word proposed as a root with no keys is the same word")
	}
	if got := ClaimedWord(root, []common.Hash{k1, k2}); got != want {
		t.Fatalf("two keys: %s, want %s", got, want)
	}
	for _, keys := range [][]common.Hash{{k2, k1}, {k1}, {k1, k2, k2}} {
		if ClaimedWord(root, keys) == want {
			t.Fatalf("keys %v give the word of [k1 k2]", keys)
		}
	}
}

// TestOutputEncoding: Encode is Root's preimage and DecodeOutput reads it
// back; another length or version is refused.
func TestOutputEncoding(t *testing.T) {
	o := Output{StateRoot: common.Hash{1}, WithdrawalStorageRoot: common.Hash{2}, BlockHash: common.Hash{3}}
	enc := o.Encode()
	if crypto.Keccak256Hash(enc) != o.Root() {
		t.Fatal("the encoding is not the root's preimage")
	}
	got, err := DecodeOutput(enc)
	if err != nil || got != o {
		t.Fatalf("decoded %+v, %v", got, err)
	}
	bad := append([]byte(nil), enc...)
	bad[31] = 1
	for name, b := range map[string][]byte{"short": enc[:127], "long": append(enc, 0), "version 1": bad} {
		if _, err := DecodeOutput(b); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
}
