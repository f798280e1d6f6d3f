// Package ggml is a small tensor library in the style of ggml: tensors with
// shapes and types, a compute graph whose nodes run in a fixed topological
// order, quantized matrix multiplication, and the operations of the two model
// families of this project (a Fashion-MNIST classifier and a llama-style
// decoder).
//
// The same source is compiled natively (for the inference precompile and for
// submitters) and for GOARCH=mips GOMIPS=softfloat (for the fraud-proof VM).
// Every result must be bit-identical across those builds, so the package
// follows these rules:
//
//   - Quantized matmul is integer arithmetic: int8 × int8 products summed in
//     int32 per 32-value block, blocks combined exactly in int64 using the
//     f16 scales' integer significands and exponents (see dotQ8_0). Only the
//     final value of each output is rounded to float32. The K-quants (Q4_K,
//     Q6_K: 256-value super-blocks with 6- or 8-bit sub-block scales, see
//     kquant.go) quantize activations like llama.cpp's Q8_K, whose float32
//     scale makes a super-block's exact term up to 62 bits: they are summed
//     in a 128-bit accumulator (wideSum), still rounded once.
//   - Every float reduction runs in a fixed order (index order, one
//     accumulator). Nothing is parallel inside a reduction: natively a
//     matmul splits its output rows over threads (SetThreads), each output
//     one dot product computed the same way in any thread; the MIPS build
//     runs one thread.
//   - On amd64 with AVX2, Q8_0 and Q4_0 rows are computed by assembly
//     kernels (dot_amd64.s; with AVX-512 VNNI dot_vnni_amd64.s) that give
//     the reference's bits: the block sums are the same integers, and the
//     blocks are combined exactly whenever the reference's exact sum is
//     exact too, else by the reference (see dot_amd64.go). Tests compare
//     each kernel set with the reference on random and adversarial rows.
//     With AVX-512, activation quantization (quant_amd64.s) and SiLU
//     (silu_amd64.s) run in vector lanes with the scalar code's IEEE
//     operations, so the same bits, also tested against the scalar code.
//   - No fused multiply-add: Go may fuse x*y+z into one instruction on some
//     ports (arm64, ppc64, s390x, riscv64), which rounds once instead of twice.
//     Every product that feeds an addition is rounded first with an explicit
//     conversion, float32(x*y) + z, which the Go specification defines as a
//     fusion barrier. A test disassembles the arm64 build and fails on any FMA
//     instruction.
//   - The engine's own exp, tanh, sin and cos (fmath.go), written with basic
//     IEEE operations only; never math.Exp and friends, whose assembly
//     versions differ between architectures in the last bits. Square root is
//     math.Sqrt: IEEE 754 requires it to be correctly rounded, and every Go
//     port (hardware instruction or the pure-Go bit-by-bit fallback used by
//     soft-float MIPS) is.
//   - float32 arithmetic on soft-float MIPS is done by the Go runtime in
//     float64 and rounded to float32; for +, −, ×, ÷ and √ that double
//     rounding gives the correctly rounded float32 result (53 ≥ 2·24 + 2), so
//     it equals the native float32 result.
//
// Activations are always F32 (held as []float32); weights may be F32, F16,
// Q8_0, Q4_0, Q4_K or Q6_K (held as their little-endian GGUF bytes,
// zero-copy, so a model mapped into the VM's memory is used in place).
//
// Where a numeric choice is arbitrary, the engine makes llama.cpp's (its x86
// CPU path), so results agree with it to float rounding
// (models/llama's TestLlamaCppParity): activations multiplying Q8_0 or Q4_0
// weights are quantized with the multiplier 127/amax and rounded half to
// even (quantizeActivations), and activations multiplying F16 weights are
// rounded to F16 first.
package ggml
