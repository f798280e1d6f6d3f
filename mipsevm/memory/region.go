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
	g := m.clearSubtree(addr, h)
	m.regions = append(m.regions, &Region{Addr: addr, Height: h, Key: key, Data: data})
	if h > PageHeight {
		m.nodes[g] = node{hash: data.Node(h, 0), valid: true}
	}
	return nil
}

// Zero sets the aligned block of the given height (at least a page) at addr
// to zeros, in time independent of its size.
func (m *Memory) Zero(addr uint32, h int) error {
	size := uint64(LeafSize) << h
	if h < PageHeight || h > TreeHeight || uint64(addr)&(size-1) != 0 {
		return fmt.Errorf("zero memory: %#x bytes at %#x is not an aligned block of pages", size, addr)
	}
	covered := m.regionFor(uint64(addr)) // the block lies inside committed data
	g := m.clearSubtree(addr, h)
	if covered != nil && covered.Height > h {
		m.regions = append(m.regions, &Region{Addr: addr, Height: h, Data: zeroData(h)})
		if h > PageHeight {
			m.nodes[g] = node{hash: zeroHashes[h], valid: true}
		}
	}
	return nil
}

// clearSubtree drops the pages, cached nodes and regions inside the block of
// height h at addr, and marks its ancestors stale. It returns the block's
// generalized index.
func (m *Memory) clearSubtree(addr uint32, h int) uint64 {
	size := uint64(LeafSize) << h
	g := NodeGindex(addr, h)
	m.layout++
	first, count := uint64(addr>>PageShift), size>>PageShift
	for i := uint64(0); i < count; {
		idx := uint32(first + i)
		t := m.dir[idx>>dirShift]
		if t == nil {
			i += uint64(dirSize - idx&(dirSize-1))
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
	kept := m.regions[:0]
	for _, r := range m.regions {
		if !(uint64(r.Addr) >= uint64(addr) && uint64(r.Addr)+r.Size() <= uint64(addr)+size) {
			kept = append(kept, r)
		}
	}
	m.regions = kept
	for a := g >> 1; a > 0; a >>= 1 {
		m.nodes[a] = node{}
	}
	// Dropped pages leave the dirty list (they are found by identity).
	dirty := m.dirty[:0]
	for _, p := range m.dirty {
		if m.pageAt(p.index) == p {
			dirty = append(dirty, p)
		}
	}
	m.dirty = dirty
	return g
}

// zeroData is a committed region of zeros, recorded only where zeroing
// punches a hole into other committed data.
type zeroData int

func (z zeroData) Height() int                      { return int(z) }
func (zeroData) Node(height int, _ uint64) [32]byte { return zeroHashes[height] }
func (zeroData) ReadAt(p []byte, _ int64) (int, error) {
	clear(p)
	return len(p), nil
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
