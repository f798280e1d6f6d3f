package gethadapter

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/axonum/opml/gethadapter/spec"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Inference is one inference the AI EVM chain executed, as the adapter
// found it in a block and posted it to opML.
type Inference struct {
	Block      uint64         `json:"block"`
	Tx         common.Hash    `json:"tx"`
	Model      oracle.Address `json:"model"` // the call's model_address (zero if the call does not decode)
	InputHash  common.Hash    `json:"inputHash"`
	Input      hexutil.Bytes  `json:"input"` // the call's input_data (none if the call does not decode)
	OutputSize uint64         `json:"outputSize"`
	Output     hexutil.Bytes  `json:"output"` // what the precompile returned, which the L2 consumed
	// Malformed says why the chain's precompile, honest and configured for
	// this opML deployment, would have reverted the call whatever the model:
	// its input is not the canonical abi.encode, input_data or output_size
	// is over the deployment's size bounds, or the output is not
	// output_size bytes. Only a lying sequencer returns such a result.
	// It is posted as the claim (NoModel, MalformedInput(Call, Output), no
	// output), which the VM rejects whatever it holds, so the result is
	// contradicted once challenged.
	Malformed string        `json:"malformed,omitempty"`
	Call      hexutil.Bytes `json:"call,omitempty"` // the call's bytes, for a malformed call
	Claim     uint64        `json:"claim"`          // the opML claim that covers it
}

// NoModel is the model of the claims that cover malformed calls: the zero
// address, whose byte 0 is not the committed key type, names no model
// (oracle.Address), so the claim-checking programs reject every claim
// about it without reading any data, and an honest challenger wins.
var NoModel = oracle.Address{}

// MalformedInput is the input of the claim that covers a malformed call's
// result: keccak256(call) ‖ keccak256(output), 64 bytes whatever the
// call's and the output's sizes (which may be over what OpML.submit
// takes), and checkable by anyone against the L2 block's trace.
func MalformedInput(call, output []byte) []byte {
	return append(crypto.Keccak256(call), crypto.Keccak256(output)...)
}

// claimed is the claim that covers inf: its model, input and output.
func (inf *Inference) claimed() (oracle.Address, []byte, []byte) {
	if inf.Malformed != "" {
		return NoModel, MalformedInput(inf.Call, inf.Output), nil
	}
	return inf.Model, inf.Input, inf.Output
}

// contentKey names a claim's content: the same inference found twice (in
// two transactions, say) is one claim.
func contentKey(model oracle.Address, inputHash common.Hash, output []byte) common.Hash {
	return crypto.Keccak256Hash(model[:], inputHash[:], crypto.Keccak256(output))
}

// adapterState is what the adapter keeps on disk: how far it has read the
// AI EVM chain, and what it found.
type adapterState struct {
	Next       uint64      `json:"nextBlock"` // the first block not yet fully handled (genesis has no transactions: 1)
	Inferences []Inference `json:"inferences"`
}

// AdapterConfig sets up an Adapter.
type AdapterConfig struct {
	L2        *ethclient.Client // the AI EVM chain; must serve debug_traceBlockByNumber
	L1        *onchain.Client   // the opML registry, with the sender that posts claims
	StateFile string            // where progress is kept (created if missing)
	Poll      time.Duration     // between passes in Run (0: 1 s)
	Log       *slog.Logger
	// RegisterFrom, if set, is the store a model the L1 registry does not
	// know is registered from before a claim on it is posted (register.go).
	RegisterFrom *oracle.Store
}

// Adapter follows the AI EVM chain and hands its inference results to
// opML: every inference call a block executed (found by tracing the block:
// calls to the precompile that returned a result, in reverted frames too)
// is posted as a claim on the
// L1 registry, once. It survives restarts: progress is saved after each
// block, and before posting it looks for a claim it already posted with the
// same content, so a crash between posting and saving posts nothing twice.
type Adapter struct {
	cfg    AdapterConfig
	log    *slog.Logger
	mu     sync.Mutex
	state  adapterState
	posted map[common.Hash]uint64  // content → claim id, from the L1 registry
	known  map[oracle.Address]bool // models registered on L1 (RegisterFrom)
	stale  bool                    // a post failed: re-index the registry first
}

