package oracle

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/axonum/opml/mipsevm"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestModelAddressIsKeccakOfRootAndLength(t *testing.T) {
	root := crypto.Keccak256Hash([]byte("root"))
	buf := append(root.Bytes(), binary.BigEndian.AppendUint64(nil, 123456789)...)
	want := Address(crypto.Keccak256Hash(buf))
	want[0] = 3 // the committed key type
	if got := ModelAddress(root, 123456789); got != want {
		t.Fatalf("ModelAddress = %s, want %s", got, want)
	}
	// The empty model: one zero leaf.
	var zero [32]byte
	if got, want := AddressOf(nil), ModelAddress(zero, 0); got != want {
		t.Fatalf("AddressOf(nil) = %s, want %s", got, want)
	}
}

// TestAddressIsCommittedKey: the VM maps a model by exactly its address,
// so no other 32-byte value reaches the same model.
func TestAddressIsCommittedKey(t *testing.T) {
	for _, n := range []int{0, 1, 33, 4096, 5000} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(i*7 + n)
		}
		m := NewModel(data)
		if got, want := [32]byte(m.Address()), mipsevm.CommittedKey(m.Root(), m.Len()); got != want {
			t.Errorf("%d bytes: address %x, mipsevm.CommittedKey = %x", n, got, want)
		}
		if err := m.Address().Check(); err != nil || !m.Address().Valid() {
			t.Errorf("%d bytes: its own address is not valid: %v", n, err)
		}
	}
}

// TestAliasNamesNoModel: every value that differs from a model's address
// in byte 0 alone, the aliases a key that drops byte 0 would allow, is
// refused.
func TestAliasNamesNoModel(t *testing.T) {
	addr := AddressOf([]byte("model"))
	for b := range 256 {
		alias := addr
		alias[0] = byte(b)
		if alias == addr {
			continue
		}
		err := alias.Check()
		if alias.Valid() || !errors.Is(err, ErrNotModelAddress) || !strings.Contains(err.Error(), fmt.Sprintf("byte 0 is 0x%02x", b)) {
			t.Fatalf("alias %s: Valid %t, Check %v", alias, alias.Valid(), err)
		}
		if _, err := ParseAddress(alias.Hex()); !errors.Is(err, ErrNotModelAddress) {
			t.Fatalf("ParseAddress(%s): %v", alias, err)
		}
	}
}

func TestParseAddress(t *testing.T) {
	const digits = "03112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
	want := Address{0x03, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff,
		0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff}
	tests := []struct {
		in      string
		wantErr string
	}{
		{in: "0x" + digits},
		{in: digits},
		{in: "0X" + strings.ToUpper(digits)},
		{in: "", wantErr: "got 0 digits"},
		{in: "0x", wantErr: "got 0 digits"},
		{in: "0x" + digits[:62], wantErr: "want 64 hex digits"},
		{in: "0x" + digits + "00", wantErr: "got 66 digits"},
		{in: "0x" + digits[:63] + "g", wantErr: "invalid byte"},
		{in: " 0x" + digits, wantErr: "want 64 hex digits"},
		{in: "0x00" + digits[2:], wantErr: "not a model address: byte 0 is 0x00"},
	}
	for _, tt := range tests {
		got, err := ParseAddress(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseAddress(%q) error = %v, want one containing %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("ParseAddress(%q) = %s, %v; want %s", tt.in, got, err, want)
		}
	}
	if want.Hex() != "0x"+digits || want.String() != want.Hex() {
		t.Errorf("Hex = %s", want.Hex())
	}
}

func TestAddressJSON(t *testing.T) {
	in := ModelInfo{Address: AddressOf([]byte("model")), Size: 5}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"address":"` + in.Address.Hex() + `","size":5}`; string(b) != want {
		t.Fatalf("JSON = %s, want %s", b, want)
	}
	var out ModelInfo
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Fatalf("round trip = %+v, %v", out, err)
	}
	if err := json.Unmarshal([]byte(`{"address":"0x12"}`), &out); err == nil {
		t.Fatal("short address accepted")
	}
	// A value that names no model reads back as it was written (records
	// such as an adapter's state hold them); ParseAddress refuses it.
	in.Address[0] = 0
	if b, err = json.Marshal(in); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Fatalf("round trip of an address that names no model = %+v, %v", out, err)
	}
}

// TestAddressVectors pins the examples in docs/oracle.md.
func TestAddressVectors(t *testing.T) {
	tests := []struct {
		data []byte
		addr string
	}{
		{nil, "0x03a77426c30c02a43d9fba4e841a6556c524d47030762eb14dc4af897e605d9b"},
		{[]byte("hello"), "0x036528f427b450107ae51a7b6e41c9acd1474476803eb20d4e3b024d77cec7c8"},
		{bytes.Repeat([]byte{1}, 4097), "0x03222c93242a959988f0d228b25c5253a1ae1f89d438aebc710e7e9e0d1e70a8"},
	}
	for _, tt := range tests {
		if got := AddressOf(tt.data).Hex(); got != tt.addr {
			t.Errorf("address of %d bytes = %s, want %s", len(tt.data), got, tt.addr)
		}
	}
}
