// Command mipsvm is the command-line front end of the fraud-proof MIPS32 VM
// (package mipsevm). It loads static big-endian MIPS ELF executables into an
// initial state, runs states fast or step by step, saves snapshots along the
// way, and produces the packed states and one-step witnesses that the
// on-chain verifier replays.
//
// Run "mipsvm --help" for the commands, or see docs/cli.md.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(execute(os.Args[1:], os.Stdout, os.Stderr))
}

// exitCodeError ends the process with a given status and no message. mipsvm
// run returns it to pass on the guest's exit code.
type exitCodeError struct{ code int }

func (e *exitCodeError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// execute runs the command line args and returns the process exit status:
// the guest's exit code for mipsvm run, 1 after printing a host error, and
// 0 otherwise.
func execute(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	var ec *exitCodeError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ec):
		return ec.code
	}
	fmt.Fprintf(stderr, "mipsvm: error: %v\n", err)
	return 1
}
