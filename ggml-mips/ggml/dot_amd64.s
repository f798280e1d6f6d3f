#include "textflag.h"

// AVX2 row kernels for the quantized matmul (see dot_amd64.go for the
// contract and the proof that they give the reference's bits).
//
// func q8Rows(rows *byte, rowBytes, nrows int, x *int8, nb int, xm, xs *int32, scale float64, out *float32, sums *int32, hs *uint16) int
// func q4Rows(same)
//
// For each row: phase A stores every block's scale bits in hs and its
// integer sum Σ w·x (exact: |w·x| ≤ 128·127, pairs fit int16) in sums;
// phase B combines the blocks exactly in int64 (term·2^shift), tracks
// Σ|term| and the largest shift, and, when the exactness bound holds,
// writes float32(float64(acc)·scale). A row where it does not hold stops
// the loop: the return value is the number of rows written.

DATA c31<>+0(SB)/4, $31
GLOBL c31<>(SB), RODATA|NOPTR, $4
DATA c1023<>+0(SB)/4, $1023
GLOBL c1023<>(SB), RODATA|NOPTR, $4
DATA c1024<>+0(SB)/4, $1024
GLOBL c1024<>(SB), RODATA|NOPTR, $4
DATA c1<>+0(SB)/4, $1
GLOBL c1<>(SB), RODATA|NOPTR, $4
DATA c1w<>+0(SB)/2, $1
GLOBL c1w<>(SB), RODATA|NOPTR, $2
DATA c0f<>+0(SB)/1, $0x0f
GLOBL c0f<>(SB), RODATA|NOPTR, $1
DATA c8<>+0(SB)/1, $8
GLOBL c8<>(SB), RODATA|NOPTR, $1
DATA lo32<>+0(SB)/8, $0x00000000ffffffff
GLOBL lo32<>(SB), RODATA|NOPTR, $8

// Constants held in registers for the whole call:
//   Y9  = 1 in every int16 (pmaddwd pairs → int32)
//   Y10 = 31, Y11 = 1023, Y12 = 1024, Y13 = 1 (int32 lanes)
//   Y14 = 0x0f bytes (Q4_0) / low-32 mask (phase B, reloaded)

// DOTBLK: integer products of the 32 int8 weights in Y0 with the 32 int8
// activations at off(DI), summed in 8 int32 lanes of Y0. Clobbers Y1.
#define DOTBLK(off) \
	VMOVDQU off(DI), Y1 \
	VPSIGNB Y0, Y1, Y1 \
	VPABSB Y0, Y0 \
	VPMADDUBSW Y1, Y0, Y0 \
	VPMADDWD Y9, Y0, Y0

// Q8 block k of the current group: weights at 34k+2(SI), scale at 34k(SI).
#define Q8BLK(k, dst) \
	MOVWLZX (34*k)(SI), AX \
	MOVW AX, (2*k)(DX) \
	VMOVDQU (34*k+2)(SI), Y0 \
	DOTBLK(32*k) \
	VMOVDQA Y0, dst

// Q4 block k: 16 bytes of nibbles at 18k+2(SI) → 32 int8 values − 8.
#define Q4BLK(k, dst) \
	MOVWLZX (18*k)(SI), AX \
	MOVW AX, (2*k)(DX) \
	VMOVDQU (18*k+2)(SI), X0 \
	VPSRLW $4, X0, X1 \
	VINSERTI128 $1, X1, Y0, Y0 \
	VPAND Y14, Y0, Y0 \
	VPSUBB Y8, Y0, Y0 \
	DOTBLK(32*k) \
	VMOVDQA Y0, dst

