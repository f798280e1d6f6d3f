package oracle

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/axonum/opml/mipsevm/memory"
)

// testSizes cover empty and one-byte data, leaf and page boundaries on both
// sides, exact powers of two and odd sizes above a page.
var testSizes = []int{0, 1, 31, 32, 33, 64, 100, 2047, 2048, 2049, 4095, 4096, 4097, 8192, 3*4096 + 5, 1 << 16, 1<<18 + 77}

func randomBytes(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, 1))
	b := make([]byte, n+8)
	for i := 0; i < n; i += 8 {
		binary.LittleEndian.PutUint64(b[i:], r.Uint64())
	}
	return b[:n:n]
}

// mapAt is where test data goes in VM memory: aligned for every test size.
const mapAt = 0x8000_0000

// TestModelMatchesMemory checks the tree against the VM's: the model's root
// is the memory node over the same bytes written at an aligned address, and
// mapping the model gives the same memory root as writing the bytes.
func TestModelMatchesMemory(t *testing.T) {
	for _, n := range testSizes {
		data := randomBytes(uint64(n), n)
		m := NewModel(data)
		if h := memory.NaturalHeight(uint64(n)); m.Height() != h {
			t.Fatalf("%d bytes: height %d, want %d", n, m.Height(), h)
		}
		ref := memory.NewCommittedBytes(data)
		if m.Root() != ref.Root() {
			t.Fatalf("%d bytes: root %x, memory.CommittedBytes has %x", n, m.Root(), ref.Root())
		}
		for h := min(pageHeight, m.Height()); h <= m.Height(); h++ {
			for i := uint64(0); i < uint64(1)<<(m.Height()-h); i++ {
				if m.Node(h, i) != ref.Node(h, i) {
					t.Fatalf("%d bytes: node (%d, %d) differs", n, h, i)
				}
			}
		}

		written := memory.New()
		written.SetBytes(mapAt, data)
		if root, node := m.Root(), written.NodeProof(mapAt, m.Height())[:32]; !bytes.Equal(node, root[:]) {
			t.Fatalf("%d bytes: root %x, memory node %x", n, m.Root(), node)
		}
		mapped := memory.New()
		if err := mapped.MapCommitted(mapAt, m.Address(), m); err != nil {
			t.Fatal(err)
		}
		if mapped.Root() != written.Root() {
			t.Fatalf("%d bytes: mapped root differs from written root", n)
		}
		if got := mapped.ReadBytes(mapAt, uint32(n)); !bytes.Equal(got, data) {
			t.Fatalf("%d bytes: reading the mapped model gives other bytes", n)
		}
	}
}

func TestModelNodeOutOfRange(t *testing.T) {
	m := NewModel(randomBytes(1, 5000)) // height 8
	if got := m.Node(8, 1); got != memory.ZeroHash(8) {
		t.Errorf("index past the tree: %x", got)
	}
	if got := m.Node(3, 1000); got != memory.ZeroHash(3) {
		t.Errorf("index past the tree below page height: %x", got)
	}
	if got := m.Node(9, 0); got != ([32]byte{}) {
		t.Errorf("height above the root: %x", got)
	}
	if got := m.Node(-1, 0); got != ([32]byte{}) {
		t.Errorf("negative height: %x", got)
	}
}

func TestModelReadAt(t *testing.T) {
	data := randomBytes(2, 100) // tree of 128 bytes
	m := NewModel(data)
	buf := make([]byte, 50)
	for i := range buf {
		buf[i] = 0xee
	}
	n, err := m.ReadAt(buf, 90)
	if n != 38 || err != io.EOF {
		t.Fatalf("ReadAt(50 bytes at 90) = %d, %v; want 38, EOF", n, err)
	}
	if !bytes.Equal(buf[:10], data[90:]) || !bytes.Equal(buf[10:38], make([]byte, 28)) || buf[38] != 0xee {
		t.Fatalf("ReadAt bytes: %x", buf)
	}
	if n, err := m.ReadAt(buf[:10], 0); n != 10 || err != nil || !bytes.Equal(buf[:10], data[:10]) {
		t.Fatalf("ReadAt at 0 = %d, %v", n, err)
	}
	for _, off := range []int64{128, -1, 1 << 40} {
		if n, err := m.ReadAt(buf, off); n != 0 || err != io.EOF {
			t.Errorf("ReadAt at %d = %d, %v; want 0, EOF", off, n, err)
		}
	}
}

