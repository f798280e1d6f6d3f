/* fault_rdhwr.S - EXPECTED TO STOP ABNORMALLY.
 * rdhwr $3, $29 (read the user-local/TLS register; SPECIAL3, release 2).
 * NOTE: qemu (and Linux, which emulates it on release-1 CPUs) executes it
 * and returns the TLS pointer (0 here), so under qemu this prints
 * "after fault" and exits 99.  A release-1 VM without rdhwr must fault.
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    .word   0x7c03e83b              /* rdhwr $3, $29 */
    PUTS    "after fault"
    EXIT_CODE 99
