package oracle

import (
	"runtime"
	"sync"

	"github.com/axonum/opml/mipsevm/memory"
)

// The tree over a model's bytes has the shape of the VM's memory tree, so
// that mapping it replaces one memory node: 32-byte leaves, keccak256 parents,
// zero-padded to 32 << NaturalHeight(length) bytes. Nodes from page height
// (4 KiB) up are kept; those below are recomputed from the bytes when asked.

const (
	leafSize   = memory.LeafSize
	pageSize   = memory.PageSize
	pageHeight = memory.PageHeight
	pageLeaves = pageSize / leafSize
)

// pageRoot is the root of one full page.
func pageRoot(h *memory.Hasher, page []byte) [32]byte {
	var buf [pageLeaves / 2][32]byte
	for i := range buf {
		buf[i] = h.Parent((*[32]byte)(page[64*i:]), (*[32]byte)(page[64*i+32:]))
	}
	for w := len(buf) / 2; w >= 1; w /= 2 {
		for i := range w {
			buf[i] = h.Parent(&buf[2*i], &buf[2*i+1])
		}
	}
	return buf[0]
}

// subtreeRoot is the root of the subtree of the given height (at most a
// page) over data, which may be shorter than the subtree (zero padding) or
// longer (the rest is ignored).
func subtreeRoot(h *memory.Hasher, data []byte, height int) [32]byte {
	if len(data) == 0 {
		return memory.ZeroHash(height)
	}
	if height == pageHeight && len(data) >= pageSize {
		return pageRoot(h, data)
	}
	var buf [pageLeaves][32]byte
	n := 1 << height
	for i := 0; i < n && leafSize*i < len(data); i++ {
		copy(buf[i][:], data[leafSize*i:])
	}
	for w := n / 2; w >= 1; w /= 2 {
		for i := range w {
			buf[i] = h.Parent(&buf[2*i], &buf[2*i+1])
		}
	}
	return buf[0]
}

// parallelPages is the fewest pages per worker worth a goroutine.
const parallelPages = 64

// hashPages returns the roots of the pages of data, the last one
// zero-padded, hashing on all cores when there is enough work.
func hashPages(data []byte) [][32]byte {
	n := (len(data) + pageSize - 1) / pageSize
	roots := make([][32]byte, n)
	workers := min(runtime.GOMAXPROCS(0), n/parallelPages)
	if workers <= 1 {
		hashPageRange(roots, data, 0, n)
		return roots
	}
	per := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += per {
		hi := min(lo+per, n)
		wg.Go(func() { hashPageRange(roots, data, lo, hi) })
	}
	wg.Wait()
	return roots
}

func hashPageRange(roots [][32]byte, data []byte, lo, hi int) {
	h := memory.NewHasher()
	for i := lo; i < hi; i++ {
		off := i * pageSize
		roots[i] = subtreeRoot(h, data[off:min(off+pageSize, len(data))], pageHeight)
	}
}

// buildLevels returns the cached levels of a tree of the given height:
// levels[i] holds the nodes of height base+i, base = min(pageHeight, height),
// and the last level is the root alone. bottom holds the nodes of height base
// over the data; the missing ones to its right are zero subtrees.
func buildLevels(height int, bottom [][32]byte) [][][32]byte {
	base := min(pageHeight, height)
	width := 1 << (height - base)
	level := make([][32]byte, width)
	copy(level, bottom)
	zero := memory.ZeroHash(base)
	for i := len(bottom); i < width; i++ {
		level[i] = zero
	}
	levels := [][][32]byte{level}
	h := memory.NewHasher()
	for len(level) > 1 {
		up := make([][32]byte, len(level)/2)
		for i := range up {
			up[i] = h.Parent(&level[2*i], &level[2*i+1])
		}
		levels = append(levels, up)
		level = up
	}
	return levels
}

// batchSize is how much a treeBuilder buffers before hashing: enough pages
// to keep every core busy, small enough not to matter.
const batchSize = 256 * pageSize

// treeBuilder computes the address of a stream of bytes written to it,
// holding only the page roots (1/128 of the data) and one batch of bytes.
type treeBuilder struct {
	n     uint64
	buf   []byte
	roots [][32]byte
}

// Write implements io.Writer; it never fails.
func (b *treeBuilder) Write(p []byte) (int, error) {
	if b.buf == nil {
		b.buf = make([]byte, 0, batchSize)
	}
	b.n += uint64(len(p))
	written := len(p)
	for len(p) > 0 {
		k := min(len(p), batchSize-len(b.buf))
		b.buf = append(b.buf, p[:k]...)
		p = p[k:]
		if len(b.buf) == batchSize {
			b.roots = append(b.roots, hashPages(b.buf)...)
			b.buf = b.buf[:0]
		}
	}
	return written, nil
}

// Address finishes the tree and returns the address of all bytes written.
func (b *treeBuilder) Address() Address {
	height := memory.NaturalHeight(b.n)
	if height < pageHeight { // less than a page: all of it is in buf
		return ModelAddress(subtreeRoot(memory.NewHasher(), b.buf, height), b.n)
	}
	roots := append(b.roots, hashPages(b.buf)...)
	levels := buildLevels(height, roots)
	return ModelAddress(levels[len(levels)-1][0], b.n)
}
