#include "textflag.h"

// AVX-512 VNNI row kernels for the quantized matmul: the AVX2 kernels'
// contract and exactness argument (dot_amd64.go), with VPDPBUSD doing a
// block's integer sum and the blocks combined eight at a time in int64
// lanes, in registers.
//
// func q8RowsVNNI(rows *byte, rowBytes, nrows int, x *int8, nb int, xm, xs, sx *int32, scale float64, out *float32, sums *int32, hs *uint16) int
// func q4RowsVNNI(same)
//
// VPDPBUSD multiplies unsigned by signed bytes. Q8_0: the weights are made
// unsigned by flipping their top bit (w+128), so a block's VPDPBUSD sum is
// Σ(w+128)·x = Σw·x + 128·Σx; Q4_0: the nibbles n are already unsigned,
// Σn·x = Σ(n−8)·x + 8·Σx. sx holds each block's Σx; subtracting the
// multiple leaves the reference's integer Σw·x. Four products of at most
// 255·128 fit an int32 lane with room to spare, so no step saturates or
// wraps.
//
// Per group of 8 blocks: the 8 sums (Y11) and scale bits (X9), then each
// block's term wm·xm·isum (int64) shifted to the common exponent and
// added to Z25, |term| added to Z26, the largest shift kept in Y27. Blocks
// past nb (the last group) are summed one at a time into the 8-entry
// scratch sums/hs, zero beyond nb, whose xm/xs/sx padding is zero.

DATA vc80<>+0(SB)/1, $0x80
GLOBL vc80<>(SB), RODATA|NOPTR, $1
DATA vc0f<>+0(SB)/1, $0x0f
GLOBL vc0f<>(SB), RODATA|NOPTR, $1
DATA vc31<>+0(SB)/4, $31
GLOBL vc31<>(SB), RODATA|NOPTR, $4
DATA vc1023<>+0(SB)/4, $1023
GLOBL vc1023<>(SB), RODATA|NOPTR, $4
DATA vc1024<>+0(SB)/4, $1024
GLOBL vc1024<>(SB), RODATA|NOPTR, $4
DATA vc1<>+0(SB)/4, $1
GLOBL vc1<>(SB), RODATA|NOPTR, $4
DATA vc8000<>+0(SB)/4, $0x8000
GLOBL vc8000<>(SB), RODATA|NOPTR, $4

// Registers for the whole call:
//   Y0–Y7 block sums, Y8/X10 weight bytes, X9 scale bits, Y11–Y13 temps,
//   Y14 zero, Y15 0x80 (Q8_0) or 0x0f (Q4_0) bytes, Y16–Y23 temps,
//   Y24 0x8000, Z25 Σ term·2^shift, Z26 Σ|term|, Y27 largest shift,
//   Y28 31, Y29 1023, Y30 1024, Y31 1 (int32 lanes).
//   R8 row, R10 row index, R11 out, SI block, DI x, CX count,
//   R12/R13/R14 xm/xs/sx of the current group, BX/DX scratch sums/hs.

// Q8V: block k of the group into acc, its scale bits into lane k of dst
// (src: the lanes so far, or zero to start a chain; two chains of four, X9
// and X13, are merged by a blend, so no chain runs from group to group).
#define Q8V(k, acc, src, dst) \
	VPXOR (34*k+2)(SI), Y15, Y8 \
	VPXOR acc, acc, acc \
	VPDPBUSD (32*k)(DI), Y8, acc \
	VPINSRW $k, (34*k)(SI), src, dst

// Q4V: the same for Q4_0: 16 bytes of nibbles → 32 unsigned values.
#define Q4V(k, acc, src, dst) \
	VMOVDQU (18*k+2)(SI), X8 \
	VPSRLW $4, X8, X10 \
	VINSERTI128 $1, X10, Y8, Y8 \
	VPAND Y15, Y8, Y8 \
	VPXOR acc, acc, acc \
	VPDPBUSD (32*k)(DI), Y8, acc \
	VPINSRW $k, (18*k)(SI), src, dst

