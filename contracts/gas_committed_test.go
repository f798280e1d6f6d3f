package contracts_test

import (
	"fmt"
	"io"
	"math/big"
	"strings"
	"testing"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/memory"
)

// sparseCommitted is committed data of any length that is zero except for
// one 32-byte leaf: its tree costs one hash per level, so a 1 GiB blob is
// as cheap to build and prove as a small one.
type sparseCommitted struct {
	length uint64
	height int
	index  uint64     // the non-zero leaf
	path   [][32]byte // path[h]: the node of height h above it
}

func newSparseCommitted(length, index uint64, leaf [32]byte) *sparseCommitted {
	c := &sparseCommitted{length: length, height: memory.NaturalHeight(length), index: index}
	if index*memory.LeafSize >= length {
		panic("the non-zero leaf lies past the data")
	}
	node := leaf
	c.path = append(c.path, node)
	for h := 0; h < c.height; h++ {
		zero := memory.ZeroHash(h)
		if (index>>h)&1 == 0 {
			node = memory.HashPair(node, zero)
		} else {
			node = memory.HashPair(zero, node)
		}
		c.path = append(c.path, node)
	}
	return c
}

func (c *sparseCommitted) Height() int    { return c.height }
func (c *sparseCommitted) Root() [32]byte { return c.path[c.height] }
func (c *sparseCommitted) Len() uint64    { return c.length }

func (c *sparseCommitted) Node(height int, index uint64) [32]byte {
	if index == c.index>>height {
		return c.path[height]
	}
	return memory.ZeroHash(height)
}

func (c *sparseCommitted) ReadAt(p []byte, off int64) (int, error) {
	size := int64(memory.LeafSize) << c.height
	if off < 0 || off >= size {
		return 0, io.EOF
	}
	n := min(int64(len(p)), size-off)
	clear(p[:n])
	leafOff := int64(c.index) * memory.LeafSize
	for i := int64(0); i < memory.LeafSize; i++ {
		if j := leafOff + i - off; j >= 0 && j < n {
			p[j] = c.path[0][i]
		}
	}
	if n < int64(len(p)) {
		return int(n), io.EOF
	}
	return int(n), nil
}

// siblings is the O(log n) proof of leaf index: its h siblings, bottom up.
func (c *sparseCommitted) siblings(index uint64) []byte {
	var out []byte
	for h := 0; h < c.height; h++ {
		n := c.Node(h, (index>>h)^1)
		out = append(out, n[:]...)
	}
	return out
}

// calldataGas is the EIP-2028 calldata cost of a transaction's input (the
// standard-token price; EIP-7623's floor is not applied).
func calldataGas(input []byte) uint64 {
	var g uint64
	for _, b := range input {
		if b == 0 {
			g += 4
		} else {
			g += 16
		}
	}
	return g
}

// TestGasCommitted measures, for committed data of several sizes up to
// 1 GiB (sparse: one non-zero leaf), the execution gas of
//   - registerCommitted;
//   - the map_committed syscall step (MIPS.step, with its node proof);
//   - a lw from the mapped data right after (MIPS.step);
//   - loadCommittedLeaf of the non-zero leaf and of a zero leaf, each with
//     its O(log n) proof (the first load of a leaf: fresh storage slots).
//
// Every MIPS.step is checked against the Go VM. Gas is execution gas (no
// 21,000 intrinsic gas); the calldata column is the EIP-2028 calldata cost
// of the loadCommittedLeaf transaction, to be added for a transaction.
//
//	go test ./contracts -run TestGasCommitted -v
func TestGasCommitted(t *testing.T) {
	const (
		lwT0T1 = 0x8d280000 // lw t0, 0(t1)
		kib    = 1 << 10
		mib    = 1 << 20
		gib    = 1 << 30
	)
	sizes := []uint64{4, 1 * kib, 100_000, 1 * mib, 64 * mib, 1 * gib}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-10s %6s %9s %12s %10s %13s %13s %9s\n", "size", "height", "register", "map step", "lw mapped", "leaf (value)", "leaf (zero)", "calldata")
	for _, size := range sizes {
		var leaf [32]byte
		for i := range leaf {
			leaf[i] = byte(0xa0 + i)
		}
		nLeaves := (size + 31) / 32
		index := nLeaves / 3 // somewhere inside
		cd := newSparseCommitted(size, index, leaf)
		key := mipsevm.CommittedKey(cd.Root(), cd.Len())
		o := &testOracle{committed: map[[32]byte]mipsevm.CommittedData{key: cd}}
		c := newChain(t)
		regGas, err := c.RegisterCommitted(cd.Root(), cd.Len())
		if err != nil {
			t.Fatal(err)
		}

		// The mapping step, then a load of the non-zero leaf's first word.
		mapSize := uint64(memory.LeafSize) << cd.Height()
		addr := uint32(0x80000000)
		s, vmach := newVM(o, syscallInsn, lwT0T1)
		s.PreimageKey = key
		s.Registers[2], s.Registers[4], s.Registers[5] = mipsevm.SysMapCommitted, addr, uint32(max(mapSize, 4096))
		s.Registers[9] = addr + uint32(index*memory.LeafSize)
		w, mapGas := c.checkStep(t, vmach)
		if s.Registers[7] != 0 || s.Registers[2] != uint32(size) {
			t.Fatalf("%d bytes: map_committed returned %d, a3 %d", size, s.Registers[2], s.Registers[7])
		}
		wantProof := memory.ProofLen + (memory.TreeHeight+1-cd.Height())*32 // fetch, node proof
		if len(w.ProofData) != wantProof {
			t.Fatalf("%d bytes: mapping proof is %d bytes, want %d", size, len(w.ProofData), wantProof)
		}
		_, lwGas := c.checkStep(t, vmach)
		if want := uint32(leaf[0])<<24 | uint32(leaf[1])<<16 | uint32(leaf[2])<<8 | uint32(leaf[3]); s.Registers[8] != want {
			t.Fatalf("%d bytes: lw read %#x, want %#x", size, s.Registers[8], want)
		}

		// loadCommittedLeaf: the non-zero leaf, then a zero one.
		leafGas := func(i uint64, value [32]byte) (uint64, uint64) {
			input := oracleABI.PackLoadCommittedLeaf(key, new(big.Int).SetUint64(i), value, cd.siblings(i))
			_, gas, err := c.call(c.oracle, input)
			if err != nil {
				t.Fatalf("%d bytes: leaf %d: %v", size, i, err)
			}
			ret, _, err := c.call(c.oracle, oracleABI.PackCommittedLeaves(key, new(big.Int).SetUint64(i)))
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := oracleABI.UnpackCommittedLeaves(ret); got != value {
				t.Fatalf("%d bytes: leaf %d stored %x", size, i, got)
			}
			return gas, calldataGas(input)
		}
		valueGas, cdGas := leafGas(index, leaf)
		zeroIdx := uint64(0)
		if index == 0 {
			zeroIdx = nLeaves - 1
		}
		zeroGas := "-" // one leaf only
		if zeroIdx != index {
			g, _ := leafGas(zeroIdx, [32]byte{})
			zeroGas = fmt.Sprint(g)
		}
		fmt.Fprintf(&b, "%-10s %6d %9d %12d %10d %13d %13s %9d\n", sizeName(size), cd.Height(), regGas, mapGas, lwGas, valueGas, zeroGas, cdGas)
	}
	t.Log(b.String())
}

func sizeName(n uint64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}
