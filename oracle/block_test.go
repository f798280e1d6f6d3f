package oracle

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/axonum/opml/mipsevm/memory"
)

// TestBlocks: every block of models of several sizes (smaller than a block,
// a block, one byte more, several with a short last one) verifies against
// the model's address, its root is the node of the VM's memory tree over
// the same bytes, and its bytes are the model's.
func TestBlocks(t *testing.T) {
	for _, n := range []int{1, 32, 33, 4096, 5000, 64 << 10, 64<<10 + 1, 200_000, 1 << 20} {
		data := randomBytes(uint64(n)+7, n)
		m := NewModel(data)
		ref := memory.NewCommittedBytes(data)
		height, size := BlockShape(uint64(n))
		if want := min(memory.NaturalHeight(uint64(n)), 11); height != want || size != 32<<want {
			t.Fatalf("%d bytes: block shape (%d, %d), want height %d", n, height, size, want)
		}
		count := BlockCount(uint64(n))
		if count != (uint64(n)+size-1)/size {
			t.Fatalf("%d bytes: %d blocks", n, count)
		}
		var joined []byte
		for i := range count {
			b, err := m.Block(i)
			if err != nil {
				t.Fatal(err)
			}
			if err := b.Verify(); err != nil {
				t.Fatalf("%d bytes, block %d: %v", n, i, err)
			}
			if got, want := BlockRoot(b.Data, height), ref.Node(height, i); got != want {
				t.Fatalf("%d bytes, block %d: root %x, the memory tree's node %x", n, i, got, want)
			}
			joined = append(joined, b.Data...)
		}
		if string(joined) != string(data) {
			t.Fatalf("%d bytes: the blocks do not make up the model", n)
		}
		if _, err := m.Block(count); err == nil {
			t.Fatalf("%d bytes: block %d of %d given", n, count, count)
		}
	}
}

// TestBlockVerifyRefuses: a changed byte, a changed sibling, the wrong
// index, length or model, and proofs or data of the wrong size.
func TestBlockVerifyRefuses(t *testing.T) {
	data := randomBytes(99, 200_000) // 4 blocks, the last short
	m := NewModel(data)
	good, err := m.Block(1)
	if err != nil {
		t.Fatal(err)
	}
	last, err := m.Block(3)
	if err != nil {
		t.Fatal(err)
	}
	clone := func(b Block) Block {
		b.Data = append([]byte(nil), b.Data...)
		b.Proof = append([][32]byte(nil), b.Proof...)
		return b
	}
	cases := []struct {
		name   string
		change func(*Block)
		want   string
		proof  bool // an ErrBadProof
	}{
		{"byte", func(b *Block) { b.Data[100] ^= 1 }, "does not match", true},
		{"sibling", func(b *Block) { b.Proof[1][0] ^= 1 }, "does not match", true},
		{"index", func(b *Block) { b.Index = 2 }, "does not match", true},
		{"model", func(b *Block) { b.Model[5] ^= 1 }, "does not match", true},
		{"length", func(b *Block) { b.Length = 4 << 20 }, "a proof of 2 hashes, want 6", false},
		{"no such block", func(b *Block) { b.Index = 4 }, "has 4 blocks", false},
		{"short", func(b *Block) { b.Data = b.Data[:1000] }, "1000 bytes, want 65536", false},
		{"long proof", func(b *Block) { b.Proof = append(b.Proof, [32]byte{}) }, "3 hashes, want 2", false},
	}
	for _, tc := range cases {
		b := clone(good)
		tc.change(&b)
		err := b.Verify()
		if err == nil || !strings.Contains(err.Error(), tc.want) || errors.Is(err, ErrBadProof) != tc.proof {
			t.Errorf("%s: Verify() = %v, want %q", tc.name, err, tc.want)
		}
	}
	// The last block with zero padding appended is not the block.
	padded := clone(last)
	padded.Data = append(padded.Data, 0, 0)
	if err := padded.Verify(); err == nil || !strings.Contains(err.Error(), "bytes, want") {
		t.Errorf("padded last block: %v", err)
	}
}

func TestBlockJSON(t *testing.T) {
	m := NewModel(randomBytes(5, 70_000))
	b, err := m.Block(1)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	var back Block
	if err := json.Unmarshal(enc, &back); err != nil {
		t.Fatal(err)
	}
	if err := back.Verify(); err != nil || string(back.Data) != string(b.Data) || len(back.Proof) != len(b.Proof) {
		t.Fatalf("round trip: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"model":"`+m.Address().Hex()+`","length":1,"index":0}`), &back); err == nil {
		t.Fatal("a block without data decoded")
	}
}

// TestServeBlocks: the server serves each block with its proof, the client
// verifies it, and refuses a server that sends another block or bytes that
// do not match.
func TestServeBlocks(t *testing.T) {
	data := randomBytes(31, 150_000)
	_, srv := serve(t, data)
	addr := AddressOf(data)
	c := &Client{BaseURL: srv.URL}
	for i := range BlockCount(uint64(len(data))) {
		b, err := c.FetchBlock(testContext(t), addr, i)
		if err != nil {
			t.Fatal(err)
		}
		start := i * 65536
		if string(b.Data) != string(data[start:min(start+65536, uint64(len(data)))]) {
			t.Fatalf("block %d: other bytes", i)
		}
	}
	if _, err := c.FetchBlock(testContext(t), addr, 3); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("block 3 of 3: %v", err)
	}
	if resp, _ := get(t, srv.URL+"/models/"+addr.Hex()+"/blocks/x"); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("block x: %s", resp.Status)
	}

	// A server that answers with block 0 whatever is asked, and one that
	// changes a byte.
	b0, err := NewModel(data).Block(0)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(b0)
	if _, err := (&Client{BaseURL: liar(t, body, false).URL}).FetchBlock(testContext(t), addr, 1); err == nil ||
		!strings.Contains(err.Error(), "sent block 0") {
		t.Errorf("another block: %v", err)
	}
	b0.Data = append([]byte(nil), b0.Data...)
	b0.Data[7] ^= 0x80
	body, _ = json.Marshal(b0)
	if _, err := (&Client{BaseURL: liar(t, body, false).URL}).FetchBlock(testContext(t), addr, 0); !errors.Is(err, ErrBadProof) {
		t.Errorf("a changed byte: %v", err)
	}
}
