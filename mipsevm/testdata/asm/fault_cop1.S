/* fault_cop1.S - EXPECTED TO STOP ABNORMALLY.
 * A coprocessor 1 (floating point) instruction word: opcode 0x11 (COP1)
 * with the reserved format field 31, 0x47e00000.  The VM implements no FPU
 * and must reject every COP1 instruction; qemu rejects this encoding on
 * every CPU (SIGILL), with or without an FPU.
 * (A valid FPU instruction such as add.s $f0,$f0,$f0 = 0x46000000 cannot
 * be used here: qemu's default CPU, 24Kf, has an FPU and executes it, and
 * a Linux kernel without an FPU would emulate it.)
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    .word   0x47e00000              /* COP1, fmt 31 (reserved) */
    PUTS    "after fault"
    EXIT_CODE 99
