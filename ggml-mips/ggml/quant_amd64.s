#include "textflag.h"

// AVX-512 activation quantization (see quantizeVec in dot_amd64.go): the
// two vector halves of quantizeActivations, the scalar middle (f16 scale,
// 127/amax) in Go.

DATA qabs<>+0(SB)/4, $0x7fffffff
GLOBL qabs<>(SB), RODATA|NOPTR, $4
DATA q127<>+0(SB)/4, $127
GLOBL q127<>(SB), RODATA|NOPTR, $4
DATA qm127<>+0(SB)/4, $-127
GLOBL qm127<>(SB), RODATA|NOPTR, $4

// func blockAmaxes(x *float32, nb int, amax *float32)
//
// amax[b] = the largest |x| of block b, NaNs ignored, +0 for none (as
// blockAmax): MAXPS returns its second source when the first is NaN.
TEXT ·blockAmaxes(SB), NOSPLIT, $0-24
	MOVQ x+0(FP), SI
	MOVQ nb+8(FP), CX
	MOVQ amax+16(FP), DI
	VPBROADCASTD qabs<>(SB), Z3
	VPXORD Z4, Z4, Z4
amaxloop:
	VANDPS (SI), Z3, Z0
	VANDPS 64(SI), Z3, Z1
	VMAXPS Z4, Z0, Z0
	VMAXPS Z0, Z1, Z1
	VEXTRACTF64X4 $1, Z1, Y0
	VMAXPS Y0, Y1, Y1
	VEXTRACTF128 $1, Y1, X0
	VMAXPS X0, X1, X1
	VPERMILPS $0x4e, X1, X0
	VMAXPS X0, X1, X1
	VPERMILPS $0xb1, X1, X0
	VMAXPS X0, X1, X1
	VMOVSS X1, (DI)
	ADDQ $128, SI
	ADDQ $4, DI
	DECQ CX
	JNZ amaxloop
	VZEROUPPER
	RET

// func quantizeBlocks(x *float32, nb int, ids *float32, q *int8)
//
// q = roundHalfEven(x·ids[b]) clamped to ±127, NaN → 0: the product is
// float32 as in Go, CVTPS2DQ rounds to nearest even (|x·id| ≤ 127·(1+2^-23)
// here, never out of int32 range), NaN lanes are zeroed by the mask.
TEXT ·quantizeBlocks(SB), NOSPLIT, $0-32
	MOVQ x+0(FP), SI
	MOVQ nb+8(FP), CX
	MOVQ ids+16(FP), DX
	MOVQ q+24(FP), DI
	VPBROADCASTD q127<>(SB), Z5
	VPBROADCASTD qm127<>(SB), Z6
qloop:
	VBROADCASTSS (DX), Z2
	VMULPS (SI), Z2, Z0
	VMULPS 64(SI), Z2, Z1
	VCMPPS $7, Z0, Z0, K1
	VCMPPS $7, Z1, Z1, K2
	VCVTPS2DQ.Z Z0, K1, Z0
	VCVTPS2DQ.Z Z1, K2, Z1
	VPMINSD Z5, Z0, Z0
	VPMAXSD Z6, Z0, Z0
	VPMINSD Z5, Z1, Z1
	VPMAXSD Z6, Z1, Z1
	VPMOVSDB Z0, (DI)
	VPMOVSDB Z1, 16(DI)
	ADDQ $128, SI
	ADDQ $4, DX
	ADDQ $32, DI
	DECQ CX
	JNZ qloop
	VZEROUPPER
	RET
