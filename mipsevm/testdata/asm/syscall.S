/* syscall.S - Linux o32 syscall conventions used by the VM:
 * v0 = number, a0..a3 = args 1-4, args 5-6 at 16($sp)/20($sp);
 * result in v0, a3 = 0 on success, a3 != 0 (v0 = errno) on error.
 * Ends with exit (4001) rather than exit_group. */
#include "common.inc"

    .section .rodata
msg_out: .ascii "write to stdout\n"
msg_err: .ascii "write to stderr\n"

    .text
    .globl _start
_start:
    /* write(1, msg, 16) */
    li      $a0, 1
    la      $a1, msg_out
    li      $a2, 16
    li      $a3, 0x55               /* garbage, must become 0 */
    li      $v0, SYS_write
    syscall
    move    $s0, $v0
    move    $s1, $a3
    CHECK   $s0, 16, "write-stdout-count"
    CHECK   $s1, 0, "write-stdout-a3"

    /* write(2, msg, 16) */
    li      $a0, 2
    la      $a1, msg_err
    li      $a2, 16
    li      $v0, SYS_write
    syscall
    move    $s0, $v0
    move    $s1, $a3
    CHECK   $s0, 16, "write-stderr-count"
    CHECK   $s1, 0, "write-stderr-a3"

    /* write with zero length */
    li      $a0, 1
    la      $a1, msg_out
    li      $a2, 0
    li      $v0, SYS_write
    syscall
    move    $s0, $v0
    CHECK   $s0, 0, "write-zero-length"

    /* write(99, ...) -> EBADF (9), a3 != 0 */
    li      $a0, 99
    la      $a1, msg_out
    li      $a2, 1
    li      $v0, SYS_write
    syscall
    move    $s0, $v0
    sltu    $s1, $zero, $a3
    CHECK   $s0, 9, "write-badfd-ebadf"
    CHECK   $s1, 1, "write-badfd-a3-set"

    /* brk(0) returns the current break (non-zero) */
    li      $a0, 0
    li      $v0, SYS_brk
    syscall
    sltu    $s0, $zero, $v0
    CHECK   $s0, 1, "brk-nonzero"

    /* mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS,
     *      -1, 0); the last two arguments go on the stack */
    addiu   $sp, $sp, -32
    li      $t0, -1
    sw      $t0, 16($sp)            /* fd */
    sw      $zero, 20($sp)          /* offset */
    li      $a0, 0
    li      $a1, 8192
    li      $a2, 3
    li      $a3, 0x802
    li      $v0, SYS_mmap
    syscall
    addiu   $sp, $sp, 32
    move    $s2, $v0
    move    $s1, $a3
    CHECK   $s1, 0, "mmap-a3"
    sltu    $t0, $zero, $s2
    CHECK   $t0, 1, "mmap-nonnull"
    andi    $t0, $s2, 0xfff
    CHECK   $t0, 0, "mmap-page-aligned"
    lw      $t0, 0($s2)
    CHECK   $t0, 0, "mmap-zero-first"
    lw      $t0, 8188($s2)
    CHECK   $t0, 0, "mmap-zero-last"
    li      $t1, 0x5a5a1234
    sw      $t1, 4096($s2)
    lw      $t0, 4096($s2)
    CHECK   $t0, 0x5a5a1234, "mmap-writable"

    /* exit(fail_count) via SYS_exit (4001) */
    la      $t0, fail_count
    lw      $a0, 0($t0)
    li      $v0, SYS_exit
    syscall
    break   0x3ff
