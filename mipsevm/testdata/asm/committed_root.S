/* committed_root.S - the VM's own syscall committed_root (4901): a0 = addr,
 * a1 = size (32 << h, h <= 26), a2 = out; writes the Merkle root of the
 * memory tree's node over [addr, addr+size) at [out, out+32), read before
 * the write.  Invalid arguments give EINVAL (22) with a3 = 1 and write
 * nothing.  Calls are separated by stretches of ordinary code (the fill
 * loops and the CHECK helpers).  Not Linux: qemu returns ENOSYS, so this
 * program is in expected/qemu-skip and its expected output is the VM's. */
#include "common.inc"

#define SYS_committed_root 4901

/* CROOT addr, size, out (registers): committed_root, v0/a3 in s6/s7. */
.macro CROOT raddr, size, rout
    move    $a0, \raddr
    li      $a1, \size
    move    $a2, \rout
    li      $a3, 0x55               /* garbage, must become 0 or 1 */
    li      $v0, SYS_committed_root
    syscall
    move    $s6, $v0
    move    $s7, $a3
.endm

/* DIFF p, q (registers): s5 = how many of the 8 words at p and q differ. */
.macro DIFF rp, rq
    move    $a0, \rp
    move    $a1, \rq
    jal     diff32
    nop
    move    $s5, $v0
.endm

    .text
    .globl _start
_start:
    la      $s0, blk
    la      $s1, outbuf
    la      $s2, saved
    la      $s3, zero1

    /* Fill the first half of blk with a xorshift32 stream; the second half
     * stays zero. */
    li      $t0, 1
    move    $t1, $s0
    li      $t2, 128                /* words */
1:  sll     $t3, $t0, 13
    xor     $t0, $t0, $t3
    srl     $t3, $t0, 17
    xor     $t0, $t0, $t3
    sll     $t3, $t0, 5
    xor     $t0, $t0, $t3
    sw      $t0, 0($t1)
    addiu   $t2, $t2, -1
    bne     $t2, $zero, 1b
    addiu   $t1, $t1, 4

    /* h = 1 over zeros: the zero hash Z1 = keccak256(64 zero bytes). */
    addiu   $s4, $s0, 512
    CROOT   $s4, 64, $s1
    CHECK   $s6, 0, "zero-h1-v0"
    CHECK   $s7, 0, "zero-h1-a3"
    DIFF    $s1, $s3
    CHECK   $s5, 0, "zero-h1-is-Z1"

    /* h = 4 over zeros: Z4. */
    CROOT   $s4, 512, $s1
    CHECK   $s7, 0, "zero-h4-a3"
    la      $t0, zero4
    DIFF    $s1, $t0
    CHECK   $s5, 0, "zero-h4-is-Z4"

    /* h = 0: the leaf itself. */
    addiu   $s4, $s0, 32
    CROOT   $s4, 32, $s1
    CHECK   $s7, 0, "leaf-a3"
    DIFF    $s1, $s4
    CHECK   $s5, 0, "leaf-is-the-bytes"

    /* h = 5 over the whole block; keep it. */
    CROOT   $s0, 1024, $s1
    CHECK   $s6, 0, "block-v0"
    CHECK   $s7, 0, "block-a3"
    move    $a0, $s1
    move    $a1, $s2
    jal     copy32
    nop
    lw      $t0, 0($s2)
    INFO    $t0, "block-root-word0"
    lw      $t0, 28($s2)
    INFO    $t0, "block-root-word7"
    DIFF    $s1, $s3
    sltu    $s5, $zero, $s5
    CHECK   $s5, 1, "block-root-is-not-Z1"

    /* Some ordinary work, then the same root again. */
    li      $t0, 1000
    li      $t1, 0
