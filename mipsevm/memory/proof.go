package memory

import (
	"errors"
	"fmt"
)

// nodeAt returns any node of the tree, assuming the memory is flushed.
func (m *Memory) nodeAt(g uint64, height int) [32]byte {
	if height >= PageHeight {
		return m.nodeHash(g, height)
	}
	pageIdx := uint32((g - 1<<(TreeHeight-height)) >> (PageHeight - height))
	p := m.pageAt(pageIdx)
	if p == nil {
		p = m.materialize(pageIdx)
	}
	if p == nil {
		return zeroHashes[height]
	}
	if p.full {
		p.rehash(m.hasher)
	}
	local := g & (1<<(PageHeight-height) - 1) // index within the page's level
	if height == 0 {
		return [32]byte(p.Data[local*LeafSize : local*LeafSize+LeafSize])
	}
	return p.inner[1<<(PageHeight-height)|local]
}

// Node returns the node of the given height covering addr: the root of the
// aligned block of 32 << height bytes there (height 0: the 32-byte leaf
// itself). Only the pages inside the block that were written since they
// were last hashed are re-hashed; pages written elsewhere stay queued for
// the next Root or proof.
func (m *Memory) Node(addr uint32, height int) [32]byte {
	if height < 0 || height > TreeHeight {
		panic(fmt.Sprintf("memory: node height %d out of range", height))
	}
	g := NodeGindex(addr, height)
	if height <= PageHeight {
		m.flushRange(uint64(addr>>PageShift), 1)
	} else {
		m.flushRange(uint64(addr>>PageShift)&^(1<<(height-PageHeight)-1), 1<<(height-PageHeight))
	}
	return m.nodeAt(g, height)
}

// NodeProof returns the node of the given height covering addr followed by
// its siblings from that height up to the root: (TreeHeight-height+1) × 32
// bytes. NodeProof(addr, 0) is the proof of the 32-byte leaf holding addr.
func (m *Memory) NodeProof(addr uint32, height int) []byte {
	m.flush()
	g := NodeGindex(addr, height)
	out := make([]byte, 0, (TreeHeight-height+1)*32)
	n := m.nodeAt(g, height)
	out = append(out, n[:]...)
	for h := height; h < TreeHeight; h++ {
		s := m.nodeAt(g^1, h)
		out = append(out, s[:]...)
		g >>= 1
	}
	return out
}

// MerkleProof returns the proof of the leaf holding addr.
func (m *Memory) MerkleProof(addr uint32) [ProofLen]byte {
	return [ProofLen]byte(m.NodeProof(addr, 0))
}

// ErrBadProof is returned when a proof does not match the root.
var ErrBadProof = errors.New("memory proof does not match root")

// RootFromProof computes the root implied by a node proof of the node of the
// given height covering addr, with the node replaced by value (or kept as in
// the proof when value is nil).
func RootFromProof(proof []byte, addr uint32, height int, value *[32]byte) ([32]byte, error) {
	if height < 0 || height > TreeHeight || len(proof) != (TreeHeight-height+1)*32 {
		return [32]byte{}, fmt.Errorf("proof of a height-%d node must be %d bytes, got %d", height, (TreeHeight-height+1)*32, len(proof))
	}
	h := NewHasher()
	n := [32]byte(proof[:32])
	if value != nil {
		n = *value
	}
	path := uint64(addr) >> (height + LeafShift)
	for i := 1; i <= TreeHeight-height; i++ {
		s := [32]byte(proof[i*32 : i*32+32])
		if path&1 == 0 {
			n = h.Parent(&n, &s)
		} else {
			n = h.Parent(&s, &n)
		}
		path >>= 1
	}
	return n, nil
}

// VerifyProof checks a node proof against a root.
func VerifyProof(root [32]byte, proof []byte, addr uint32, height int) error {
	got, err := RootFromProof(proof, addr, height, nil)
	if err != nil {
		return err
	}
	if got != root {
		return ErrBadProof
	}
	return nil
}
