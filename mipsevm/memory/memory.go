package memory

import (
	"encoding/binary"
	"fmt"
	"io"
	"runtime"
	"sync"
	"unsafe"
)

const (
	LeafShift  = 5
	LeafSize   = 1 << LeafShift // bytes in a tree leaf
	PageShift  = 12
	PageSize   = 1 << PageShift
	PageHeight = PageShift - LeafShift // height of a page's subtree above its leaves
	pageLeaves = PageSize / LeafSize
	TreeHeight = 32 - LeafShift // height of the whole tree above its leaves
	pageLevels = TreeHeight - PageHeight
	dirShift   = 10
	dirSize    = 1 << dirShift
)

// ProofLen is the size of a leaf proof: the leaf and its 27 siblings.
const ProofLen = (TreeHeight + 1) * LeafSize

// Page is 4 KiB of memory plus the cached inner nodes of its subtree.
type Page struct {
	Data  [PageSize]byte
	index uint32
	// inner[i] is the node with page-local generalized index i (1 = page root,
	// 64..127 the parents of leaves). inner[0] is unused.
	inner [pageLeaves][32]byte
	dirty [2]uint64 // leaves written since the inner nodes were computed
	// queued: on Memory.dirty, its root is stale. full: every inner node is
	// stale, including the root unless the page came clean from a region.
	queued, full bool
	// fromRegion marks a page copied out of committed data; written marks
	// that it changed afterwards (only such pages need saving).
	fromRegion, written bool
	watch               uint64 // the Memory's watch generation when last put on its watched list
}

type pageTable [dirSize]*Page

type node struct {
	hash  [32]byte
	valid bool
}

// Memory is the VM's address space. It is not safe for concurrent use.
type Memory struct {
	dir   [dirSize]*pageTable
	pages int
	// nodes holds the tree above page level. A present key means the subtree
	// is not empty (or lies in a region); invalid entries are stale and all
	// their ancestors are stale too.
	nodes   map[uint64]node
	dirty   []*Page
	regions []*Region
	hasher  *Hasher
	// WatchWrites/WrittenPages: pages written in the current generation.
	watchGen uint64
	watched  []*Page
	layout   uint64 // counts clearSubtree calls (pages dropped, regions changed)
	// one-entry cache of the last page looked up for data access
	lastIdx  uint32
	lastPage *Page
}

// New returns an empty memory (every byte zero).
func New() *Memory {
	return &Memory{nodes: make(map[uint64]node), hasher: NewHasher(), lastIdx: ^uint32(0)}
}

// PageCount is the number of materialized pages.
func (m *Memory) PageCount() int { return m.pages }

// UsedBytes is the memory held by materialized pages.
func (m *Memory) UsedBytes() uint64 { return uint64(m.pages) * PageSize }

// HeldBytes estimates the host memory the address space holds: its pages
// with their cached subtrees, its page tables and its cached nodes above
// page level (not the committed data it maps, which its owner holds).
func (m *Memory) HeldBytes() uint64 {
	const nodeEntry = 8 + 33 + 16 // key, node, map overhead
	tables := uint64(0)
	for _, t := range m.dir {
		if t != nil {
			tables += uint64(unsafe.Sizeof(*t))
		}
	}
	return uint64(m.pages)*uint64(unsafe.Sizeof(Page{})) + tables + uint64(len(m.nodes))*nodeEntry
}

func (m *Memory) pageAt(idx uint32) *Page {
	if idx == m.lastIdx {
		return m.lastPage
	}
	t := m.dir[idx>>dirShift]
	if t == nil {
		return nil
	}
	p := t[idx&(dirSize-1)]
	if p != nil {
		m.lastIdx, m.lastPage = idx, p
	}
	return p
}

// PageFor returns the page holding addr for reading, or nil when that page is
// all zeros and not part of a mapped region.
func (m *Memory) PageFor(addr uint32) *Page {
	p := m.pageAt(addr >> PageShift)
	if p == nil && len(m.regions) != 0 {
		p = m.materialize(addr >> PageShift)
	}
	return p
}

// pageForWrite returns the page holding addr, creating it if needed.
func (m *Memory) pageForWrite(addr uint32) *Page {
	p := m.pageAt(addr >> PageShift)
	if p == nil {
		p = m.PageFor(addr)
		if p == nil {
			p = m.allocPage(addr >> PageShift)
		}
	}
	return p
}

func (m *Memory) insertPage(p *Page) {
	t := m.dir[p.index>>dirShift]
	if t == nil {
		t = new(pageTable)
		m.dir[p.index>>dirShift] = t
	}
	t[p.index&(dirSize-1)] = p
	m.pages++
}