// TestTreeBuilder checks the streaming hash against NewModel, with writes
// of odd sizes that straddle pages and batches.
func TestTreeBuilder(t *testing.T) {
	for _, n := range append(testSizes, batchSize, 2*batchSize+4097) {
		data := randomBytes(uint64(n)+9, n)
		var b treeBuilder
		for rest := data; len(rest) > 0; {
			k := min(len(rest), 1000+len(rest)%3001)
			b.Write(rest[:k])
			rest = rest[k:]
		}
		if got, want := b.Address(), AddressOf(data); got != want {
			t.Errorf("%d bytes: streamed address %s, want %s", n, got, want)
		}
	}
}

func TestProofs(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range testSizes {
		data := randomBytes(uint64(n)+5, n)
		m := NewModel(data)
		size := uint64(leafSize) << m.Height()
		offsets := []uint64{0, size - 1, size / 2}
		if n > 0 {
			offsets = append(offsets, uint64(n-1), uint64(n)/2)
		}
		for range 8 {
			offsets = append(offsets, r.Uint64N(size))
		}
		mem := memory.New()
		mem.SetBytes(mapAt, data)
		for _, off := range offsets {
			proof, err := m.Proof(off)
			if err != nil {
				t.Fatalf("%d bytes: Proof(%d): %v", n, off, err)
			}
			leaf := m.Leaf(off)
			// The siblings are the memory proof's, up to the model's root.
			mp := mem.NodeProof(mapAt+uint32(off), 0)
			if !bytes.Equal(mp[:32], leaf[:]) {
				t.Fatalf("%d bytes: leaf at %d is %x, memory has %x", n, off, leaf, mp[:32])
			}
			for i, s := range proof {
				if !bytes.Equal(mp[32*(i+1):32*(i+2)], s[:]) {
					t.Fatalf("%d bytes: offset %d: sibling %d differs from the memory proof", n, off, i)
				}
			}
			if err := VerifyProof(m.Address(), m.Len(), off, leaf, proof); err != nil {
				t.Fatalf("%d bytes: offset %d: %v", n, off, err)
			}
			if RootFromProof(off, leaf, proof) != m.Root() {
				t.Fatalf("%d bytes: offset %d: RootFromProof differs from the root", n, off)
			}

			bad := leaf
			bad[r.IntN(32)] ^= 1 << r.IntN(8)
			if err := VerifyProof(m.Address(), m.Len(), off, bad, proof); !errors.Is(err, ErrBadProof) {
				t.Fatalf("%d bytes: offset %d: tampered leaf: %v", n, off, err)
			}
			if len(proof) > 0 {
				badProof := append([][32]byte{}, proof...)
				badProof[r.IntN(len(proof))][r.IntN(32)] ^= 1
				if err := VerifyProof(m.Address(), m.Len(), off, leaf, badProof); !errors.Is(err, ErrBadProof) {
					t.Fatalf("%d bytes: offset %d: tampered proof: %v", n, off, err)
				}
				// The same proof at the sibling leaf proves something else.
				if m.Leaf(off) != m.Leaf(off^leafSize) {
					if err := VerifyProof(m.Address(), m.Len(), off^leafSize, leaf, proof); !errors.Is(err, ErrBadProof) {
						t.Fatalf("%d bytes: offset %d: proof accepted at the sibling leaf: %v", n, off, err)
					}
				}
			}
		}
		if _, err := m.Proof(size); err == nil || !strings.Contains(err.Error(), "outside") {
			t.Fatalf("%d bytes: Proof past the tree: %v", n, err)
		}
	}
}

func TestVerifyProofErrors(t *testing.T) {
	m := NewModel(randomBytes(7, 1000)) // height 5
	proof, err := m.Proof(40)
	if err != nil {
		t.Fatal(err)
	}
	leaf := m.Leaf(40)
	tests := []struct {
		name    string
		addr    Address
		length  uint64
		offset  uint64
		proof   [][32]byte
		wantErr string
	}{
		{"short proof", m.Address(), 1000, 40, proof[:4], "4 hashes, a 1000-byte model needs 5"},
		{"long proof", m.Address(), 1000, 40, append(proof, [32]byte{}), "6 hashes"},
		{"offset outside", m.Address(), 1000, 1024, proof, "outside its 1024-byte tree"},
		{"other length", m.Address(), 999, 40, proof, ErrBadProof.Error()},
		{"other address", AddressOf([]byte("x")), 1000, 40, proof, ErrBadProof.Error()},
	}
	for _, tt := range tests {
		err := VerifyProof(tt.addr, tt.length, tt.offset, leaf, tt.proof)
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%s: %v, want an error containing %q", tt.name, err, tt.wantErr)
		}
	}
}
