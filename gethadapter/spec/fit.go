package spec

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/plan"
)

// Bounds where claims enter (docs/dispute.md, "Bounds where claims
// enter"). A two-phase deployment adjudicates a claim only if its plan
// (ggml-mips/plan, made from the model's bytes and the input exactly as the
// node program makes it) fits: Items()+1 positions at most arity^graphDepth,
// every item's work at most ItemMACs, and every item's mapped bytes within
// the node program's window. A claim that does not fit is lost by its
// defender, however true. So the precompile refuses such a call (with
// bounds), and a submitter checks before posting.

// The CLI's default two-phase deployment: arity 8, graph depth 7.
const (
	DefaultArity      = 8
	DefaultGraphDepth = 7
	// DefaultItemMACs bounds the work of one item (one phase-2 run of the
	// node program): plan.DefaultItemWork.
	DefaultItemMACs = plan.DefaultItemWork
)

// ModelBlockBytes is the size of the blocks the node program maps the
// model in.
const ModelBlockBytes = 32 << protocol.ModelBlockHeight

// DefaultBounds are the bounds of the CLI's default two-phase deployment:
// 8^7 = 2,097,152 phase-1 positions, DefaultItemMACs, the node program's
// 256 MiB window. The AI EVM chain uses them unless told otherwise.
// HeaderBytes is left 0: it is each model's own.
func DefaultBounds() *plan.Bounds {
	length := uint64(1)
	for range DefaultGraphDepth {
		length *= DefaultArity
	}
	b := BoundsFor(length)
	return &b
}

// BoundsFor are the bounds of a two-phase deployment whose phase-1 trace
// has graphLength positions (arity^graphDepth, onchain.Config.GraphLength),
// with DefaultItemMACs and the node program's window and model blocks.
func BoundsFor(graphLength uint64) plan.Bounds {
	return plan.Bounds{Positions: graphLength, ItemMACs: DefaultItemMACs, Window: protocol.NodeWindowSize, BlockBytes: ModelBlockBytes}
}

// A Fit decides, for one model, which inputs have a plan within a
// deployment's bounds. Results are cached by the input's plan key; a Fit is
// safe for concurrent use.
type Fit struct {
	layout models.Layout
	bounds plan.Bounds // with the model's HeaderBytes and BlockBytes
	err    error       // why no input of this model can be planned

	compute sync.Mutex // one plan built at a time (they can be large)
	mu      sync.Mutex
	results map[uint64]error

	// The prompt limit (see promptLimit), guarded by compute.
	probed    int   // every power of two up to probed fits (with one token)
	limitFrom int   // the smallest power of two that does not (0: none found)
	limitErr  error // why
}

// maxFitResults bounds the cached results per model; past it the cache
// starts over.
const maxFitResults = 1024

// NewFit reads model's header and layout as the node program does.
func NewFit(model []byte, b plan.Bounds) *Fit {
	f := &Fit{results: map[uint64]error{}}
	file, err := gguf.Read(bytes.NewReader(model), int64(len(model)))
	if err != nil {
		f.err = fmt.Errorf("the node program cannot read the model: %w", err)
		return f
	}
	if f.layout, _, err = models.LoadLayout(file); err != nil {
		f.err = fmt.Errorf("the node program cannot load the model: %w", err)
		return f
	}
	b.HeaderBytes, b.BlockBytes = file.DataOffset, ModelBlockBytes
	f.bounds = b
	return f
}

// Check returns nil if the plan of input fits the bounds, else the reason.
// With the input's Shape sh (nil: none known, every plan built), it
// answers from the cache, and refuses a prompt from the prompt limit on
// without building its graphs.
func (f *Fit) Check(sh Shape, input []byte) error {
	if f.err != nil {
		return f.err
	}
	if sh == nil {
		return f.Exact(input)
	}
	key, prompt := sh.PlanKey(input)
	if err, ok := f.cached(key); ok {
		return err
	}
	f.compute.Lock()
	defer f.compute.Unlock()
	if err, ok := f.cached(key); ok {
		return err
	}
	var err error
	if from, why := f.promptLimit(sh, prompt); from > 0 && prompt >= from {
		err = fmt.Errorf("a prompt of %d tokens is beyond the deployment's bounds, as every prompt of %d or more is: %v", prompt, from, why)
	} else {
		err = f.Exact(input)
	}
	f.store(key, err)
	return err
}

// Exact makes the plan of input as the node program does (the model's
// layout, the session, plan.New) and checks it against the bounds.
func (f *Fit) Exact(input []byte) error {
	s, err := f.layout.NewSession(input)
	if err != nil {
		return fmt.Errorf("the node program cannot plan this input: %w", err)
	}
	p, err := plan.New(s)
	if err != nil {
		return fmt.Errorf("the node program cannot plan this input: %w", err)
	}
	return p.Check(f.bounds)
}

// promptLimit returns the smallest power of two q ≤ prompt such that a
// prompt of q tokens with one token to generate does not fit, and why (0
// if there is none). A plan's needs grow with the prompt and with the
// tokens generated (TestBoundsMonotone), so a prompt of q or more tokens
// does not fit either, whatever the number of tokens: the precompile
// refuses it without building its graphs, which for a long prompt would
// cost far more than GasBase pays for (110m, 900 tokens: a second and
// 2 GB). The answer depends on the model, the bounds and prompt only, not
// on what was probed before; probing the powers of two up to prompt costs
// less than the prompt's own plan, once per model. f.compute must be held.
func (f *Fit) promptLimit(sh Shape, prompt int) (int, error) {
	for f.limitFrom == 0 {
		q := max(1, 2*f.probed)
		if prompt < q {
			break
		}
		in := sh.ProbeInput(q)
		if in == nil {
			break
		}
		s, err := f.layout.NewSession(in)
		if err != nil {
			break
		}
		pl, err := plan.New(s)
		if err != nil {
			break
		}
		if err := pl.Check(f.bounds); err != nil {
			f.limitFrom, f.limitErr = q, err
			break
		}
		f.probed = q
	}
	if f.limitFrom > prompt {
		return 0, nil
	}
	return f.limitFrom, f.limitErr
}

func (f *Fit) cached(key uint64) (error, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	err, ok := f.results[key]
	return err, ok
}

func (f *Fit) store(key uint64, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.results) >= maxFitResults {
		clear(f.results)
	}
	f.results[key] = err
}

// PlanKey and ProbeInput of the shapes (see Shape).

func (MNISTShape) PlanKey([]byte) (uint64, int) { return 0, 0 } // one image: one plan
func (MNISTShape) ProbeInput(int) []byte        { return nil }

// A llama plan depends on the prompt's length P and the tokens to generate
// N only: the token ids are data.
func (s LlamaShape) PlanKey(input []byte) (uint64, int) {
	n := binary.BigEndian.Uint32(input)
	p := (len(input) - 4) / 4
	if n == 0 {
		return uint64(p) << 32, 0 // no graphs, whatever the prompt
	}
	return uint64(p)<<32 | uint64(n), p
}

func (s LlamaShape) ProbeInput(p int) []byte {
	if p < 1 || p+1 > s.cfg.Context {
		return nil
	}
	in := llama.EncodeInput(make([]int32, p), 1)
	if _, _, err := s.Check(in); err != nil {
		return nil
	}
	return in
}

// Err is why no input of the model can be planned (nil if some can).
func (f *Fit) Err() error { return f.err }
