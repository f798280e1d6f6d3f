/* fault_jump_zero.S - EXPECTED TO STOP ABNORMALLY.
 * jr to address 0x00000000 (nothing is mapped there under Linux; a VM with zero-filled memory would execute zeros, i.e. nops, which this program cannot detect).
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    jr      $zero                   /* jump to address 0 */
    nop
    PUTS    "after fault"
    EXIT_CODE 99
