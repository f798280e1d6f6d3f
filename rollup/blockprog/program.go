package blockprog

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/axonum/opml/rollup"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/triedb"
)

// Oracle is where the program reads everything it knows: local data of
// the claim, and values by their keccak256. In the VM it is the VM's
// preimage oracle (oracle/guest); natively, a host's server directly. A
// keccak256 preimage must hash to what was asked for: the VM's on-chain
// oracle guarantees it, and a native oracle must check it.
type Oracle interface {
	// Hint tells the host what the next reads will be (see the Hint
	// constants); it may be ignored.
	Hint(hint string)
	// Local reads local datum i.
	Local(i uint64) ([]byte, error)
	// Keccak256 reads the value whose keccak256 is hash.
	Keccak256(hash common.Hash) ([]byte, error)
	// Inference reads the value of an inference key (InferenceKey): the
	// output opML finalized for that call. On chain only a Final OpML
	// claim loads it; a native oracle must get it from final claims.
	Inference(key common.Hash) ([]byte, error)
	// Model returns the bytes of the model with this address (a committed
	// key): in the VM, mapped by map_committed; a native oracle must check
	// them against the address.
	Model(addr [32]byte) ([]byte, error)
}

// Result is what a run found out, as far as it got.
type Result struct {
	Claimed common.Hash   // the claimed word (local datum 3)
	Parent  rollup.Output // the parent output (the preimage of local datum 1)
	Output  rollup.Output // the computed output (zero unless the block executed)
	Root    common.Hash   // Output.Root()
	// Inferences are the distinct inference keys the block read, in
	// first-read order, and Word rollup.ClaimedWord(Root, Inferences):
	// the claim is valid iff Word is Claimed.
	Inferences []common.Hash
	Word       common.Hash
	Block      *types.Block  // the block the rule built (nil unless it executed)
	Built      *rollup.Built // what the rule did (nil unless the block executed)
	Code       int           // the exit code
	Err        error         // why, for codes other than ExitMatch and ExitMismatch
}

// Run executes the block claim read from o and returns the result; its
// Code is the program's exit status. Diagnostics go to log (nil: none).
func Run(o Oracle, log io.Writer) Result {
	if log == nil {
		log = io.Discard
	}
	r := run(o)
	switch r.Code {
	case ExitMatch, ExitMismatch:
		if r.Built.Invalid != nil {
			fmt.Fprintf(log, "blockprog: invalid attributes, the fallback block: %v\n", r.Built.Invalid)
		}
		for _, d := range r.Built.Dropped {
			fmt.Fprintf(log, "blockprog: transaction %d dropped: %v\n", d.Index, d.Reason)
		}
		verdict := "matches the claim"
		if r.Code == ExitMismatch {
			verdict = "does not match the claim " + r.Claimed.Hex()
		}
		fmt.Fprintf(log, "blockprog: block %d %s: output root %s, %d inference results, word %s %s\n", r.Block.NumberU64(), r.Block.Hash(), r.Root, len(r.Inferences), r.Word, verdict)
	default:
		fmt.Fprintf(log, "blockprog: exit %d (%s): %v\n", r.Code, ExitMeaning(r.Code), r.Err)
	}
	return r
}