// NewAdapter loads the saved state and the claims already on L1. With an
// L1 client that has no sender it is read-only: Report and Lookup work,
// Sync does not.
func NewAdapter(ctx context.Context, cfg AdapterConfig) (*Adapter, error) {
	if cfg.L2 == nil || cfg.L1 == nil {
		return nil, errors.New("adapter: an L2 client and an L1 client are required")
	}
	if cfg.StateFile == "" {
		return nil, errors.New("adapter: a state file is required")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Poll == 0 {
		cfg.Poll = time.Second
	}
	a := &Adapter{cfg: cfg, log: cfg.Log, posted: map[common.Hash]uint64{}, known: map[oracle.Address]bool{}, state: adapterState{Next: 1}}
	b, err := os.ReadFile(cfg.StateFile)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("adapter state: %w", err)
	default:
		if err := json.Unmarshal(b, &a.state); err != nil {
			return nil, fmt.Errorf("adapter state %s: %w (delete it to start over from block 0)", cfg.StateFile, err)
		}
	}
	if cfg.L1.Sender() == nil {
		return a, nil // read-only: Report and Lookup only
	}
	if err := a.loadPosted(ctx); err != nil {
		return nil, err
	}
	return a, nil
}

// loadPosted indexes the claims this adapter's account has on L1.
func (a *Adapter) loadPosted(ctx context.Context) error {
	n, err := a.cfg.L1.ClaimCount(ctx)
	if err != nil {
		return err
	}
	me := a.cfg.L1.Sender().Address()
	for id := range n {
		cl, err := a.cfg.L1.Claim(ctx, id)
		if err != nil {
			return err
		}
		if cl.Submitter == me {
			a.posted[contentKey(oracle.Address(cl.Model), cl.InputHash, cl.Output)] = id
		}
	}
	return nil
}

