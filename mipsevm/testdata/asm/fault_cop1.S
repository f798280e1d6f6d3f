/* fault_cop1.S - EXPECTED TO STOP ABNORMALLY.
 * a COP1 (floating point) instruction: add.s $f0,$f0,$f0 = 0x46000000.
 * NOTE: qemu with its default CPU (24Kf, has an FPU) executes this fine and
 * prints "after fault"; with -cpu 4Kc (no FPU) it raises SIGILL.  A Linux
 * kernel without an FPU would emulate it.  The VM implements no FPU.
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    .word   0x46000000              /* add.s $f0, $f0, $f0 */
    PUTS    "after fault"
    EXIT_CODE 99