func run(o Oracle) (r Result) {
	fail := func(code int, err error) Result {
		r.Code, r.Err = code, err
		return r
	}
	parentRoot, err := local32(o, LocalParentOutput)
	if err != nil {
		return fail(ExitBadInputs, err)
	}
	attrHash, err := local32(o, LocalAttributesHash)
	if err != nil {
		return fail(ExitBadInputs, err)
	}
	if r.Claimed, err = local32(o, LocalClaimedOutput); err != nil {
		return fail(ExitBadInputs, err)
	}
	id, err := o.Local(LocalChainID)
	if err != nil {
		return fail(ExitBadInputs, fmt.Errorf("local datum %d (chain id): %w", LocalChainID, err))
	}
	if len(id) != 8 {
		return fail(ExitBadInputs, fmt.Errorf("local datum %d (chain id) has %d bytes, want 8", LocalChainID, len(id)))
	}
	config := rollup.ChainConfig(binary.BigEndian.Uint64(id))

	db := newOracleDB(o)
	chain := &chainContext{config: config, db: db, engine: beacon.New(ethash.NewFaker())}
	// The block is built on the agreed parent output's block, not on a
	// parent hash the batch names: nothing on L1 checks a batch's parent,
	// while the parent output is a proposal the OutputOracle links to
	// (docs/rollup.md, "The parent output").
	o.Hint(HintOutput + " " + parentRoot.Hex())
	penc, err := o.Keccak256(parentRoot)
	if err != nil {
		return fail(ExitBadInputs, fmt.Errorf("parent output %s: %w", parentRoot, err))
	}
	if r.Parent, err = rollup.DecodeOutput(penc); err != nil {
		return fail(ExitBadInputs, fmt.Errorf("parent output %s: %w", parentRoot, err))
	}
	parent, err := db.header(r.Parent.BlockHash)
	if err != nil {
		return fail(ExitBadInputs, fmt.Errorf("parent header: %w", err))
	}
	if parent.Root != r.Parent.StateRoot {
		// Not the output of any block: a proposal of it is wrong, and
		// its children are rejected with it.
		return fail(ExitBadInputs, fmt.Errorf("parent output %s: state root %s, its block's %s", parentRoot, r.Parent.StateRoot, parent.Root))
	}
	chain.current = parent
	o.Hint(HintAttributes + " " + attrHash.Hex())
	enc, err := o.Keccak256(attrHash)
	if err != nil {
		return fail(ExitBadInputs, fmt.Errorf("block attributes %s: %w", attrHash, err))
	}

	statedb, err := state.New(parent.Root, state.NewDatabase(triedb.NewDatabase(db, triedb.HashDefaults), state.NewCodeDB(db)))
	if err != nil {
		return fail(ExitNoState, fmt.Errorf("parent state %s: %w", parent.Root, errors.Join(db.err, err)))
	}
	infer := NewPrecompile(o)
	installMu.Lock()
	restore := install(infer)
	r.Built, err = rollup.Build(chain, parent, enc, statedb)
	restore()
	installMu.Unlock()
	if err := errors.Join(db.err, statedb.Error(), infer.Err()); err != nil {
		// Reads that failed make the execution meaningless, whatever
		// Execute said about it.
		return fail(ExitNoState, err)
	}
	if err != nil {
		// Not the batch's doing: the parent state's system contracts
		// failed (rollup.Build).
		return fail(ExitBadBlock, err)
	}
	r.Block = r.Built.Block
	wroot := statedb.GetStorageRoot(rollup.WithdrawalContract)
	if err := errors.Join(db.err, statedb.Error()); err != nil {
		return fail(ExitNoState, err)
	}
	if wroot == (common.Hash{}) { // no account there
		wroot = types.EmptyRootHash
	}
	r.Output = rollup.Output{StateRoot: r.Block.Root(), WithdrawalStorageRoot: wroot, BlockHash: r.Block.Hash()}
	r.Root = r.Output.Root()
	r.Inferences = infer.Keys()
	r.Word = rollup.ClaimedWord(r.Root, r.Inferences)
	if r.Word != r.Claimed {
		r.Code = ExitMismatch
		return r
	}
	r.Code = ExitMatch
	return r
}

func local32(o Oracle, i uint64) (common.Hash, error) {
	v, err := o.Local(i)
	if err != nil {
		return common.Hash{}, fmt.Errorf("local datum %d: %w", i, err)
	}
	if len(v) != 32 {
		return common.Hash{}, fmt.Errorf("local datum %d has %d bytes, want 32", i, len(v))
	}
	return common.Hash(v), nil
}
