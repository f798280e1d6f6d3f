package guest

import (
	"encoding/binary"
	"fmt"
)

// Hint tells the host what the program is about to read (for example the
// full hash of a keccak256 preimage, whose key has lost its first byte), so
// a host that fetches data on demand can get it first. A hint is written
// as a 4-byte big-endian length and the bytes; the VM hands it to the host
// at once and keeps nothing of it in the state.
//
// It lives in a file of its own: the claim program does not call it, and
// code added to the files it does use would move their line numbers, which
// are in its ELF's debug data and so in its absolute prestate.
func Hint(hint []byte) error {
	// A local constant, for the reason committedRoot gives.
	const fdHintWrite = 4
	buf := make([]byte, 4+len(hint))
	binary.BigEndian.PutUint32(buf, uint32(len(hint)))
	copy(buf[4:], hint)
	if err := writeAll(fdHintWrite, buf); err != nil {
		return fmt.Errorf("oracle hint: %w", err)
	}
	return nil
}
