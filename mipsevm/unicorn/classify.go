//go:build cgo && !nounicorn

package unicorn

// Instruction classification. Unicorn runs only instructions whose qemu
// semantics are known to equal the Go interpreter's: a whitelist of canonical
// MIPS32r1 encodings. Everything else ("special") is handed to the Go
// interpreter: syscall, break, ll, sc, every word the Go VM treats as
// invalid or decodes more loosely than qemu (non-zero reserved fields), and
// the two branch forms whose target cannot be recomputed from the registers
// after they ran (jalr with rd = rs, bltzal/bgezal on $ra), which a hand-over
// inside a delay slot needs. Branch-likely forms are Go steps too: a block
// holds the likely branch and its delay slot, which the branch may skip, so
// counting the block's length would be off by one (compilers do not emit
// them for MIPS32).

// needsGo reports whether unicorn must stop before executing w.
func needsGo(w uint32) bool {
	op := w >> 26
	rs := (w >> 21) & 31
	rt := (w >> 16) & 31
	rd := (w >> 11) & 31
	sa := (w >> 6) & 31
	switch op {
	case 0: // SPECIAL
		switch w & 63 {
		case 0x00, 0x02, 0x03: // sll srl sra
			return rs != 0
		case 0x04, 0x06, 0x07: // sllv srlv srav
			return sa != 0
		case 0x08: // jr
			return rt != 0 || rd != 0 || sa != 0
		case 0x09: // jalr
			return rt != 0 || sa != 0 || rd == rs
		case 0x0a, 0x0b: // movz movn
			return sa != 0
		case 0x0f: // sync
			return rs != 0 || rt != 0 || rd != 0
		case 0x10, 0x12: // mfhi mflo
			return rs != 0 || rt != 0 || sa != 0
		case 0x11, 0x13: // mthi mtlo
			return rt != 0 || rd != 0 || sa != 0
		case 0x18, 0x19, 0x1a, 0x1b: // mult multu div divu
			return rd != 0 || sa != 0
		case 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2a, 0x2b:
			return sa != 0
		case 0x30, 0x31, 0x32, 0x33, 0x34, 0x36: // traps: raise an exception in qemu
			return false
		}
		return true // syscall, break, and everything the Go VM rejects
	case 1: // REGIMM
		switch rt {
		case 0x00, 0x01, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0e:
			return false
		case 0x10, 0x11: // bltzal bgezal: the link overwrites the condition register
			return rs == 31
		}
		return true
	case 2, 3, 4, 5: // j jal beq bne
		return false
	case 6, 7: // blez bgtz
		return rt != 0
	case 8, 9, 10, 11, 12, 13, 14: // immediate ALU
		return false
	case 15: // lui
		return rs != 0
	case 28: // SPECIAL2
		switch w & 63 {
		case 0x00, 0x01, 0x04, 0x05: // madd maddu msub msubu
			return rd != 0 || sa != 0
		case 0x02, 0x20, 0x21: // mul clz clo
			return sa != 0
		}
		return true
	case 32, 33, 34, 35, 36, 37, 38: // loads (not ll)
		return false
	case 40, 41, 42, 43, 46: // stores (not sc)
		return false
	case 51: // pref
		return false
	}
	return true // ll, sc, coprocessors, SPECIAL3, ...
}

// isBranch reports whether the Go VM treats w as a branch or jump (one with
// a delay slot, or a likely branch that may skip it).
func isBranch(w uint32) bool {
	switch op := w >> 26; op {
	case 0:
		fn := w & 63
		return fn == 0x08 || fn == 0x09
	case 1:
		rt := (w >> 16) & 31
		return rt <= 3 || rt >= 0x10 && rt <= 0x13
	case 2, 3, 4, 5, 6, 7, 20, 21, 22, 23:
		return true
	}
	return false
}

// special reports whether unicorn must stop before the instruction w at
// address a whose successor word is next: w itself needs Go, or w is a
// branch whose delay slot needs Go or is a branch (a fault the Go VM must
// report), or whose delay slot lies outside the code area.
func special(a, w, next uint32) bool {
	if needsGo(w) {
		return true
	}
	if isBranch(w) {
		return needsGo(next) || isBranch(next) || a+4 >= codeLimit
	}
	return false
}

// branchTarget is where the branch or jump w at pc goes, given that its delay
// slot is running (so a likely branch was taken), evaluated on the registers
// as they were when it executed (the caller guarantees the link register is
// not an input).
func branchTarget(pc, w uint32, r *[32]uint32) uint32 {
	op := w >> 26
	rs, rt := (w>>21)&31, (w>>16)&31
	off := pc + 4 + uint32(int32(int16(w)))<<2
	a, b := r[rs], r[rt]
	taken := false
	switch op {
	case 0: // jr jalr
		return a
	case 2, 3:
		return (pc+4)&0xf000_0000 | (w&0x03ff_ffff)<<2
	case 1:
		switch rt {
		case 0x00, 0x02, 0x10, 0x12:
			taken = int32(a) < 0
		default:
			taken = int32(a) >= 0
		}
	case 4, 20:
		taken = a == b
	case 5, 21:
		taken = a != b
	case 6, 22:
		taken = int32(a) <= 0
	case 7, 23:
		taken = int32(a) > 0
	}
	if taken {
		return off
	}
	return pc + 8
}
