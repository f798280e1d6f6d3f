package memory

import (
	"fmt"
	"io"
)

// Committed is data committed to by the root of a tree shaped like memory:
// 32-byte leaves, zero-padded to 32 << Height() bytes.
type Committed interface {
	// Height is the tree's height above its leaves.
	Height() int
	// Node returns the node at the given height and index within the tree,
	// for PageHeight ≤ height ≤ Height() (and height == Height() always).
	Node(height int, index uint64) [32]byte
	// ReadAt reads data bytes; bytes past the data's end read as zero.
	io.ReaderAt
}

// Region is committed data mapped at an address aligned to its size.
type Region struct {
	Addr   uint32
	Height int
	Key    [32]byte // how the host finds the data again (e.g. after a snapshot)
	Data   Committed
}

// Size is the region's size in bytes.
func (r *Region) Size() uint64 { return uint64(LeafSize) << r.Height }

func (r *Region) contains(addr uint64) bool {
	return addr >= uint64(r.Addr) && addr < uint64(r.Addr)+r.Size()
}

// Regions lists the mapped regions in mapping order.
func (m *Memory) Regions() []*Region { return m.regions }

// regionFor returns the most recently mapped region covering addr.
func (m *Memory) regionFor(addr uint64) *Region {
	for i := len(m.regions) - 1; i >= 0; i-- {
		if m.regions[i].contains(addr) {
			return m.regions[i]
		}
	}
	return nil
}

// NodeGindex returns the generalized index of the node of the given height
// that covers addr.
func NodeGindex(addr uint32, height int) uint64 {
	return uint64(1)<<(TreeHeight-height) | uint64(addr)>>(height+LeafShift)
}

// MapCommitted replaces the subtree of data.Height() at addr by the committed
// data: afterwards the memory root is as if every byte had been written, but
// the cost is independent of the size. addr must be aligned to the size.
func (m *Memory) MapCommitted(addr uint32, key [32]byte, data Committed) error {
	h := data.Height()
	if h < 0 || h >= TreeHeight {
		return fmt.Errorf("map committed data: height %d out of range", h)
	}
	size := uint64(LeafSize) << h
	if uint64(addr)&(size-1) != 0 {
		return fmt.Errorf("map committed data: address %#x not aligned to size %#x", addr, size)
	}
	if h < PageHeight {
		// Smaller than a page: writing the bytes gives the same tree.
		buf := make([]byte, size)
		if _, err := data.ReadAt(buf, 0); err != nil {
			return fmt.Errorf("map committed data: %w", err)
		}
		m.SetBytes(addr, buf)
		return nil
	}
	g := NodeGindex(addr, h)
	// Drop the pages and cached nodes the region covers.
	first, count := addr>>PageShift, uint32(size>>PageShift)
	for i := uint32(0); i < count; {
		idx := first + i
		t := m.dir[idx>>dirShift]
		if t == nil {
			i += dirSize - idx&(dirSize-1)
			continue
		}
		if t[idx&(dirSize-1)] != nil {
			t[idx&(dirSize-1)] = nil
			m.pages--
		}
		i++
	}
	m.lastIdx, m.lastPage = ^uint32(0), nil
	m.dropNodes(g, h)
	// Regions inside this one are gone.
	kept := m.regions[:0]
	for _, r := range m.regions {
		if !(uint64(r.Addr) >= uint64(addr) && uint64(r.Addr)+r.Size() <= uint64(addr)+size) {
			kept = append(kept, r)
		}
	}
	m.regions = append(kept, &Region{Addr: addr, Height: h, Key: key, Data: data})
	if h > PageHeight {
		m.nodes[g] = node{hash: data.Node(h, 0), valid: true}
	}
	for a := g >> 1; a > 0; a >>= 1 {
		m.nodes[a] = node{}
	}
	// Pages dropped from the dirty list are skipped by identity.
	kept2 := m.dirty[:0]
	for _, p := range m.dirty {
		if m.pageAt(p.index) == p {
			kept2 = append(kept2, p)
		}
	}
	m.dirty = kept2
	return nil
}

// dropNodes deletes the cached nodes in the subtree at g (above page level).
func (m *Memory) dropNodes(g uint64, height int) {
	if height <= PageHeight {
		return
	}
	if _, ok := m.nodes[g]; !ok {
		return
	}
	delete(m.nodes, g)
	m.dropNodes(2*g, height-1)
	m.dropNodes(2*g+1, height-1)
}