// GROUP: 8 blocks → their 8 sums in order, stored at (BX).
#define GROUP(BLK) \
	BLK(0, Y2) \
	BLK(1, Y3) \
	VPHADDD Y3, Y2, Y2 \
	BLK(2, Y3) \
	BLK(3, Y4) \
	VPHADDD Y4, Y3, Y3 \
	VPHADDD Y3, Y2, Y2 \
	BLK(4, Y3) \
	BLK(5, Y4) \
	VPHADDD Y4, Y3, Y3 \
	BLK(6, Y4) \
	BLK(7, Y5) \
	VPHADDD Y5, Y4, Y4 \
	VPHADDD Y4, Y3, Y3 \
	VPERM2I128 $0x20, Y3, Y2, Y4 \
	VPERM2I128 $0x31, Y3, Y2, Y5 \
	VPADDD Y5, Y4, Y4 \
	VMOVDQU Y4, (BX)

// HSUM1: the 8 int32 lanes of Y0 summed, stored at (BX).
#define HSUM1 \
	VEXTRACTI128 $1, Y0, X1 \
	VPADDD X1, X0, X0 \
	VPSHUFD $0x4e, X0, X1 \
	VPADDD X1, X0, X0 \
	VPSHUFD $0xb1, X0, X1 \
	VPADDD X1, X0, X0 \
	VMOVD X0, (BX)

// PHASEB: combine ceil(nb/8) groups of (sums, hs, xm, xs); then check the
// bound and write out[r] or jump to fail.
#define PHASEB \
	MOVQ sums+72(FP), BX \
	MOVQ hs+80(FP), DX \
	MOVQ xm+40(FP), SI \
	MOVQ xs+48(FP), DI \
	MOVQ nb+32(FP), CX \
	ADDQ $7, CX \
	SHRQ $3, CX \
	VPXOR Y5, Y5, Y5 \
	VPXOR Y6, Y6, Y6 \
	VPXOR Y7, Y7, Y7 \
	VPBROADCASTQ lo32<>(SB), Y15 \
	\
	PCALL(BX) \
	\
	VEXTRACTI128 $1, Y5, X0 \
	VPADDQ X0, X5, X5 \
	VPSHUFD $0x4e, X5, X0 \
	VPADDQ X0, X5, X5 \
	VMOVQ X5, AX \
	VEXTRACTI128 $1, Y6, X0 \
	VPADDQ X0, X6, X6 \
	VPSHUFD $0x4e, X6, X0 \
	VPADDQ X0, X6, X6 \
	VMOVQ X6, R12 \
	VEXTRACTI128 $1, Y7, X0 \
	VPMAXSD X0, X7, X7 \
	VPSHUFD $0x4e, X7, X0 \
	VPMAXSD X0, X7, X7 \
	VPSHUFD $0xb1, X7, X0 \
	VPMAXSD X0, X7, X7 \
	VMOVD X7, DX \
	MOVLQSX DX, DX

// The loop body of phase B, 8 blocks at a time.
#define PCALL(x) \
bloop: \
	VPMOVZXWD (DX), Y0 \
	VPSRLD $10, Y0, Y1 \
	VPAND Y10, Y1, Y1 \
	VPAND Y11, Y0, Y2 \
	VPXOR Y3, Y3, Y3 \
	VPCMPEQD Y3, Y1, Y3 \
	VPANDN Y12, Y3, Y3 \
	VPOR Y3, Y2, Y2 \
	VPMAXSD Y13, Y1, Y1 \
	VPSUBD Y13, Y1, Y1 \
	VPADDD (DI), Y1, Y1 \
	VPMAXSD Y1, Y7, Y7 \
	VPMULLD (SI), Y2, Y2 \
	VPSLLD $16, Y0, Y3 \
	VPSRAD $31, Y3, Y3 \
	VPXOR Y3, Y2, Y4 \
	VPSUBD Y3, Y4, Y4 \
	VMOVDQU (BX), Y8 \
	VPMULDQ Y8, Y4, Y0 \
	VPAND Y15, Y1, Y3 \
	VPSLLVQ Y3, Y0, Y0 \
	VPADDQ Y0, Y5, Y5 \
	VPSRLQ $32, Y4, Y4 \
	VPSRLQ $32, Y8, Y0 \
	VPMULDQ Y0, Y4, Y4 \
	VPSRLQ $32, Y1, Y3 \
	VPSLLVQ Y3, Y4, Y4 \
	VPADDQ Y4, Y5, Y5 \
	VPABSD Y2, Y2 \
	VPABSD Y8, Y8 \
	VPMULUDQ Y8, Y2, Y0 \
	VPADDQ Y0, Y6, Y6 \
	VPSRLQ $32, Y2, Y2 \
	VPSRLQ $32, Y8, Y8 \
	VPMULUDQ Y8, Y2, Y0 \
	VPADDQ Y0, Y6, Y6 \
	ADDQ $32, BX \
	ADDQ $16, DX \
	ADDQ $32, SI \
	ADDQ $32, DI \
	DECQ CX \
	JNZ bloop

