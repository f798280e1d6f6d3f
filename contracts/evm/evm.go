// Package evm runs the on-chain one-step verifier off chain: it deploys the
// committed PreimageOracle and MIPS bytecode (contracts/bindings) in an
// in-memory go-ethereum EVM (core/vm/runtime) and calls them directly, so
// that a witness from the Go VM (mipsevm) can be replayed exactly as the
// dispute game would submit it.
//
// Calls are made without a transaction: the gas they report is execution
// gas only, without the 21,000 intrinsic gas and the calldata cost. Each call
// starts with a fresh access list, so storage and account accesses are cold
// as in a transaction of its own.
package evm

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/mipsevm"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
)

// GasLimit is the gas every call gets; far above what a step needs.
const GasLimit = 30_000_000

// Game is the account that calls MIPS.step and loads local data (the
// dispute game, in production).
var Game = common.HexToAddress("0x6a6d65000000000000000000000000000000ffff")

var (
	mipsABI   = bindings.NewMIPS()
	oracleABI = bindings.NewPreimageOracle()
)

// Verifier is an in-memory EVM with PreimageOracle and MIPS deployed from
// the committed artifacts. It is not safe for concurrent use.
type Verifier struct {
	cfg *runtime.Config
	// Oracle and MIPS are the contracts' addresses.
	Oracle, MIPS common.Address
	// loaded records the preimage parts already loaded: key (localized for
	// local keys) → part offsets.
	loaded map[[32]byte]map[uint64]bool
}

// NewVerifier deploys PreimageOracle and then MIPS (pointing at it) in a
// fresh in-memory state. Calls come from Game.
func NewVerifier() (*Verifier, error) {
	sdb, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		return nil, err
	}
	v := &Verifier{
		cfg:    &runtime.Config{State: sdb, Origin: Game, GasLimit: GasLimit},
		loaded: map[[32]byte]map[uint64]bool{},
	}
	_, v.Oracle, _, err = runtime.Create(common.FromHex(bindings.PreimageOracleMetaData.Bin), v.cfg)
	if err != nil {
		return nil, fmt.Errorf("deploy PreimageOracle: %w", err)
	}
	code := append(common.FromHex(bindings.MIPSMetaData.Bin), mipsABI.PackConstructor(v.Oracle)...)
	_, v.MIPS, _, err = runtime.Create(code, v.cfg)
	if err != nil {
		return nil, fmt.Errorf("deploy MIPS: %w", err)
	}
	return v, nil
}

// RevertError is a call that reverted. Reason is the Error(string) message,
// or a description of the raw revert data if there is none.
type RevertError struct {
	Reason string
	Data   []byte // the raw revert data
}

func (e *RevertError) Error() string { return "execution reverted: " + e.Reason }

// Call calls a contract from Game with input and returns the output and the
// execution gas used. A revert gives a *RevertError.
func (v *Verifier) Call(to common.Address, input []byte) ([]byte, uint64, error) {
	ret, left, err := runtime.Call(to, input, v.cfg)
	used := uint64(GasLimit) - left
	if errors.Is(err, vm.ErrExecutionReverted) {
		reason, uerr := abi.UnpackRevert(ret)
		if uerr != nil {
			if len(ret) == 0 {
				reason = "(no reason)"
			} else {
				reason = fmt.Sprintf("(raw %x)", ret)
			}
		}
		return nil, used, &RevertError{Reason: reason, Data: ret}
	}
	return ret, used, err
}

// Step calls MIPS.step(stateData, proof, localContext) and returns the
// post-state hash and the execution gas used.
func (v *Verifier) Step(stateData, proof []byte, localContext [32]byte) ([32]byte, uint64, error) {
	ret, gas, err := v.Call(v.MIPS, mipsABI.PackStep(stateData, proof, localContext))
	if err != nil {
		return [32]byte{}, gas, err
	}
	h, err := mipsABI.UnpackStep(ret)
	return h, gas, err
}

// StepWitness loads the preimage part the witness reads, if any (see
// LoadPreimage), then replays the witness in MIPS.step.
func (v *Verifier) StepWitness(w *mipsevm.Witness, localContext [32]byte) ([32]byte, uint64, error) {
	if w.HasPreimage {
		if err := v.LoadPreimage(w.PreimageKey, w.PreimageValue, w.PreimageOffset, localContext); err != nil {
			return [32]byte{}, 0, err
		}
	}
	return v.Step(w.State, w.EncodeProof(), localContext)
}

// LoadPreimage makes the part of a preimage at offset (an offset into
// uint64be(len) ‖ value, as a witness's PreimageOffset) available to
// MIPS.step: a keccak256 preimage by anyone, a local one by Game for
// localContext. At or past the end only the length is needed, and any part
// gives it. Parts already loaded by this Verifier are not loaded again.
func (v *Verifier) LoadPreimage(key [32]byte, value []byte, offset uint32, localContext [32]byte) error {
	off := mipsevm.PreimagePart(value, offset)
	var input []byte
	seen := key
	switch mipsevm.KeyType(key[0]) {
	case mipsevm.KeyTypeKeccak256:
		if mipsevm.Keccak256Key(value) != key {
			return fmt.Errorf("preimage of key %x: the value does not hash to it", key)
		}
		input = oracleABI.PackLoadKeccak256PreimagePart(new(big.Int).SetUint64(off), value)
	case mipsevm.KeyTypeLocal:
		seen = localKeyFor(key, localContext)
		input = oracleABI.PackLoadLocalData(key, localContext, value, new(big.Int).SetUint64(off))
	default:
		return fmt.Errorf("preimage key %x: type %d cannot be loaded into PreimageOracle", key, key[0])
	}
	if v.loaded[seen][off] {
		return nil
	}
	if _, _, err := v.Call(v.Oracle, input); err != nil {
		return fmt.Errorf("load preimage %x at offset %d: %w", key, off, err)
	}
	if v.loaded[seen] == nil {
		v.loaded[seen] = map[uint64]bool{}
	}
	v.loaded[seen][off] = true
	return nil
}

// localKeyFor distinguishes local keys loaded for different contexts in
// Verifier.loaded (not the on-chain localized key).
func localKeyFor(key, localContext [32]byte) [32]byte {
	var k [32]byte
	for i := range k {
		k[i] = key[i] ^ localContext[i]
	}
	k[0] = 0xff // no real key type
	return k
}

// RegisterCommitted registers committed data (its root and length) with the
// oracle, as the map_committed syscall requires. It returns the gas used.
func (v *Verifier) RegisterCommitted(root [32]byte, length uint64) (uint64, error) {
	_, gas, err := v.Call(v.Oracle, oracleABI.PackRegisterCommitted(root, length))
	if err != nil {
		return gas, fmt.Errorf("register committed data %x (%d bytes): %w", root, length, err)
	}
	return gas, nil
}

// LoadCommittedLeaf loads leaf number index of registered committed data
// with its siblings, leaf level first (32 bytes each). It returns the gas
// used.
func (v *Verifier) LoadCommittedLeaf(key [32]byte, index uint64, leaf [32]byte, siblings []byte) (uint64, error) {
	_, gas, err := v.Call(v.Oracle, oracleABI.PackLoadCommittedLeaf(key, new(big.Int).SetUint64(index), leaf, siblings))
	if err != nil {
		return gas, fmt.Errorf("load committed leaf %d of %x: %w", index, key, err)
	}
	return gas, nil
}