// Run syncs every Poll until ctx ends; a failed pass is logged and retried.
func (a *Adapter) Run(ctx context.Context) error {
	t := time.NewTicker(a.cfg.Poll)
	defer t.Stop()
	for {
		if err := a.Sync(ctx); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			a.log.Error("adapter pass failed; will retry", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Sync handles every block from where it left off to the chain's head.
func (a *Adapter) Sync(ctx context.Context) error {
	if a.cfg.L1.Sender() == nil {
		return errors.New("adapter: read-only (no key to post claims with)")
	}
	if a.stale {
		// The sender refuses to send while an unconfirmed claim may still
		// be mined; once it is, the registry shows it.
		if err := a.loadPosted(ctx); err != nil {
			return err
		}
		a.stale = false
	}
	head, err := a.cfg.L2.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("adapter: L2 head: %w", err)
	}
	for {
		a.mu.Lock()
		next := a.state.Next
		a.mu.Unlock()
		if next > head {
			return nil
		}
		if err := a.handleBlock(ctx, next); err != nil {
			return err
		}
	}
}

// handleBlock posts the inferences of one block and saves progress.
func (a *Adapter) handleBlock(ctx context.Context, number uint64) error {
	found, err := a.inferencesIn(ctx, number)
	if err != nil {
		return err
	}
	for i := range found {
		inf := &found[i]
		model, input, output := inf.claimed()
		key := contentKey(model, crypto.Keccak256Hash(input), output)
		id, ok := a.posted[key]
		if !ok {
			if model != NoModel {
				if err := a.registered(ctx, model); err != nil {
					return fmt.Errorf("adapter: the model of L2 tx %s: %w", inf.Tx, err)
				}
			}
			id, _, err = a.cfg.L1.Submit(ctx, model, input, output)
			if err != nil {
				// The claim may be on chain after all (a receipt that never
				// came): index the registry again before the next attempt.
				a.stale = true
				return fmt.Errorf("adapter: post the inference of L2 tx %s: %w", inf.Tx, err)
			}
			a.posted[key] = id
			if inf.Malformed != "" {
				a.log.Warn("a malformed inference call's result posted to opML (only a lying sequencer returns one)", "l2block", number,
					"tx", inf.Tx, "why", inf.Malformed, "output", hexutil.Encode(inf.Output), "claim", id)
			} else {
				a.log.Info("inference posted to opML", "l2block", number, "tx", inf.Tx, "model", inf.Model,
					"output", hexutil.Encode(inf.Output), "claim", id)
			}
		}
		inf.Claim = id
	}
	a.mu.Lock()
	a.state.Inferences = append(a.state.Inferences, found...)
	a.state.Next = number + 1
	st := a.state
	a.mu.Unlock()
	return a.save(st)
}

// save writes the state atomically (temporary file, then rename).
func (a *Adapter) save(st adapterState) error {
	b, err := json.MarshalIndent(st, "", " ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(a.cfg.StateFile)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".adapter-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), a.cfg.StateFile)
}

// traceTimeout bounds the tracing of one transaction.
const traceTimeout = "10m"

// callFrame is a frame of go-ethereum's callTracer.
type callFrame struct {
	Type   string          `json:"type"`
	To     *common.Address `json:"to"`
	Input  hexutil.Bytes   `json:"input"`
	Output hexutil.Bytes   `json:"output"`
	Error  string          `json:"error"`
	Calls  []callFrame     `json:"calls"`
}

type txTrace struct {
	TxHash common.Hash `json:"txHash"`
	Result callFrame   `json:"result"`
	Error  string      `json:"error"`
}

// inferencesIn traces a block and returns its inference calls: every call
// to the precompile that returned a result, even inside a frame or a
// transaction that later reverted. A reverted frame's effects are not
// part of the chain, but the result was read: the rollup's block program
// reads it too (through an OpML claim that must be Final) and cannot step
// past the read without one, so it must reach opML like any other (a lie
// that makes its transaction revert is still a lie the chain executed).
// Calls the precompile itself refused (its own frame failed) read no
// result and are left out. Malformed calls' results are returned too (see
// Inference.Malformed): a lie in any shape must reach opML.
func (a *Adapter) inferencesIn(ctx context.Context, number uint64) ([]Inference, error) {
	var traces []txTrace
	// geth's default tracing timeout is 5 s per transaction: too short for
	// a transaction whose inference is heavy (tracing re-executes it).
	err := a.cfg.L2.Client().CallContext(ctx, &traces, "debug_traceBlockByNumber", hexutil.EncodeUint64(number),
		map[string]any{"tracer": "callTracer", "timeout": traceTimeout})
	if err != nil {
		if strings.Contains(err.Error(), "the method debug_traceBlockByNumber does not exist") {
			return nil, fmt.Errorf("adapter: the L2 node does not serve the debug API (start it with tracing on): %w", err)
		}
		return nil, fmt.Errorf("adapter: trace L2 block %d: %w", number, err)
	}
	cfg := a.cfg.L1.Config
	bounds := spec.Sizes{Input: cfg.MaxInputBytes, Output: cfg.MaxOutputBytes}
	var out []Inference
	var walk func(tx common.Hash, f callFrame)
	walk = func(tx common.Hash, f callFrame) {
		if f.To != nil && *f.To == Address && f.Error == "" {
			out = append(out, inferenceOf(number, tx, f.Input, f.Output, bounds))
		}
		for _, sub := range f.Calls {
			walk(tx, sub)
		}
	}
	for _, t := range traces {
		if t.Error != "" {
			return nil, fmt.Errorf("adapter: trace of L2 tx %s: %s", t.TxHash, t.Error)
		}
		walk(t.TxHash, t.Result)
	}
	return out, nil
}

// inferenceOf is the inference of a call to the precompile that returned
// output, for an opML deployment with the size bounds b. A call the
// precompile must have reverted whatever the model (see
// Inference.Malformed) is Malformed; its fields are what go-ethereum's ABI
// decoder reads from it, if anything.
func inferenceOf(block uint64, tx common.Hash, call, output []byte, b spec.Sizes) Inference {
	c, err := DecodeCall(call)
	if err != nil {
		c, _ = unpackCall(call) // the zero Call if not even that
	} else if err = b.Check(c.Spec()); err == nil && uint64(len(output)) != c.OutputSize {
		err = fmt.Errorf("the output is %d bytes, output_size %d", len(output), c.OutputSize)
	}
	inf := Inference{Block: block, Tx: tx, Model: c.Model, InputHash: crypto.Keccak256Hash(c.Input), Input: c.Input,
		OutputSize: c.OutputSize, Output: output}
	if err != nil {
		inf.Malformed, inf.Call = err.Error(), call
	}
	return inf
}

// Verdict is what opML says of an inference result.
type Verdict string

const (
	VerdictUnknown      Verdict = "unknown"      // not posted (yet)
	VerdictPending      Verdict = "pending"      // posted; in its challenge window or disputed
	VerdictFinal        Verdict = "final"        // opML finalized it
	VerdictContradicted Verdict = "contradicted" // a challenger proved it wrong
)

// Lookup is the Geth-side proof's question: what does opML say of
// (model, input, output_size)? It returns the verdict and the output it is
// about (the final one if any claim of it is final).
func (a *Adapter) Lookup(ctx context.Context, model oracle.Address, input []byte, outputSize uint64) (Verdict, []byte, error) {
	inputHash := crypto.Keccak256Hash(input)
	a.mu.Lock()
	var claims []Inference
	for _, inf := range a.state.Inferences {
		if inf.Model == model && inf.InputHash == inputHash && inf.OutputSize == outputSize {
			claims = append(claims, inf)
		}
	}
	a.mu.Unlock()
	verdict, output := VerdictUnknown, []byte(nil)
	for _, inf := range claims {
		v, err := a.verdict(ctx, inf.Claim)
		if err != nil {
			return "", nil, err
		}
		switch {
		case v == VerdictFinal:
			return v, inf.Output, nil
		case v == VerdictPending || verdict == VerdictUnknown:
			verdict, output = v, inf.Output
		}
	}
	return verdict, output, nil
}

func (a *Adapter) verdict(ctx context.Context, claimID uint64) (Verdict, error) {
	cl, err := a.cfg.L1.Claim(ctx, claimID)
	if err != nil {
		return "", err
	}
	switch cl.Status {
	case onchain.ClaimFinal:
		return VerdictFinal, nil
	case onchain.ClaimRejected:
		return VerdictContradicted, nil
	case onchain.ClaimPending:
		return VerdictPending, nil
	}
	return VerdictUnknown, nil
}

// ReportEntry is one inference of a report.
type ReportEntry struct {
	Inference
	Verdict Verdict `json:"verdict"`
}

// Report lists the inferences of L2 blocks from … to (inclusive) with what
// opML says of each. Blocks the adapter has not reached yet are not listed;
// Synced says how far it has.
func (a *Adapter) Report(ctx context.Context, from, to uint64) ([]ReportEntry, error) {
	a.mu.Lock()
	var infs []Inference
	for _, inf := range a.state.Inferences {
		if inf.Block >= from && inf.Block <= to {
			infs = append(infs, inf)
		}
	}
	a.mu.Unlock()
	entries := make([]ReportEntry, 0, len(infs))
	for _, inf := range infs {
		v, err := a.verdict(ctx, inf.Claim)
		if err != nil {
			return nil, err
		}
		entries = append(entries, ReportEntry{Inference: inf, Verdict: v})
	}
	return entries, nil
}

// Synced is the first L2 block the adapter has not handled yet.
func (a *Adapter) Synced() uint64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.state.Next
}
