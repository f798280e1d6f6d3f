// Package hint is the guest side of the preimage oracle's hint channel:
// a program in the MIPS VM tells the host what it is about to read (for
// example the full hash of a keccak256 preimage, whose oracle key has lost
// its first byte), so a host that fetches data on demand can get it first.
// Hints are not part of the VM state; a host may ignore them.
//
// It is a package of its own, not part of oracle/guest: adding a file to
// that package changes the claim program's ELF (its debug data lists the
// package's files), so its absolute prestate, though the claim program
// sends no hints.
package hint

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// ErrNotInVM is returned outside the VM (GOOS=linux GOARCH=mips).
var ErrNotInVM = errors.New("oracle/guest/hint: not running in the MIPS VM")

// fdHintWrite is the VM's hint file descriptor (mipsevm.FdHintWrite).
const fdHintWrite = 4

// Send writes one hint: a 4-byte big-endian length and the bytes.
func Send(hint []byte) error {
	buf := make([]byte, 4+len(hint))
	binary.BigEndian.PutUint32(buf, uint32(len(hint)))
	copy(buf[4:], hint)
	for b := buf; len(b) > 0; {
		n, err := write(fdHintWrite, b)
		if err != nil {
			return fmt.Errorf("oracle hint: %w", err)
		}
		if n <= 0 {
			return errors.New("oracle hint: short write")
		}
		b = b[n:]
	}
	return nil
}
