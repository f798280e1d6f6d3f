//go:build cgo && !nounicorn

package unicorn

import (
	"encoding/binary"
	"testing"

	"github.com/axonum/opml/mipsevm"
)

// TestKseg01Accesses: loads and stores at 0x8000_0000..0xbfff_ffff are
// ordinary memory in the Go VM, but kernel-mode qemu would map them onto the
// guest's low memory (0x8040_0000 onto the code at 0x0040_0000). The engine
// must leave them to the interpreter, in delay slots too.
func TestKseg01Accesses(t *testing.T) {
	const code = 0x0040_0000
	i := func(op, rs, rt, imm uint32) uint32 { return op<<26 | rs<<21 | rt<<16 | imm&0xffff }
	const t0, t1, t2, t3, t4 = 8, 9, 10, 11, 12
	prog := []uint32{
		i(15, 0, t0, 0x8040), // lui  t0, 0x8040: kseg0 alias of the code
		i(15, 0, t3, 0xa040), // lui  t3, 0xa040: kseg1 alias of the code
		i(35, t0, t1, 0),     // lw   t1, 0(t0): the Go VM reads 0, not the lui above
		i(35, t3, t4, 4),     // lw   t4, 4(t3)
		i(43, t0, t0, 8),     // sw   t0, 8(t0): must not overwrite the code
		i(4, 0, 0, 2),        // beq  zero, zero, +2
		i(35, t0, t2, 8),     // lw   t2, 8(t0) in the delay slot
		0,                    // (skipped)
		i(43, t3, t3, 12),    // sw   t3, 12(t3)
		i(9, t1, t1, 1),      // addiu t1, t1, 1
		i(4, t1, t1, 1),      // beq  t1, t1, +1
		i(36, t0, t2, 9),     // lbu  t2, 9(t0) in the delay slot
		0,                    // (skipped)
		i(5, t1, 0, 1),       // bne  t1, zero, +1
		i(41, t3, t1, 2),     // sh   t1, 2(t3) in the delay slot
	}
	for len(prog) < 62 {
		prog = append(prog, i(9, t2, t2, 3)) // addiu: plain work after the loop
	}
	// a block of its own for that work (blocks end at branches): unicorn runs it
	prog = append(prog, i(4, 0, 0, 0), 0) // beq zero, zero, +0; nop
	prog = append(prog, 0x0000_000d)      // break: the end
	build := func() *mipsevm.State {
		s := mipsevm.NewState(code)
		buf := make([]byte, 4*len(prog))
		for k, w := range prog {
			binary.BigEndian.PutUint32(buf[4*k:], w)
		}
		s.Memory.SetBytes(code, buf)
		return s
	}
	e := lockstepStates(t, build, nil) // one run: unicorn runs it all, but for what it leaves to Go
	ref := build()
	if err := mipsevm.NewVM(ref, nil, nil, nil).Run(0); err != nil {
		t.Fatal(err)
	}
	if !ref.Exited || ref.Registers[t1] == 0 {
		t.Fatalf("the program did not run as intended: exited %v, t1 %#x", ref.Exited, ref.Registers[t1])
	}
	if e.Rollbacks == 0 {
		t.Fatal("no run was rolled back: the kseg accesses did not reach unicorn")
	}
	if e.UnicornSteps == 0 {
		t.Fatal("unicorn ran nothing: the test would not notice an aliasing engine")
	}
}
