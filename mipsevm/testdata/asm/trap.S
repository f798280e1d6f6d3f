/* trap.S - conditional traps whose condition is FALSE, so they must not
 * fire.  Operands are chosen so that a signed/unsigned mix-up or a
 * zero-extended (instead of sign-extended) immediate WOULD fire. */
#include "common.inc"

.macro NOFIRE insn, name
    \insn
    CHECK   $zero, 0, "\name"
.endm

    .text
    .globl _start
_start:
    li      $s1, 4
    li      $s2, 5
    li      $s3, -1
    li      $s4, 0x80000000
    li      $s5, 0x0000ffff
    li      $s6, 0x7fffffff

    /* register forms */
    NOFIRE  "teq $s1, $s2", "teq-unequal"
    NOFIRE  "teq $s3, $s5", "teq-ffffffff-0000ffff"
    NOFIRE  "tne $s1, $s1", "tne-equal"
    NOFIRE  "tne $zero, $zero", "tne-zero"
    NOFIRE  "tge $s3, $zero", "tge-signed-neg1-lt-0"
    NOFIRE  "tge $s4, $s6", "tge-signed-min-lt-max"
    NOFIRE  "tgeu $zero, $s3", "tgeu-0-lt-ffffffff"
    NOFIRE  "tgeu $s6, $s4", "tgeu-unsigned-7fffffff-lt-80000000"
    NOFIRE  "tlt $zero, $s4", "tlt-signed-0-not-lt-min"
    NOFIRE  "tlt $s1, $s1", "tlt-equal"
    NOFIRE  "tltu $s4, $zero", "tltu-unsigned-min-not-lt-0"
    NOFIRE  "tltu $s3, $s1", "tltu-ffffffff-not-lt-4"
    /* trap with a code field */
    NOFIRE  "teq $s1, $s2, 7", "teq-code-7"

    /* immediate forms (immediate is sign-extended, also for the
     * unsigned compares) */
    NOFIRE  "teqi $s1, 5", "teqi-unequal"
    NOFIRE  "teqi $s5, -1", "teqi-imm-sext"
    NOFIRE  "tnei $s2, 5", "tnei-equal"
    NOFIRE  "tnei $s3, -1", "tnei-imm-sext-equal"
    NOFIRE  "tgei $s4, 0", "tgei-signed-min-lt-0"
    NOFIRE  "tgei $s3, 0", "tgei-signed-neg1-lt-0"
    NOFIRE  "tgeiu $zero, 1", "tgeiu-0-lt-1"
    NOFIRE  "tgeiu $s6, -1", "tgeiu-7fffffff-lt-ffffffff"
    NOFIRE  "tlti $zero, -1", "tlti-0-not-lt-neg1"
    NOFIRE  "tlti $s6, -1", "tlti-signed-max-not-lt-neg1"
    NOFIRE  "tltiu $s3, -2", "tltiu-ffffffff-not-lt-fffffffe"
    NOFIRE  "tltiu $s4, 5", "tltiu-unsigned-min-not-lt-5"

    EXIT_TESTS
