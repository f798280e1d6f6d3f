package oracle

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/axonum/opml/mipsevm"
)

// Address names a model. It is the VM's committed key of the model's bytes,
// keccak256(root ‖ uint64be(length)) of their tree root and byte length
// with byte 0 replaced by the committed key type (3), so the VM maps a
// model by exactly its address: one model, one address. A 32-byte value
// whose byte 0 is not 3 names no model (see Check): the claim-checking
// programs reject every claim about it, and nothing looks one up.
type Address [32]byte

// ErrNotModelAddress is wrapped by the errors about a 32-byte value that
// cannot be a model address: its byte 0 is not the committed key type.
var ErrNotModelAddress = errors.New("not a model address")

// ModelAddress is the address of the data whose tree has the given root and
// which is length bytes long: mipsevm.CommittedKey(root, length).
func ModelAddress(root [32]byte, length uint64) Address {
	return Address(mipsevm.CommittedKey(root, length))
}

// AddressOf hashes data into its address.
func AddressOf(data []byte) Address { return NewModel(data).Address() }

// Valid reports whether a can name a model: its byte 0 is the committed key
// type, as in every address ModelAddress makes.
func (a Address) Valid() bool { return a[0] == byte(mipsevm.KeyTypeCommitted) }

// Check is nil for a valid address, else an error wrapping
// ErrNotModelAddress that says why.
func (a Address) Check() error {
	if a.Valid() {
		return nil
	}
	return fmt.Errorf("%s: %w: byte 0 is 0x%02x, a model address starts with 0x%02x (the VM's committed key type)",
		a, ErrNotModelAddress, a[0], byte(mipsevm.KeyTypeCommitted))
}

// Hex is the address as 0x-prefixed lower-case hex.
func (a Address) Hex() string { return "0x" + hex.EncodeToString(a[:]) }

// String is Hex.
func (a Address) String() string { return a.Hex() }

// MarshalText encodes the address as Hex (so JSON holds a hex string).
func (a Address) MarshalText() ([]byte, error) { return []byte(a.Hex()), nil }

// UnmarshalText decodes 64 hex digits, with or without a 0x prefix, as
// ParseAddress does but without Check: a record (a claim, an adapter's
// state) may hold a value that names no model, and must read back as it
// was written.
func (a *Address) UnmarshalText(text []byte) error {
	parsed, err := decodeAddress(string(text))
	if err != nil {
		return err
	}
	*a = parsed
	return nil
}

// ParseAddress decodes 64 hex digits, with or without a 0x prefix, and
// refuses a value that cannot be a model address (an error wrapping
// ErrNotModelAddress).
func ParseAddress(s string) (Address, error) {
	a, err := decodeAddress(s)
	if err != nil {
		return Address{}, err
	}
	if err := a.Check(); err != nil {
		return Address{}, fmt.Errorf("model address %w", err)
	}
	return a, nil
}

func decodeAddress(s string) (Address, error) {
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
