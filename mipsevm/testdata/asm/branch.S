/* branch.S - conditional branches and their delay slots:
 * beq/bne/blez/bgtz/bltz/bgez and the linking bltzal/bgezal.
 *
 * Pattern (BTEST): s0 = 0; branch; delay slot adds 1 (always executed);
 * the fall-through instruction adds 0x10.  Taken -> 0x1, not taken -> 0x11. */
#include "common.inc"

.macro BTEST insn, taken, name
    li      $s0, 0
    \insn, .Lbt_target\@
    addiu   $s0, $s0, 1             /* delay slot */
    addiu   $s0, $s0, 0x10          /* fall-through only */
.Lbt_target\@:
    .if \taken
    CHECK   $s0, 0x1, "\name"
    .else
    CHECK   $s0, 0x11, "\name"
    .endif
.endm

/* BLINK: like BTEST, and also checks that $ra = address of the
 * instruction after the delay slot, whether or not the branch is taken
 * (MIPS32 release 1 semantics: the link register is always written). */
.macro BLINK insn, taken, name
    li      $s0, 0
    li      $ra, 0
    \insn, .Lbl_target\@
    addiu   $s0, $s0, 1             /* delay slot */
.Lbl_ret\@:
    addiu   $s0, $s0, 0x10          /* fall-through only */
.Lbl_target\@:
    move    $s5, $ra
    la      $s6, .Lbl_ret\@
    .if \taken
    CHECK   $s0, 0x1, "\name"
    .else
    CHECK   $s0, 0x11, "\name"
    .endif
    CHECKR  $s5, $s6, "\name-link"
.endm

    .text
    .globl _start
_start:
    li      $s1, 5
    li      $s2, 5
    li      $s3, -1
    li      $s4, 0x80000000

    /* ---- beq / bne */
    BTEST   "beq $s1, $s2", 1, "beq-equal-taken"
    BTEST   "beq $s1, $s3", 0, "beq-unequal-not-taken"
    BTEST   "beq $zero, $zero", 1, "beq-zero-zero"
    BTEST   "beq $s3, $s4", 0, "beq-neg1-min"
    BTEST   "bne $s1, $s3", 1, "bne-unequal-taken"
    BTEST   "bne $s1, $s2", 0, "bne-equal-not-taken"
    BTEST   "bne $s1, $s1", 0, "bne-same-reg"

    /* ---- blez / bgtz */
    BTEST   "blez $zero", 1, "blez-0"
    BTEST   "blez $s3", 1, "blez-neg1"
    BTEST   "blez $s4", 1, "blez-min"
    BTEST   "blez $s1", 0, "blez-pos"
    BTEST   "bgtz $s1", 1, "bgtz-pos"
    BTEST   "bgtz $zero", 0, "bgtz-0"
    BTEST   "bgtz $s3", 0, "bgtz-neg1"
    BTEST   "bgtz $s4", 0, "bgtz-min"

    /* ---- bltz / bgez */
    BTEST   "bltz $s3", 1, "bltz-neg1"
    BTEST   "bltz $s4", 1, "bltz-min"
    BTEST   "bltz $zero", 0, "bltz-0"
    BTEST   "bltz $s1", 0, "bltz-pos"
    BTEST   "bgez $zero", 1, "bgez-0"
    BTEST   "bgez $s1", 1, "bgez-pos"
    BTEST   "bgez $s3", 0, "bgez-neg1"
    BTEST   "bgez $s4", 0, "bgez-min"

    /* ---- bltzal / bgezal (link = branch pc + 8, always written) */
    BLINK   "bltzal $s3", 1, "bltzal-taken"
    BLINK   "bltzal $s1", 0, "bltzal-not-taken"
    BLINK   "bgezal $zero", 1, "bgezal-taken"
    BLINK   "bgezal $s4", 0, "bgezal-not-taken"

    /* ---- the delay slot sees the link value already */
    bal     1f                      /* bal = bgezal $zero */
    move    $s5, $ra                /* delay slot */
2:
1:  la      $s6, 2b
    CHECKR  $s5, $s6, "bal-link-visible-in-delay-slot"

    /* ---- delay slot modifies the compared register: the branch
     * uses the value from before the delay slot */
    li      $s0, 0
    li      $s1, 7
    li      $s2, 7
    beq     $s1, $s2, 1f
    addiu   $s1, $s1, 1             /* delay slot */
    addiu   $s0, $s0, 0x10
1:  CHECK   $s0, 0, "beq-delay-slot-modifies-operand"
    CHECK   $s1, 8, "beq-delay-slot-executed"

    /* ---- backward branch loop: sum 1..10 */
    li      $s0, 0
    li      $s1, 10
1:  addu    $s0, $s0, $s1
    bne     $s1, $zero, 1b
    addiu   $s1, $s1, -1            /* delay slot, also on exit */
    CHECK   $s0, 55, "backward-loop-sum"
    CHECK   $s1, 0xffffffff, "backward-loop-delay-on-exit"

    /* ---- load and store in delay slots */
    la      $s2, bdata
    li      $s0, 0
    beq     $zero, $zero, 1f
    lw      $s0, 0($s2)             /* delay slot load */
    li      $s0, 0
1:  CHECK   $s0, 0x600dd00d, "load-in-delay-slot"
    li      $t1, 0x12345678
    bne     $zero, $zero, 1f
    sw      $t1, 4($s2)             /* delay slot store, not-taken branch */
1:  lw      $s0, 4($s2)
    CHECK   $s0, 0x12345678, "store-in-delay-slot"

    /* ---- long forward branch (offset > 8 KiB) */
    li      $s0, 0
    b       far_target
    addiu   $s0, $s0, 1
    .space  0x2000                  /* zeros = nops, never executed */
far_target:
    CHECK   $s0, 1, "long-forward-branch"

    EXIT_TESTS

    .data
    .align  2
bdata:  .word   0x600dd00d, 0
