package oracle

import (
	"errors"
	"fmt"

	"github.com/axonum/opml/mipsevm/memory"
)

// A proof that a 32-byte leaf is part of a model is the leaf's siblings from
// the bottom up, Height() hashes in all; with the leaf and its offset they
// give the root, and with the length the address.

// ErrBadProof is returned when a proof does not lead to the expected address.
var ErrBadProof = errors.New("proof does not match the model address")

// Proof returns the siblings of the leaf holding the byte at offset, from
// the leaf's sibling up to the root's children. Offsets past the data but
// inside the zero-padded tree prove zero leaves.
func (m *Model) Proof(offset uint64) ([][32]byte, error) {
	if size := uint64(leafSize) << m.height; offset >= size {
		return nil, fmt.Errorf("proof of model %s at offset %d: outside its %d-byte tree", m.addr, offset, size)
	}
	proof := make([][32]byte, m.height)
	index := offset >> memory.LeafShift
	for h := range proof {
		proof[h] = m.Node(h, (index>>h)^1)
	}
	return proof, nil
}

// RootFromProof returns the root that leaf, at the leaf position holding
// offset, and its siblings lead to.
func RootFromProof(offset uint64, leaf [32]byte, proof [][32]byte) [32]byte {
	h := memory.NewHasher()
	n := leaf
	index := offset >> memory.LeafShift
	for i := range proof {
		if index&1 == 0 {
			n = h.Parent(&n, &proof[i])
		} else {
			n = h.Parent(&proof[i], &n)
		}
		index >>= 1
	}
	return n
}

// VerifyProof checks that leaf is the 32-byte leaf holding the byte at
// offset in the length-byte model at addr. It fails with ErrBadProof when
// the proof leads elsewhere.
func VerifyProof(addr Address, length, offset uint64, leaf [32]byte, proof [][32]byte) error {
	height := memory.NaturalHeight(length)
	if len(proof) != height {
		return fmt.Errorf("proof for model %s: %d hashes, a %d-byte model needs %d", addr, len(proof), length, height)
	}
	if size := uint64(leafSize) << height; offset >= size {
		return fmt.Errorf("proof for model %s: offset %d outside its %d-byte tree", addr, offset, size)
	}
	if got := ModelAddress(RootFromProof(offset, leaf, proof), length); got != addr {
		return fmt.Errorf("proof for model %s at offset %d: %w (it leads to %s)", addr, offset, ErrBadProof, got)
	}
	return nil
}
