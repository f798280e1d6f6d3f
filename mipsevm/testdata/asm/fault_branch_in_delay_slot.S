/* fault_branch_in_delay_slot.S - EXPECTED TO STOP ABNORMALLY.
 * a branch placed in the delay slot of another branch (UNPREDICTABLE in MIPS32; qemu raises Reserved Instruction).
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    li      $s0, 0
    b       1f
    b       2f                      /* branch in a delay slot */
    nop
1:  addiu   $s0, $s0, 1
2:  addiu   $s0, $s0, 2
    PUTS    "after fault"
    EXIT_CODE 99
