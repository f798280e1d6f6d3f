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
	// KeyTypeInference: the output of an inference that opML finalized,
	// keyed by the call (see InferenceKey). On chain, PreimageOracle loads
	// it only from a Final OpML claim on exactly that call.
	KeyTypeInference KeyType = 4
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

// InferenceKey is the oracle key of the output of the inference of model
// (a model address) on the input whose keccak256 is inputHash, with
// outputSize bytes of output:
//
//	keccak256(model ‖ inputHash ‖ uint64be(outputSize)), byte 0 replaced by 4
//
// (72 bytes hashed). PreimageOracle.inferenceKey computes the same.
func InferenceKey(model, inputHash [32]byte, outputSize uint64) [32]byte {
	var buf [72]byte
	copy(buf[:], model[:])
	copy(buf[32:], inputHash[:])
	binary.BigEndian.PutUint64(buf[64:], outputSize)
	k := crypto.Keccak256Hash(buf[:])
	k[0] = byte(KeyTypeInference)
	return k
}
