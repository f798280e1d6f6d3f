package memory

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestParentMatchesKeccak256(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	h := NewHasher()
	for i := 0; i < 2000; i++ {
		var l, r [32]byte
		if i > 0 {
			for j := range l {
				l[j], r[j] = byte(rng.Uint32()), byte(rng.Uint32())
			}
		}
		if got, want := h.Parent(&l, &r), crypto.Keccak256Hash(l[:], r[:]); got != want {
			t.Fatalf("Parent = %x, want %x", got, want)
		}
	}
}
