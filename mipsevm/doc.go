// Package mipsevm is the fraud-proof MIPS32 VM: a big-endian MIPS32 release 1
// integer machine with Linux o32 syscall emulation whose whole state is
// committed to by one hash. The pure-Go interpreter here is the reference
// semantics: every step can produce a witness that the on-chain verifier
// replays, and a fast mode runs long programs without per-step hashing.
package mipsevm
