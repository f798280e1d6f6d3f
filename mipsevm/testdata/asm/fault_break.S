/* fault_break.S - EXPECTED TO STOP ABNORMALLY.
 * break raises a Breakpoint exception (code 0).
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    break                           /* breakpoint */
    PUTS    "after fault"
    EXIT_CODE 99
