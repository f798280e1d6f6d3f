package blockprog

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/axonum/opml/gethadapter/spec"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
)

// The AI EVM's inference precompile, inside the program. It accepts,
// refuses and charges exactly as the node's (gethadapter) does, through the
// same package spec, but never runs the model: an accepted call's output
// is the one opML finalized, read through the oracle under its inference
// key (KeyTypeInference). The model itself is mapped (its bytes are
// committed by its address, so the on-chain oracle checks any part a step
// reads) for what acceptance and gas depend on: its header, shape and
// dispute plan. So the program needs no trusted input for gas, and the
// output it uses is the one OpML finalized, whatever the sequencer's node
// returned.

// Size bounds of the opML deployment the L2's results go to, as the AI EVM
// node has them by default (onchain.DefaultMaxInputBytes and
// DefaultMaxOutputBytes; a test in rollup/host compares them): part of the
// L2's consensus rules, like spec.DefaultBounds.
const (
	MaxInputBytes  = 32 << 10
	MaxOutputBytes = 4 << 10
)

// KeyTypeInference is byte 0 of an inference key (mipsevm.KeyTypeInference).
const KeyTypeInference = 4

// InferenceKey is the oracle key of the output of call c:
// keccak256(model ‖ keccak256(input) ‖ uint64be(output_size)) with byte 0
// replaced by KeyTypeInference (mipsevm.InferenceKey).
func InferenceKey(c spec.Call) common.Hash {
	k := crypto.Keccak256Hash(inferenceID(c))
	k[0] = KeyTypeInference
	return k
}

// inferenceID is what the inference key hashes, 72 bytes: model ‖
// keccak256(input) ‖ uint64be(output_size). The hint carries it whole.
func inferenceID(c spec.Call) []byte {
	b := make([]byte, 72)
	copy(b, c.Model[:])
	copy(b[32:], crypto.Keccak256(c.Input))
	binary.BigEndian.PutUint64(b[64:], c.OutputSize)
	return b
}

// Precompile is the inference precompile over an Oracle. The first oracle
// failure is kept (Err): the run is then void, as for a failed state read.
type Precompile struct {
	o      Oracle
	sizes  spec.Sizes
	models map[[32]byte]modelOrRefusal

	mu   sync.Mutex
	err  error
	keys []common.Hash // distinct inference keys read, in first-read order
	seen map[common.Hash]bool
}

type modelOrRefusal struct {
	m   *spec.Model
	err error
}

var _ vm.PrecompiledContract = (*Precompile)(nil)

// NewPrecompile is the precompile reading from o.
func NewPrecompile(o Oracle) *Precompile {
	return &Precompile{o: o, sizes: spec.Sizes{Input: MaxInputBytes, Output: MaxOutputBytes}, models: map[[32]byte]modelOrRefusal{}}
}

// Name is the node's precompile's name.
func (p *Precompile) Name() string { return "INFERENCE" }

// RequiredGas is spec's formula for a call the node accepts, GasBase for
// any other.
func (p *Precompile) RequiredGas(input []byte) uint64 {
	c, m, err := p.prepare(input)
	if err != nil {
		return spec.GasBase
	}
	work, err := m.Accept(c)
	if err != nil {
		return spec.GasBase
	}
	return spec.GasFor(c, work)
}

// errOracle is what Run returns when the oracle could not serve a call
// (an exceptional halt; the run is void anyway: see Precompile.Err).
var errOracle = errors.New("inference: result unavailable")

// Run returns the output opML finalized for an accepted call, or reverts
// with the node's reason.
func (p *Precompile) Run(input []byte) ([]byte, error) {
	c, m, err := p.prepare(input)
	if err != nil {
		return spec.RevertData(err.Error()), vm.ErrExecutionReverted
	}
	if _, err := m.Accept(c); err != nil {
		return spec.RevertData(err.Error()), vm.ErrExecutionReverted
	}
	key := InferenceKey(c)
	p.record(key)
	p.o.Hint(HintInference + " 0x" + common.Bytes2Hex(inferenceID(c)))
	out, err := p.o.Inference(key)
	if err == nil && uint64(len(out)) != c.OutputSize {
		err = fmt.Errorf("the value is %d bytes, output_size %d", len(out), c.OutputSize)
	}
	if err != nil {
		p.fail(fmt.Errorf("%s %s (model %s, output_size %d): %w", HintInference, key, spec.ModelString(c.Model), c.OutputSize, err))
		return nil, errOracle
	}
	return out, nil
}

