package memory

import (
	"encoding/binary"
	_ "unsafe" // for go:linkname

	_ "github.com/ethereum/go-ethereum/crypto/keccak" // provides keccakF1600
)

// keccakF1600 is go-ethereum's Keccak-f[1600] permutation (assembly on amd64,
// Go elsewhere). Node hashing is the VM's hottest host-side work: calling the
// permutation directly on a 64-byte input skips the sponge's bookkeeping
// (about a fifth of the cost). The symbol is resolved at link time, so a
// go-ethereum upgrade that renames it fails the build, never silently; the
// test TestParentMatchesKeccak256 checks the result against crypto.Keccak256.
//
//go:linkname keccakF1600 github.com/ethereum/go-ethereum/crypto/keccak.keccakF1600
//go:noescape
func keccakF1600(a *[25]uint64)

// Hasher computes keccak256 tree nodes without allocating. It holds no state;
// it is the one place node hashing goes through.
type Hasher struct{}

// NewHasher returns a Hasher.
func NewHasher() *Hasher { return &Hasher{} }

// Parent returns keccak256(left ‖ right): the 64 bytes fit the 136-byte rate,
// so it is one absorb, the padding, and one permutation.
func (*Hasher) Parent(left, right *[32]byte) (out [32]byte) {
	var s [25]uint64
	le := binary.LittleEndian
	for i := 0; i < 4; i++ {
		s[i] = le.Uint64(left[8*i:])
		s[4+i] = le.Uint64(right[8*i:])
	}
	s[8] = 0x01        // padding: the first bit after the message
	s[16] = 0x80 << 56 // padding: the last bit of the rate
	keccakF1600(&s)
	for i := 0; i < 4; i++ {
		le.PutUint64(out[8*i:], s[i])
	}
	return out
}

// HashPair is the convenience form of Hasher.Parent for cold paths.
func HashPair(left, right [32]byte) [32]byte {
	return NewHasher().Parent(&left, &right)
}

// zeroHashes[h] is the root of an all-zero subtree of height h (h = 0 is one
// zero leaf of 32 bytes).
var zeroHashes = func() (z [TreeHeight + 1][32]byte) {
	h := NewHasher()
	for i := 1; i <= TreeHeight; i++ {
		z[i] = h.Parent(&z[i-1], &z[i-1])
	}
	return z
}()

// ZeroHash returns the root of an all-zero subtree of the given height.
func ZeroHash(height int) [32]byte { return zeroHashes[height] }
