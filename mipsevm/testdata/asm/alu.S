/* alu.S - arithmetic, logical, lui and set-on-less-than instructions.
 * Overflow-trapping forms (add/addi/sub) are only used with operands that
 * do not overflow here; the trapping cases are in fault_*.S. */
#include "common.inc"

    .text
    .globl _start
_start:
    /* ---- addu (never traps, wraps modulo 2^32) */
    li      $s1, 0x7fffffff
    li      $s2, 1
    addu    $t0, $s1, $s2
    CHECK   $t0, 0x80000000, "addu-overflow-wrap"
    li      $s1, 0xffffffff
    li      $s2, 1
    addu    $t0, $s1, $s2
    CHECK   $t0, 0, "addu-carry-wrap"
    li      $s1, 5
    li      $s2, -3
    addu    $t0, $s1, $s2
    CHECK   $t0, 2, "addu-neg"
    li      $s1, 0x80000000
    addu    $t0, $s1, $s1
    CHECK   $t0, 0, "addu-min-plus-min"

    /* ---- add (no overflow cases) */
    li      $s1, 0x7ffffffe
    li      $s2, 1
    add     $t0, $s1, $s2
    CHECK   $t0, 0x7fffffff, "add-to-max"
    li      $s1, -1
    add     $t0, $s1, $s1
    CHECK   $t0, 0xfffffffe, "add-neg-neg"
    li      $s1, 0x80000000
    li      $s2, 0x7fffffff
    add     $t0, $s1, $s2
    CHECK   $t0, 0xffffffff, "add-min-plus-max"
    li      $s1, 0x80000001
    li      $s2, -1
    add     $t0, $s1, $s2
    CHECK   $t0, 0x80000000, "add-to-min"

    /* ---- addi (sign-extended immediate, overflow-checked) */
    li      $s1, 0x7fffffff
    addi    $t0, $s1, -1
    CHECK   $t0, 0x7ffffffe, "addi-neg-imm"
    addi    $t0, $zero, -32768
    CHECK   $t0, 0xffff8000, "addi-imm-min-sext"
    li      $s1, 0x80000000
    addi    $t0, $s1, 32767
    CHECK   $t0, 0x80007fff, "addi-min-plus-immmax"
    li      $s1, 0x7fff0000
    addi    $t0, $s1, 32767
    CHECK   $t0, 0x7fff7fff, "addi-large"

    /* ---- addiu (sign-extended immediate, wraps) */
    addiu   $t0, $zero, -32768
    CHECK   $t0, 0xffff8000, "addiu-imm-min-sext"
    addiu   $t0, $zero, 32767
    CHECK   $t0, 0x00007fff, "addiu-imm-max"
    li      $s1, 0x7fffffff
    addiu   $t0, $s1, 1
    CHECK   $t0, 0x80000000, "addiu-overflow-wrap"
    li      $s1, 0xffffffff
    addiu   $t0, $s1, 1
    CHECK   $t0, 0, "addiu-carry-wrap"
    li      $s1, 0x00010000
    addiu   $t0, $s1, -1
    CHECK   $t0, 0x0000ffff, "addiu-borrow"

    /* ---- sub / subu */
    li      $s1, 5
    li      $s2, 7
    sub     $t0, $s1, $s2
    CHECK   $t0, 0xfffffffe, "sub-neg-result"
    li      $s1, 0x80000000
    sub     $t0, $s1, $s1
    CHECK   $t0, 0, "sub-min-min"
    li      $s1, -1
    li      $s2, 0x7fffffff
    sub     $t0, $s1, $s2
    CHECK   $t0, 0x80000000, "sub-to-min"
    li      $s1, 0x7ffffffe
    li      $s2, -1
    sub     $t0, $s1, $s2
    CHECK   $t0, 0x7fffffff, "sub-to-max"
    li      $s2, 1
    subu    $t0, $zero, $s2
    CHECK   $t0, 0xffffffff, "subu-borrow-wrap"
    li      $s1, 0x80000000
    li      $s2, 1
    subu    $t0, $s1, $s2
    CHECK   $t0, 0x7fffffff, "subu-overflow-wrap"

    /* ---- and / or / xor / nor */
    li      $s1, 0xf0f0ff00
    li      $s2, 0x0ff0f0f0
    and     $t0, $s1, $s2
    CHECK   $t0, 0x00f0f000, "and"
    or      $t0, $s1, $s2
    CHECK   $t0, 0xfff0fff0, "or"
    xor     $t0, $s1, $s2
    CHECK   $t0, 0xff000ff0, "xor"
    nor     $t0, $s1, $s2
    CHECK   $t0, 0x000f000f, "nor"
    nor     $t0, $zero, $zero
    CHECK   $t0, 0xffffffff, "nor-zero-is-not"
    xor     $t0, $s1, $s1
    CHECK   $t0, 0, "xor-self"

    /* ---- andi / ori / xori: immediate is ZERO-extended */
    li      $s1, 0xffffffff
    andi    $t0, $s1, 0x8000
    CHECK   $t0, 0x00008000, "andi-zext"
    andi    $t0, $s1, 0xffff
    CHECK   $t0, 0x0000ffff, "andi-ffff"
    li      $s1, 0x12340000
    ori     $t0, $s1, 0xffff
    CHECK   $t0, 0x1234ffff, "ori"
    ori     $t0, $zero, 0x8000
    CHECK   $t0, 0x00008000, "ori-zext"
    li      $s1, 0xffffffff
    xori    $t0, $s1, 0x8001
    CHECK   $t0, 0xffff7ffe, "xori-zext"
    li      $s1, 0x00ff00ff
    xori    $t0, $s1, 0xffff
    CHECK   $t0, 0x00ffff00, "xori"

    /* ---- lui */
    lui     $t0, 0x8000
    CHECK   $t0, 0x80000000, "lui-8000"
    lui     $t0, 0xffff
    CHECK   $t0, 0xffff0000, "lui-ffff"
    li      $t0, 0x12345678
    lui     $t0, 0
    CHECK   $t0, 0, "lui-zero-clears-low"

    /* ---- slt / sltu */
    li      $s1, -1
    li      $s2, 1
    slt     $t0, $s1, $s2
    CHECK   $t0, 1, "slt-neg-lt-pos"
    slt     $t0, $s2, $s1
    CHECK   $t0, 0, "slt-pos-not-lt-neg"
    li      $s1, 0x80000000
    li      $s2, 0x7fffffff
    slt     $t0, $s1, $s2
    CHECK   $t0, 1, "slt-min-lt-max"
    slt     $t0, $s1, $s1
    CHECK   $t0, 0, "slt-equal"
    li      $s1, 0xffffffff
    li      $s2, 1
    sltu    $t0, $s1, $s2
    CHECK   $t0, 0, "sltu-big-not-lt-1"
    sltu    $t0, $s2, $s1
    CHECK   $t0, 1, "sltu-1-lt-big"
    sltu    $t0, $zero, $zero
    CHECK   $t0, 0, "sltu-equal"
    li      $s1, 0x80000000
    li      $s2, 0x7fffffff
    sltu    $t0, $s1, $s2
    CHECK   $t0, 0, "sltu-min-not-lt-max"

    /* ---- slti / sltiu: immediate is sign-extended */
    li      $s1, -1
    slti    $t0, $s1, 0
    CHECK   $t0, 1, "slti-neg-lt-0"
    li      $s1, 0x7fffffff
    slti    $t0, $s1, -1
    CHECK   $t0, 0, "slti-max-not-lt-neg1"
    slti    $t0, $zero, -32768
    CHECK   $t0, 0, "slti-0-not-lt-immmin"
    li      $s1, 0xffff7fff
    slti    $t0, $s1, -32768
    CHECK   $t0, 1, "slti-lt-immmin"
    li      $s1, 0x80000000
    slti    $t0, $s1, 32767
    CHECK   $t0, 1, "slti-min-lt-immmax"
    li      $s1, 0xfffffffe
    sltiu   $t0, $s1, -1
    CHECK   $t0, 1, "sltiu-imm-sext-ffffffff"
    sltiu   $t0, $zero, -32768
    CHECK   $t0, 1, "sltiu-0-lt-ffff8000"
    li      $s1, 0xffff8000
    sltiu   $t0, $s1, -32768
    CHECK   $t0, 0, "sltiu-equal-sext"
    li      $s1, 0x00008000
    sltiu   $t0, $s1, -32768
    CHECK   $t0, 1, "sltiu-8000-lt-ffff8000"
    li      $s1, 5
    sltiu   $t0, $s1, 5
    CHECK   $t0, 0, "sltiu-equal"
    li      $s1, 4
    sltiu   $t0, $s1, 5
    CHECK   $t0, 1, "sltiu-lt"

    /* ---- register $zero is hard-wired */
    addiu   $zero, $zero, 5
    CHECK   $zero, 0, "zero-addiu-ignored"
    lui     $zero, 0x1234
    CHECK   $zero, 0, "zero-lui-ignored"
    li      $s1, 0xffffffff
    or      $zero, $s1, $s1
    CHECK   $zero, 0, "zero-or-ignored"

    /* ---- source and destination registers overlapping */
    li      $t0, 3
    addu    $t0, $t0, $t0
    CHECK   $t0, 6, "addu-rd-eq-rs-eq-rt"
    li      $t0, 0x0000ffff
    li      $s1, 0x00ff00ff
    and     $s1, $t0, $s1
    CHECK   $s1, 0x000000ff, "and-rd-eq-rt"

    EXIT_TESTS
