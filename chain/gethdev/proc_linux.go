package gethdev

import "syscall"

// childAttr has the kernel kill geth if the test process dies without
// calling Stop (a test timeout's panic, say), so no node outlives its test.
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
