package memory

import (
	"github.com/ethereum/go-ethereum/crypto"
)

// Hasher computes the keccak256 parent of two tree nodes without allocating.
// It is not safe for concurrent use; every worker owns one.
type Hasher struct {
	st  crypto.KeccakState
	buf [64]byte
}

// NewHasher returns a Hasher with its own keccak state.
func NewHasher() *Hasher { return &Hasher{st: crypto.NewKeccakState()} }

// Parent returns keccak256(left ‖ right).
func (h *Hasher) Parent(left, right *[32]byte) (out [32]byte) {
	copy(h.buf[:32], left[:])
	copy(h.buf[32:], right[:])
	h.st.Reset()
	h.st.Write(h.buf[:])
	h.st.Read(out[:])
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
