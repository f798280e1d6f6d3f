package gethadapter

import (
	"errors"
	"fmt"
	"log/slog"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/gethadapter/spec"
	"github.com/axonum/opml/ggml-mips/plan"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/core/vm"
)

// DefaultCacheModels is how many loaded models a Precompile keeps when
// Options.CacheModels is 0.
const DefaultCacheModels = 8

// Options are a Precompile's settings.
type Options struct {
	// Lie, if set, makes the precompile a dishonest sequencer (for demos
	// and tests of the dispute): it is given each call and the honest
	// output, and what it returns is the call's result. Returning output
	// unchanged is honest. It must be deterministic, or the chain's nodes
	// (and a trace's replay) disagree.
	Lie func(c Call, output []byte) []byte
	// CacheModels bounds the loaded models kept in memory (each holds its
	// file's bytes); 0 means DefaultCacheModels.
	CacheModels int
	// Log receives warnings about the store (a corrupt or unreadable model
	// file, with its path); nil means slog.Default().
	Log *slog.Logger
	// Bounds, if set, are the bounds of the two-phase opML deployment the
	// chain's results go to: a call whose dispute plan does not fit them
	// is refused (see CheckBounds), since its claim could not be defended.
	// HeaderBytes and BlockBytes are ignored (each model's own header, the
	// node program's blocks). Like the gas schedule, they are a consensus
	// parameter of the chain. nil: no such check (New); NewChain uses
	// DefaultBounds.
	Bounds *plan.Bounds
	// MaxInputBytes and MaxOutputBytes are the size bounds of the opML
	// deployment the chain's results go to (its maxInputBytes and
	// maxOutputBytes): a call whose input is longer, or whose output_size
	// is larger, is refused, since OpML.submit would not take its claim
	// and no dispute could settle it (docs/dispute.md, "Input and output
	// sizes"). 0 means onchain.DefaultMaxInputBytes and
	// onchain.DefaultMaxOutputBytes, the CLI's default deployment's. Like
	// Bounds, a consensus parameter of the chain.
	MaxInputBytes, MaxOutputBytes uint64
}

// sizesOf are opts' size bounds, defaults filled in.
func sizesOf(opts Options) spec.Sizes {
	s := spec.Sizes{Input: opts.MaxInputBytes, Output: opts.MaxOutputBytes}
	if s.Input == 0 {
		s.Input = onchain.DefaultMaxInputBytes
	}
	if s.Output == 0 {
		s.Output = onchain.DefaultMaxOutputBytes
	}
	return s
}

// Precompile is the inference precompile: vm.PrecompiledContract over a
// model store. Run decodes abi.encode(bytes32 model_address, bytes
// input_data, uint256 output_size), loads the model from the store
// (verified against its address), checks the input and output_size and,
// that opML would take the call's claim (Options.MaxInputBytes,
// MaxOutputBytes) and, with Options.Bounds, that its two-phase dispute
// could adjudicate it (see CheckBounds), runs models.Infer's code natively, exactly what
// the claim-checking program re-runs in the VM, and returns the
// output_size bytes of output.
//
// Every refusal reverts: Run returns vm.ErrExecutionReverted itself (the
// EVM compares errors with ==, so it must not be wrapped) and, as output,
// the ABI encoding of Error("inference: <reason>"). The EVM then treats it
// as a REVERT: the caller's CALL/STATICCALL pushes 0, the revert data is in
// its returndata buffer (and in the caller's out buffer), and the gas the
// call was given minus RequiredGas goes back to the caller; a transaction
// sent to Address directly fails with that revert data, which eth_call
// returns as the error's data. Any other error would be an exceptional halt,
// consuming all the call's gas and dropping the data.
//
// A Precompile is safe for concurrent use (eth_call runs EVMs in parallel).
type Precompile struct {
	store  *oracle.Store
	lie    func(Call, []byte) []byte
	cache  *modelCache
	log    *slog.Logger
	bounds *plan.Bounds
	sizes  spec.Sizes
}