// REDUCE: the 8 int32 lanes of each of Y0–Y7 summed, in order, into Y11.
#define REDUCE \
	VPUNPCKLDQ Y1, Y0, Y11 \
	VPUNPCKHDQ Y1, Y0, Y12 \
	VPADDD Y12, Y11, Y0 \
	VPUNPCKLDQ Y3, Y2, Y11 \
	VPUNPCKHDQ Y3, Y2, Y12 \
	VPADDD Y12, Y11, Y2 \
	VPUNPCKLQDQ Y2, Y0, Y11 \
	VPUNPCKHQDQ Y2, Y0, Y12 \
	VPADDD Y12, Y11, Y0 \
	VPUNPCKLDQ Y5, Y4, Y11 \
	VPUNPCKHDQ Y5, Y4, Y12 \
	VPADDD Y12, Y11, Y4 \
	VPUNPCKLDQ Y7, Y6, Y11 \
	VPUNPCKHDQ Y7, Y6, Y12 \
	VPADDD Y12, Y11, Y6 \
	VPUNPCKLQDQ Y6, Y4, Y11 \
	VPUNPCKHQDQ Y6, Y4, Y12 \
	VPADDD Y12, Y11, Y4 \
	VPERM2I128 $0x20, Y4, Y0, Y11 \
	VPERM2I128 $0x31, Y4, Y0, Y12 \
	VPADDD Y12, Y11, Y11

// PHASEB: combine a group's sums Y11 (before the Σx correction, sh = 7
// for Q8_0, 3 for Q4_0) and scale bits X9 with xm/xs/sx at R12/R13/R14.
#define PHASEB(sh) \
	VMOVDQU (R14), Y12 \
	VPSLLD $sh, Y12, Y12 \
	VPSUBD Y12, Y11, Y11 \
	VPMOVZXWD X9, Y17 \
	VPSRLD $10, Y17, Y18 \
	VPANDD Y28, Y18, Y18 \
	VPANDD Y29, Y17, Y19 \
	VPTESTMD Y18, Y18, K1 \
	VPORD Y30, Y19, K1, Y19 \
	VPMAXSD Y31, Y18, Y18 \
	VPSUBD Y31, Y18, Y18 \
	VPADDD (R13), Y18, Y18 \
	VPMAXSD Y18, Y27, Y27 \
	VPMULLD (R12), Y19, Y19 \
	VPTESTMD Y24, Y17, K2 \
	VPSUBD Y19, Y14, K2, Y19 \
	VPMOVSXDQ Y19, Z20 \
	VPMOVSXDQ Y11, Z21 \
	VPMULDQ Z21, Z20, Z20 \
	VPABSQ Z20, Z21 \
	VPADDQ Z21, Z26, Z26 \
	VPMOVZXDQ Y18, Z21 \
	VPSLLVQ Z21, Z20, Z20 \
	VPADDQ Z20, Z25, Z25 \
	ADDQ $32, R12 \
	ADDQ $32, R13 \
	ADDQ $32, R14

// HSUM0: the 8 int32 lanes of Y0 summed, stored at (BX).
#define HSUM0 \
	VEXTRACTI128 $1, Y0, X1 \
	VPADDD X1, X0, X0 \
	VPSHUFD $0x4e, X0, X1 \
	VPADDD X1, X0, X0 \
	VPSHUFD $0xb1, X0, X1 \
	VPADDD X1, X0, X0 \
	VMOVD X0, (BX)

