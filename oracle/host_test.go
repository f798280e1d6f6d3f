package oracle

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/axonum/opml/mipsevm"
)

func TestHostPreimages(t *testing.T) {
	h := NewHost(nil)
	value := []byte("hello, oracle")
	key := h.AddKeccak(value)
	if key != mipsevm.Keccak256Key(value) {
		t.Fatalf("AddKeccak key %x, want %x", key, mipsevm.Keccak256Key(value))
	}
	value[0] = 'j' // the host keeps its own copy
	if got, err := h.GetPreimage(key); err != nil || string(got) != "hello, oracle" {
		t.Fatalf("GetPreimage(keccak) = %q, %v", got, err)
	}

	h.SetLocal(0, []byte("claim"))
	h.SetLocal(7, []byte("old"))
	h.SetLocal(7, []byte("new"))
	for i, want := range map[uint64]string{0: "claim", 7: "new"} {
		if got, err := h.GetPreimage(mipsevm.LocalKey(i)); err != nil || string(got) != want {
			t.Errorf("local %d = %q, %v; want %q", i, got, err, want)
		}
	}
	if got, err := h.GetPreimage(h.AddKeccak(nil)); err != nil || len(got) != 0 {
		t.Errorf("empty preimage = %q, %v", got, err)
	}
}

func TestHostPreimageErrors(t *testing.T) {
	h := NewHost(nil)
	odd := mipsevm.LocalKey(3)
	odd[5] = 1
	tests := []struct {
		name     string
		key      [32]byte
		wantErr  []string
		notFound bool
	}{
		{"unknown keccak", mipsevm.Keccak256Key([]byte("x")), []string{"keccak256 key 02"}, true},
		{"unknown local", mipsevm.LocalKey(9), []string{"local key 01", "(datum 9)"}, true},
		{"odd local", odd, []string{"local key 01"}, true},
		{"committed", [32]byte(AddressOf([]byte("m"))), []string{"committed key 03", "map_committed"}, false},
		{"unknown type", [32]byte{9}, []string{"key 09", "unknown key type 9"}, false},
	}
	for _, tt := range tests {
		_, err := h.GetPreimage(tt.key)
		if err == nil || errors.Is(err, ErrNotFound) != tt.notFound {
			t.Errorf("%s: error %v (want ErrNotFound: %t)", tt.name, err, tt.notFound)
			continue
		}
		for _, s := range tt.wantErr {
			if !strings.Contains(err.Error(), s) {
				t.Errorf("%s: error %q lacks %q", tt.name, err, s)
			}
		}
	}
}

func TestHostCommitted(t *testing.T) {
	store := newTestStore(t)
	stored := randomBytes(20, 9000)
	storedAddr, err := store.Add(stored)
	if err != nil {
		t.Fatal(err)
	}
	h := NewHost(store)
	inMemory := NewModel(randomBytes(21, 100))
	h.AddModel(inMemory)

	for _, want := range []struct {
		addr Address
		data []byte
	}{{storedAddr, stored}, {inMemory.Address(), inMemory.Bytes()}} {
		key := [32]byte(want.addr)
		d, err := h.GetCommitted(key)
		if err != nil {
			t.Fatalf("GetCommitted(%x): %v", key, err)
		}
		if mipsevm.CommittedKey(d.Root(), d.Len()) != key {
			t.Errorf("GetCommitted(%x) returned data with another key", key)
		}
		buf := make([]byte, d.Len())
		if _, err := d.ReadAt(buf, 0); err != nil || !bytes.Equal(buf, want.data) {
			t.Errorf("GetCommitted(%x) returned other bytes (%v)", key, err)
		}
	}

	unknown := [32]byte(AddressOf([]byte("unknown")))
	if _, err := h.GetCommitted(unknown); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "committed key 03") {
		t.Errorf("unknown committed key: %v", err)
	}
	if _, err := NewHost(nil).GetCommitted(storedAddr); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "no model store") {
		t.Errorf("committed key without a store: %v", err)
	}
	keccak := mipsevm.Keccak256Key([]byte("x"))
	if _, err := h.GetCommitted(keccak); err == nil || !strings.Contains(err.Error(), "keccak256 key 02") || !strings.Contains(err.Error(), "not a committed key") {
		t.Errorf("GetCommitted(keccak key): %v", err)
	}
}

func TestHostHints(t *testing.T) {
	h := NewHost(nil)
	if h.LastHint() != nil {
		t.Fatal("hint before any")
	}
	hint := []byte("model 0x1234")
	h.Hint(hint)
	hint[0] = 'X' // the VM reuses its buffer
	h.Hint([]byte("layer 3"))
	if got := string(h.LastHint()); got != "layer 3" {
		t.Fatalf("LastHint = %q", got)
	}
}