var _ vm.PrecompiledContract = (*Precompile)(nil)

// New returns the precompile serving models from store.
func New(store *oracle.Store, opts Options) *Precompile {
	n := opts.CacheModels
	if n <= 0 {
		n = DefaultCacheModels
	}
	log := opts.Log
	if log == nil {
		log = slog.Default()
	}
	p := &Precompile{store: store, lie: opts.Lie, cache: newModelCache(n), log: log, sizes: sizesOf(opts)}
	if opts.Bounds != nil {
		b := *opts.Bounds
		p.bounds = &b
	}
	return p
}

// Name is the precompile's name in go-ethereum's listings (eth_config).
func (p *Precompile) Name() string { return "INFERENCE" }

// RequiredGas is the documented formula (see GasBase) for a call Run
// accepts, and GasBase for any other input. It never runs the model; on a
// model's first use it loads it (as Run would next), and then answers from
// the cache.
func (p *Precompile) RequiredGas(input []byte) uint64 {
	c, m, err := p.prepare(input)
	if err != nil {
		return GasBase
	}
	work, err := m.spec.Accept(c.Spec())
	if err != nil {
		return GasBase
	}
	return spec.GasFor(c.Spec(), work)
}

// Run performs the inference, or reverts with the reason (see Precompile).
func (p *Precompile) Run(input []byte) ([]byte, error) {
	c, m, err := p.prepare(input)
	if err != nil {
		return revert(err)
	}
	if _, err := m.spec.Accept(c.Spec()); err != nil {
		return revert(err)
	}
	out, err := m.model.Infer(c.Input)
	if err != nil {
		return revert(fmt.Errorf("model %s: %w", c.Model, err))
	}
	if uint64(len(out)) != c.OutputSize { // spec.CheckCall promised this length
		return revert(fmt.Errorf("model %s returned %d bytes, want %d", c.Model, len(out), c.OutputSize))
	}
	if p.lie != nil {
		out = p.lie(c, out)
	}
	return out, nil
}

// prepare decodes the call, checks its sizes and finds its model.
func (p *Precompile) prepare(input []byte) (Call, *loaded, error) {
	c, err := DecodeCall(input)
	if err != nil {
		return Call{}, nil, err
	}
	if err := p.sizes.Check(c.Spec()); err != nil {
		return Call{}, nil, err
	}
	m, err := p.cache.get(c.Model, func() (*loaded, error) { return p.load(c.Model) })
	return c, m, err
}

// load opens and verifies the model, parses it and reads its shape. The
// errors go into revert data, which a contract can read and store, so they
// must say the same on every node: no paths, nothing about the host.
func (p *Precompile) load(addr oracle.Address) (*loaded, error) {
	// The VM maps a model by exactly its address (its committed key): a
	// value it would not map names no model, whatever the store holds.
	if err := addr.Check(); err != nil {
		return nil, err
	}
	om, err := p.store.Open(addr)
	switch {
	case errors.Is(err, oracle.ErrNotFound):
		return nil, fmt.Errorf("unknown model %s: not in the model store", addr)
	case errors.Is(err, oracle.ErrCorrupt):
		p.log.Warn("inference precompile: stored model is corrupt", "model", addr, "err", err)
		return nil, fmt.Errorf("model %s: the stored copy does not match its address", addr)
	case err != nil:
		p.log.Warn("inference precompile: cannot read model", "model", addr, "err", err)
		return nil, fmt.Errorf("model %s: cannot read it from the model store", addr)
	}
	m, sm, err := spec.Load(addr, om.Bytes(), p.bounds)
	if err != nil {
		return nil, err
	}
	return &loaded{model: m, spec: sm}, nil
}

// RevertData is the revert data for reason: the ABI encoding of
// Error("inference: " + reason), as Solidity's revert(string) makes it
// (spec.RevertData).
func RevertData(reason string) []byte { return spec.RevertData(reason) }

func revert(err error) ([]byte, error) {
	return RevertData(err.Error()), vm.ErrExecutionReverted
}
