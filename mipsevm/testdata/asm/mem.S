/* mem.S - aligned loads and stores: lb/lbu/lh/lhu/lw/sb/sh/sw.
 * Big-endian byte order, sign extension, positive/negative offsets. */
#include "common.inc"

    .data
    .align  3
mdata:  .byte   0x80, 0x7f, 0xff, 0x01, 0x12, 0x34, 0x56, 0x78
    .align  2
scratch: .word  0, 0, 0, 0

    .text
    .globl _start
_start:
    la      $s0, mdata

    /* ---- byte loads */
    lb      $t0, 0($s0)
    CHECK   $t0, 0xffffff80, "lb-sext-80"
    lbu     $t0, 0($s0)
    CHECK   $t0, 0x00000080, "lbu-80"
    lb      $t0, 1($s0)
    CHECK   $t0, 0x0000007f, "lb-7f"
    lb      $t0, 2($s0)
    CHECK   $t0, 0xffffffff, "lb-sext-ff"
    lbu     $t0, 2($s0)
    CHECK   $t0, 0x000000ff, "lbu-ff"
    lbu     $t0, 7($s0)
    CHECK   $t0, 0x00000078, "lbu-last"

    /* ---- halfword loads */
    lh      $t0, 0($s0)
    CHECK   $t0, 0xffff807f, "lh-sext"
    lhu     $t0, 0($s0)
    CHECK   $t0, 0x0000807f, "lhu"
    lh      $t0, 2($s0)
    CHECK   $t0, 0xffffff01, "lh-sext-ff01"
    lhu     $t0, 2($s0)
    CHECK   $t0, 0x0000ff01, "lhu-ff01"
    lh      $t0, 4($s0)
    CHECK   $t0, 0x00001234, "lh-positive"
    lhu     $t0, 6($s0)
    CHECK   $t0, 0x00005678, "lhu-6"

    /* ---- word loads */
    lw      $t0, 0($s0)
    CHECK   $t0, 0x807fff01, "lw-0"
    lw      $t0, 4($s0)
    CHECK   $t0, 0x12345678, "lw-4"

    /* ---- negative offsets */
    addiu   $s1, $s0, 8
    lw      $t0, -4($s1)
    CHECK   $t0, 0x12345678, "lw-neg-offset"
    lb      $t0, -8($s1)
    CHECK   $t0, 0xffffff80, "lb-neg-offset"
    lhu     $t0, -6($s1)
    CHECK   $t0, 0x0000ff01, "lhu-neg-offset"

    /* ---- extreme offsets: base +- 32K */
    li      $t1, 32767
    subu    $s1, $s0, $t1
    lw      $t0, 32767($s1)
    CHECK   $t0, 0x807fff01, "lw-offset-32767"
    li      $t1, 32768
    addu    $s1, $s0, $t1
    lw      $t0, -32768($s1)
    CHECK   $t0, 0x807fff01, "lw-offset-neg32768"

    /* ---- loads into $zero are discarded */
    lw      $zero, 0($s0)
    CHECK   $zero, 0, "lw-into-zero"

    /* ---- stores */
    la      $s1, scratch
    sw      $zero, 0($s1)
    li      $t1, 0x12345699
    sb      $t1, 1($s1)
    lw      $t0, 0($s1)
    CHECK   $t0, 0x00990000, "sb-offset1"
    li      $t1, 0xabcd8001
    sh      $t1, 2($s1)
    lw      $t0, 0($s1)
    CHECK   $t0, 0x00998001, "sh-offset2"
    li      $t1, 0xa5
    sb      $t1, 0($s1)
    sb      $t1, 3($s1)
    lw      $t0, 0($s1)
    CHECK   $t0, 0xa59980a5, "sb-offset0-3"
    li      $t1, 0xdeadbeef
    sh      $t1, 0($s1)
    lw      $t0, 0($s1)
    CHECK   $t0, 0xbeef80a5, "sh-offset0"
    li      $t1, 0xcafef00d
    sw      $t1, 4($s1)
    lw      $t0, 4($s1)
    CHECK   $t0, 0xcafef00d, "sw-lw-roundtrip"
    lbu     $t0, 4($s1)
    CHECK   $t0, 0xca, "sw-big-endian-byte0"
    lbu     $t0, 7($s1)
    CHECK   $t0, 0x0d, "sw-big-endian-byte3"
    lh      $t0, 6($s1)
    CHECK   $t0, 0xfffff00d, "sw-then-lh"
    /* neighbouring words untouched */
    lw      $t0, 0($s1)
    CHECK   $t0, 0xbeef80a5, "neighbour-untouched"
    lw      $t0, 8($s1)
    CHECK   $t0, 0, "neighbour-untouched-2"
    /* store with negative offset */
    addiu   $s2, $s1, 16
    li      $t1, 0x01020304
    sw      $t1, -4($s2)
    lw      $t0, 12($s1)
    CHECK   $t0, 0x01020304, "sw-neg-offset"
    /* load-use: value loaded is usable by the next instruction */
    lw      $t1, 12($s1)
    addiu   $t0, $t1, 1
    CHECK   $t0, 0x01020305, "load-use"

    /* ---- stack memory */
    addiu   $sp, $sp, -16
    li      $t1, 0x55aa55aa
    sw      $t1, 12($sp)
    lw      $t0, 12($sp)
    addiu   $sp, $sp, 16
    CHECK   $t0, 0x55aa55aa, "stack-sw-lw"

    EXIT_TESTS
