/* branch_likely.S - branch-likely instructions (MIPS II, deprecated in
 * MIPS32 but still part of release 1): beql/bnel/blezl/bgtzl/bltzl/bgezl
 * and bltzall/bgezall.  The delay slot executes ONLY if the branch is
 * taken; when not taken it is nullified (skipped).
 *
 * Pattern: s0 = 0; branch; delay slot adds 1; fall-through adds 0x10.
 * Taken -> 0x1, not taken -> 0x10. */
#include "common.inc"

.macro BLTEST insn, taken, name
    li      $s0, 0
    \insn, .Lbl_target\@
    addiu   $s0, $s0, 1             /* delay slot, nullified if not taken */
    addiu   $s0, $s0, 0x10          /* fall-through only */
.Lbl_target\@:
    .if \taken
    CHECK   $s0, 0x1, "\name"
    .else
    CHECK   $s0, 0x10, "\name"
    .endif
.endm

/* linking variants: $ra = branch pc + 8, written even if not taken */
.macro BLLINK insn, taken, name
    li      $s0, 0
    li      $ra, 0
    \insn, .Lbll_target\@
    addiu   $s0, $s0, 1
.Lbll_ret\@:
    addiu   $s0, $s0, 0x10
.Lbll_target\@:
    move    $s5, $ra
    la      $s6, .Lbll_ret\@
    .if \taken
    CHECK   $s0, 0x1, "\name"
    .else
    CHECK   $s0, 0x10, "\name"
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

    BLTEST  "beql $s1, $s2", 1, "beql-taken"
    BLTEST  "beql $s1, $s3", 0, "beql-not-taken-nullified"
    BLTEST  "bnel $s1, $s3", 1, "bnel-taken"
    BLTEST  "bnel $s1, $s2", 0, "bnel-not-taken-nullified"
    BLTEST  "blezl $zero", 1, "blezl-0-taken"
    BLTEST  "blezl $s4", 1, "blezl-min-taken"
    BLTEST  "blezl $s1", 0, "blezl-pos-nullified"
    BLTEST  "bgtzl $s1", 1, "bgtzl-pos-taken"
    BLTEST  "bgtzl $zero", 0, "bgtzl-0-nullified"
    BLTEST  "bgtzl $s3", 0, "bgtzl-neg-nullified"
    BLTEST  "bltzl $s3", 1, "bltzl-neg-taken"
    BLTEST  "bltzl $zero", 0, "bltzl-0-nullified"
    BLTEST  "bgezl $zero", 1, "bgezl-0-taken"
    BLTEST  "bgezl $s4", 0, "bgezl-min-nullified"

    BLLINK  "bltzall $s3", 1, "bltzall-taken"
    BLLINK  "bltzall $s1", 0, "bltzall-not-taken-nullified"
    BLLINK  "bgezall $s1", 1, "bgezall-taken"
    BLLINK  "bgezall $s3", 0, "bgezall-not-taken-nullified"

    /* backward branch-likely loop: the usual "loop with useful delay
     * slot" idiom; delay slot runs on every taken iteration only */
    li      $s0, 0                  /* counts delay-slot executions */
    li      $s1, 5
1:  addiu   $s1, $s1, -1
    bnel    $s1, $zero, 1b
    addiu   $s0, $s0, 1
    CHECK   $s0, 4, "bnel-loop-delay-count"

    EXIT_TESTS
