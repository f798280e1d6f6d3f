#include "textflag.h"

// func siluVec(x, out *float32, n int, c *[20]float64) int
//
// out[i] = x[i]·Sigmoid(x[i]) for groups of 8 while every x of the group
// has |x| ≤ 700: the scalar code's operations (Exp64's reduction, Horner
// polynomial and normal-range ldexp, then 1/(1+e) and the float32
// product), each an IEEE float64 or float32 operation rounded on its own
// (no fused multiply-add), in 8 lanes. Returns the number of values done
// (a multiple of 8): the caller computes the group that stopped it.
// c: ln2Hi, ln2Lo, invLn2, 0.5, 1, 1023 (as bits), then expCoef[0..13].
TEXT ·siluVec(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	MOVQ out+8(FP), DI
	MOVQ n+16(FP), CX
	MOVQ c+24(FP), DX
	XORQ AX, AX
	VBROADCASTSD 0(DX), Z20 // ln2Hi
	VBROADCASTSD 8(DX), Z21 // ln2Lo
	VBROADCASTSD 16(DX), Z22 // invLn2
	VBROADCASTSD 24(DX), Z23 // 0.5
	VBROADCASTSD 32(DX), Z24 // 1
	VPBROADCASTQ 40(DX), Z25 // 1023
	VPXORQ Z26, Z26, Z26 // 0
	MOVL $0x7fffffff, BX
	VPBROADCASTD BX, Y27
	MOVL $0x442f0000, BX // 700.0
	VPBROADCASTD BX, Y28
	SHRQ $3, CX
	JZ done
loop:
	VMOVUPS (SI)(AX*4), Y0 // x (float32)
	VANDPS Y27, Y0, Y1
	VCMPPS $2, Y28, Y1, K1 // |x| ≤ 700, not NaN
	KORTESTB K1, K1
	JNC done
	VCVTPS2PD Y0, Z1
	VSUBPD Z1, Z26, Z1 // v = −x
	VMULPD Z22, Z1, Z2 // kf
	VCMPPD $13, Z26, Z2, K2 // kf ≥ 0
	VADDPD Z23, Z2, Z3
	VCVTTPD2QQ Z3, Z3 // int64(kf + 0.5)
	VSUBPD Z2, Z23, Z4
	VCVTTPD2QQ Z4, Z4
	VPSUBQ Z4, Z26, Z4 // −int64(0.5 − kf)
	VMOVDQA64 Z3, K2, Z4 // k
	VCVTQQ2PD Z4, Z5 // fk
	VMULPD Z20, Z5, Z6
	VSUBPD Z6, Z1, Z6
	VMULPD Z21, Z5, Z7
	VSUBPD Z7, Z6, Z6 // r
	VBROADCASTSD 152(DX), Z7 // expCoef[13]
	VMULPD Z6, Z7, Z7
	VADDPD.BCST 144(DX), Z7, Z7
	VMULPD Z6, Z7, Z7
	VADDPD.BCST 136(DX), Z7, Z7
	VMULPD Z6, Z7, Z7
	VADDPD.BCST 128(DX), Z7, Z7
	VMULPD Z6, Z7, Z7
	VADDPD.BCST 120(DX), Z7, Z7
	VMULPD Z6, Z7, Z7
	VADDPD.BCST 112(DX), Z7, Z7
	VMULPD Z6, Z7, Z7
	VADDPD.BCST 104(DX), Z7, Z7
	VMULPD Z6, Z7, Z7
	VADDPD.BCST 96(DX), Z7, Z7
	VMULPD Z6, Z7, Z7
	VADDPD.BCST 88(DX), Z7, Z7
	VMULPD Z6, Z7, Z7
	VADDPD.BCST 80(DX), Z7, Z7
	VMULPD Z6, Z7, Z7
	VADDPD.BCST 72(DX), Z7, Z7
	VMULPD Z6, Z7, Z7
	VADDPD.BCST 64(DX), Z7, Z7
	VMULPD Z6, Z7, Z7
	VADDPD.BCST 56(DX), Z7, Z7
	VMULPD Z6, Z7, Z7
	VADDPD.BCST 48(DX), Z7, Z7 // p
	VPADDQ Z25, Z4, Z4
	VPSLLQ $52, Z4, Z4 // 2^k
	VMULPD Z4, Z7, Z7 // e^v
	VADDPD Z24, Z7, Z7 // 1 + e
	VDIVPD Z7, Z24, Z7 // 1 / (1 + e)
	VCVTPD2PS Z7, Y7 // Sigmoid
	VMULPS Y7, Y0, Y0
	VMOVUPS Y0, (DI)(AX*4)
	ADDQ $8, AX
	DECQ CX
	JNZ loop
done:
	MOVQ AX, ret+32(FP)
	VZEROUPPER
	RET
