/* bits.S - clz/clo (SPECIAL2) and the conditional moves movn/movz. */
#include "common.inc"

    .text
    .globl _start
_start:
    /* ---- clz: count leading zeros */
    clz     $t0, $zero
    CHECK   $t0, 32, "clz-0"
    li      $s1, 0xffffffff
    clz     $t0, $s1
    CHECK   $t0, 0, "clz-ffffffff"
    li      $s1, 1
    clz     $t0, $s1
    CHECK   $t0, 31, "clz-1"
    li      $s1, 0x80000000
    clz     $t0, $s1
    CHECK   $t0, 0, "clz-80000000"
    li      $s1, 0x00010000
    clz     $t0, $s1
    CHECK   $t0, 15, "clz-00010000"
    li      $s1, 0x7fffffff
    clz     $t0, $s1
    CHECK   $t0, 1, "clz-7fffffff"
    li      $s1, 0x00000fff
    clz     $t0, $s1
    CHECK   $t0, 20, "clz-00000fff"

    /* ---- clo: count leading ones */
    li      $s1, 0xffffffff
    clo     $t0, $s1
    CHECK   $t0, 32, "clo-ffffffff"
    clo     $t0, $zero
    CHECK   $t0, 0, "clo-0"
    li      $s1, 0x80000000
    clo     $t0, $s1
    CHECK   $t0, 1, "clo-80000000"
    li      $s1, 0xfffffffe
    clo     $t0, $s1
    CHECK   $t0, 31, "clo-fffffffe"
    li      $s1, 0xffff0000
    clo     $t0, $s1
    CHECK   $t0, 16, "clo-ffff0000"
    li      $s1, 0x7fffffff
    clo     $t0, $s1
    CHECK   $t0, 0, "clo-7fffffff"

    /* ---- movn: rd = rs if rt != 0 */
    li      $t0, 0x11
    li      $s1, 0x22
    li      $s2, 1
    movn    $t0, $s1, $s2
    CHECK   $t0, 0x22, "movn-taken"
    li      $t0, 0x11
    movn    $t0, $s1, $zero
    CHECK   $t0, 0x11, "movn-not-taken"
    li      $t0, 0x11
    li      $s2, 0x80000000
    movn    $t0, $s1, $s2
    CHECK   $t0, 0x22, "movn-taken-msb-only"

    /* ---- movz: rd = rs if rt == 0 */
    li      $t0, 0x11
    movz    $t0, $s1, $zero
    CHECK   $t0, 0x22, "movz-taken"
    li      $t0, 0x11
    li      $s2, 1
    movz    $t0, $s1, $s2
    CHECK   $t0, 0x11, "movz-not-taken"
    li      $t0, 0x11
    li      $s2, 0x80000000
    movz    $t0, $s1, $s2
    CHECK   $t0, 0x11, "movz-not-taken-msb-only"
    /* rd == rt: condition is read before the write */
    li      $t0, 0
    li      $s1, 0x33
    movz    $t0, $s1, $t0
    CHECK   $t0, 0x33, "movz-rd-eq-rt"

    EXIT_TESTS
