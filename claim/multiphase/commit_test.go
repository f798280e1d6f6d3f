package multiphase

import (
	"math/rand/v2"
	"testing"
)

// TestDataTreeRefresh: a buffer's tree, refreshed after changes to any
// ranges, has the key of the buffer hashed afresh (odd lengths included).
func TestDataTreeRefresh(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{4, 28, 32, 36, 4096, 4100, 70_000} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(r.Uint32())
		}
		tree := newDataTree(data)
		if tree.Key() != BufferKey(data) {
			t.Fatalf("%d bytes: the tree's key differs from BufferKey", n)
		}
		for k := 0; k < 20; k++ {
			lo := r.IntN(n)
			hi := lo + 1 + r.IntN(min(n-lo, 300))
			for i := lo; i < hi; i++ {
				data[i] ^= byte(1 + r.Uint32()%255)
			}
			tree.refresh(data, lo, hi)
			if tree.Key() != BufferKey(data) {
				t.Fatalf("%d bytes, after changing [%d, %d): the refreshed key differs from BufferKey", n, lo, hi)
			}
		}
	}
}
