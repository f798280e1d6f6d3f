//go:build cgo && !nounicorn

package unicorn

import (
	"encoding/binary"
	"fmt"
	"math/rand"
	"testing"

	"github.com/axonum/opml/mipsevm"
)

const (
	fuzzCode = 0x0040_0000
	fuzzData = 0x2000_0000 // heap: data only
)

// randomProgram builds a state running random instructions: mostly from the
// supported set (ALU, HI/LO, loads and stores around two base registers that
// point at a data page, branches and jumps with delay slots), with rare
// traps, syscalls, invalid words and accesses anywhere.
func randomProgram(seed int64) *mipsevm.State {
	rnd := rand.New(rand.NewSource(seed))
	n := 16 + rnd.Intn(200)
	regs := []uint32{0, 1, 2, 3, 4, 5, 8, 9, 10, 20, 21, 31}
	reg := func() uint32 { return regs[rnd.Intn(len(regs))] }
	dst := func() uint32 { // rarely clobber the base registers
		if rnd.Intn(10) == 0 {
			return reg()
		}
		return []uint32{1, 2, 3, 4, 5, 8, 9, 10, 31}[rnd.Intn(9)]
	}
	r := func(rs, rt, rd, sa, fn uint32) uint32 { return rs<<21 | rt<<16 | rd<<11 | sa<<6 | fn }
	i := func(op, rs, rt uint32, imm uint32) uint32 { return op<<26 | rs<<21 | rt<<16 | imm&0xffff }
	off := func() uint32 { return uint32(rnd.Intn(17) - 8) }
	memOff := func() uint32 {
		if rnd.Intn(8) == 0 {
			return uint32(rnd.Intn(65536))
		}
		return uint32(rnd.Intn(256)-128) &^ uint32(rnd.Intn(2)*3) // mostly aligned
	}
	code := make([]uint32, n)
	for k := 0; k < len(code); k++ {
		var w uint32
		switch c := rnd.Intn(100); {
		case c < 3 && k+3 < len(code): // an atomic update: ll; addiu; sc (sometimes elsewhere)
			base := []uint32{20, 21}[rnd.Intn(2)]
			o := uint32(rnd.Intn(16)*4 - 32)
			rt := dst()
			code[k] = i(48, base, rt, o)
			code[k+1] = i(9, rt, rt, uint32(rnd.Intn(16)))
			if rnd.Intn(4) == 0 {
				o += 4
			}
			code[k+2] = i(56, base, rt, o)
			k += 2
			continue
		case c < 25:
			fns := []uint32{0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2a, 0x2b, 0x04, 0x06, 0x07, 0x0a, 0x0b}
			w = r(reg(), reg(), dst(), 0, fns[rnd.Intn(len(fns))])
		case c < 30:
			w = r(0, reg(), dst(), uint32(rnd.Intn(32)), []uint32{0, 2, 3}[rnd.Intn(3)])
		case c < 36:
			switch rnd.Intn(6) {
			case 0:
				w = r(reg(), reg(), 0, 0, 0x18+uint32(rnd.Intn(4)))
			case 1:
				w = r(0, 0, dst(), 0, []uint32{0x10, 0x12}[rnd.Intn(2)])
			case 2:
				w = r(reg(), 0, 0, 0, []uint32{0x11, 0x13}[rnd.Intn(2)])
			case 3:
				w = 28<<26 | r(reg(), reg(), 0, 0, []uint32{0, 1, 4, 5}[rnd.Intn(4)])
			case 4:
				w = 28<<26 | r(reg(), reg(), dst(), 0, 2)
			case 5:
				d := dst()
				w = 28<<26 | r(reg(), d, d, 0, 0x20+uint32(rnd.Intn(2)))
			}
		case c < 52:
			w = i(8+uint32(rnd.Intn(8)), reg(), dst(), uint32(rnd.Intn(65536)))
			if w>>26 == 15 {
				w &^= 31 << 21
			}
		case c < 64:
			ops := []uint32{32, 33, 34, 35, 36, 37, 38}
			base := []uint32{20, 21}[rnd.Intn(2)]
			if rnd.Intn(10) == 0 {
				base = reg()
			} else if rnd.Intn(12) == 0 {
				base = 22 // kseg0/kseg1: unicorn would alias the code
			}
			w = i(ops[rnd.Intn(len(ops))], base, dst(), memOff())
		case c < 74:
			ops := []uint32{40, 41, 42, 43, 46}
			base := []uint32{20, 21}[rnd.Intn(2)]
			if rnd.Intn(10) == 0 {
				base = reg()
			} else if rnd.Intn(12) == 0 {
				base = 22
			}
			w = i(ops[rnd.Intn(len(ops))], base, reg(), memOff())
		case c < 86: // conditional branches
			switch rnd.Intn(4) {
			case 0:
				w = i(4+uint32(rnd.Intn(2)), reg(), reg(), off())
			case 1:
				w = i(6+uint32(rnd.Intn(2)), reg(), 0, off())
			case 2:
				w = i(1, reg(), []uint32{0, 1, 0x10, 0x11}[rnd.Intn(4)], off())
			case 3: // likely forms
				if rnd.Intn(2) == 0 {
					w = i(20+uint32(rnd.Intn(4)), reg(), 0, off())
				} else {
					w = i(1, reg(), []uint32{2, 3, 0x12, 0x13}[rnd.Intn(4)], off())
				}
			}
		case c < 90: // jumps
			target := uint32(fuzzCode + 4*rnd.Intn(n+4))
			switch rnd.Intn(3) {
			case 0:
				w = (2+uint32(rnd.Intn(2)))<<26 | (target>>2)&0x03ff_ffff
			case 1:
				w = r(reg(), 0, 0, 0, 8)
			case 2:
				w = r(reg(), 0, dst(), 0, 9)
			}
		case c < 93: // traps
			if rnd.Intn(2) == 0 {
				w = r(reg(), reg(), uint32(rnd.Intn(32)), 0, []uint32{0x30, 0x31, 0x32, 0x33, 0x34, 0x36}[rnd.Intn(6)])
			} else {
				w = i(1, reg(), []uint32{8, 9, 10, 11, 12, 14}[rnd.Intn(6)], uint32(rnd.Intn(65536)))
			}
		case c < 94: // ll/sc, mostly on the data page
			base := []uint32{20, 21}[rnd.Intn(2)]
			if rnd.Intn(8) == 0 {
				base = reg()
			}
			o := uint32(rnd.Intn(64) - 32)
			if rnd.Intn(8) != 0 {
				o &^= 3
			}
			w = i([]uint32{48, 56}[rnd.Intn(2)], base, dst(), o)
		case c < 95:
			w = 0x0000_000c // syscall, number in v0
		case c < 97:
			w = []uint32{0x0000_000f, 0xcc00_0000 | reg()<<21, 0x0000_0000}[rnd.Intn(3)] // sync, pref, nop
		default:
			w = rnd.Uint32() // anything, usually invalid
		}
		code[k] = w
	}
	s := mipsevm.NewState(fuzzCode)
	buf := make([]byte, 4*len(code))
	for k, w := range code {
		binary.BigEndian.PutUint32(buf[4*k:], w)
	}
	s.Memory.SetBytes(fuzzCode, buf)
	data := make([]byte, 4096)
	rnd.Read(data)
	s.Memory.SetBytes(fuzzData, data)
	for k := 1; k < 32; k++ {
		switch rnd.Intn(4) {
		case 0:
			s.Registers[k] = uint32(rnd.Intn(16)) - 8
		case 1:
			s.Registers[k] = fuzzData + uint32(rnd.Intn(4096))
		default:
			s.Registers[k] = rnd.Uint32()
		}
	}
	s.Registers[20] = fuzzData + 0x800
	s.Registers[21] = fuzzData + 0x100 + uint32(rnd.Intn(4))
	s.Registers[22] = []uint32{0x8000_0000, 0xa000_0000}[rnd.Intn(2)] + fuzzCode + uint32(rnd.Intn(64))*4
	s.Registers[2] = []uint32{4246, 4020, 4222, 4162, 4263, 4353, 9999}[rnd.Intn(7)] // v0: some syscall
	s.HI, s.LO = rnd.Uint32(), rnd.Uint32()
	s.LLReserved = rnd.Intn(2) == 0
	return s
}

