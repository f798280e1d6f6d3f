//go:build !linux

package gethdev

import "syscall"

// childAttr is empty where there is no parent-death signal: a geth whose
// test process dies without Stop keeps running until killed.
func childAttr() *syscall.SysProcAttr { return nil }
