package contracts_test

import (
	"testing"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/contracts/evm"
	"github.com/axonum/opml/mipsevm"
	"github.com/ethereum/go-ethereum/common"
)

var (
	mipsABI   = bindings.NewMIPS()
	oracleABI = bindings.NewPreimageOracle()
)

// chain is go-ethereum's EVM with PreimageOracle and MIPS deployed from the
// committed artifacts (package contracts/evm). Calls are made directly
// (core/vm/runtime), so the gas they report excludes the transaction's
// intrinsic cost.
type chain struct {
	*evm.Verifier
	oracle common.Address
	// localContext passed to every MIPS.step call.
	localContext [32]byte
}

func newChain(t testing.TB) *chain {
	t.Helper()
	v, err := evm.NewVerifier()
	if err != nil {
		t.Fatal(err)
	}
	c := &chain{Verifier: v, oracle: v.Oracle}
	c.localContext[31] = 0x42
	return c
}

// revertError is a call that reverted, with its reason if it gave one.
type revertError = evm.RevertError

// call runs a call from the game account and returns its output and the gas
// it used (execution only).
func (c *chain) call(to common.Address, input []byte) ([]byte, uint64, error) {
	return c.Call(to, input)
}

// step submits a witness to MIPS.step and returns the post-state hash and gas.
func (c *chain) step(stateData, proof []byte) ([32]byte, uint64, error) {
	return c.Step(stateData, proof, c.localContext)
}

// proofOf is the proof argument of MIPS.step for a witness.
func proofOf(w *mipsevm.Witness) []byte { return w.EncodeProof() }

// loadPreimage makes the part of the witness's preimage that the step reads
// available on chain: a keccak256 preimage by anyone, a local one by the
// game for its local context.
func (c *chain) loadPreimage(t testing.TB, w *mipsevm.Witness) {
	t.Helper()
	if !w.HasPreimage {
		return
	}
	if err := c.LoadPreimage(w.PreimageKey, w.PreimageValue, w.PreimageOffset, c.localContext); err != nil {
		t.Fatal(err)
	}
}

// registerCommitted registers committed data with the oracle.
func (c *chain) registerCommitted(t testing.TB, root [32]byte, length uint64) {
	t.Helper()
	if _, err := c.RegisterCommitted(root, length); err != nil {
		t.Fatal(err)
	}
}

// checkStep runs one proving step of vm and checks MIPS.step against it. It
// returns the witness and the gas MIPS.step used.
func (c *chain) checkStep(t testing.TB, vmach *mipsevm.VM) (*mipsevm.Witness, uint64) {
	t.Helper()
	s := vmach.State()
	w, err := vmach.Step(true)
	if err != nil {
		t.Fatalf("step %d: Go VM: %v", s.Step, err)
	}
	c.loadPreimage(t, w)
	want := s.Hash()
	got, gas, err := c.step(w.State, proofOf(w))
	if err != nil {
		t.Fatalf("step from %d (pc %#x): MIPS.step: %v", s.Step-1, binaryPC(w.State), err)
	}
	if got != want {
		t.Fatalf("step from %d (pc %#x, insn %#08x): MIPS.step returned %x, Go VM %x", s.Step-1, binaryPC(w.State), insnOf(w), got, want)
	}
	return w, gas
}

func binaryPC(packed []byte) uint32 {
	_, s, err := mipsevm.DecodeState(packed)
	if err != nil {
		return 0
	}
	return s.PC
}

// insnOf is the instruction word fetched by a witness (its first leaf).
func insnOf(w *mipsevm.Witness) uint32 {
	if len(w.ProofData) < 32 {
		return 0
	}
	pc := binaryPC(w.State)
	o := pc & 28
	b := w.ProofData[o : o+4]
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}
