package oracle

import (
	"fmt"
	"testing"
)

// BenchmarkModelAddress hashes a model into its address: the cost of
// adding, fetching or opening it (all check the address).
func BenchmarkModelAddress(b *testing.B) {
	for _, mib := range []int{16, 128} {
		data := randomBytes(1, mib<<20)
		b.Run(fmt.Sprintf("%dMiB", mib), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				AddressOf(data)
			}
		})
	}
}
