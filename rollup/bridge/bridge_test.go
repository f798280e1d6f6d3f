package bridge

import (
	"bytes"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/rollup"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
)

// evmBridge is a Bridge deployed in go-ethereum's bare EVM (core/vm/runtime),
// for its pure functions.
type evmBridge struct {
	cfg  *runtime.Config
	addr common.Address
}

func newEVMBridge(t *testing.T) *evmBridge {
	t.Helper()
	cfg := &runtime.Config{GasLimit: 1 << 40}
	code := append(common.FromHex(bindings.BridgeMetaData.Bin), bridgeABI.PackConstructor(common.Address{1}, DefaultInclusionDelay)...)
	_, addr, _, err := runtime.Create(code, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &evmBridge{cfg: cfg, addr: addr}
}

// proveValue calls Bridge.proveValue; on a revert the error is the
// BadProof reason.
func (b *evmBridge) proveValue(t *testing.T, root, key common.Hash, proof [][]byte) ([]byte, string) {
	t.Helper()
	ret, _, err := runtime.Call(b.addr, bridgeABI.PackProveValue(root, key, proof), b.cfg)
	if err != nil {
		if len(ret) < 4 {
			t.Fatalf("proveValue: %v with %x", err, ret)
		}
		e, uerr := bridgeABI.UnpackError(ret)
		if uerr != nil {
			t.Fatalf("proveValue: %v, revert data %x: %v", err, ret, uerr)
		}
		bp, ok := e.(*bindings.BridgeBadProof)
		if !ok {
			t.Fatalf("proveValue: revert %T", e)
		}
		return nil, bp.Reason
	}
	v, err := bridgeABI.UnpackProveValue(ret)
	if err != nil {
		t.Fatal(err)
	}
	return v, ""
}

func prove(t *testing.T, tr *trie.Trie, key []byte) [][]byte {
	t.Helper()
	var proof nodeList
	if err := tr.Prove(key, &proof); err != nil {
		t.Fatal(err)
	}
	return proof
}

// TestMPTAgainstGeth: the Solidity verifier (Bridge.proveValue, MPT.get)
// reads every key's value from go-ethereum's proofs (trie.Prove, what
// eth_getProof returns) of tries of 1 to 500 random 32-byte keys with values
// of 1 to 40 bytes, and of keys that share all but their last nibbles, so
// that leaves and a branch are embedded in their parents (nodes shorter
// than 32 bytes). It refuses a key not in the trie, another key's proof, a
// node altered, a proof cut short or with a node added, another root, and
// nodes that hash right but are not trie nodes.
func TestMPTAgainstGeth(t *testing.T) {
	b := newEVMBridge(t)
	rng := rand.New(rand.NewPCG(17, 1))
	randBytes := func(n int) []byte {
		p := make([]byte, n)
		for i := range p {
			p[i] = byte(rng.Uint32())
		}
		return p
	}
	db := triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil)
	check := func(name string, keys [][]byte, vals [][]byte) *trie.Trie {
		tr := trie.NewEmpty(db)
		for i, k := range keys {
			if err := tr.Update(k, vals[i]); err != nil {
				t.Fatal(err)
			}
		}
		root := tr.Hash()
		for i, k := range keys {
			proof := prove(t, tr, k)
			got, reason := b.proveValue(t, root, common.BytesToHash(k), proof)
			if reason != "" || !bytes.Equal(got, vals[i]) {
				t.Fatalf("%s: key %d of %d: value %x (%q), want %x", name, i, len(keys), got, reason, vals[i])
			}
			for _, n := range proof {
				if len(n) < 32 {
					t.Fatalf("%s: geth listed a node of %d bytes", name, len(n))
				}
			}
		}
		return tr
	}
	for _, n := range []int{1, 2, 3, 16, 17, 100, 500} {
		keys, vals := make([][]byte, n), make([][]byte, n)
		for i := range keys {
			keys[i] = randBytes(32)
			vals[i] = randBytes(1 + rng.IntN(40))
		}
		check("random", keys, vals)
	}

	// Keys sharing 63 nibbles: a 63-nibble extension to a branch whose
	// leaves (3 bytes) are embedded, the branch itself under 32 bytes and
	// embedded in the extension. And keys sharing 60 nibbles, and a group
	// of two sharing 63 next to them.
	base := randBytes(32)
	var keys, vals [][]byte
	for _, last := range []byte{0x01, 0x02, 0x0f} {
		k := bytes.Clone(base)
		k[31] = k[31]&0xf0 | last
		keys, vals = append(keys, k), append(vals, []byte{last})
	}
	tr := check("63 shared nibbles", keys, vals)
	if p := prove(t, tr, keys[0]); len(p) != 1 {
		t.Fatalf("63 shared nibbles: %d listed nodes, want 1 (the rest embedded)", len(p))
	}
	for _, k := range [][]byte{{0x10, 0x01}, {0x20, 0x01}, {0x30, 0x05}, {0x30, 0x06}} {
		kk := bytes.Clone(base)
		kk[30], kk[31] = kk[30]&0xf0|k[0]>>4, k[1]
		keys, vals = append(keys, kk), append(vals, []byte{k[1] + 0x40})
	}
	keys, vals = append(keys, bytes.Clone(base)), append(vals, []byte{0x7f})
	keys[len(keys)-1][31] = base[31] & 0xf0
	tr = check("60 shared nibbles", keys, vals)

	// Refusals.
	refuse := func(name string, root common.Hash, key []byte, proof [][]byte) {
		t.Helper()
		if v, reason := b.proveValue(t, root, common.BytesToHash(key), proof); reason == "" {
			t.Errorf("%s: accepted, value %x", name, v)
		} else {
			t.Logf("%s: %s", name, reason)
		}
	}
	rk, rv := make([][]byte, 50), make([][]byte, 50)
	for i := range rk {
		rk[i], rv[i] = randBytes(32), randBytes(1+rng.IntN(40))
	}
	big := check("random 50", rk, rv)
	root := big.Hash()
	proof := prove(t, big, rk[7])
	absent := randBytes(32)
	refuse("key not in the trie", root, absent, prove(t, big, absent))
	refuse("another key's proof", root, rk[8], proof)
	refuse("proof of a key sharing a prefix", tr.Hash(), append(bytes.Clone(base[:31]), base[31]&0xf0|0x03), prove(t, tr, keys[0]))
	for i := range proof {
		alt := bytes.Clone(proof[i])
		alt[len(alt)/2] ^= 1
		altered := append(append(append([][]byte{}, proof[:i]...), alt), proof[i+1:]...)
		refuse("node altered", root, rk[7], altered)
	}
	refuse("proof cut short", root, rk[7], proof[:len(proof)-1])
	refuse("empty proof", root, rk[7], nil)
	refuse("a node added", root, rk[7], append(append([][]byte{}, proof...), proof[0]))
	refuse("another root", tr.Hash(), rk[7], proof)
	for _, node := range [][]byte{{0xc0}, {0x80}, {0xc2, 0x80, 0x80}, {0xc3, 0x81, 0x05, 0x80}, append([]byte{0xd1}, bytes.Repeat([]byte{0x80}, 17)...), {0xc1}} {
		refuse("not a trie node "+common.Bytes2Hex(node), crypto.Keccak256Hash(node), rk[0], [][]byte{node})
	}
}