2:  addu    $t1, $t1, $t0
    addiu   $t0, $t0, -1
    bne     $t0, $zero, 2b
    xor     $t1, $t1, $t0
    CROOT   $s0, 1024, $s1
    DIFF    $s1, $s2
    CHECK   $s5, 0, "block-root-again"

    /* One byte changed: another root; changed back: the first again. */
    lbu     $t0, 100($s0)
    xori    $t0, $t0, 1
    sb      $t0, 100($s0)
    CROOT   $s0, 1024, $s1
    DIFF    $s1, $s2
    sltu    $s5, $zero, $s5
    CHECK   $s5, 1, "byte-changed-root-changed"
    lbu     $t0, 100($s0)
    xori    $t0, $t0, 1
    sb      $t0, 100($s0)
    CROOT   $s0, 1024, $s1
    DIFF    $s1, $s2
    CHECK   $s5, 0, "byte-restored-root-restored"

    /* out inside the block: the root written is the one before the write;
     * afterwards the block's root is another. */
    addiu   $s4, $s0, 992
    CROOT   $s0, 1024, $s4
    CHECK   $s7, 0, "out-inside-a3"
    DIFF    $s4, $s2
    CHECK   $s5, 0, "out-inside-root-before-write"
    CROOT   $s0, 1024, $s1
    DIFF    $s1, $s2
    sltu    $s5, $zero, $s5
    CHECK   $s5, 1, "out-inside-block-changed"

    /* The largest size, the lower half of the address space. */
    move    $s4, $zero
    CROOT   $s4, 0x80000000, $s1
    CHECK   $s7, 0, "half-a3"

    /* EINVAL: v0 = 22, a3 = 1, out untouched (it holds a marker). */
    la      $a0, marker
    move    $a1, $s1
    jal     copy32
    nop
    CROOT   $s0, 48, $s1
    CHECK   $s6, 22, "size-48-einval"
    CHECK   $s7, 1, "size-48-a3"
    CROOT   $s0, 16, $s1
    CHECK   $s6, 22, "size-16-einval"
    CHECK   $s7, 1, "size-16-a3"
    CROOT   $s0, 0, $s1
    CHECK   $s6, 22, "size-0-einval"
    CROOT   $s0, 0xffffffff, $s1
    CHECK   $s6, 22, "size-max-einval"
    CROOT   $s0, 0xc0000000, $s1
    CHECK   $s6, 22, "size-3GiB-einval"
    addiu   $s4, $s0, 32
    CROOT   $s4, 64, $s1
    CHECK   $s6, 22, "addr-misaligned-einval"
    CHECK   $s7, 1, "addr-misaligned-a3"
    addiu   $s4, $s1, 4
    CROOT   $s0, 64, $s4
    CHECK   $s6, 22, "out-misaligned-einval"
    CHECK   $s7, 1, "out-misaligned-a3"
    addiu   $s4, $s1, 16
    CROOT   $s0, 64, $s4
    CHECK   $s6, 22, "out-misaligned-16-einval"
    la      $t0, marker
    DIFF    $s1, $t0
    CHECK   $s5, 0, "einval-wrote-nothing"

    EXIT_TESTS

/* diff32: a0, a1 -> v0 = how many of the 8 words at a0 and a1 differ. */
diff32:
    li      $v0, 0
    li      $t0, 8
1:  lw      $t1, 0($a0)
    lw      $t2, 0($a1)
    addiu   $a0, $a0, 4
    addiu   $a1, $a1, 4
    beq     $t1, $t2, 2f
    addiu   $t0, $t0, -1
    addiu   $v0, $v0, 1
2:  bne     $t0, $zero, 1b
    nop
    jr      $ra
    nop

/* copy32: copies the 8 words at a0 to a1. */
copy32:
    li      $t0, 8
1:  lw      $t1, 0($a0)
    sw      $t1, 0($a1)
    addiu   $a0, $a0, 4
    addiu   $t0, $t0, -1
    bne     $t0, $zero, 1b
    addiu   $a1, $a1, 4
    jr      $ra
    nop

    .section .rodata
    .align  2
/* keccak256 zero hashes: Z1 = root of 64 zero bytes, Z4 of 512. */
zero1:  .word 0xad3228b6, 0x76f7d3cd, 0x4284a544, 0x3f17f196, 0x2b36e491, 0xb30a40b2, 0x405849e5, 0x97ba5fb5
marker: .word 0x5a5a5a5a, 0x5a5a5a5a, 0x5a5a5a5a, 0x5a5a5a5a, 0x5a5a5a5a, 0x5a5a5a5a, 0x5a5a5a5a, 0x5a5a5a5a
zero4:  .word 0xe58769b3, 0x2a1beaf1, 0xea27375a, 0x44095a0d, 0x1fb664ce, 0x2dd358e7, 0xfcbfb78c, 0x26a19344

    .bss
    .align  10
blk:    .space 1024
    .align  5
outbuf: .space 32
saved:  .space 32