func (m *Memory) allocPage(idx uint32) *Page {
	p := &Page{index: idx, full: true}
	m.insertPage(p)
	m.enqueue(p)
	return p
}

// materialize copies the page at idx out of the region that covers it.
func (m *Memory) materialize(idx uint32) *Page {
	r := m.regionFor(uint64(idx) << PageShift)
	if r == nil {
		return nil
	}
	p := &Page{index: idx, full: true, fromRegion: true}
	off := int64(uint64(idx)<<PageShift - uint64(r.Addr))
	if _, err := r.Data.ReadAt(p.Data[:], off); err != nil {
		// The source was verified when mapped; a read failure here is a
		// broken host store, which no guest can cause.
		panic(fmt.Sprintf("memory: read committed data at %#x: %v", off, err))
	}
	p.inner[1] = r.Data.Node(PageHeight, uint64(off)>>PageShift)
	m.insertPage(p)
	return p
}

func (m *Memory) enqueue(p *Page) {
	p.queued = true
	m.dirty = append(m.dirty, p)
	// stale ancestors, stopping where they are already stale
	for g := (uint64(1)<<pageLevels | uint64(p.index)) >> 1; g > 0; g >>= 1 {
		if n, ok := m.nodes[g]; ok && !n.valid {
			return
		}
		m.nodes[g] = node{}
	}
}

// markDirty records a write to the leaf holding addr.
func (m *Memory) markDirty(p *Page, addr uint32) {
	leaf := (addr >> LeafShift) & (pageLeaves - 1)
	p.dirty[leaf>>6] |= 1 << (leaf & 63)
	p.written = true
	if p.watch != m.watchGen {
		p.watch = m.watchGen
		m.watched = append(m.watched, p)
	}
	if !p.queued {
		m.enqueue(p)
	}
}

// GetWord reads the big-endian word at addr, which must be 4-byte aligned.
func (m *Memory) GetWord(addr uint32) uint32 {
	p := m.PageFor(addr)
	if p == nil {
		return 0
	}
	off := addr & (PageSize - 4)
	return binary.BigEndian.Uint32(p.Data[off : off+4])
}

// SetWord writes the big-endian word at addr, which must be 4-byte aligned.
func (m *Memory) SetWord(addr uint32, v uint32) {
	p := m.pageForWrite(addr)
	off := addr & (PageSize - 4)
	binary.BigEndian.PutUint32(p.Data[off:off+4], v)
	m.markDirty(p, addr)
}

// GetByte reads one byte.
func (m *Memory) GetByte(addr uint32) byte {
	p := m.PageFor(addr)
	if p == nil {
		return 0
	}
	return p.Data[addr&(PageSize-1)]
}

// SetBytes writes data at addr (wrapping at the top of the address space).
func (m *Memory) SetBytes(addr uint32, data []byte) {
	for len(data) > 0 {
		p := m.pageForWrite(addr)
		off := addr & (PageSize - 1)
		n := copy(p.Data[off:], data)
		for leaf := off >> LeafShift; leaf <= (off+uint32(n)-1)>>LeafShift; leaf++ {
			m.markDirty(p, leaf<<LeafShift)
		}
		data = data[n:]
		addr += uint32(n)
	}
}

// ReadBytes reads n bytes starting at addr.
func (m *Memory) ReadBytes(addr uint32, n uint32) []byte {
	out := make([]byte, n)
	for i := uint32(0); i < n; {
		a := addr + i
		off := a & (PageSize - 1)
		chunk := min(n-i, PageSize-off)
		if p := m.PageFor(a); p != nil {
			copy(out[i:i+chunk], p.Data[off:off+chunk])
		}
		i += chunk
	}
	return out
}

// Root returns the Merkle root of the whole address space.
func (m *Memory) Root() [32]byte {
	m.flush()
	return m.nodeHash(1, TreeHeight)
}

// flush re-hashes every queued page.
func (m *Memory) flush() {
	dirty := m.dirty
	m.dirty = m.dirty[:0]
	m.rehashPages(dirty)
}

// flushRange re-hashes the queued pages with index in [first, first+count)
// and takes them off the queue; the other queued pages stay queued.
func (m *Memory) flushRange(first, count uint64) {
	var in []*Page
	kept := m.dirty[:0]
	for _, p := range m.dirty {
		if uint64(p.index)-first < count {
			in = append(in, p)
		} else {
			kept = append(kept, p)
		}
	}
	clear(m.dirty[len(kept):]) // drop the references past the kept ones
	m.dirty = kept
	m.rehashPages(in)
}

