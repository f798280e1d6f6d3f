/* fault_add_overflow.S - EXPECTED TO STOP ABNORMALLY.
 * add with signed overflow (0x7fffffff + 1) raises an Integer Overflow exception.
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    li      $t1, 0x7fffffff
    li      $t2, 1
    add     $t0, $t1, $t2           /* overflow trap */
    PUTS    "after fault"
    EXIT_CODE 99
