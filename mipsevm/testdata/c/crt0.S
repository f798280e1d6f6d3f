/* crt0.S - process entry for the freestanding C test programs.
 *
 * Linux (and the VM) start the process with $sp pointing at
 *     argc, argv[0..argc-1], NULL, envp[...], NULL, auxv...
 * We set $gp for small-data accesses, call main(argc, argv, envp) with an
 * 8-byte aligned stack and the 16-byte o32 argument save area, then pass
 * main's return value to exit_group. */
    .set    noreorder
    .text
    .globl  _start
    .type   _start, @function
_start:
    la      $gp, _gp
    lw      $a0, 0($sp)             /* argc */
    addiu   $a1, $sp, 4             /* argv */
    sll     $t0, $a0, 2
    addu    $a2, $a1, $t0
    addiu   $a2, $a2, 4             /* envp = &argv[argc + 1] */
    la      $t0, rt_environ
    sw      $a2, 0($t0)
    li      $t0, -8
    and     $sp, $sp, $t0           /* 8-byte align */
    addiu   $sp, $sp, -24           /* o32 arg save area (16) + padding */
    move    $fp, $zero
    jal     main
    nop
    move    $a0, $v0
    li      $v0, 4246               /* exit_group(main's return value) */
    syscall
    break   0x3ff                   /* not reached */
    .size   _start, . - _start

    .section .note.GNU-stack, "", @progbits  /* non-executable stack */