// CHECK: AX = Σ term·2^shift, R12 = Σ|term|, DX = largest shift. The sum
// is exact, and equals the reference's, when Σ|term|·2^maxshift < 2^61.
#define CHECK \
	TESTQ R12, R12 \
	JZ write \
	CMPQ DX, $60 \
	JGT fail \
	BSRQ R12, R13 \
	ADDQ DX, R13 \
	CMPQ R13, $60 \
	JGT fail \
write: \
	VCVTSI2SDQ AX, X0, X0 \
	VMULSD scale+56(FP), X0, X0 \
	VCVTSD2SS X0, X0, X0 \
	VMOVSS X0, (R11)

#define SETUP \
	VPBROADCASTW c1w<>(SB), Y9 \
	VPBROADCASTD c31<>(SB), Y10 \
	VPBROADCASTD c1023<>(SB), Y11 \
	VPBROADCASTD c1024<>(SB), Y12 \
	VPBROADCASTD c1<>(SB), Y13 \
	MOVQ rows+0(FP), R8 \
	MOVQ out+64(FP), R11 \
	XORQ R10, R10

TEXT ·q8Rows(SB), NOSPLIT, $0-96
	SETUP
	CMPQ R10, nrows+16(FP)
	JGE done
row:
	// Phase A.
	MOVQ R8, SI
	MOVQ x+24(FP), DI
	MOVQ sums+72(FP), BX
	MOVQ hs+80(FP), DX
	MOVQ nb+32(FP), CX
	SHRQ $3, CX
	JZ tail
group:
	GROUP(Q8BLK)
	ADDQ $272, SI
	ADDQ $256, DI
	ADDQ $32, BX
	ADDQ $16, DX
	DECQ CX
	JNZ group
tail:
	MOVQ nb+32(FP), CX
	ANDQ $7, CX
	JZ phaseb
tailloop:
	MOVWLZX (SI), AX
	MOVW AX, (DX)
	VMOVDQU 2(SI), Y0
	DOTBLK(0)
	HSUM1
	ADDQ $34, SI
	ADDQ $32, DI
	ADDQ $4, BX
	ADDQ $2, DX
	DECQ CX
	JNZ tailloop
phaseb:
	PHASEB
	CHECK
	ADDQ $4, R11
	ADDQ rowBytes+8(FP), R8
	INCQ R10
	CMPQ R10, nrows+16(FP)
	JLT row
done:
fail:
	MOVQ R10, ret+88(FP)
	VZEROUPPER
	RET

