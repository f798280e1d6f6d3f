package memory

import (
	"io"
	"math/bits"
)

// CommittedBytes is committed data held in memory, with the tree levels from
// page height up cached. Large data should use a store that keeps its tree
// on disk; this one is for tests and small preimages.
type CommittedBytes struct {
	data   []byte
	height int
	levels [][][32]byte // levels[i] holds the nodes of height PageHeight+i (or Height if lower)
}

// NaturalHeight is the height of the smallest tree that holds n bytes.
func NaturalHeight(n uint64) int {
	leaves := (n + LeafSize - 1) / LeafSize
	if leaves <= 1 {
		return 0
	}
	return bits.Len64(leaves - 1)
}

// NewCommittedBytes builds the tree over data.
func NewCommittedBytes(data []byte) *CommittedBytes {
	c := &CommittedBytes{data: data, height: NaturalHeight(uint64(len(data)))}
	h := NewHasher()
	base := min(PageHeight, c.height)
	n := uint64(1) << (c.height - base)
	level := make([][32]byte, n)
	for i := range level {
		level[i] = c.subtreeRoot(h, uint64(i)<<(base+LeafShift), base)
	}
	c.levels = append(c.levels, level)
	for len(level) > 1 {
		up := make([][32]byte, len(level)/2)
		for i := range up {
			up[i] = h.Parent(&level[2*i], &level[2*i+1])
		}
		c.levels = append(c.levels, up)
		level = up
	}
	return c
}

// subtreeRoot hashes the subtree of the given height starting at byte off.
func (c *CommittedBytes) subtreeRoot(h *Hasher, off uint64, height int) [32]byte {
	if off >= uint64(len(c.data)) {
		return zeroHashes[height]
	}
	if height == 0 {
		var leaf [32]byte
		copy(leaf[:], c.data[off:])
		return leaf
	}
	half := uint64(LeafSize) << (height - 1)
	l := c.subtreeRoot(h, off, height-1)
	r := c.subtreeRoot(h, off+half, height-1)
	return h.Parent(&l, &r)
}

// Height implements Committed.
func (c *CommittedBytes) Height() int { return c.height }

// Root is the tree's root.
func (c *CommittedBytes) Root() [32]byte { return c.levels[len(c.levels)-1][0] }

// Len is the data length in bytes.
func (c *CommittedBytes) Len() uint64 { return uint64(len(c.data)) }

// Node implements Committed.
func (c *CommittedBytes) Node(height int, index uint64) [32]byte {
	base := min(PageHeight, c.height)
	if height < base {
		return c.subtreeRoot(NewHasher(), index<<(height+LeafShift), height)
	}
	return c.levels[height-base][index]
}

// ReadAt implements Committed; reads past the data are zero-filled up to the
// tree size.
func (c *CommittedBytes) ReadAt(p []byte, off int64) (int, error) {
	return ReadPadded(c.data, c.height, p, off)
}

// ReadPadded is io.ReaderAt's ReadAt over data zero-padded to the size of
// a tree of the given height (32 << height bytes): bytes past the data read
// as zero, past the tree io.EOF. Every Committed over bytes in memory reads
// this way.
func ReadPadded(data []byte, height int, p []byte, off int64) (int, error) {
	size := int64(LeafSize) << height
	if off < 0 || off >= size {
		return 0, io.EOF
	}
	n := 0
	if off < int64(len(data)) {
		n = copy(p, data[off:])
	}
	total := int(min(int64(len(p)), size-off))
	clear(p[n:total])
	if total < len(p) {
		return total, io.EOF
	}
	return total, nil
}

var _ Committed = (*CommittedBytes)(nil)
