/* fault_unaligned_jump.S - EXPECTED TO STOP ABNORMALLY.
 * jr to an address with bit 1 set (pc|2): the instruction fetch is misaligned.
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    la      $t1, 1f
    ori     $t1, $t1, 2
    jr      $t1                     /* target not word aligned */
    nop
1:  nop
    PUTS    "after fault"
    EXIT_CODE 99