// FINISH: AX = Σ term·2^shift, R9 = Σ|term|, DX = largest shift.
#define FINISH \
	VEXTRACTI64X4 $1, Z25, Y11 \
	VPADDQ Y11, Y25, Y11 \
	VEXTRACTI128 $1, Y11, X12 \
	VPADDQ X12, X11, X11 \
	VPSHUFD $0x4e, X11, X12 \
	VPADDQ X12, X11, X11 \
	VMOVQ X11, AX \
	VEXTRACTI64X4 $1, Z26, Y11 \
	VPADDQ Y11, Y26, Y11 \
	VEXTRACTI128 $1, Y11, X12 \
	VPADDQ X12, X11, X11 \
	VPSHUFD $0x4e, X11, X12 \
	VPADDQ X12, X11, X11 \
	VMOVQ X11, R9 \
	VEXTRACTI32X4 $1, Y27, X11 \
	VPMAXSD X11, X27, X11 \
	VPSHUFD $0x4e, X11, X12 \
	VPMAXSD X12, X11, X11 \
	VPSHUFD $0xb1, X11, X12 \
	VPMAXSD X12, X11, X11 \
	VMOVD X11, DX \
	MOVLQSX DX, DX

#define SETUP \
	VPXOR Y14, Y14, Y14 \
	VPBROADCASTD vc8000<>(SB), Y24 \
	VPBROADCASTD vc31<>(SB), Y28 \
	VPBROADCASTD vc1023<>(SB), Y29 \
	VPBROADCASTD vc1024<>(SB), Y30 \
	VPBROADCASTD vc1<>(SB), Y31 \
	MOVQ rows+0(FP), R8 \
	MOVQ out+72(FP), R11 \
	XORQ R10, R10

#define ROWSTART \
	MOVQ R8, SI \
	MOVQ x+24(FP), DI \
	MOVQ xm+40(FP), R12 \
	MOVQ xs+48(FP), R13 \
	MOVQ sx+56(FP), R14 \
	VPXORQ Z25, Z25, Z25 \
	VPXORQ Z26, Z26, Z26 \
	VPXORD Y27, Y27, Y27 \
	MOVQ nb+32(FP), CX \
	SHRQ $3, CX

// TAILSTART: zero the scratch for a last, partial group.
#define TAILSTART \
	MOVQ sums+80(FP), BX \
	MOVQ hs+88(FP), DX \
	VMOVDQU Y14, (BX) \
	VMOVDQU X14, (DX)

#define TAILEND \
	MOVQ sums+80(FP), BX \
	MOVQ hs+88(FP), DX \
	VMOVDQU (BX), Y11 \
	VMOVDQU (DX), X9

// WRITE: check the exactness bound (as the AVX2 kernels do) and write
// out[r], or jump to fail.
#define CHECKWRITE(write, fail) \
	TESTQ R9, R9 \
	JZ write \
	CMPQ DX, $60 \
	JGT fail \
	BSRQ R9, CX \
	ADDQ DX, CX \
	CMPQ CX, $60 \
	JGT fail \
write: \
	VCVTSI2SDQ AX, X11, X11 \
	VMULSD scale+64(FP), X11, X11 \
	VCVTSD2SS X11, X11, X11 \
	VMOVSS X11, (R11)

TEXT ·q8RowsVNNI(SB), NOSPLIT, $0-104
	SETUP
	VPBROADCASTB vc80<>(SB), Y15
	CMPQ R10, nrows+16(FP)
	JGE done8
row8:
	ROWSTART
	JZ tail8
group8:
	Q8V(0, Y0, X14, X9)
	Q8V(1, Y1, X9, X9)
	Q8V(2, Y2, X9, X9)
	Q8V(3, Y3, X9, X9)
	Q8V(4, Y4, X14, X13)
	Q8V(5, Y5, X13, X13)
	Q8V(6, Y6, X13, X13)
	Q8V(7, Y7, X13, X13)
	VPBLENDW $0xf0, X13, X9, X9
	REDUCE
	PHASEB(7)
	ADDQ $272, SI
	ADDQ $256, DI
	DECQ CX
	JNZ group8
tail8:
	MOVQ nb+32(FP), CX
	ANDQ $7, CX
	JZ finish8
	TAILSTART
tailloop8:
	VPXOR 2(SI), Y15, Y8
	VPXOR Y0, Y0, Y0
	VPDPBUSD (DI), Y8, Y0
	HSUM0
	MOVWLZX (SI), AX
	MOVW AX, (DX)
	ADDQ $34, SI
	ADDQ $32, DI
	ADDQ $4, BX
	ADDQ $2, DX
	DECQ CX
	JNZ tailloop8
	TAILEND
	PHASEB(7)
