package game

import (
	"context"
	"encoding/binary"

	"github.com/ethereum/go-ethereum/crypto"
)

// Lie is a dishonest player's trace, for demonstrations and tests: the
// honest trace up to position From, made-up hashes from there on. The
// made-up hash at the trace's end (Length) claims a valid exit (status byte
// 0), so a Lie defends any claim; the others claim an unfinished run. A
// player with a Lie trace plays by the same rules as an honest one and
// loses its game at the one step where its trace stops being true.
type Lie struct {
	Honest Trace
	From   uint64 // the first position that is made up (≥ 1)
	Length uint64 // the game's trace length
}

// StateHash returns the honest hash before From and a made-up one after.
func (l Lie) StateHash(ctx context.Context, pos uint64) ([32]byte, error) {
	if pos < l.From {
		return l.Honest.StateHash(ctx, pos)
	}
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], pos)
	h := crypto.Keccak256Hash([]byte("opml: made-up state"), b[:])
	h[0] = 3 // unfinished
	if pos >= l.Length {
		h[0] = 0 // a valid exit
	}
	return h, nil
}
