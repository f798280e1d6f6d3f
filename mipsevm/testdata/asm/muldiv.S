/* muldiv.S - mult/multu/div/divu, HI/LO moves, mul, madd/maddu/msub/msubu.
 *
 * Division by zero and INT_MIN / -1 leave HI/LO architecturally
 * UNPREDICTABLE (no exception on MIPS32), so those results are only
 * printed ("info ..." lines), not checked.  HI/LO are preset to known
 * values before each such division so that "left unchanged" is visible. */
#include "common.inc"

/* HL_CHECK hi, lo, name: read HI/LO (into $s3/$s4) and check both */
.macro HL_CHECK hi, lo, name
    mfhi    $s3
    mflo    $s4
    CHECK   $s3, \hi, "\name-hi"
    CHECK   $s4, \lo, "\name-lo"
.endm

.macro HL_INFO name
    mfhi    $s3
    mflo    $s4
    INFO    $s3, "\name-hi"
    INFO    $s4, "\name-lo"
.endm

.macro HL_SET hi, lo
    li      $t0, \hi
    mthi    $t0
    li      $t0, \lo
    mtlo    $t0
.endm

    .text
    .globl _start
_start:
    /* ---- mthi / mtlo / mfhi / mflo */
    HL_SET  0x12345678, 0x9abcdef0
    HL_CHECK 0x12345678, 0x9abcdef0, "mthi-mtlo"

    /* ---- mult (signed 32x32 -> 64) */
    li      $s1, 0x7fffffff
    mult    $s1, $s1
    HL_CHECK 0x3fffffff, 0x00000001, "mult-max-max"
    li      $s1, -1
    mult    $s1, $s1
    HL_CHECK 0, 1, "mult-neg1-neg1"
    li      $s1, 0x80000000
    mult    $s1, $s1
    HL_CHECK 0x40000000, 0, "mult-min-min"
    li      $s1, -2
    li      $s2, 3
    mult    $s1, $s2
    HL_CHECK 0xffffffff, 0xfffffffa, "mult-neg2-3"
    li      $s1, 0x80000000
    li      $s2, -1
    mult    $s1, $s2
    HL_CHECK 0, 0x80000000, "mult-min-neg1"
    li      $s1, 0x80000000
    li      $s2, 1
    mult    $s1, $s2
    HL_CHECK 0xffffffff, 0x80000000, "mult-min-1"
    li      $s1, 0x12345678
    mult    $s1, $zero
    HL_CHECK 0, 0, "mult-zero"

    /* ---- multu (unsigned) */
    li      $s1, 0xffffffff
    multu   $s1, $s1
    HL_CHECK 0xfffffffe, 0x00000001, "multu-max-max"
    li      $s1, 0x80000000
    li      $s2, 2
    multu   $s1, $s2
    HL_CHECK 1, 0, "multu-carry"
    li      $s1, 0xffffffff
    li      $s2, 2
    multu   $s1, $s2
    HL_CHECK 1, 0xfffffffe, "multu-ffffffff-2"
    li      $s1, 0x12345678
    li      $s2, 0x9abcdef0
    multu   $s1, $s2
    HL_CHECK 0x0b00ea4e, 0x242d2080, "multu-mixed"
    mult    $s1, $s2
    HL_CHECK 0xf8cc93d6, 0x242d2080, "mult-mixed"

    /* ---- div (signed, truncates toward zero, HI = remainder with sign of dividend) */
    li      $s1, 7
    li      $s2, 2
    div     $zero, $s1, $s2
    HL_CHECK 1, 3, "div-7-2"
    li      $s1, -7
    li      $s2, 2
    div     $zero, $s1, $s2
    HL_CHECK 0xffffffff, 0xfffffffd, "div-neg7-2"
    li      $s1, 7
    li      $s2, -2
    div     $zero, $s1, $s2
    HL_CHECK 1, 0xfffffffd, "div-7-neg2"
    li      $s1, -7
    li      $s2, -2
    div     $zero, $s1, $s2
    HL_CHECK 0xffffffff, 3, "div-neg7-neg2"
    li      $s1, 0x80000000
    li      $s2, 1
    div     $zero, $s1, $s2
    HL_CHECK 0, 0x80000000, "div-min-1"
    li      $s1, 0x80000000
    li      $s2, 2
    div     $zero, $s1, $s2
    HL_CHECK 0, 0xc0000000, "div-min-2"
    li      $s1, 0x80000000
    li      $s2, 0x7fffffff
    div     $zero, $s1, $s2
    HL_CHECK 0xffffffff, 0xffffffff, "div-min-max"
    li      $s1, 3
    li      $s2, 5
    div     $zero, $s1, $s2
    HL_CHECK 3, 0, "div-small-by-big"

    /* ---- divu */
    li      $s1, 0xffffffff
    li      $s2, 2
    divu    $zero, $s1, $s2
    HL_CHECK 1, 0x7fffffff, "divu-max-2"
    li      $s1, 7
    li      $s2, 0xffffffff
    divu    $zero, $s1, $s2
    HL_CHECK 7, 0, "divu-7-max"
    li      $s1, 0x80000000
    divu    $zero, $s1, $s1
    HL_CHECK 0, 1, "divu-self"
    li      $s1, 0x80000000
    li      $s2, 0xffffffff
    divu    $zero, $s1, $s2
    HL_CHECK 0x80000000, 0, "divu-min-neg1-unsigned"
    li      $s1, 1000000007
    li      $s2, 10
    divu    $zero, $s1, $s2
    HL_CHECK 7, 100000000, "divu-decimal"

    /* ---- implementation-specific results: printed, not checked */
    HL_SET  0x11111111, 0x22222222
    li      $s1, 0x80000000
    li      $s2, -1
    div     $zero, $s1, $s2
    HL_INFO "div-intmin-by-neg1"
    HL_SET  0x11111111, 0x22222222
    li      $s1, 7
    div     $zero, $s1, $zero
    HL_INFO "div-7-by-0"
    HL_SET  0x11111111, 0x22222222
    li      $s1, -7
    div     $zero, $s1, $zero
    HL_INFO "div-neg7-by-0"
    HL_SET  0x11111111, 0x22222222
    div     $zero, $zero, $zero
    HL_INFO "div-0-by-0"
    HL_SET  0x11111111, 0x22222222
    li      $s1, 7
    divu    $zero, $s1, $zero
    HL_INFO "divu-7-by-0"
    HL_SET  0x11111111, 0x22222222
    li      $s1, 0xffffffff
    divu    $zero, $s1, $zero
    HL_INFO "divu-ffffffff-by-0"

    /* ---- mul (SPECIAL2, low 32 bits; HI/LO unpredictable afterwards) */
    li      $s1, 0x7fffffff
    li      $s2, 3
    mul     $t0, $s1, $s2
    CHECK   $t0, 0x7ffffffd, "mul-wrap"
    li      $s1, -5
    li      $s2, 7
    mul     $t0, $s1, $s2
    CHECK   $t0, 0xffffffdd, "mul-neg"
    li      $s1, 0x10000
    mul     $t0, $s1, $s1
    CHECK   $t0, 0, "mul-2to32"
    li      $s1, 0x12345678
    li      $s2, 0x9abcdef0
    mul     $t0, $s1, $s2
    CHECK   $t0, 0x242d2080, "mul-mixed"
    li      $t0, 9
    mul     $t0, $t0, $t0
    CHECK   $t0, 81, "mul-rd-eq-rs-eq-rt"

    /* ---- madd / maddu / msub / msubu (HI:LO +/-= rs*rt) */
    HL_SET  0x00000001, 0xffffffff
    li      $s1, 2
    li      $s2, 3
    madd    $s1, $s2
    HL_CHECK 0x00000002, 0x00000005, "madd-carry-into-hi"
    HL_SET  0, 0
    li      $s1, -1
    li      $s2, 1
    madd    $s1, $s2
    HL_CHECK 0xffffffff, 0xffffffff, "madd-neg"
    HL_SET  0, 0
    li      $s1, 0x80000000
    madd    $s1, $s1
    HL_CHECK 0x40000000, 0, "madd-min-min"
    HL_SET  0x7fffffff, 0xffffffff
    li      $s1, 1
    madd    $s1, $s1
    HL_CHECK 0x80000000, 0, "madd-wrap-64"
    HL_SET  0xffffffff, 0xffffffff
    li      $s1, 1
    maddu   $s1, $s1
    HL_CHECK 0, 0, "maddu-wrap-64"
    HL_SET  0, 1
    li      $s1, 0xffffffff
    maddu   $s1, $s1
    HL_CHECK 0xfffffffe, 0x00000002, "maddu-max-max"
    HL_SET  0, 0
    li      $s1, 1
    msub    $s1, $s1
    HL_CHECK 0xffffffff, 0xffffffff, "msub-borrow"
    HL_SET  1, 0
    li      $s1, -2
    li      $s2, 3
    msub    $s1, $s2
    HL_CHECK 1, 6, "msub-neg-product"
    HL_SET  1, 0
    li      $s1, 1
    msubu   $s1, $s1
    HL_CHECK 0, 0xffffffff, "msubu-borrow"
    HL_SET  0, 0
    li      $s1, 0xffffffff
    li      $s2, 2
    msubu   $s1, $s2
    HL_CHECK 0xfffffffe, 0x00000002, "msubu-unsigned"
    HL_SET  0, 0
    li      $s1, 0xffffffff
    li      $s2, 2
    msub    $s1, $s2
    HL_CHECK 0, 2, "msub-signed-neg1x2"

    EXIT_TESTS
