/* jump.S - j, jal, jr, jalr and their delay slots.
 * Link register = address of the jump + 8. */
#include "common.inc"

    .text
    .globl _start
_start:
    /* ---- j */
    li      $s0, 0
    j       1f
    addiu   $s0, $s0, 1             /* delay slot */
    addiu   $s0, $s0, 0x10          /* skipped */
1:  CHECK   $s0, 1, "j-delay-slot"

    /* ---- j backwards */
    li      $s0, 0
    j       2f
    nop
1:  addiu   $s0, $s0, 0x100
    j       3f
    nop
2:  j       1b
    addiu   $s0, $s0, 1
3:  CHECK   $s0, 0x101, "j-backward"

    /* ---- jal */
    li      $s0, 0
    li      $s1, 0
    jal     func_a
    addiu   $s0, $s0, 1             /* delay slot */
.Ljal_ret:
    la      $s6, .Ljal_ret
    CHECKR  $s1, $s6, "jal-link"
    CHECK   $s0, 0x101, "jal-delay-slot"

    /* the delay slot already sees the new $ra */
    jal     func_ret
    move    $s5, $ra
.Ljal_ret2:
    la      $s6, .Ljal_ret2
    CHECKR  $s5, $s6, "jal-link-visible-in-delay-slot"

    /* ---- jr */
    la      $t9, 1f
    li      $s0, 0
    jr      $t9
    addiu   $s0, $s0, 1
    addiu   $s0, $s0, 0x10
1:  CHECK   $s0, 1, "jr-delay-slot"

    /* delay slot modifies the target register: the old value is used */
    la      $t9, 1f
    li      $s0, 0
    jr      $t9
    addiu   $t9, $t9, 8
1:  addiu   $s0, $s0, 1
    addiu   $s0, $s0, 0x10
    CHECK   $s0, 0x11, "jr-target-read-before-delay-slot"

    /* ---- jalr with rd = $ra (default) */
    la      $t9, func_a
    li      $s0, 0
    li      $s1, 0
    jalr    $t9
    addiu   $s0, $s0, 1
.Ljalr_ret:
    la      $s6, .Ljalr_ret
    CHECKR  $s1, $s6, "jalr-link"
    CHECK   $s0, 0x101, "jalr-delay-slot"

    /* ---- jalr with rd = $s3 ($ra untouched) */
    la      $t9, func_b
    li      $ra, 0x1234
    li      $s1, 0
    jalr    $s3, $t9
    nop
.Ljalr_ret2:
    move    $s5, $ra
    la      $s6, .Ljalr_ret2
    CHECKR  $s3, $s6, "jalr-rd-link"
    CHECKR  $s1, $s6, "jalr-rd-link-in-callee"
    CHECK   $s5, 0x1234, "jalr-rd-ra-untouched"

    /* ---- jalr: delay slot modifies the target register (entering
     * func_d 4 bytes late would give 0x100 instead of 0x110) */
    la      $t9, func_d
    li      $s0, 0
    jalr    $t9
    addiu   $t9, $t9, 4
    CHECK   $s0, 0x110, "jalr-target-read-before-delay-slot"

    /* ---- nested calls: func_c calls func_a and returns */
    li      $s0, 0
    jal     func_c
    nop
    CHECK   $s0, 0x1100, "nested-calls"

    /* ---- call a function placed before this code (backward jal) */
    li      $s0, 0
    jal     func_early
    nop
    CHECK   $s0, 0x77, "jal-backward"

    EXIT_TESTS

/* func_a: s1 = return address, s0 += 0x100 */
func_a:
    move    $s1, $ra
    jr      $ra
    addiu   $s0, $s0, 0x100         /* delay slot */

/* func_b: called with link in s3 */
func_b:
    move    $s1, $s3
    jr      $s3
    nop

func_ret:
    jr      $ra
    nop

/* func_d: s0 += 0x10, then += 0x100 in the return delay slot */
func_d:
    addiu   $s0, $s0, 0x10
    jr      $ra
    addiu   $s0, $s0, 0x100

func_c:
    addiu   $sp, $sp, -8
    sw      $ra, 4($sp)
    jal     func_a
    addiu   $s0, $s0, 0x1000
    lw      $ra, 4($sp)
    jr      $ra
    addiu   $sp, $sp, 8

    .section .text.early, "ax", @progbits
func_early:
    jr      $ra
    li      $s0, 0x77
