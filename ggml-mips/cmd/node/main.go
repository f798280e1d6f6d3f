// Command node is the program the fraud-proof VM runs in phase 2 of a
// multi-phase opML dispute (docs/dispute.md). Built like the
// claim-checking program (GOOS=linux GOARCH=mips GOMIPS=softfloat, see
// mk/inference.mk), it decides one transition of the phase-1 trace:
//
//  1. reads the local data: the claim (1 model address, 2 keccak256 of the
//     input, 3 keccak256 of the claimed output) and the phase-1 result the
//     game recorded (4 the disputed position p, 5 the agreed commitment at
//     p − 1, 6 the disputed commitment at p);
//  2. takes a model address whose byte 0 is not the committed key type
//     for what it is, an address that names no model: the claim is
//     unusable, as for a model the engine rejects, and no data is read;
//     else reads the model's GGUF header through 64 KiB blocks of the model,
//     each mapped with map_committed after checking, through the model
//     tree's nodes read as keccak256 preimages, that it belongs to the
//     model address; reads the input; makes the claim's plan
//     (ggml-mips/plan), exactly as the native trace does;
//  3. computes the true commitment at p from the agreed one: for a work
//     item, maps the slot table and the buffers the item reads by their
//     committed keys, maps the weight rows it reads, computes the item into
//     its output buffer in place, and takes the roots of the buffer and of
//     the table with the committed_root syscall (no hashing of tensors in
//     the VM); after the last item, the final commitment of the output;
//     past it, the agreed commitment itself; for a claim the engine
//     rejects, GraphUnusable at position 1;
//  4. exits 0 if that is the disputed commitment, 1 if not.
//
// Local keys, the window and exit codes are in package claim/protocol.
package main

import (
	"encoding/binary"
	"fmt"
	"os"

	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/plan"
	"github.com/axonum/opml/oracle/guest"
	"golang.org/x/crypto/sha3"
)

func main() { os.Exit(run()) }

// exitError is a failure with its exit code.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }

func fail(code int, format string, args ...any) error {
	return &exitError{code, fmt.Errorf(format, args...)}
}

func run() int {
	truth, disputed, err := decide()
	if err != nil {
		code := protocol.ExitNodeUnavailable
		if e, ok := err.(*exitError); ok {
			code = e.code
		}
		fmt.Fprintf(os.Stderr, "node: %v\n", err)
		return code
	}
	if truth != disputed {
		fmt.Fprintf(os.Stderr, "node: commitment %x, disputed %x\n", truth, disputed)
		return protocol.ExitMismatch
	}
	return protocol.ExitMatch
}

// decide returns the true commitment at the disputed position and the
// disputed one.
func decide() (truth, disputed [32]byte, err error) {
	modelAddr, err := local32(protocol.LocalModel)
	if err != nil {
		return truth, disputed, err
	}
	inputHash, err := local32(protocol.LocalInputHash)
	if err != nil {
		return truth, disputed, err
	}
	pb, err := guest.Local(protocol.LocalNode)
	if err != nil || len(pb) != 8 {
		return truth, disputed, fail(protocol.ExitClaimData, "local datum %d: %d bytes, %v", protocol.LocalNode, len(pb), err)
	}
	pos := binary.BigEndian.Uint64(pb)
	agreed, err := local32(protocol.LocalNodeStart)
	if err != nil {
		return truth, disputed, err
	}
	if disputed, err = local32(protocol.LocalNodeEnd); err != nil {
		return truth, disputed, err
	}
	if pos == 0 {
		return truth, disputed, fail(protocol.ExitClaimData, "position 0 is agreed by construction")
	}
	if modelAddr[0] != guest.KeyTypeCommitted {
		fmt.Fprintf(os.Stderr, "node: unusable claim: model address %x names no model (byte 0 is %d, not %d)\n", modelAddr, modelAddr[0], guest.KeyTypeCommitted)
		return unusable(pos, agreed), disputed, nil
	}

	w := &window{next: protocol.NodeWindowBase, end: protocol.NodeWindowBase + protocol.NodeWindowSize}
	m, err := openModel(modelAddr, w)
	if err != nil {
		return truth, disputed, err
	}
	input, err := guest.Keccak256(inputHash)
	if err != nil {
		return truth, disputed, fail(protocol.ExitNodeUnavailable, "input: %v", err)
	}
	p, f, err := makePlan(m, input)
	if err != nil {
		if m.err != nil { // not the claim's fault: the host lacks model data
			return truth, disputed, fail(protocol.ExitNodeUnavailable, "model: %v", m.err)
		}
		fmt.Fprintf(os.Stderr, "node: unusable claim: %v\n", err)
		return unusable(pos, agreed), disputed, nil
	}
	items := uint64(p.Items())
	if pos > items+1 {
		return agreed, disputed, nil
	}
	st, err := newStorage(p, f, m, w, pos, agreed)
	if err != nil {
		return truth, disputed, err
	}
	if pos == items+1 {
		out, err := p.Output(st)
		if err != nil {
			return truth, disputed, st.wrap(err)
		}
		h := keccak(out)
		return keccak([]byte(protocol.GraphFinalTag), h[:]), disputed, nil
	}
	slot, err := p.RunItem(int(pos-1), st)
	if err != nil {
		return truth, disputed, st.wrap(err)
	}
	truth, err = st.commit(slot)
	return truth, disputed, err
}

// unusable is the true commitment at pos of a claim that has no plan:
// GraphUnusable at position 1, and the agreed commitment after it.
func unusable(pos uint64, agreed [32]byte) [32]byte {
	if pos == 1 {
		return keccak([]byte(protocol.GraphUnusableTag))
	}
	return agreed
}

func makePlan(m *model, input []byte) (*plan.Plan, *gguf.File, error) {
	f, err := plan.ReadHeader(m, int64(m.length))
	if err != nil {
		return nil, nil, err
	}
	p, err := plan.Open(f, input)
	return p, f, err
}

func keccak(parts ...[]byte) [32]byte {
	k := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		k.Write(p)
	}
	var h [32]byte
	k.Sum(h[:0])
	return h
}

// committedKey is mipsevm.CommittedKey: keccak256(root ‖ uint64be(length))
// with byte 0 the committed key type.
func committedKey(root [32]byte, length uint64) [32]byte {
	var l [8]byte
	binary.BigEndian.PutUint64(l[:], length)
	k := keccak(root[:], l[:])
	k[0] = guest.KeyTypeCommitted
	return k
}

func local32(i uint64) ([32]byte, error) {
	var out [32]byte
	v, err := guest.Local(i)
	if err != nil {
		return out, fail(protocol.ExitClaimData, "local datum %d: %v", i, err)
	}
	if len(v) != 32 {
		return out, fail(protocol.ExitClaimData, "local datum %d has %d bytes, want 32", i, len(v))
	}
	copy(out[:], v)
	return out, nil
}
