//go:build cgo && !nounicorn

package unicorn

// Bare unicorn for the upper-bound benchmark in bound_test.go; the engine
// does not use it.

// #cgo LDFLAGS: -lunicorn
// #include "bound.h"
import "C"

import (
	"errors"
	"unsafe"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/memory"
)

const (
	boundRaw      = C.BOUND_RAW
	boundBlock    = C.BOUND_BLOCK
	boundCode     = C.BOUND_CODE
	boundBlockMem = C.BOUND_BLOCK_MEM
)

type boundBare struct{ z *C.bound_t }

// newBare maps the given 1 MiB chunks, filled from s's memory, on a
// unicorn with only the hook that mode asks for, and loads s's registers.
func newBare(mode int, s *mipsevm.State, chunks []uint32) (*boundBare, error) {
	z := C.bound_new(C.int(mode))
	if z == nil {
		return nil, errors.New("bound_new")
	}
	b := &boundBare{z}
	for _, ci := range chunks {
		p := C.bound_chunk(z, C.uint32_t(ci))
		if p == nil {
			b.Close()
			return nil, errors.New("bound_chunk")
		}
		dst := unsafe.Slice((*byte)(unsafe.Pointer(p)), 1<<20)
		first := ci << (20 - memory.PageShift)
		for j := range uint32(1 << (20 - memory.PageShift)) {
			if pg := s.Memory.PageFor((first + j) << memory.PageShift); pg != nil {
				copy(dst[j<<memory.PageShift:], pg.Data[:])
			}
		}
	}
	for i, r := range s.Registers {
		z.regs[i] = C.uint32_t(r)
	}
	z.regs[32], z.regs[33], z.regs[34] = C.uint32_t(s.HI), C.uint32_t(s.LO), C.uint32_t(s.PC)
	return b, nil
}

// Run runs to the first exception; returns unicorn's error string, the
// hook's instruction and block counts, and the final pc.
func (b *boundBare) Run() (err string, count, blocks uint64, pc uint32) {
	e := C.bound_run(b.z)
	return C.GoString(C.uc_strerror(e)), uint64(b.z.count), uint64(b.z.blocks), uint32(b.z.regs[34])
}

func (b *boundBare) Reg(i int) uint32 { return uint32(b.z.regs[i]) }

func (b *boundBare) Close() { C.bound_free(b.z) }
