/* fault_jump_unmapped.S - EXPECTED TO STOP ABNORMALLY.
 * jr to 0x30000000, an address this program never maps (memory full of zeros in a VM with zero-filled memory).
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    li      $t1, 0x30000000
    jr      $t1
    nop
    PUTS    "after fault"
    EXIT_CODE 99
