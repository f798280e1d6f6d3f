// Package guest is the guest side of the preimage oracle: what a program
// running inside the MIPS VM calls to read its claim's local data, keccak256
// preimages, and to map committed data (a model) into its address space.
// See docs/design.md ("Preimage oracle", "map_committed") for the protocol.
//
// It works only in the VM (GOOS=linux GOARCH=mips); other builds compile but
// every call returns ErrNotInVM, so programs can be vetted and unit-tested
// natively.
package guest

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Key types (the first byte of a preimage key).
const (
	KeyTypeLocal     = 1
	KeyTypeKeccak256 = 2
	KeyTypeCommitted = 3
)

// ErrNotInVM is returned by every call outside the VM.
var ErrNotInVM = errors.New("oracle/guest: not running in the MIPS VM")

// LocalKey is the key of local datum i.
func LocalKey(i uint64) [32]byte {
	var k [32]byte
	k[0] = KeyTypeLocal
	binary.BigEndian.PutUint64(k[24:], i)
	return k
}

// Local reads local datum i of the current dispute.
func Local(i uint64) ([]byte, error) { return Preimage(LocalKey(i)) }

// Keccak256 reads the value whose keccak256 is hash.
func Keccak256(hash [32]byte) ([]byte, error) {
	hash[0] = KeyTypeKeccak256
	return Preimage(hash)
}

// Preimage reads the value of key: writes the key to the oracle and reads
// the 8-byte big-endian length and the value.
func Preimage(key [32]byte) ([]byte, error) {
	if err := writeAll(fdPreimageWrite, key[:]); err != nil {
		return nil, fmt.Errorf("oracle key %x: %w", key, err)
	}
	var hdr [8]byte
	if err := readFull(fdPreimageRead, hdr[:]); err != nil {
		return nil, fmt.Errorf("oracle value %x: length: %w", key, err)
	}
	n := binary.BigEndian.Uint64(hdr[:])
	if n > maxPreimage {
		return nil, fmt.Errorf("oracle value %x: length %d exceeds %d", key, n, maxPreimage)
	}
	buf := make([]byte, n)
	if err := readFull(fdPreimageRead, buf); err != nil {
		return nil, fmt.Errorf("oracle value %x: %w", key, err)
	}
	return buf, nil
}

// maxPreimage bounds values read through the oracle (larger data is mapped).
const maxPreimage = 64 << 20

// ErrNotCommittedKey is returned by MapCommitted for a key whose byte 0 is
// not KeyTypeCommitted: a value that names no committed data.
var ErrNotCommittedKey = errors.New("not a committed key")

// MapCommitted maps the committed data named by key (its committed key:
// keccak256(root ‖ uint64be(length)) with byte 0 KeyTypeCommitted, which
// is what a model address is) at addr, which must be aligned to the data's
// power-of-two tree size, itself at most maxSize. It returns the data's
// bytes, in place in the guest's memory. The key is used as it is: a key
// whose byte 0 is not KeyTypeCommitted names nothing, and is refused with
// ErrNotCommittedKey before the oracle is asked (overwriting byte 0 would
// make 256 keys name the same data).
func MapCommitted(key [32]byte, addr, maxSize uint32) ([]byte, error) {
	if key[0] != KeyTypeCommitted {
		return nil, fmt.Errorf("map committed data %x: %w (byte 0 is %d, want %d)", key, ErrNotCommittedKey, key[0], KeyTypeCommitted)
	}
	if err := writeAll(fdPreimageWrite, key[:]); err != nil {
		return nil, fmt.Errorf("oracle key %x: %w", key, err)
	}
	n, err := mapCommitted(addr, maxSize)
	if err != nil {
		return nil, fmt.Errorf("map committed data %x at %#x (at most %d bytes): %w", key, addr, maxSize, err)
	}
	return bytesAt(addr, n), nil
}

func writeAll(fd int, b []byte) error {
	for len(b) > 0 {
		n, err := write(fd, b)
		if err != nil {
			return err
		}
		if n <= 0 {
			return errors.New("short write")
		}
		b = b[n:]
	}
	return nil
}

func readFull(fd int, b []byte) error {
	for len(b) > 0 {
		n, err := read(fd, b)
		if err != nil {
			return err
		}
		if n <= 0 {
			return errors.New("unexpected end of value")
		}
		b = b[n:]
	}
	return nil
}

// CommittedRoot returns the root of the VM's memory tree over [addr,
// addr+size), in one VM step (the VM's syscall committed_root, see
// docs/design.md, "Committed data in O(1) steps"): size must be a power of
// two from 32 to 2 GiB and addr a multiple of it, else the error is EINVAL.
// For a region holding a tensor's bytes and zeros after them, with size the
// size of the tensor's own tree (32 bytes at least, the length rounded up to
// a power of two), it is the committed-data root of those bytes: with the
// length it gives the tensor's committed key. It does not allocate (but
// for an error).
func CommittedRoot(addr, size uint32) ([32]byte, error) {
	root, err := committedRoot(addr, size)
	if err != nil && err != ErrNotInVM {
		return [32]byte{}, fmt.Errorf("committed root of %#x (%d bytes): %w", addr, size, err)
	}
	return root, err
}
