/* fault_unaligned_sh.S - EXPECTED TO STOP ABNORMALLY.
 * sh to an odd address raises an Address Error.
 * Prints "before fault", executes the faulting instruction(s), and would
 * print "after fault" and exit_group(99) if execution continued. */
#include "common.inc"

    .text
    .globl _start
_start:
    PUTS    "before fault"
    la      $t1, fdata
    li      $t0, 0x1234
    sh      $t0, 1($t1)             /* address error (store) */
    PUTS    "after fault"
    EXIT_CODE 99

    .data
    .align  2
fdata:  .word   0x11223344, 0x55667788
