/* fault_reserved_opcode.S - EXPECTED TO STOP ABNORMALLY.
 * primary opcode 0x3b, reserved in MIPS32 release 1 (Reserved Instruction).
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    .word   0xec000000              /* opcode 0x3b */
    PUTS    "after fault"
    EXIT_CODE 99
