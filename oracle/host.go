package oracle

import (
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/axonum/opml/mipsevm"
	"github.com/ethereum/go-ethereum/crypto"
)

// Host is the host side of the VM's preimage oracle: keccak256 preimages
// and local data held in memory, and committed data from models added in
// memory or, failing that, from a Store. Hints are recorded, not acted on.
// A Host is safe for concurrent use.
type Host struct {
	store *Store // may be nil

	mu        sync.Mutex
	preimages map[[32]byte][]byte // keccak256, local and inference keys
	models    map[[32]byte]*Model // by committed key
	lastHint  []byte
}

var _ mipsevm.PreimageOracle = (*Host)(nil)

// NewHost returns a Host that finds committed data in store (which may be
// nil: then only models given to AddModel are found).
func NewHost(store *Store) *Host {
	return &Host{
		store:     store,
		preimages: make(map[[32]byte][]byte),
		models:    make(map[[32]byte]*Model),
	}
}

// AddKeccak makes value available under its keccak256 key and returns the
// key. value is copied.
func (h *Host) AddKeccak(value []byte) [32]byte {
	key := mipsevm.Keccak256Key(value)
	h.mu.Lock()
	defer h.mu.Unlock()
	h.preimages[key] = append([]byte{}, value...)
	return key
}

// SetLocal sets local datum i of the dispute (replacing any earlier value).
// value is copied.
func (h *Host) SetLocal(i uint64, value []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.preimages[mipsevm.LocalKey(i)] = append([]byte{}, value...)
}

// AddInference makes output available as the result of the inference of
// model on input with len(output) bytes of output (under
// mipsevm.InferenceKey) and returns the key. output is copied. The caller
// vouches that opML finalized it: on chain only a Final claim loads it.
func (h *Host) AddInference(model Address, input, output []byte) [32]byte {
	key := mipsevm.InferenceKey(model, crypto.Keccak256Hash(input), uint64(len(output)))
	h.mu.Lock()
	defer h.mu.Unlock()
	h.preimages[key] = append([]byte{}, output...)
	return key
}

// AddModel makes m available under its committed key, ahead of the store.
func (h *Host) AddModel(m *Model) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.models[m.Address()] = m
}

// Hint implements mipsevm.PreimageOracle: it records the hint.
func (h *Host) Hint(hint []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lastHint = append(h.lastHint[:0], hint...)
}

// LastHint returns a copy of the last hint received (nil before the first).
func (h *Host) LastHint() []byte {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.lastHint == nil {
		return nil
	}
	return append([]byte{}, h.lastHint...)
}

// GetPreimage implements mipsevm.PreimageOracle for local, keccak256 and
// inference keys.
func (h *Host) GetPreimage(key [32]byte) ([]byte, error) {
	switch t := mipsevm.KeyType(key[0]); t {
	case mipsevm.KeyTypeLocal, mipsevm.KeyTypeKeccak256, mipsevm.KeyTypeInference:
		h.mu.Lock()
		v, ok := h.preimages[key]
		h.mu.Unlock()
		if !ok {
			return nil, fmt.Errorf("%s: %w", describeKey(key), ErrNotFound)
		}
		return v, nil
	case mipsevm.KeyTypeCommitted:
		return nil, fmt.Errorf("%s: committed data is mapped with map_committed, not read", describeKey(key))
	default:
		return nil, fmt.Errorf("%s: unknown key type %d", describeKey(key), t)
	}
}

// GetCommitted implements mipsevm.PreimageOracle for committed keys.
func (h *Host) GetCommitted(key [32]byte) (mipsevm.CommittedData, error) {
	if t := mipsevm.KeyType(key[0]); t != mipsevm.KeyTypeCommitted {
		return nil, fmt.Errorf("%s: type %d is not a committed key (%d)", describeKey(key), t, mipsevm.KeyTypeCommitted)
	}
	h.mu.Lock()
	m, ok := h.models[key]
	h.mu.Unlock()
	if ok {
		return m, nil
	}
	if h.store == nil {
		return nil, fmt.Errorf("%s: %w (no model store)", describeKey(key), ErrNotFound)
	}
	m, err := h.store.OpenCommitted(key)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", describeKey(key), err)
	}
	return m, nil
}

// describeKey names a key and its kind for error messages.
func describeKey(key [32]byte) string {
	switch mipsevm.KeyType(key[0]) {
	case mipsevm.KeyTypeLocal:
		if [23]byte(key[1:24]) == ([23]byte{}) {
			return fmt.Sprintf("local key %x (datum %d)", key, binary.BigEndian.Uint64(key[24:]))
		}
		return fmt.Sprintf("local key %x", key)
	case mipsevm.KeyTypeKeccak256:
		return fmt.Sprintf("keccak256 key %x", key)
	case mipsevm.KeyTypeCommitted:
		return fmt.Sprintf("committed key %x", key)
	case mipsevm.KeyTypeInference:
		return fmt.Sprintf("inference key %x", key)
	}
	return fmt.Sprintf("key %x", key)
}
