package oracle

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/axonum/opml/mipsevm"
	"github.com/ethereum/go-ethereum/crypto"
)

// Address names a model: keccak256(root ‖ uint64be(length)) of its tree
// root and byte length. It is the AI EVM's model address, and equal to the
// VM's committed key except for byte 0 (see CommittedKey).
type Address [32]byte

// ModelAddress is the address of the data whose tree has the given root and
// which is length bytes long.
func ModelAddress(root [32]byte, length uint64) Address {
	var buf [40]byte
	copy(buf[:], root[:])
	binary.BigEndian.PutUint64(buf[32:], length)
	return Address(crypto.Keccak256Hash(buf[:]))
}

// AddressOf hashes data into its address.
func AddressOf(data []byte) Address { return NewModel(data).Address() }

// CommittedKey is the preimage-oracle key under which the VM maps the model:
// the address with byte 0 replaced by the committed key type. Byte 0 is
// lost, so a key identifies the model by bytes 1..31 of its address only.
func (a Address) CommittedKey() [32]byte {
	k := [32]byte(a)
	k[0] = byte(mipsevm.KeyTypeCommitted)
	return k
}

// matchesKey reports whether key is the committed key of a.
func (a Address) matchesKey(key [32]byte) bool {
	return key[0] == byte(mipsevm.KeyTypeCommitted) && [31]byte(a[1:]) == [31]byte(key[1:])
}

// Hex is the address as 0x-prefixed lower-case hex.
func (a Address) Hex() string { return "0x" + hex.EncodeToString(a[:]) }

// String is Hex.
func (a Address) String() string { return a.Hex() }

// MarshalText encodes the address as Hex (so JSON holds a hex string).
func (a Address) MarshalText() ([]byte, error) { return []byte(a.Hex()), nil }

// UnmarshalText decodes what ParseAddress accepts.
func (a *Address) UnmarshalText(text []byte) error {
	parsed, err := ParseAddress(string(text))
	if err != nil {
		return err
	}
	*a = parsed
	return nil
}

// ParseAddress decodes 64 hex digits, with or without a 0x prefix.
func ParseAddress(s string) (Address, error) {
	digits := s
	if strings.HasPrefix(digits, "0x") || strings.HasPrefix(digits, "0X") {
		digits = digits[2:]
	}
	if len(digits) != 2*len(Address{}) {
		return Address{}, fmt.Errorf("model address %q: want 64 hex digits (32 bytes), optionally after 0x; got %d digits", s, len(digits))
	}
	var a Address
	if _, err := hex.Decode(a[:], []byte(digits)); err != nil {
		return Address{}, fmt.Errorf("model address %q: %w", s, err)
	}
	return a, nil
}