// TestEncodings: the Go encoding of a withdrawal's hash and slot is the
// contracts' (L2Withdrawals.hashWithdrawal, Bridge.hashWithdrawal and
// slotOf), and WithdrawalsCode is the artifact's deployed bytecode.
func TestEncodings(t *testing.T) {
	b := newEVMBridge(t)
	code, err := WithdrawalsCode()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join("..", "..", "contracts", "artifacts", "L2Withdrawals.json"))
	if err != nil {
		t.Fatal(err)
	}
	var art struct{ DeployedBytecode string }
	if err := json.Unmarshal(raw, &art); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(code, common.FromHex(art.DeployedBytecode)) {
		t.Fatal("WithdrawalsCode is not the artifact's deployed bytecode")
	}
	w := Withdrawal{Nonce: big.NewInt(5), Sender: common.HexToAddress("0x1234"), Recipient: rollup.WithdrawalContract, Value: new(big.Int).Lsh(big.NewInt(3), 200)}
	ret, _, err := runtime.Call(b.addr, bridgeABI.PackHashWithdrawal(bindings.BridgeWithdrawal{Nonce: w.Nonce, Sender: w.Sender, Recipient: w.Recipient, Value: w.Value}), b.cfg)
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := bridgeABI.UnpackHashWithdrawal(ret); h != w.Hash() {
		t.Fatalf("Bridge.hashWithdrawal %x, Go %x", h, w.Hash())
	}
	if _, addr, _, err := runtime.Create(common.FromHex(bindings.L2WithdrawalsMetaData.Bin), b.cfg); err != nil {
		t.Fatal(err)
	} else if ret, _, err := runtime.Call(addr, withdrawalsABI.PackHashWithdrawal(w.Nonce, w.Sender, w.Recipient, w.Value), b.cfg); err != nil {
		t.Fatal(err)
	} else if h, _ := withdrawalsABI.UnpackHashWithdrawal(ret); h != w.Hash() {
		t.Fatalf("L2Withdrawals.hashWithdrawal %x, Go %x", h, w.Hash())
	}
	ret, _, err = runtime.Call(b.addr, bridgeABI.PackSlotOf(w.Hash()), b.cfg)
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := bridgeABI.UnpackSlotOf(ret); s != Slot(w.Hash()) {
		t.Fatalf("Bridge.slotOf %x, Go %x", s, Slot(w.Hash()))
	}
}

// TestProofGas measures the verifier's gas (Bridge.proveValue's
// execution, without the transaction's base cost and calldata) and the
// calldata of a withdrawal's storage proof, in withdrawal-storage tries of
// 1 to 10,000 withdrawals (docs/benchmarks.md, "The bridge").
func TestProofGas(t *testing.T) {
	b := newEVMBridge(t)
	db := triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil)
	for _, n := range []int{1, 10, 100, 1000, 10000} {
		tr := trie.NewEmpty(db)
		var key common.Hash
		for i := range n {
			w := Withdrawal{Nonce: big.NewInt(int64(i)), Sender: common.Address{1}, Recipient: common.Address{2}, Value: big.NewInt(1)}
			slot := Slot(w.Hash())
			key = crypto.Keccak256Hash(slot[:])
			if err := tr.Update(key[:], []byte{1}); err != nil {
				t.Fatal(err)
			}
		}
		proof := prove(t, tr, key[:])
		input := bridgeABI.PackProveValue(tr.Hash(), key, proof)
		const limit = 10_000_000
		b.cfg.GasLimit = limit
		ret, left, err := runtime.Call(b.addr, input, b.cfg)
		if err != nil {
			t.Fatal(err)
		}
		if v, _ := bridgeABI.UnpackProveValue(ret); !bytes.Equal(v, []byte{1}) {
			t.Fatalf("%d withdrawals: value %x", n, v)
		}
		calldata := 0
		for _, c := range input {
			if c == 0 {
				calldata += 4
			} else {
				calldata += 16
			}
		}
		size := 0
		for _, p := range proof {
			size += len(p)
		}
		t.Logf("%5d withdrawals: %d nodes, %4d bytes of proof; verifier %6d gas, calldata %6d gas", n, len(proof), size, limit-left, calldata)
	}
}
