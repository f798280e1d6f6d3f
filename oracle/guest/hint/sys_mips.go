//go:build linux && mips

package hint

import "syscall"

func write(fd int, b []byte) (int, error) { return syscall.Write(fd, b) }
