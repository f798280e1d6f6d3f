package main

import (
	"errors"
	"fmt"

	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/plan"
	"github.com/axonum/opml/oracle/guest"
)

// window hands out regions of the mapping window, upwards, never reused, so
// a region nothing was mapped into is still zero.
type window struct{ next, end uint32 }

// alloc returns a region of size bytes (a power of two, at least 32)
// aligned to its size.
func (w *window) alloc(size uint32) (uint32, error) { return w.allocSpan(size, size) }

// allocSpan returns size bytes aligned to align (a power of two).
func (w *window) allocSpan(size, align uint32) (uint32, error) {
	a := (uint64(w.next) + uint64(align) - 1) &^ (uint64(align) - 1)
	if a+uint64(size) > uint64(w.end) {
		return 0, fail(protocol.ExitNodeTooLarge, "the item needs more than the %d-byte window (%d bytes more at %#x)", protocol.NodeWindowSize, size, a)
	}
	w.next = uint32(a + uint64(size))
	return uint32(a), nil
}

// regionSize is the power-of-two region holding n bytes' tree.
func regionSize(n uint64) uint32 { return uint32(32) << naturalHeight(n) }

type buffer struct {
	addr, size uint32
	n          int // elements
	f          []float32
	i          []int32
}

// storage implements plan.Storage over mapped committed data.
type storage struct {
	p         *plan.Plan
	f         *gguf.File
	m         *model
	w         *window
	table     []byte
	tableAddr uint32
	tableSize uint32
	bufs      map[int]*buffer
}

func newStorage(p *plan.Plan, f *gguf.File, m *model, w *window, pos uint64, agreed [32]byte) (*storage, error) {
	s := &storage{p: p, f: f, m: m, w: w, bufs: map[int]*buffer{}}
	n := uint64(32 * p.Slots())
	s.tableSize = regionSize(n)
	var err error
	if s.tableAddr, err = w.alloc(s.tableSize); err != nil {
		return nil, err
	}
	if pos == 1 { // position 0 is GraphStart: no buffer written yet
		s.table = mem(s.tableAddr, uint32(n))
		return s, nil
	}
	if s.table, err = guest.MapCommitted(agreed, s.tableAddr, s.tableSize); err != nil {
		return nil, fail(protocol.ExitNodeUnavailable, "slot table %x: %v", agreed, err)
	}
	if uint64(len(s.table)) != n {
		return nil, fail(protocol.ExitNodeUnavailable, "slot table %x: %d bytes, want %d", agreed, len(s.table), n)
	}
	return s, nil
}

// WeightBytes implements plan.WeightSource.
func (s *storage) WeightBytes(name string, start, end int64) ([]byte, error) {
	info, ok := s.f.Tensor(name)
	if !ok || start < 0 || end < start || uint64(end) > info.Size {
		return nil, fmt.Errorf("bytes [%d, %d) of tensor %q", start, end, name)
	}
	abs := uint64(s.f.DataOffset) + info.Offset
	return s.m.bytes(abs+uint64(start), abs+uint64(end))
}

// Buffer implements plan.Storage.
func (s *storage) Buffer(slot, n int, i32 bool) ([]float32, []int32, error) {
	if b, ok := s.bufs[slot]; ok {
		if b.n != n {
			return nil, nil, fmt.Errorf("buffer %d has %d elements, asked for %d", slot, b.n, n)
		}
		return b.f, b.i, nil
	}
	if slot < 0 || slot >= s.p.Slots() {
		return nil, nil, fmt.Errorf("no slot %d", slot)
	}
	b := &buffer{n: n, size: regionSize(uint64(4 * n))}
	var err error
	if b.addr, err = s.w.alloc(b.size); err != nil {
		return nil, nil, err
	}
	var key [32]byte
	copy(key[:], s.table[32*slot:])
	raw := mem(b.addr, uint32(4*n))
	if key != ([32]byte{}) {
		m, err := guest.MapCommitted(key, b.addr, b.size)
		if err != nil {
			return nil, nil, fail(protocol.ExitNodeUnavailable, "buffer %d (%x): %v", slot, key, err)
		}
		if len(m) != 4*n {
			// The agreed table names a buffer of another size: a table
			// no honest party computed.
			return nil, nil, fail(protocol.ExitNodeUnavailable, "buffer %d (%x): %d bytes, want %d", slot, key, len(m), 4*n)
		}
	}
	if i32 {
		b.i = i32s(raw)
	} else {
		b.f = f32s(raw)
	}
	s.bufs[slot] = b
	return b.f, b.i, nil
}

// commit returns the table's commitment after slot's buffer was written.
func (s *storage) commit(slot int) ([32]byte, error) {
	b, ok := s.bufs[slot]
	if !ok {
		return [32]byte{}, fmt.Errorf("slot %d was not written", slot)
	}
	root, err := guest.CommittedRoot(b.addr, b.size)
	if err != nil {
		return root, err
	}
	key := committedKey(root, uint64(4*b.n))
	copy(s.table[32*slot:], key[:])
	if root, err = guest.CommittedRoot(s.tableAddr, s.tableSize); err != nil {
		return root, err
	}
	return committedKey(root, uint64(32*s.p.Slots())), nil
}

// wrap keeps an exitError's code and marks anything else as unavailable
// data (the engine's own errors on agreed data are not the claim's).
func (s *storage) wrap(err error) error {
	var e *exitError
	if errors.As(err, &e) {
		return err
	}
	return &exitError{protocol.ExitNodeUnavailable, err}
}
