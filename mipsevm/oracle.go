package mipsevm

import (
	"encoding/binary"

	"github.com/axonum/opml/mipsevm/memory"
	"github.com/ethereum/go-ethereum/crypto"
)

// KeyType is the first byte of a preimage key; it says where the host finds
// the value.
type KeyType byte

const (
	// KeyTypeLocal: data local to one dispute (the claim being checked),
	// keyed by a small index.
	KeyTypeLocal KeyType = 1
	// KeyTypeKeccak256: the value's keccak256 with the first byte replaced.
	KeyTypeKeccak256 KeyType = 2
	// KeyTypeCommitted: data committed to by the root of a memory-shaped
	// Merkle tree and its length (see CommittedKey); mapped, not read.
	KeyTypeCommitted KeyType = 3
)

// PreimageOracle is the host side of the guest's oracle.
type PreimageOracle interface {
	// Hint passes a hint from the guest (what it will ask for next).
	Hint(hint []byte)
	// GetPreimage returns the value of a local or keccak256 key.
	GetPreimage(key [32]byte) ([]byte, error)
	// GetCommitted returns the committed data for a committed key.
	GetCommitted(key [32]byte) (CommittedData, error)
}

// CommittedData is data mapped by the map_committed syscall.
type CommittedData interface {
	memory.Committed
	Root() [32]byte
	Len() uint64
}

// Keccak256Key is the oracle key of a keccak256 preimage.
func Keccak256Key(value []byte) [32]byte {
	k := crypto.Keccak256Hash(value)
	k[0] = byte(KeyTypeKeccak256)
	return k
}

// LocalKey is the oracle key of local datum number i.
func LocalKey(i uint64) [32]byte {
	var k [32]byte
	k[0] = byte(KeyTypeLocal)
	binary.BigEndian.PutUint64(k[24:], i)
	return k
}

// CommittedKey is the oracle key of committed data: keccak256(root ‖
// uint64be(length)) with the first byte replaced by the key type. A
// model's address (package oracle) is this key itself.
func CommittedKey(root [32]byte, length uint64) [32]byte {
	var buf [40]byte
	copy(buf[:], root[:])
	binary.BigEndian.PutUint64(buf[32:], length)
	k := crypto.Keccak256Hash(buf[:])
	k[0] = byte(KeyTypeCommitted)
	return k
}
