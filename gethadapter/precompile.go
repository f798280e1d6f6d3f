package gethadapter

import (
	"errors"
	"fmt"
	"log/slog"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/plan"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/accounts/abi"
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

// sizes are the input and output bounds a precompile enforces.
type sizes struct{ input, output uint64 }

// sizesOf are opts' size bounds, defaults filled in.
func sizesOf(opts Options) sizes {
	s := sizes{input: opts.MaxInputBytes, output: opts.MaxOutputBytes}
	if s.input == 0 {
		s.input = onchain.DefaultMaxInputBytes
	}
	if s.output == 0 {
		s.output = onchain.DefaultMaxOutputBytes
	}
	return s
}

// check refuses a call whose claim OpML would not take.
func (s sizes) check(c Call) error {
	if uint64(len(c.Input)) > s.input {
		return fmt.Errorf("model %s: opML could not adjudicate this call: input_data is %d bytes, an opML claim's input at most %d",
			c.Model, len(c.Input), s.input)
	}
	if c.OutputSize > s.output {
		return fmt.Errorf("model %s: opML could not adjudicate this call: output_size is %d, an opML claim's output at most %d bytes",
			c.Model, c.OutputSize, s.output)
	}
	return nil
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
	sizes  sizes
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
	work, err := accept(m, c)
	if err != nil {
		return GasBase
	}
	return gasFor(c, work)
}

// Run performs the inference, or reverts with the reason (see Precompile).
func (p *Precompile) Run(input []byte) ([]byte, error) {
	c, m, err := p.prepare(input)
	if err != nil {
		return revert(err)
	}
	if _, err := accept(m, c); err != nil {
		return revert(err)
	}
	out, err := m.model.Infer(c.Input)
	if err != nil {
		return revert(fmt.Errorf("model %s: %w", c.Model, err))
	}
	if uint64(len(out)) != c.OutputSize { // checkCall promised this length
		return revert(fmt.Errorf("model %s returned %d bytes, want %d", c.Model, len(out), c.OutputSize))
	}
	if p.lie != nil {
		out = p.lie(c, out)
	}
	return out, nil
}

// accept is what Run and RequiredGas refuse: a call that does not fit the
// model's shape, or whose plan does not fit the bounds. It returns the
// call's work.
func accept(m *loaded, c Call) (uint64, error) {
	work, err := checkCall(m.shape, c)
	if err != nil {
		return 0, err
	}
	if m.fit != nil {
		if err := m.fit.check(m.shape, c.Input); err != nil {
			return 0, fmt.Errorf("model %s: opML could not adjudicate this call: %w", c.Model, err)
		}
	}
	return work, nil
}

// prepare decodes the call, checks its sizes and finds its model.
func (p *Precompile) prepare(input []byte) (Call, *loaded, error) {
	c, err := DecodeCall(input)
	if err != nil {
		return Call{}, nil, err
	}
	if err := p.sizes.check(c); err != nil {
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
	m, arch, err := models.Load(om.Bytes())
	if err != nil {
		return nil, fmt.Errorf("model %s cannot be loaded: %w", addr, err)
	}
	sh, err := shapeOf(om.Bytes(), m, arch)
	if err != nil {
		return nil, fmt.Errorf("model %s: %w", addr, err)
	}
	l := &loaded{model: m, shape: sh}
	if p.bounds != nil {
		l.fit = newFit(om.Bytes(), *p.bounds)
	}
	return l, nil
}

// errorArgs is the argument list of Solidity's Error(string).
var errorArgs = func() abi.Arguments {
	s, _ := abi.NewType("string", "", nil)
	return abi.Arguments{{Type: s}}
}()

// errorSelector is the selector of Error(string), 0x08c379a0.
var errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0}

// RevertData is the revert data for reason: the ABI encoding of
// Error("inference: " + reason), as Solidity's revert(string) makes it.
func RevertData(reason string) []byte {
	b, err := errorArgs.Pack("inference: " + reason)
	if err != nil {
		panic(err) // a string always packs
	}
	return append(append([]byte{}, errorSelector...), b...)
}

func revert(err error) ([]byte, error) {
	return RevertData(err.Error()), vm.ErrExecutionReverted
}
