package mipsevm

import (
	"math/bits"
)

// Register numbers the syscall ABI names.
const (
	regV0 = 2
	regV1 = 3
	regA0 = 4
	regA1 = 5
	regA2 = 6
	regA3 = 7
	regSP = 29
	regRA = 31
)

func signExtend16(v uint32) uint32 { return uint32(int32(int16(v))) }

// step executes one instruction. It is the single definition of the
// instruction semantics, used by the fast loop and by witness generation.
// A host failure (a preimage the oracle cannot supply) returns an error and
// leaves the state untouched; guest misbehaviour is a fault, not an error.
//
// A step switches threads at most once: when the instruction yields, or else
// when the new step count is a multiple of TimeSlice (preemption).
func (vm *VM) step() error {
	s := vm.state
	if s.Exited {
		return nil
	}
	vm.switched = false
	if err := vm.exec(); err != nil {
		return err
	}
	if s.Step&(TimeSlice-1) == 0 && !vm.switched && !s.Exited {
		vm.switchThread()
	}
	return nil
}

// exec executes the instruction at pc.
func (vm *VM) exec() error {
	s := vm.state
	pc := s.PC
	insn := vm.fetch(pc)
	if pc&3 != 0 || pc < CodeStart || pc >= CodeLimit {
		vm.fault(pc, insn, "jump outside memory: pc %#08x is not an aligned address in the code area [%#x, %#x)", pc, CodeStart, CodeLimit)
		return nil
	}
	r := &s.Registers
	op := insn >> 26
	rs := (insn >> 21) & 31
	rt := (insn >> 16) & 31
	switch op {
	case 0: // SPECIAL
		rd := (insn >> 11) & 31
		sa := (insn >> 6) & 31
		a, b := r[rs], r[rt]
		var v uint32
		switch insn & 63 {
		case 0x00: // sll
			v = b << sa
		case 0x02: // srl (rs = 1 would be MIPS32r2 rotr)
			if rs != 0 {
				vm.invalid(pc, insn)
				return nil
			}
			v = b >> sa
		case 0x03: // sra
			v = uint32(int32(b) >> sa)
		case 0x04: // sllv
			v = b << (a & 31)
		case 0x06: // srlv (sa = 1 would be MIPS32r2 rotrv)
			if sa != 0 {
				vm.invalid(pc, insn)
				return nil
			}
			v = b >> (a & 31)
		case 0x07: // srav
			v = uint32(int32(b) >> (a & 31))
		case 0x08: // jr
			return vm.jump(pc, insn, a, 0)
		case 0x09: // jalr
			return vm.jump(pc, insn, a, rd)
		case 0x0a: // movz
			if b != 0 {
				return vm.next()
			}
			v = a
		case 0x0b: // movn
			if b == 0 {
				return vm.next()
			}
			v = a
		case 0x0c: // syscall
			return vm.syscall(pc, insn)
		case 0x0d: // break
			vm.fault(pc, insn, "break")
			return nil
		case 0x0f: // sync: one hart, nothing to order
			return vm.next()
		case 0x10: // mfhi
			v = s.HI
		case 0x11: // mthi
			s.HI = a
			return vm.next()
		case 0x12: // mflo
			v = s.LO
		case 0x13: // mtlo
			s.LO = a
			return vm.next()
		case 0x18: // mult
			p := uint64(int64(int32(a)) * int64(int32(b)))
			s.HI, s.LO = uint32(p>>32), uint32(p)
			return vm.next()
		case 0x19: // multu
			p := uint64(a) * uint64(b)
			s.HI, s.LO = uint32(p>>32), uint32(p)
			return vm.next()
		case 0x1a: // div: a zero divisor, or MinInt32 / -1, divides by 1 (as qemu does)
			d := int32(b)
			if d == 0 || (int32(a) == -1<<31 && d == -1) {
				d = 1
			}
			s.LO, s.HI = uint32(int32(a)/d), uint32(int32(a)%d)
			return vm.next()
		case 0x1b: // divu
			d := b
			if d == 0 {
				d = 1
			}
			s.LO, s.HI = a/d, a%d
			return vm.next()
		case 0x20: // add
			v = a + b
			if (a^v)&(b^v)>>31 != 0 {
				vm.fault(pc, insn, "integer overflow in add")
				return nil
			}
		case 0x21: // addu
			v = a + b
		case 0x22: // sub
			v = a - b
			if (a^b)&(a^v)>>31 != 0 {
				vm.fault(pc, insn, "integer overflow in sub")
				return nil
			}
		case 0x23: // subu
			v = a - b
		case 0x24: // and
			v = a & b
		case 0x25: // or
			v = a | b
		case 0x26: // xor
			v = a ^ b
		case 0x27: // nor
			v = ^(a | b)
		case 0x2a: // slt
			if int32(a) < int32(b) {
				v = 1
			}
		case 0x2b: // sltu
			if a < b {
				v = 1
			}
		case 0x30, 0x31, 0x32, 0x33, 0x34, 0x36: // tge tgeu tlt tltu teq tne
			if trapTaken(insn&63, a, b) {
				vm.fault(pc, insn, "trap")
				return nil
			}
			return vm.next()
		default:
			vm.invalid(pc, insn)
			return nil
		}
		if rd != 0 {
			r[rd] = v
		}
		return vm.next()

	case 1: // REGIMM
		a := int32(r[rs])
		switch rt {
		case 0x00: // bltz
			return vm.branch(pc, insn, a < 0, false, false)
		case 0x01: // bgez
			return vm.branch(pc, insn, a >= 0, false, false)
		case 0x02: // bltzl
			return vm.branch(pc, insn, a < 0, false, true)
		case 0x03: // bgezl
			return vm.branch(pc, insn, a >= 0, false, true)
		case 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0e: // tgei tgeiu tlti tltiu teqi tnei
			if trapTaken(rt+0x28, uint32(a), signExtend16(insn)) {
				vm.fault(pc, insn, "trap")
				return nil
			}
			return vm.next()
		case 0x10: // bltzal
			return vm.branch(pc, insn, a < 0, true, false)
		case 0x11: // bgezal
			return vm.branch(pc, insn, a >= 0, true, false)
		case 0x12: // bltzall
			return vm.branch(pc, insn, a < 0, true, true)
		case 0x13: // bgezall
			return vm.branch(pc, insn, a >= 0, true, true)
		}
		vm.invalid(pc, insn)
		return nil

	case 2, 3: // j, jal
		target := (s.NextPC & 0xf000_0000) | (insn&0x03ff_ffff)<<2
		link := uint32(0)
		if op == 3 {
			link = regRA
		}
		return vm.jump(pc, insn, target, link)

	case 4, 5, 6, 7, 20, 21, 22, 23: // beq bne blez bgtz and their -likely forms
		a, b := r[rs], r[rt]
		var taken bool
		switch op & 3 {
		case 0:
			taken = a == b
		case 1:
			taken = a != b
		case 2:
			taken = int32(a) <= 0
		case 3:
			taken = int32(a) > 0
		}
		return vm.branch(pc, insn, taken, false, op >= 20)

	case 8: // addi
		a, b := r[rs], signExtend16(insn)
		v := a + b
		if (a^v)&(b^v)>>31 != 0 {
			vm.fault(pc, insn, "integer overflow in addi")
			return nil
		}
		return vm.setNext(rt, v)
	case 9: // addiu
		return vm.setNext(rt, r[rs]+signExtend16(insn))
	case 10: // slti
		return vm.setNext(rt, b2u(int32(r[rs]) < int32(signExtend16(insn))))
	case 11: // sltiu
		return vm.setNext(rt, b2u(r[rs] < signExtend16(insn)))
	case 12: // andi
		return vm.setNext(rt, r[rs]&(insn&0xffff))
	case 13: // ori
		return vm.setNext(rt, r[rs]|(insn&0xffff))
	case 14: // xori
		return vm.setNext(rt, r[rs]^(insn&0xffff))
	case 15: // lui
		return vm.setNext(rt, insn<<16)

	case 28: // SPECIAL2
		rd := (insn >> 11) & 31
		a, b := r[rs], r[rt]
		acc := uint64(s.HI)<<32 | uint64(s.LO)
		switch insn & 63 {
		case 0x00: // madd
			acc += uint64(int64(int32(a)) * int64(int32(b)))
		case 0x01: // maddu
			acc += uint64(a) * uint64(b)
		case 0x02: // mul
			return vm.setNext(rd, uint32(int32(a)*int32(b)))
		case 0x04: // msub
			acc -= uint64(int64(int32(a)) * int64(int32(b)))
		case 0x05: // msubu
			acc -= uint64(a) * uint64(b)
		case 0x20: // clz
			return vm.setNext(rd, uint32(bits.LeadingZeros32(a)))
		case 0x21: // clo
			return vm.setNext(rd, uint32(bits.LeadingZeros32(^a)))
		default:
			vm.invalid(pc, insn)
			return nil
		}
		s.HI, s.LO = uint32(acc>>32), uint32(acc)
		return vm.next()

	case 32, 33, 34, 35, 36, 37, 38, 48: // lb lh lwl lw lbu lhu lwr ll
		addr := r[rs] + signExtend16(insn)
		if (op == 33 || op == 37) && addr&1 != 0 || (op == 35 || op == 48) && addr&3 != 0 {
			vm.fault(pc, insn, "unaligned load at %#08x", addr)
			return nil
		}
		w := vm.load(addr &^ 3)
		shift := (addr & 3) * 8
		var v uint32
		switch op {
		case 32: // lb
			v = uint32(int32(int8(w >> (24 - shift))))
		case 33: // lh
			v = uint32(int32(int16(w >> (16 - shift))))
		case 34: // lwl
			v = w<<shift | r[rt]&(1<<shift-1)
		case 35: // lw
			v = w
		case 48: // ll
			v = w
			s.LLReserved = true
		case 36: // lbu
			v = (w >> (24 - shift)) & 0xff
		case 37: // lhu
			v = (w >> (16 - shift)) & 0xffff
		case 38: // lwr
			rs := 24 - shift
			v = w>>rs | r[rt]&^(0xffff_ffff>>rs)
		}
		return vm.setNext(rt, v)

	case 40, 41, 42, 43, 46, 56: // sb sh swl sw swr sc
		addr := r[rs] + signExtend16(insn)
		if op == 41 && addr&1 != 0 || (op == 43 || op == 56) && addr&3 != 0 {
			vm.fault(pc, insn, "unaligned store at %#08x", addr)
			return nil
		}
		word := addr &^ 3
		shift := (addr & 3) * 8
		v := r[rt]
		var w uint32
		switch op {
		case 40: // sb
			s := 24 - shift
			w = vm.load(word)&^(0xff<<s) | (v&0xff)<<s
		case 41: // sh
			s := 16 - shift
			w = vm.load(word)&^(0xffff<<s) | (v&0xffff)<<s
		case 42: // swl
			w = vm.load(word)&^(0xffff_ffff>>shift) | v>>shift
		case 43, 56: // sw, sc
			w = v
		case 46: // swr
			s := 24 - shift
			w = vm.load(word)&^(0xffff_ffff<<s) | v<<s
		}
		if op == 56 { // sc: fails if the thread was switched out since its ll
			ok := s.LLReserved
			s.LLReserved = false
			if !ok {
				return vm.setNext(rt, 0)
			}
			vm.store(word, w)
			return vm.setNext(rt, 1)
		}
		vm.store(word, w)
		return vm.next()

	case 51: // pref: a hint, nothing to do
		return vm.next()
	}
	vm.invalid(pc, insn)
	return nil
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// trapTaken evaluates a trap condition; fn is the SPECIAL function code
// (0x30..0x36), which the immediate forms are mapped onto.
func trapTaken(fn uint32, a, b uint32) bool {
	switch fn {
	case 0x30: // tge
		return int32(a) >= int32(b)
	case 0x31: // tgeu
		return a >= b
	case 0x32: // tlt
		return int32(a) < int32(b)
	case 0x33: // tltu
		return a < b
	case 0x34: // teq
		return a == b
	case 0x36: // tne
		return a != b
	}
	return false
}

// next advances past a non-branch instruction.
func (vm *VM) next() error {
	s := vm.state
	s.PC = s.NextPC
	s.NextPC += 4
	s.Step++
	return nil
}

// setNext writes a register and advances.
func (vm *VM) setNext(reg uint32, v uint32) error {
	if reg != 0 {
		vm.state.Registers[reg] = v
	}
	return vm.next()
}

// branch handles conditional branches: the delay slot runs next, and is
// skipped when a -likely branch is not taken.
func (vm *VM) branch(pc, insn uint32, taken, link, likely bool) error {
	s := vm.state
	if s.NextPC != pc+4 {
		vm.fault(pc, insn, "branch in a delay slot")
		return nil
	}
	if link {
		s.Registers[regRA] = pc + 8
	}
	switch {
	case taken:
		s.PC, s.NextPC = s.NextPC, s.NextPC+signExtend16(insn)<<2
	case likely:
		s.PC, s.NextPC = s.NextPC+4, s.NextPC+8
	default:
		s.PC, s.NextPC = s.NextPC, s.NextPC+4
	}
	s.Step++
	return nil
}

// jump handles j/jal/jr/jalr; link is the register to receive pc+8 (0: none).
func (vm *VM) jump(pc, insn, target, link uint32) error {
	s := vm.state
	if s.NextPC != pc+4 {
		vm.fault(pc, insn, "jump in a delay slot")
		return nil
	}
	if link != 0 {
		s.Registers[link] = pc + 8
	}
	s.PC, s.NextPC = s.NextPC, target
	s.Step++
	return nil
}
