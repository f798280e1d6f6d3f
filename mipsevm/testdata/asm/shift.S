/* shift.S - sll/srl/sra with immediate amounts and sllv/srlv/srav with
 * register amounts (only the low 5 bits of rs are used, so 32 -> 0,
 * 33 -> 1, -1 -> 31). */
#include "common.inc"

    .text
    .globl _start
_start:
    /* ---- sll */
    li      $s1, 0x80000001
    sll     $t0, $s1, 1
    CHECK   $t0, 0x00000002, "sll-1-drops-msb"
    li      $s1, 1
    sll     $t0, $s1, 31
    CHECK   $t0, 0x80000000, "sll-31"
    li      $s1, 0x12345678
    sll     $t0, $s1, 0
    CHECK   $t0, 0x12345678, "sll-0"
    sll     $t0, $s1, 4
    CHECK   $t0, 0x23456780, "sll-4"
    /* nop is sll $0,$0,0; ssnop is sll $0,$0,1; ehb is sll $0,$0,3 */
    nop
    ssnop
    .word   0x000000c0              /* ehb (sll $0,$0,3) */
    CHECK   $zero, 0, "nop-ssnop-ehb"

    /* ---- srl */
    li      $s1, 0x80000000
    srl     $t0, $s1, 31
    CHECK   $t0, 1, "srl-31"
    li      $s1, 0xf0000000
    srl     $t0, $s1, 4
    CHECK   $t0, 0x0f000000, "srl-4-no-sext"
    srl     $t0, $s1, 0
    CHECK   $t0, 0xf0000000, "srl-0"

    /* ---- sra */
    li      $s1, 0x80000000
    sra     $t0, $s1, 31
    CHECK   $t0, 0xffffffff, "sra-31"
    li      $s1, 0xf0000000
    sra     $t0, $s1, 4
    CHECK   $t0, 0xff000000, "sra-4-sext"
    li      $s1, 0x70000000
    sra     $t0, $s1, 4
    CHECK   $t0, 0x07000000, "sra-4-positive"
    li      $s1, 0x87654321
    sra     $t0, $s1, 0
    CHECK   $t0, 0x87654321, "sra-0"

    /* ---- sllv */
    li      $s1, 0x12345678
    li      $s2, 4
    sllv    $t0, $s1, $s2
    CHECK   $t0, 0x23456780, "sllv-4"
    li      $s2, 32
    sllv    $t0, $s1, $s2
    CHECK   $t0, 0x12345678, "sllv-32-is-0"
    li      $s2, 33
    sllv    $t0, $s1, $s2
    CHECK   $t0, 0x2468acf0, "sllv-33-is-1"
    li      $s1, 0x12345679
    li      $s2, -1
    sllv    $t0, $s1, $s2
    CHECK   $t0, 0x80000000, "sllv-neg1-is-31"
    li      $s2, 0xffffffe0
    sllv    $t0, $s1, $s2
    CHECK   $t0, 0x12345679, "sllv-ffffffe0-is-0"
    li      $t0, 33
    sllv    $t0, $t0, $t0
    CHECK   $t0, 66, "sllv-rd-eq-rs-eq-rt"

    /* ---- srlv */
    li      $s1, 0x80000000
    li      $s2, 36
    srlv    $t0, $s1, $s2
    CHECK   $t0, 0x08000000, "srlv-36-is-4"
    li      $s2, 0xffffffe0
    srlv    $t0, $s1, $s2
    CHECK   $t0, 0x80000000, "srlv-ffffffe0-is-0"
    li      $s2, 31
    srlv    $t0, $s1, $s2
    CHECK   $t0, 1, "srlv-31"
    li      $s2, 63
    srlv    $t0, $s1, $s2
    CHECK   $t0, 1, "srlv-63-is-31"
    li      $s1, 0xffffffff
    li      $s2, 16
    srlv    $t0, $s1, $s2
    CHECK   $t0, 0x0000ffff, "srlv-16-no-sext"

    /* ---- srav */
    li      $s1, 0x80000000
    li      $s2, 36
    srav    $t0, $s1, $s2
    CHECK   $t0, 0xf8000000, "srav-36-is-4"
    li      $s2, 63
    srav    $t0, $s1, $s2
    CHECK   $t0, 0xffffffff, "srav-63-is-31"
    li      $s2, 32
    srav    $t0, $s1, $s2
    CHECK   $t0, 0x80000000, "srav-32-is-0"
    li      $s1, 0x40000000
    li      $s2, 0x3e
    srav    $t0, $s1, $s2
    CHECK   $t0, 1, "srav-positive-62-is-30"
    li      $s1, 0xfffffff0
    li      $s2, 2
    srav    $t0, $s1, $s2
    CHECK   $t0, 0xfffffffc, "srav-2-neg"

    EXIT_TESTS