finish8:
	FINISH
	CHECKWRITE(write8, fail8)
	ADDQ $4, R11
	ADDQ rowBytes+8(FP), R8
	INCQ R10
	CMPQ R10, nrows+16(FP)
	JLT row8
done8:
fail8:
	MOVQ R10, ret+96(FP)
	VZEROUPPER
	RET

TEXT ·q4RowsVNNI(SB), NOSPLIT, $0-104
	SETUP
	VPBROADCASTB vc0f<>(SB), Y15
	CMPQ R10, nrows+16(FP)
	JGE done4
row4:
	ROWSTART
	JZ tail4
group4:
	Q4V(0, Y0, X14, X9)
	Q4V(1, Y1, X9, X9)
	Q4V(2, Y2, X9, X9)
	Q4V(3, Y3, X9, X9)
	Q4V(4, Y4, X14, X13)
	Q4V(5, Y5, X13, X13)
	Q4V(6, Y6, X13, X13)
	Q4V(7, Y7, X13, X13)
	VPBLENDW $0xf0, X13, X9, X9
	REDUCE
	PHASEB(3)
	ADDQ $144, SI
	ADDQ $256, DI
	DECQ CX
	JNZ group4
tail4:
	MOVQ nb+32(FP), CX
	ANDQ $7, CX
	JZ finish4
	TAILSTART
tailloop4:
	VMOVDQU 2(SI), X8
	VPSRLW $4, X8, X10
	VINSERTI128 $1, X10, Y8, Y8
	VPAND Y15, Y8, Y8
	VPXOR Y0, Y0, Y0
	VPDPBUSD (DI), Y8, Y0
	HSUM0
	MOVWLZX (SI), AX
	MOVW AX, (DX)
	ADDQ $18, SI
	ADDQ $32, DI
	ADDQ $4, BX
	ADDQ $2, DX
	DECQ CX
	JNZ tailloop4
	TAILEND
	PHASEB(3)
finish4:
	FINISH
	CHECKWRITE(write4, fail4)
	ADDQ $4, R11
	ADDQ rowBytes+8(FP), R8
	INCQ R10
	CMPQ R10, nrows+16(FP)
	JLT row4
done4:
fail4:
	MOVQ R10, ret+96(FP)
	VZEROUPPER
	RET

// The 8-row kernels: eight rows at a time, block by block. Lane r of
// every vector belongs to row r, so a group of 8 blocks is block b of the
// 8 rows, the x block, its xm, xs and sx are the same for all 8 (loaded
// once, broadcast), no block count needs a tail, and the 8 rows' int64
// sums end in the 8 lanes of Z25, converted and checked together.
//
// func q8Rows8VNNI(rows *byte, rowBytes, nrows int, x *int8, nb int, xm, xs, sx *int32, scale float64, out *float32) int
// func q4Rows8VNNI(same)
//
// nrows is a multiple of 8. The return value is the number of rows
// written: all of them, or the rows before the first one whose bound fails.
//
// Rows 0–7 of the current block: (SI), (SI)(R9*1), (SI)(R9*2), (BX),
// (DX), (DX)(R9*1), (DX)(R9*2), (BX)(R9*4) with R9 = rowBytes,
// BX = SI+3·R9, DX = SI+4·R9. Y10 holds the x block.

#define Q8R(off, acc, src, dst, r) \
	VPXOR (2)off, Y15, Y8 \
	VPXOR acc, acc, acc \
	VPDPBUSD Y10, Y8, acc \
	VPINSRW $r, off, src, dst

#define Q4R(off, acc, src, dst, r) \
	VMOVDQU (2)off, X8 \
	VPSRLW $4, X8, X12 \
	VINSERTI128 $1, X12, Y8, Y8 \
	VPAND Y15, Y8, Y8 \
	VPXOR acc, acc, acc \
	VPDPBUSD Y10, Y8, acc \
	VPINSRW $r, off, src, dst