// rehashPages re-hashes pages, each at most once in the list, in parallel
// when there are many.
func (m *Memory) rehashPages(pages []*Page) {
	workers := runtime.GOMAXPROCS(0)
	if len(pages) < 64 || workers < 2 {
		for _, p := range pages {
			p.rehash(m.hasher)
		}
		return
	}
	var wg sync.WaitGroup
	chunk := (len(pages) + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, min((w+1)*chunk, len(pages))
		if lo >= hi {
			break
		}
		wg.Add(1)
		go func(ps []*Page) {
			defer wg.Done()
			h := NewHasher()
			for _, p := range ps {
				p.rehash(h)
			}
		}(pages[lo:hi])
	}
	wg.Wait()
}

// nodeHash returns the node at generalized index g and height ≥ PageHeight,
// recomputing stale nodes. Pages must have been flushed.
func (m *Memory) nodeHash(g uint64, height int) [32]byte {
	if height == PageHeight {
		if p := m.pageAt(uint32(g - 1<<pageLevels)); p != nil {
			return p.inner[1]
		}
		return m.emptyNode(g, height)
	}
	n, ok := m.nodes[g]
	if !ok {
		return m.emptyNode(g, height)
	}
	if n.valid {
		return n.hash
	}
	l := m.nodeHash(2*g, height-1)
	r := m.nodeHash(2*g+1, height-1)
	n = node{hash: m.hasher.Parent(&l, &r), valid: true}
	m.nodes[g] = n
	return n.hash
}

// emptyNode is a node with no materialized page below it: from a region if
// one covers it, else zero.
func (m *Memory) emptyNode(g uint64, height int) [32]byte {
	base := (g - 1<<(TreeHeight-height)) << (height + LeafShift)
	if r := m.regionFor(base); r != nil && r.Height >= height {
		return r.Data.Node(height, (base-uint64(r.Addr))>>(height+LeafShift))
	}
	return zeroHashes[height]
}

// rehash recomputes the stale inner nodes of a page. Pairs of all-zero
// children get the precomputed zero hash: pages are often mostly zero.
func (p *Page) rehash(h *Hasher) {
	if !p.queued && !p.full {
		return
	}
	all := p.full
	// level above leaves: inner[64+j] = H(leaf 2j, leaf 2j+1)
	var next uint64
	for j := 0; j < pageLeaves/2; j++ {
		l := 2 * j
		if all || (p.dirty[l>>6]>>(l&63))&3 != 0 {
			pair := (*[64]byte)(p.Data[l*32 : l*32+64])
			if *pair == ([64]byte{}) {
				p.inner[64+j] = zeroHashes[1]
			} else {
				p.inner[64+j] = h.Parent((*[32]byte)(pair[:32]), (*[32]byte)(pair[32:]))
			}
			next |= 1 << j
		}
	}
	// higher levels: bit j of cur is node (width+j) stale
	cur := next
	height := 2
	for width := pageLeaves / 4; width >= 1; width /= 2 {
		next = 0
		z := &zeroHashes[height-1]
		for j := 0; j < width; j++ {
			if all || (cur>>(2*j))&3 != 0 {
				c := 2 * (width + j)
				if p.inner[c] == *z && p.inner[c+1] == *z {
					p.inner[width+j] = zeroHashes[height]
				} else {
					p.inner[width+j] = h.Parent(&p.inner[c], &p.inner[c+1])
				}
				next |= 1 << j
			}
		}
		cur = next
		height++
	}
	p.dirty = [2]uint64{}
	p.queued, p.full = false, false
}

// WriteTo copies n bytes starting at addr to w, a page at a time; write
// errors are the host's business and are ignored.
func (m *Memory) WriteTo(w io.Writer, addr, n uint32) {
	var zero [PageSize]byte
	for n > 0 {
		off := addr & (PageSize - 1)
		chunk := min(n, PageSize-off)
		if p := m.PageFor(addr); p != nil {
			w.Write(p.Data[off : off+chunk])
		} else {
			w.Write(zero[:chunk])
		}
		addr += chunk
		n -= chunk
	}
}

// ForEachPage calls fn for every materialized page in address order, except
// pages copied unchanged out of a mapped region (the region restores them).
func (m *Memory) ForEachPage(fn func(index uint32, data *[PageSize]byte)) {
	for _, t := range m.dir {
		if t == nil {
			continue
		}
		for _, p := range t {
			if p != nil && (!p.fromRegion || p.written) {
				fn(p.index, &p.Data)
			}
		}
	}
}

// SetPage replaces a whole page.
func (m *Memory) SetPage(index uint32, data *[PageSize]byte) {
	m.SetBytes(index<<PageShift, data[:])
}
