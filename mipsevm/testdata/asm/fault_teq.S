/* fault_teq.S - EXPECTED TO STOP ABNORMALLY.
 * teq with equal operands raises a Trap exception (code 0).
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    li      $t1, 42
    teq     $t1, $t1                /* trap fires */
    PUTS    "after fault"
    EXIT_CODE 99
