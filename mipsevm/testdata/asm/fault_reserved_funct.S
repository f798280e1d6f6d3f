/* fault_reserved_funct.S - EXPECTED TO STOP ABNORMALLY.
 * SPECIAL (opcode 0) with function field 0x0e, reserved in MIPS32 (Reserved Instruction).
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    .word   0x0000000e              /* SPECIAL funct 0x0e */
    PUTS    "after fault"
    EXIT_CODE 99