#define ROWS8(R) \
	R((SI), Y0, X14, X9, 0) \
	R((SI)(R9*1), Y1, X9, X9, 1) \
	R((SI)(R9*2), Y2, X9, X9, 2) \
	R((BX), Y3, X9, X9, 3) \
	R((DX), Y4, X14, X13, 4) \
	R((DX)(R9*1), Y5, X13, X13, 5) \
	R((DX)(R9*2), Y6, X13, X13, 6) \
	R((BX)(R9*4), Y7, X13, X13, 7) \
	VPBLENDW $0xf0, X13, X9, X9

// PHASEB8: PHASEB with one block's xm, xs, sx (at R12/R13/R14) for all
// lanes.
#define PHASEB8(sh) \
	VPBROADCASTD (R14), Y12 \
	VPSLLD $sh, Y12, Y12 \
	VPSUBD Y12, Y11, Y11 \
	VPMOVZXWD X9, Y17 \
	VPSRLD $10, Y17, Y18 \
	VPANDD Y28, Y18, Y18 \
	VPANDD Y29, Y17, Y19 \
	VPTESTMD Y18, Y18, K1 \
	VPORD Y30, Y19, K1, Y19 \
	VPMAXSD Y31, Y18, Y18 \
	VPSUBD Y31, Y18, Y18 \
	VPBROADCASTD (R13), Y16 \
	VPADDD Y16, Y18, Y18 \
	VPMAXSD Y18, Y27, Y27 \
	VPBROADCASTD (R12), Y16 \
	VPMULLD Y16, Y19, Y19 \
	VPTESTMD Y24, Y17, K2 \
	VPSUBD Y19, Y14, K2, Y19 \
	VPMOVSXDQ Y19, Z20 \
	VPMOVSXDQ Y11, Z21 \
	VPMULDQ Z21, Z20, Z20 \
	VPABSQ Z20, Z21 \
	VPADDQ Z21, Z26, Z26 \
	VPMOVZXDQ Y18, Z21 \
	VPSLLVQ Z21, Z20, Z20 \
	VPADDQ Z20, Z25, Z25 \
	ADDQ $4, R12 \
	ADDQ $4, R13 \
	ADDQ $4, R14

// START8: pointers and accumulators for the 8 rows at R8.
#define START8 \
	MOVQ R8, SI \
	LEAQ (SI)(R9*2), BX \
	ADDQ R9, BX \
	LEAQ (SI)(R9*4), DX \
	MOVQ x+24(FP), DI \
	MOVQ xm+40(FP), R12 \
	MOVQ xs+48(FP), R13 \
	MOVQ sx+56(FP), R14 \
	VPXORQ Z25, Z25, Z25 \
	VPXORQ Z26, Z26, Z26 \
	VPXORD Y27, Y27, Y27 \
	MOVQ nb+32(FP), CX \
	LEAQ (R8)(R9*8), AX \
	LEAQ (AX)(R9*8), AX
	LEAQ (AX)(R9*8), AX

// FINISH8: row r is exact when Σ|term| is 0 or bitlen(Σ|term|) + shift
// ≤ 61, i.e. shift − lzcnt ≤ −3 (for 0, lzcnt = 64 and a shift above 61
// fails: the reference then gives the same 0). AX = the mask of rows
// that pass; the 8 values are converted (as the scalar kernels do:
// float64, times scale, float32, each rounded to nearest even) into Y16.
#define FINISH8 \
	VPLZCNTQ Z26, Z16 \
	VPMOVZXDQ Y27, Z17 \
	VPSUBQ Z16, Z17, Z17 \
	VPADDQ Z23, Z17, Z17 \
	VPMOVQ2M Z17, K1 \
	KMOVB K1, AX \
	VCVTQQ2PD Z25, Z16 \
	VMULPD Z22, Z16, Z16 \
	VCVTPD2PS Z16, Y16

