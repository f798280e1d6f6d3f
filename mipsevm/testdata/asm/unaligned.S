/* unaligned.S - lwl/lwr/swl/swr at every byte alignment (big-endian).
 *
 * Memory:  A+0..A+7 = 11 22 33 44 55 66 77 88
 * Big-endian semantics (k = address & 3):
 *   lwl: bytes A+k..A+3 go to the MOST significant end of rt
 *   lwr: bytes A+0..A+k go to the LEAST significant end of rt
 *   swl: the most significant 4-k bytes of rt go to A+k..A+3
 *   swr: the least significant k+1 bytes of rt go to A+0..A+k */
#include "common.inc"

.macro RESET_DATA
    li      $t1, 0x11223344
    sw      $t1, 0($s0)
    li      $t1, 0x55667788
    sw      $t1, 4($s0)
.endm

    .data
    .align  3
udata:  .word   0, 0

    .text
    .globl _start
_start:
    la      $s0, udata
    RESET_DATA
    li      $s1, 0xaabbccdd

    /* ---- lwl */
    move    $t0, $s1
    lwl     $t0, 0($s0)
    CHECK   $t0, 0x11223344, "lwl-0"
    move    $t0, $s1
    lwl     $t0, 1($s0)
    CHECK   $t0, 0x223344dd, "lwl-1"
    move    $t0, $s1
    lwl     $t0, 2($s0)
    CHECK   $t0, 0x3344ccdd, "lwl-2"
    move    $t0, $s1
    lwl     $t0, 3($s0)
    CHECK   $t0, 0x44bbccdd, "lwl-3"

    /* ---- lwr */
    move    $t0, $s1
    lwr     $t0, 0($s0)
    CHECK   $t0, 0xaabbcc11, "lwr-0"
    move    $t0, $s1
    lwr     $t0, 1($s0)
    CHECK   $t0, 0xaabb1122, "lwr-1"
    move    $t0, $s1
    lwr     $t0, 2($s0)
    CHECK   $t0, 0xaa112233, "lwr-2"
    move    $t0, $s1
    lwr     $t0, 3($s0)
    CHECK   $t0, 0x11223344, "lwr-3"

    /* ---- lwl/lwr pairs = unaligned word load (ulw) */
    move    $t0, $s1
    lwl     $t0, 1($s0)
    lwr     $t0, 4($s0)
    CHECK   $t0, 0x22334455, "ulw-1"
    move    $t0, $s1
    lwl     $t0, 2($s0)
    lwr     $t0, 5($s0)
    CHECK   $t0, 0x33445566, "ulw-2"
    move    $t0, $s1
    lwl     $t0, 3($s0)
    lwr     $t0, 6($s0)
    CHECK   $t0, 0x44556677, "ulw-3"
    /* lwr first, then lwl: same result */
    move    $t0, $s1
    lwr     $t0, 6($s0)
    lwl     $t0, 3($s0)
    CHECK   $t0, 0x44556677, "ulw-3-reversed"

    /* ---- swl */
    swl     $s1, 0($s0)
    lw      $t0, 0($s0)
    CHECK   $t0, 0xaabbccdd, "swl-0"
    RESET_DATA
    swl     $s1, 1($s0)
    lw      $t0, 0($s0)
    CHECK   $t0, 0x11aabbcc, "swl-1"
    RESET_DATA
    swl     $s1, 2($s0)
    lw      $t0, 0($s0)
    CHECK   $t0, 0x1122aabb, "swl-2"
    RESET_DATA
    swl     $s1, 3($s0)
    lw      $t0, 0($s0)
    CHECK   $t0, 0x112233aa, "swl-3"

    /* ---- swr */
    RESET_DATA
    swr     $s1, 0($s0)
    lw      $t0, 0($s0)
    CHECK   $t0, 0xdd223344, "swr-0"
    RESET_DATA
    swr     $s1, 1($s0)
    lw      $t0, 0($s0)
    CHECK   $t0, 0xccdd3344, "swr-1"
    RESET_DATA
    swr     $s1, 2($s0)
    lw      $t0, 0($s0)
    CHECK   $t0, 0xbbccdd44, "swr-2"
    RESET_DATA
    swr     $s1, 3($s0)
    lw      $t0, 0($s0)
    CHECK   $t0, 0xaabbccdd, "swr-3"

    /* ---- swl/swr pairs = unaligned word store (usw) */
    RESET_DATA
    swl     $s1, 1($s0)
    swr     $s1, 4($s0)
    lw      $t0, 0($s0)
    CHECK   $t0, 0x11aabbcc, "usw-1-word0"
    lw      $t0, 4($s0)
    CHECK   $t0, 0xdd667788, "usw-1-word1"
    RESET_DATA
    swl     $s1, 2($s0)
    swr     $s1, 5($s0)
    lw      $t0, 0($s0)
    CHECK   $t0, 0x1122aabb, "usw-2-word0"
    lw      $t0, 4($s0)
    CHECK   $t0, 0xccdd7788, "usw-2-word1"
    RESET_DATA
    swl     $s1, 3($s0)
    swr     $s1, 6($s0)
    lw      $t0, 0($s0)
    CHECK   $t0, 0x112233aa, "usw-3-word0"
    lw      $t0, 4($s0)
    CHECK   $t0, 0xbbccdd88, "usw-3-word1"

    EXIT_TESTS
