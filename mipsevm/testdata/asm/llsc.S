/* llsc.S - ll/sc (single thread: sc always succeeds and writes 1 to rt)
 * and sync. */
#include "common.inc"

    .data
    .align  2
lockword: .word 0x00000005
counter:  .word 0

    .text
    .globl _start
_start:
    la      $s0, lockword
    ll      $t0, 0($s0)
    CHECK   $t0, 5, "ll-loads"
    ll      $t1, 0($s0)
    addiu   $t1, $t1, 1
    sc      $t1, 0($s0)
    CHECK   $t1, 1, "sc-success-writes-1"
    lw      $t0, 0($s0)
    CHECK   $t0, 6, "sc-stored"
    /* sc of zero: rt becomes 1 regardless of the stored value */
    ll      $t1, 0($s0)
    move    $t1, $zero
    sc      $t1, 0($s0)
    CHECK   $t1, 1, "sc-zero-value-writes-1"
    lw      $t0, 0($s0)
    CHECK   $t0, 0, "sc-stored-zero"

    /* atomic increment loop, 100 times */
    la      $s1, counter
    li      $s2, 100
1:  ll      $t0, 0($s1)
    addiu   $t0, $t0, 1
    sc      $t0, 0($s1)
    beq     $t0, $zero, 1b          /* retry on failure */
    nop
    addiu   $s2, $s2, -1
    bne     $s2, $zero, 1b
    nop
    lw      $t0, 0($s1)
    CHECK   $t0, 100, "llsc-loop-increment"

    /* sync has no architectural effect visible to a single thread */
    li      $s3, 0x1234
    sync
    CHECK   $s3, 0x1234, "sync"

    EXIT_TESTS
