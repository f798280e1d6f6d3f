package mipsevm

import "fmt"

var regNames = [32]string{
	"zero", "at", "v0", "v1", "a0", "a1", "a2", "a3",
	"t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7",
	"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7",
	"t8", "t9", "k0", "k1", "gp", "sp", "fp", "ra",
}

var specialNames = map[uint32]string{
	0x00: "sll", 0x02: "srl", 0x03: "sra", 0x04: "sllv", 0x06: "srlv", 0x07: "srav",
	0x08: "jr", 0x09: "jalr", 0x0a: "movz", 0x0b: "movn", 0x0c: "syscall", 0x0d: "break",
	0x0f: "sync", 0x10: "mfhi", 0x11: "mthi", 0x12: "mflo", 0x13: "mtlo", 0x18: "mult",
	0x19: "multu", 0x1a: "div", 0x1b: "divu", 0x20: "add", 0x21: "addu", 0x22: "sub",
	0x23: "subu", 0x24: "and", 0x25: "or", 0x26: "xor", 0x27: "nor", 0x2a: "slt",
	0x2b: "sltu", 0x30: "tge", 0x31: "tgeu", 0x32: "tlt", 0x33: "tltu", 0x34: "teq", 0x36: "tne",
}

var regimmNames = map[uint32]string{
	0x00: "bltz", 0x01: "bgez", 0x02: "bltzl", 0x03: "bgezl", 0x08: "tgei", 0x09: "tgeiu",
	0x0a: "tlti", 0x0b: "tltiu", 0x0c: "teqi", 0x0e: "tnei", 0x10: "bltzal", 0x11: "bgezal",
	0x12: "bltzall", 0x13: "bgezall",
}

var special2Names = map[uint32]string{
	0x00: "madd", 0x01: "maddu", 0x02: "mul", 0x04: "msub", 0x05: "msubu", 0x20: "clz", 0x21: "clo",
}

var opNames = map[uint32]string{
	2: "j", 3: "jal", 4: "beq", 5: "bne", 6: "blez", 7: "bgtz", 8: "addi", 9: "addiu",
	10: "slti", 11: "sltiu", 12: "andi", 13: "ori", 14: "xori", 15: "lui", 20: "beql",
	21: "bnel", 22: "blezl", 23: "bgtzl", 32: "lb", 33: "lh", 34: "lwl", 35: "lw", 36: "lbu",
	37: "lhu", 38: "lwr", 40: "sb", 41: "sh", 42: "swl", 43: "sw", 46: "swr", 48: "ll",
	51: "pref", 56: "sc",
}

// Disassemble renders an instruction word for error messages and traces.
// Words the VM does not execute are shown as such.
func Disassemble(insn uint32) string {
	op := insn >> 26
	rs, rt, rd := regNames[(insn>>21)&31], regNames[(insn>>16)&31], regNames[(insn>>11)&31]
	sa := (insn >> 6) & 31
	imm := int16(insn)
	switch op {
	case 0:
		name, ok := specialNames[insn&63]
		if !ok {
			break
		}
		switch insn & 63 {
		case 0x00, 0x02, 0x03:
			if insn == 0 {
				return "nop"
			}
			return fmt.Sprintf("%s $%s, $%s, %d", name, rd, rt, sa)
		case 0x08, 0x11, 0x13:
			return fmt.Sprintf("%s $%s", name, rs)
		case 0x10, 0x12:
			return fmt.Sprintf("%s $%s", name, rd)
		case 0x09:
			return fmt.Sprintf("%s $%s, $%s", name, rd, rs)
		case 0x0c, 0x0d, 0x0f:
			return name
		case 0x18, 0x19, 0x1a, 0x1b, 0x30, 0x31, 0x32, 0x33, 0x34, 0x36:
			return fmt.Sprintf("%s $%s, $%s", name, rs, rt)
		case 0x04, 0x06, 0x07:
			return fmt.Sprintf("%s $%s, $%s, $%s", name, rd, rt, rs)
		}
		return fmt.Sprintf("%s $%s, $%s, $%s", name, rd, rs, rt)
	case 1:
		if name, ok := regimmNames[(insn>>16)&31]; ok {
			return fmt.Sprintf("%s $%s, %d", name, rs, imm)
		}
	case 28:
		if name, ok := special2Names[insn&63]; ok {
			if insn&63 == 2 || insn&63 >= 0x20 {
				return fmt.Sprintf("%s $%s, $%s, $%s", name, rd, rs, rt)
			}
			return fmt.Sprintf("%s $%s, $%s", name, rs, rt)
		}
	default:
		name, ok := opNames[op]
		if !ok {
			break
		}
		switch {
		case op == 2 || op == 3:
			return fmt.Sprintf("%s %#x", name, (insn&0x03ff_ffff)<<2)
		case op >= 4 && op <= 7 || op >= 20 && op <= 23:
			return fmt.Sprintf("%s $%s, $%s, %d", name, rs, rt, imm)
		case op == 15:
			return fmt.Sprintf("%s $%s, %#x", name, rt, uint16(imm))
		case op >= 32:
			return fmt.Sprintf("%s $%s, %d($%s)", name, rt, imm, rs)
		}
		return fmt.Sprintf("%s $%s, $%s, %d", name, rt, rs, imm)
	}
	return fmt.Sprintf("unknown %#08x", insn)
}
