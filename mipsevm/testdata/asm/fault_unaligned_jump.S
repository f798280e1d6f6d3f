/* fault_unaligned_jump.S - EXPECTED TO STOP ABNORMALLY.
 * jr to an address with bit 1 set: the instruction fetch is misaligned
 * (Address Error on fetch; Linux sends SIGBUS).
 *
 * The target is fdata|2, in the non-executable data segment, because qemu
 * 7.2 user mode cannot cope with a misaligned fetch from an executable page
 * (it aborts with "unhandled CPU exception 0xc" and exit status 127); from
 * a non-executable page it reports SIGSEGV.  A VM that ignored the low bits
 * of the target and executed fdata anyway would run the code planted there
 * and exit with status 98, so the mistake is easy to spot.
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    la      $t1, fdata
    ori     $t1, $t1, 2
    jr      $t1                     /* target not word aligned */
    nop
    PUTS    "after fault"
    EXIT_CODE 99

    .data
    .align  2
fdata:                              /* exit_group(98), never meant to run */
    li      $a0, 98
    li      $v0, SYS_exit_group
    syscall
    break   0x3ff
