package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"

	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/oracle/guest"
)

// model reads a model of any size in blocks (the nodes of its tree at
// protocol.ModelBlockHeight), checking each block's node against the model
// address by reading the tree's nodes above it as keccak256 preimages.
type model struct {
	root        [32]byte
	length      uint64
	height      int // the tree's height above its 32-byte leaves
	blockHeight int
	nodes       map[[2]uint64][32]byte // (height, index) → node, memoized
	headerBlock map[uint64][]byte      // blocks mapped for ReadAt
	w           *window
	err         error // the first failure to read the model (not the claim's fault)
}

// openModel reads the root and length that addr commits to. addr is a
// committed key (byte 0 checked by the caller), and the oracle serves a
// keccak256 preimage only if its hash equals the key in bytes 1..31, so
// root and length are exactly those of addr: committedKey(root, length) =
// addr.
func openModel(addr [32]byte, w *window) (*model, error) {
	pre, err := guest.Keccak256(addr)
	if err != nil || len(pre) != 40 {
		return nil, fail(protocol.ExitNodeUnavailable, "model address preimage: %d bytes, %v", len(pre), err)
	}
	m := &model{length: binary.BigEndian.Uint64(pre[32:]), nodes: map[[2]uint64][32]byte{}, headerBlock: map[uint64][]byte{}, w: w}
	copy(m.root[:], pre[:32])
	m.height = naturalHeight(m.length)
	m.blockHeight = min(protocol.ModelBlockHeight, m.height)
	return m, nil
}

// naturalHeight is memory.NaturalHeight: the smallest tree holding n bytes.
func naturalHeight(n uint64) int {
	leaves := (n + 31) / 32
	if leaves <= 1 {
		return 0
	}
	return bits.Len64(leaves - 1)
}

func (m *model) blockSize() uint64 { return 32 << m.blockHeight }

// node returns the tree node of height h with index k, from the root down.
func (m *model) node(h int, k uint64) ([32]byte, error) {
	if h == m.height {
		return m.root, nil
	}
	if n, ok := m.nodes[[2]uint64{uint64(h), k}]; ok {
		return n, nil
	}
	parent, err := m.node(h+1, k>>1)
	if err != nil {
		return parent, err
	}
	pre, err := guest.Keccak256(parent)
	if err != nil || len(pre) != 64 {
		return parent, m.fail(fmt.Errorf("model tree node %x: %d bytes, %v", parent, len(pre), err))
	}
	var left, right [32]byte
	copy(left[:], pre[:32])
	copy(right[:], pre[32:])
	m.nodes[[2]uint64{uint64(h), k &^ 1}] = left
	m.nodes[[2]uint64{uint64(h), k | 1}] = right
	if k&1 == 0 {
		return left, nil
	}
	return right, nil
}

// mapBlock maps block k at addr (aligned to the block size).
func (m *model) mapBlock(k uint64, addr uint32) ([]byte, error) {
	n, err := m.node(m.blockHeight, k)
	if err != nil {
		return nil, err
	}
	size := m.blockSize()
	b, err := guest.MapCommitted(committedKey(n, size), addr, uint32(size))
	if err != nil {
		return nil, m.fail(fmt.Errorf("model block %d: %w", k, err))
	}
	if uint64(len(b)) != size {
		return nil, m.fail(fmt.Errorf("model block %d: %d bytes mapped, want %d", k, len(b), size))
	}
	return b, nil
}

func (m *model) fail(err error) error {
	if m.err == nil {
		m.err = err
	}
	return &exitError{protocol.ExitNodeUnavailable, err}
}

// ReadAt implements io.ReaderAt for the GGUF header: each block it touches
// is mapped once.
func (m *model) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	n := 0
	for n < len(p) {
		pos := uint64(off) + uint64(n)
		if pos >= m.length {
			return n, io.EOF
		}
		k := pos / m.blockSize()
		b, ok := m.headerBlock[k]
		if !ok {
			addr, err := m.w.alloc(uint32(m.blockSize()))
			if err != nil {
				return n, m.fail(err)
			}
			if b, err = m.mapBlock(k, addr); err != nil {
				return n, err
			}
			m.headerBlock[k] = b
		}
		c := copy(p[n:], b[pos-k*m.blockSize():])
		if end := m.length - pos; uint64(c) > end {
			c = int(end)
		}
		n += c
	}
	return n, nil
}

// bytes maps the blocks covering [start, end) side by side and returns
// those bytes, in place.
func (m *model) bytes(start, end uint64) ([]byte, error) {
	if end > m.length || start > end {
		return nil, fmt.Errorf("model bytes [%d, %d) of %d", start, end, m.length)
	}
	if start == end {
		return []byte{}, nil
	}
	bs := m.blockSize()
	k0, k1 := start/bs, (end-1)/bs
	span := (k1 - k0 + 1) * bs
	if span > protocol.NodeWindowSize {
		return nil, fail(protocol.ExitNodeTooLarge, "model bytes [%d, %d) span %d bytes", start, end, span)
	}
	addr, err := m.w.allocSpan(uint32(span), uint32(bs))
	if err != nil {
		return nil, err
	}
	for k := k0; k <= k1; k++ {
		if _, err := m.mapBlock(k, addr+uint32((k-k0)*bs)); err != nil {
			return nil, err
		}
	}
	all := mem(addr, uint32(span))
	off := start - k0*bs
	return all[off : off+(end-start) : off+(end-start)], nil
}
