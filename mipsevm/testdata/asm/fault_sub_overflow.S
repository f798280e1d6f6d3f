/* fault_sub_overflow.S - EXPECTED TO STOP ABNORMALLY.
 * sub with signed overflow (0x80000000 - 1) raises an Integer Overflow exception.
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    li      $t1, 0x80000000
    li      $t2, 1
    sub     $t0, $t1, $t2           /* overflow trap */
    PUTS    "after fault"
    EXIT_CODE 99