// prepare decodes the call, checks its sizes and model address, and finds
// what the precompile knows of the model, in the node's order, so a call
// refused for several reasons gets the node's reason.
func (p *Precompile) prepare(input []byte) (spec.Call, *spec.Model, error) {
	c, err := spec.DecodeCall(input)
	if err != nil {
		return spec.Call{}, nil, err
	}
	if err := p.sizes.Check(c); err != nil {
		return spec.Call{}, nil, err
	}
	if err := spec.CheckModel(c.Model); err != nil {
		return spec.Call{}, nil, err
	}
	if l, ok := p.models[c.Model]; ok {
		return c, l.m, l.err
	}
	file, err := p.o.Model(c.Model)
	if err != nil {
		// The node had the model (or the sequencer claims so): without
		// it the block cannot be checked, as without a state node.
		p.fail(fmt.Errorf("model %s: %w", spec.ModelString(c.Model), err))
		return spec.Call{}, nil, err
	}
	_, m, err := spec.Load(c.Model, file, spec.DefaultBounds())
	p.models[c.Model] = modelOrRefusal{m, err}
	return c, m, err
}

// record adds key to Keys if it is not there.
func (p *Precompile) record(key common.Hash) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.seen == nil {
		p.seen = map[common.Hash]bool{}
	}
	if !p.seen[key] {
		p.seen[key] = true
		p.keys = append(p.keys, key)
	}
}

// Keys are the distinct inference keys the precompile has read, in the
// order of their first read: what a proposal's OpML claims must give
// (rollup.ClaimedWord).
func (p *Precompile) Keys() []common.Hash {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]common.Hash(nil), p.keys...)
}

func (p *Precompile) fail(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.err == nil {
		p.err = err
	}
}

// Err is the first oracle failure, or nil.
func (p *Precompile) Err() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

// The fork sets the precompile goes into: go-ethereum v1.17 gives every
// EVM the package variables of its fork (as gethadapter.Install explains),
// and the L2 runs Cancun through Osaka (later forks use Osaka's set).
var forkSets = []struct {
	contracts *vm.PrecompiledContracts
	addresses *[]common.Address
}{
	{&vm.PrecompiledContractsCancun, &vm.PrecompiledAddressesCancun},
	{&vm.PrecompiledContractsPrague, &vm.PrecompiledAddressesPrague},
	{&vm.PrecompiledContractsOsaka, &vm.PrecompiledAddressesOsaka},
}

// installMu serializes runs that install the precompile: natively, runs
// share the process's fork sets.
var installMu sync.Mutex

// install puts p at spec.Address in the fork sets and returns what puts
// back what was there. installMu must be held; no EVM may be made
// elsewhere in the process meanwhile (natively: run the program while the
// node is idle).
func install(p vm.PrecompiledContract) (restore func()) {
	type saved struct {
		contracts vm.PrecompiledContracts
		addresses []common.Address
	}
	old := make([]saved, len(forkSets))
	for i, f := range forkSets {
		old[i] = saved{*f.contracts, *f.addresses}
		set := maps.Clone(*f.contracts)
		set[spec.Address] = p
		addrs := slices.DeleteFunc(slices.Clone(*f.addresses), func(a common.Address) bool { return a == spec.Address })
		*f.contracts, *f.addresses = set, append(addrs, spec.Address)
	}
	return func() {
		for i, f := range forkSets {
			*f.contracts, *f.addresses = old[i].contracts, old[i].addresses
		}
	}
}
