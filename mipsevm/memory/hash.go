package memory

// Hasher computes tree nodes. It holds no state today (keccak64 needs none);
// it is kept as the one place node hashing goes through, and every worker
// owns one so a stateful implementation could come back without API churn.
type Hasher struct{}

// NewHasher returns a Hasher.
func NewHasher() *Hasher { return &Hasher{} }

// Parent returns keccak256(left ‖ right).
func (*Hasher) Parent(left, right *[32]byte) [32]byte { return keccak64(left, right) }

// HashPair is the convenience form of Hasher.Parent for cold paths.
func HashPair(left, right [32]byte) [32]byte { return keccak64(&left, &right) }

// zeroHashes[h] is the root of an all-zero subtree of height h (h = 0 is one
// zero leaf of 32 bytes).
var zeroHashes = func() (z [TreeHeight + 1][32]byte) {
	for i := 1; i <= TreeHeight; i++ {
		z[i] = keccak64(&z[i-1], &z[i-1])
	}
	return z
}()

// ZeroHash returns the root of an all-zero subtree of the given height.
func ZeroHash(height int) [32]byte { return zeroHashes[height] }