#undef PCALL
#define PCALL(x) \
bloop4: \
	VPMOVZXWD (DX), Y0 \
	VPSRLD $10, Y0, Y1 \
	VPAND Y10, Y1, Y1 \
	VPAND Y11, Y0, Y2 \
	VPXOR Y3, Y3, Y3 \
	VPCMPEQD Y3, Y1, Y3 \
	VPANDN Y12, Y3, Y3 \
	VPOR Y3, Y2, Y2 \
	VPMAXSD Y13, Y1, Y1 \
	VPSUBD Y13, Y1, Y1 \
	VPADDD (DI), Y1, Y1 \
	VPMAXSD Y1, Y7, Y7 \
	VPMULLD (SI), Y2, Y2 \
	VPSLLD $16, Y0, Y3 \
	VPSRAD $31, Y3, Y3 \
	VPXOR Y3, Y2, Y4 \
	VPSUBD Y3, Y4, Y4 \
	VMOVDQU (BX), Y8 \
	VPMULDQ Y8, Y4, Y0 \
	VPAND Y15, Y1, Y3 \
	VPSLLVQ Y3, Y0, Y0 \
	VPADDQ Y0, Y5, Y5 \
	VPSRLQ $32, Y4, Y4 \
	VPSRLQ $32, Y8, Y0 \
	VPMULDQ Y0, Y4, Y4 \
	VPSRLQ $32, Y1, Y3 \
	VPSLLVQ Y3, Y4, Y4 \
	VPADDQ Y4, Y5, Y5 \
	VPABSD Y2, Y2 \
	VPABSD Y8, Y8 \
	VPMULUDQ Y8, Y2, Y0 \
	VPADDQ Y0, Y6, Y6 \
	VPSRLQ $32, Y2, Y2 \
	VPSRLQ $32, Y8, Y8 \
	VPMULUDQ Y8, Y2, Y0 \
	VPADDQ Y0, Y6, Y6 \
	ADDQ $32, BX \
	ADDQ $16, DX \
	ADDQ $32, SI \
	ADDQ $32, DI \
	DECQ CX \
	JNZ bloop4

#undef CHECK
#define CHECK \
	TESTQ R12, R12 \
	JZ write4 \
	CMPQ DX, $60 \
	JGT fail4 \
	BSRQ R12, R13 \
	ADDQ DX, R13 \
	CMPQ R13, $60 \
	JGT fail4 \
write4: \
	VCVTSI2SDQ AX, X0, X0 \
	VMULSD scale+56(FP), X0, X0 \
	VCVTSD2SS X0, X0, X0 \
	VMOVSS X0, (R11)

TEXT ·q4Rows(SB), NOSPLIT, $0-96
	SETUP
	VPBROADCASTB c0f<>(SB), Y14
	VPBROADCASTB c8<>(SB), Y8
	CMPQ R10, nrows+16(FP)
	JGE done4
row4:
	MOVQ R8, SI
	MOVQ x+24(FP), DI
	MOVQ sums+72(FP), BX
	MOVQ hs+80(FP), DX
	MOVQ nb+32(FP), CX
	SHRQ $3, CX
	JZ tail4
group4:
	GROUP(Q4BLK)
	ADDQ $144, SI
	ADDQ $256, DI
	ADDQ $32, BX
	ADDQ $16, DX
	DECQ CX
	JNZ group4
tail4:
	MOVQ nb+32(FP), CX
	ANDQ $7, CX
	JZ phaseb4
tailloop4:
	MOVWLZX (SI), AX
	MOVW AX, (DX)
	VMOVDQU 2(SI), X0
	VPSRLW $4, X0, X1
	VINSERTI128 $1, X1, Y0, Y0
	VPAND Y14, Y0, Y0
	VPSUBB Y8, Y0, Y0
	DOTBLK(0)
	HSUM1
	ADDQ $18, SI
	ADDQ $32, DI
	ADDQ $4, BX
	ADDQ $2, DX
	DECQ CX
	JNZ tailloop4
phaseb4:
	PHASEB
	CHECK
	// Phase B used Y8; restore the 8s for the next row.
	VPBROADCASTB c8<>(SB), Y8
	ADDQ $4, R11
	ADDQ rowBytes+8(FP), R8
	INCQ R10
	CMPQ R10, nrows+16(FP)
	JLT row4
done4:
fail4:
	MOVQ R10, ret+88(FP)
	VZEROUPPER
	RET