func cloneState(t testing.TB, seed int64) (*mipsevm.State, *mipsevm.VM) {
	s := randomProgram(seed)
	return s, mipsevm.NewVM(s, nil, nil, nil)
}

// checkRandom runs a random program on both engines, to a few stopping
// points, comparing state hashes.
func checkRandom(t testing.TB, seed int64) {
	rnd := rand.New(rand.NewSource(seed ^ 0x5eed))
	ref, refVM := cloneState(t, seed)
	s, vm := cloneState(t, seed)
	e, err := New(vm)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	limit := uint64(50 + rnd.Intn(3000))
	stops := []uint64{uint64(rnd.Intn(int(limit))), uint64(rnd.Intn(int(limit))), limit}
	if stops[0] > stops[1] {
		stops[0], stops[1] = stops[1], stops[0]
	}
	for _, stop := range stops {
		if err := refVM.RunTo(stop); err != nil {
			t.Fatal(err)
		}
		if stop > s.Step {
			if err := e.Run(stop - s.Step); err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
		}
		if ref.Step != s.Step || ref.Hash() != s.Hash() {
			t.Fatalf("seed %d, step %d: states differ\nref: step %d pc %#x npc %#x hi %#x lo %#x exited %v code %d fault %v\n     regs %x\ngot: step %d pc %#x npc %#x hi %#x lo %#x exited %v code %d fault %v\n     regs %x\n%s",
				seed, stop, ref.Step, ref.PC, ref.NextPC, ref.HI, ref.LO, ref.Exited, ref.ExitCode, refVM.Fault(), ref.Registers,
				s.Step, s.PC, s.NextPC, s.HI, s.LO, s.Exited, s.ExitCode, vm.Fault(), s.Registers, listing(seed))
		}
	}
}

func listing(seed int64) string {
	s := randomProgram(seed)
	out := ""
	for a := uint32(fuzzCode); a < fuzzCode+4*220; a += 4 {
		w := s.Memory.GetWord(a)
		if w == 0 && a > fuzzCode+16 && s.Memory.GetWord(a+4) == 0 {
			break
		}
		out += fmt.Sprintf("%#x: %08x %s\n", a, w, mipsevm.Disassemble(w))
	}
	return out
}

func TestRandomPrograms(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	for seed := int64(0); seed < int64(n); seed++ {
		checkRandom(t, seed)
	}
}

func FuzzLockstep(f *testing.F) {
	for seed := int64(0); seed < 16; seed++ {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, seed int64) { checkRandom(t, seed) })
}
