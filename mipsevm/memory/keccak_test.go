package memory

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestKeccak64MatchesGoEthereum(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for i := 0; i < 2000; i++ {
		var l, r [32]byte
		for j := range l {
			l[j], r[j] = byte(rng.Uint32()), byte(rng.Uint32())
		}
		if i == 0 {
			l, r = [32]byte{}, [32]byte{}
		}
		want := crypto.Keccak256Hash(l[:], r[:])
		if got := keccak64(&l, &r); got != want {
			t.Fatalf("keccak64 = %x, want %x", got, want)
		}
	}
}

func BenchmarkKeccak64(b *testing.B) {
	var l, r [32]byte
	for i := 0; i < b.N; i++ {
		l = keccak64(&l, &r)
	}
}
