package contracts_test

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/mipsevm"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
)

// gasLimit for every call; far above what a step needs.
const gasLimit = 30_000_000

var (
	mipsABI   = bindings.NewMIPS()
	oracleABI = bindings.NewPreimageOracle()
	// game is the account that calls MIPS.step and loads local data: the
	// dispute game, in production.
	game = common.HexToAddress("0x6a6d65000000000000000000000000000000ffff")
)

// chain is go-ethereum's EVM with PreimageOracle and MIPS deployed from the
// committed artifacts. Calls are made directly (core/vm/runtime), so the gas
// they report excludes the transaction's intrinsic cost.
type chain struct {
	cfg    *runtime.Config
	oracle common.Address
	mips   common.Address
	// loaded records preimage parts already loaded (key, offset).
	loaded map[[32]byte]map[uint32]bool
	// localContext passed to every MIPS.step call.
	localContext [32]byte
}

func newChain(t testing.TB) *chain {
	t.Helper()
	sdb, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	c := &chain{cfg: &runtime.Config{State: sdb, Origin: game, GasLimit: gasLimit}, loaded: map[[32]byte]map[uint32]bool{}}
	c.localContext[31] = 0x42
	_, c.oracle, _, err = runtime.Create(common.FromHex(bindings.PreimageOracleMetaData.Bin), c.cfg)
	if err != nil {
		t.Fatalf("deploy PreimageOracle: %v", err)
	}
	code := append(common.FromHex(bindings.MIPSMetaData.Bin), mipsABI.PackConstructor(c.oracle)...)
	_, c.mips, _, err = runtime.Create(code, c.cfg)
	if err != nil {
		t.Fatalf("deploy MIPS: %v", err)
	}
	return c
}

// revertError is a call that reverted, with its reason if it gave one.
type revertError struct{ reason string }

func (e *revertError) Error() string { return "execution reverted: " + e.reason }

// call runs a call from the game account and returns its output and the gas
// it used (execution only).
func (c *chain) call(to common.Address, input []byte) ([]byte, uint64, error) {
	ret, left, err := runtime.Call(to, input, c.cfg)
	used := uint64(gasLimit) - left
	if errors.Is(err, vm.ErrExecutionReverted) {
		reason, uerr := abi.UnpackRevert(ret)
		if uerr != nil {
			reason = fmt.Sprintf("(raw %x)", ret)
		}
		return nil, used, &revertError{reason}
	}
	return ret, used, err
}

// step submits a witness to MIPS.step and returns the post-state hash and gas.
func (c *chain) step(stateData, proof []byte) ([32]byte, uint64, error) {
	ret, gas, err := c.call(c.mips, mipsABI.PackStep(stateData, proof, c.localContext))
	if err != nil {
		return [32]byte{}, gas, err
	}
	h, err := mipsABI.UnpackStep(ret)
	return h, gas, err
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
	if c.loaded[w.PreimageKey][w.PreimageOffset] {
		return
	}
	total := uint64(len(w.PreimageValue)) + 8
	off := uint64(w.PreimageOffset)
	if off >= total {
		off = 0 // the length must be known; any part will do
	}
	var input []byte
	switch mipsevm.KeyType(w.PreimageKey[0]) {
	case mipsevm.KeyTypeKeccak256:
		input = oracleABI.PackLoadKeccak256PreimagePart(new(big.Int).SetUint64(off), w.PreimageValue)
	case mipsevm.KeyTypeLocal:
		input = oracleABI.PackLoadLocalData(w.PreimageKey, c.localContext, w.PreimageValue, new(big.Int).SetUint64(off))
	default:
		t.Fatalf("preimage key type %d cannot be loaded", w.PreimageKey[0])
	}
	if _, _, err := c.call(c.oracle, input); err != nil {
		t.Fatalf("load preimage %x at %d: %v", w.PreimageKey, off, err)
	}
	if c.loaded[w.PreimageKey] == nil {
		c.loaded[w.PreimageKey] = map[uint32]bool{}
	}
	c.loaded[w.PreimageKey][w.PreimageOffset] = true
}

// registerCommitted registers committed data with the oracle.
func (c *chain) registerCommitted(t testing.TB, root [32]byte, length uint64) {
	t.Helper()
	if _, _, err := c.call(c.oracle, oracleABI.PackRegisterCommitted(root, length)); err != nil {
		t.Fatalf("register committed data: %v", err)
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