DATA vc2<>+0(SB)/8, $2
GLOBL vc2<>(SB), RODATA|NOPTR, $8

#define SETUP8 \
	SETUP \
	MOVQ rowBytes+8(FP), R9 \
	VPBROADCASTQ vc2<>(SB), Z23 \
	VBROADCASTSD scale+64(FP), Z22

TEXT ·q8Rows8VNNI(SB), NOSPLIT, $0-88
	SETUP8
	VPBROADCASTB vc80<>(SB), Y15
	CMPQ R10, nrows+16(FP)
	JGE done8r
rows8:
	START8
blocks8:
	// Rows are contiguous: at each step fetch 8 blocks' worth of the rows
	// two groups on (the hardware prefetches 8 streams poorly), into L1
	// when a group is small (rowBytes ≤ 1024), else into L2, where the
	// lines wait out two groups without evicting the current one.
	CMPQ R9, $1024
	JA pfl2
	PREFETCHT0 (AX)
	PREFETCHT0 64(AX)
	PREFETCHT0 128(AX)
	PREFETCHT0 192(AX)
	PREFETCHT0 256(AX)
	JMP pfdone
pfl2:
	PREFETCHT1 (AX)
	PREFETCHT1 64(AX)
	PREFETCHT1 128(AX)
	PREFETCHT1 192(AX)
	PREFETCHT1 256(AX)
pfdone:
	ADDQ $272, AX
	VMOVDQU (DI), Y10
	ROWS8(Q8R)
	REDUCE
	PHASEB8(7)
	ADDQ $34, SI
	ADDQ $34, BX
	ADDQ $34, DX
	ADDQ $32, DI
	DECQ CX
	JNZ blocks8
	FINISH8
	CMPB AX, $0xff
	JNE part8
	VMOVUPS Y16, (R11)
	ADDQ $32, R11
	LEAQ (R8)(R9*8), R8
	ADDQ $8, R10
	CMPQ R10, nrows+16(FP)
	JLT rows8
	JMP done8r
part8:
	// Write the rows before the first that fails.
	NOTL AX
	TZCNTL AX, CX
	MOVL $1, DX
	SHLL CX, DX
	DECL DX
	KMOVB DX, K1
	VMOVUPS Y16, K1, (R11)
	ADDQ CX, R10
done8r:
	MOVQ R10, ret+80(FP)
	VZEROUPPER
	RET

TEXT ·q4Rows8VNNI(SB), NOSPLIT, $0-88
	SETUP8
	VPBROADCASTB vc0f<>(SB), Y15
	CMPQ R10, nrows+16(FP)
	JGE done4r
rows4:
	START8
blocks4:
	CMPQ R9, $1024
	JA pfl24
	PREFETCHT0 (AX)
	PREFETCHT0 64(AX)
	PREFETCHT0 128(AX)
	JMP pfdone4
pfl24:
	PREFETCHT1 (AX)
	PREFETCHT1 64(AX)
	PREFETCHT1 128(AX)
pfdone4:
	ADDQ $144, AX
	VMOVDQU (DI), Y10
	ROWS8(Q4R)
	REDUCE
	PHASEB8(3)
	ADDQ $18, SI
	ADDQ $18, BX
	ADDQ $18, DX
	ADDQ $32, DI
	DECQ CX
	JNZ blocks4
	FINISH8
	CMPB AX, $0xff
	JNE part4
	VMOVUPS Y16, (R11)
	ADDQ $32, R11
	LEAQ (R8)(R9*8), R8
	ADDQ $8, R10
	CMPQ R10, nrows+16(FP)
	JLT rows4
	JMP done4r
part4:
	NOTL AX
	TZCNTL AX, CX
	MOVL $1, DX
	SHLL CX, DX
	DECL DX
	KMOVB DX, K1
	VMOVUPS Y16, K1, (R11)
	ADDQ CX, R10
done4r:
	MOVQ R10, ret+80(FP)
	VZEROUPPER
	RET
