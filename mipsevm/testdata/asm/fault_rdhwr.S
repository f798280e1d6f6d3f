/* fault_rdhwr.S - EXPECTED TO STOP ABNORMALLY.
 * rdhwr $3, $8: read hardware register 8 (SPECIAL3 opcode 0x1f, function
 * 0x3b, a release 2 instruction).  The VM (release 1) must reject rdhwr.
 * Register 8 is one that neither qemu nor the Linux kernel's emulation
 * provides, so qemu raises SIGILL too.
 * (rdhwr $3, $29 - the TLS pointer read used by glibc and by the Go
 * runtime's cgo-only runtime.load_g/save_g - cannot be used here: Linux
 * emulates it on release-1 CPUs and qemu executes it, so the program
 * would continue and exit 99 under qemu.)
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    .word   0x7c03403b              /* rdhwr $3, $8 */
    PUTS    "after fault"
    EXIT_CODE 99
