package oracle

import (
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/memory"
)

// Model is a model's bytes with the nodes of their tree from page height
// up, which is what the VM needs to map it: Node from page height up is a
// lookup, and nodes below are recomputed from at most a page of bytes. The
// cache costs 1/64 of the data's size. A Model is immutable and safe for
// concurrent use.
type Model struct {
	data   []byte
	height int
	levels [][][32]byte // levels[i]: nodes of height min(pageHeight, height)+i
	addr   Address
}

var _ mipsevm.CommittedData = (*Model)(nil)

// NewModel builds the tree over data, on all cores for large data. The
// Model keeps data: the caller must not modify it afterwards.
func NewModel(data []byte) *Model {
	height := memory.NaturalHeight(uint64(len(data)))
	var bottom [][32]byte
	if height < pageHeight {
		bottom = [][32]byte{subtreeRoot(memory.NewHasher(), data, height)}
	} else {
		bottom = hashPages(data)
	}
	m := &Model{data: data, height: height, levels: buildLevels(height, bottom)}
	m.addr = ModelAddress(m.Root(), m.Len())
	return m
}

// Address is the model's address.
func (m *Model) Address() Address { return m.addr }

// Bytes returns the model's bytes; the caller must not modify them.
func (m *Model) Bytes() []byte { return m.data }

// Root is the root of the tree over the bytes.
func (m *Model) Root() [32]byte { return m.levels[len(m.levels)-1][0] }

// Len is the length of the bytes.
func (m *Model) Len() uint64 { return uint64(len(m.data)) }

// Height is the tree's height above its 32-byte leaves:
// memory.NaturalHeight(Len()).
func (m *Model) Height() int { return m.height }

// Node returns the node of the given height with the given index among the
// nodes of that height, left to right. Nodes right of the tree are zero
// subtrees; a height outside [0, Height()] gives the zero hash.
func (m *Model) Node(height int, index uint64) [32]byte {
	if height < 0 || height > m.height {
		return [32]byte{}
	}
	if index >= uint64(1)<<(m.height-height) {
		return memory.ZeroHash(height)
	}
	base := min(pageHeight, m.height)
	if height >= base {
		return m.levels[height-base][index]
	}
	off := index << (height + memory.LeafShift)
	if off >= m.Len() {
		return memory.ZeroHash(height)
	}
	return subtreeRoot(memory.NewHasher(), m.data[off:], height)
}

// Leaf returns the 32-byte leaf holding the byte at offset (zero past the
// end of the data).
func (m *Model) Leaf(offset uint64) [32]byte {
	var leaf [32]byte
	start := offset &^ (leafSize - 1)
	if start < m.Len() {
		copy(leaf[:], m.data[start:])
	}
	return leaf
}

// ReadAt implements io.ReaderAt over the zero-padded tree: bytes past the
// data's end read as zero up to 32 << Height() bytes, then io.EOF.
func (m *Model) ReadAt(p []byte, off int64) (int, error) {
	return memory.ReadPadded(m.data, m.height, p, off)
}
