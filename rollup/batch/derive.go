package batch

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"

	"github.com/axonum/opml/rollup"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
)

// Source is where derivation reads batches: an Inbox on L1, or anything
// that reads the same data.
type Source interface {
	// Next is the number of the next L2 block to be posted.
	Next(ctx context.Context) (uint64, error)
	// Read is block number's batch, checked against L1's commitment.
	Read(ctx context.Context, number uint64) (*Batch, error)
}

var _ Source = (*Inbox)(nil)

// Chain is an L2 chain derived from L1: go-ethereum's in-process
// blockchain (in memory, archive) from the L2 genesis, each block built
// from its batch's attributes by the rule (rollup.Build), the function the
// block program builds blocks with. The blockchain then inserts the block,
// which executes and validates it once more.
//
// go-ethereum's processor knows neither deposits nor the rule's dropped
// transactions, so the chain's processor executes a block it derived with
// rollup.Build on the block's batch, whenever the blockchain executes it
// again (on insertion, and for an execution witness, which so covers the
// reads of the transactions the rule dropped), and lets the blockchain
// validate the result against the block.
type Chain struct {
	BC *core.BlockChain

	mu      sync.Mutex
	batches map[common.Hash]*rollup.Built // by block hash
	raw     map[common.Hash][]byte        // the attributes as posted, by block hash
}

// ruleProcessor executes the blocks the chain derived by the rule
// (rollup.Build on their batch's attributes), any other by go-ethereum's
// state processor.
type ruleProcessor struct {
	inner *core.StateProcessor
	c     *Chain
}

func (p ruleProcessor) Process(ctx context.Context, block *types.Block, statedb *state.StateDB, jd vm.JumpDestCache, pc *vm.PrecompileCache, cfg vm.Config, execIndex *atomic.Int64) (*core.ProcessResult, error) {
	raw := p.c.Batch(block.Hash())
	if raw == nil {
		return p.inner.Process(ctx, block, statedb, jd, pc, cfg, execIndex)
	}
	parent := p.c.BC.GetHeader(block.ParentHash(), block.NumberU64()-1)
	if parent == nil {
		return nil, fmt.Errorf("missing parent %s", block.ParentHash())
	}
	b, err := rollup.Build(p.c.BC, parent, raw, statedb)
	if err != nil {
		return nil, err
	}
	// The validator checks this result against the block: state root,
	// receipts, gas used, requests.
	return &core.ProcessResult{Receipts: b.Receipts, Requests: b.Requests, Logs: b.Logs, GasUsed: b.GasUsed}, nil
}

// Attributes are the attributes a derived block was built from (the
// batch's, or the rule's fallback), when they carry a deposit hash (nil
// otherwise: rollup.AttributesOf recovers those from the block; it cannot
// recover deposits nor the deposit hash).
func (c *Chain) Attributes(hash common.Hash) *rollup.Attributes {
	c.mu.Lock()
	defer c.mu.Unlock()
	if b := c.batches[hash]; b != nil && b.Attributes.DepositHash != (common.Hash{}) {
		return b.Attributes
	}
	return nil
}

// Batch is the attributes of a derived block's batch exactly as posted
// (the block program's local datum 2 is their keccak256), or nil for a
// block the chain did not derive.
func (c *Chain) Batch(hash common.Hash) []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.raw[hash]
}

// NewChain starts a derived chain at genesis, whose configuration must be
// the rollup's (rollup.ChainConfig of its chain id): the block program has
// no other. Stop it with Close.
func NewChain(genesis *core.Genesis) (*Chain, error) {
	if genesis.Config == nil || genesis.Config.ChainID == nil || !genesis.Config.ChainID.IsUint64() {
		return nil, errors.New("derive: the L2 genesis has no chain configuration or chain id")
	}
	if want := rollup.ChainConfig(genesis.Config.ChainID.Uint64()); !reflect.DeepEqual(genesis.Config, want) {
		return nil, fmt.Errorf("derive: the L2 genesis's chain configuration is not the rollup's (rollup.ChainConfig(%d))", genesis.Config.ChainID)
	}
	// No precompile result cache: the inference precompile's result is not
	// a pure function of its input in a process where a lying sequencer
	// (rollup/node, demos and tests) shares it with honest chains, and a
	// cached result could cross from one execution to another.
	cfg := core.DefaultConfig().WithArchive(true)
	cfg.NoPrecompileCache = true
	bc, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), genesis, beacon.New(ethash.NewFaker()), cfg)
	if err != nil {
		return nil, fmt.Errorf("derive: L2 genesis: %w", err)
	}
	c := &Chain{BC: bc, batches: map[common.Hash]*rollup.Built{}, raw: map[common.Hash][]byte{}}
	// Set before any import, as go-ethereum requires.
	bc.SetBlockValidatorAndProcessorForTesting(core.NewBlockValidator(bc.Config(), bc), ruleProcessor{inner: core.NewStateProcessor(bc), c: c})
	return c, nil
}

// Close stops the blockchain.
func (c *Chain) Close() { c.BC.Stop() }

// Head is the derived chain's head.
func (c *Chain) Head() *types.Header { return c.BC.CurrentBlock() }

// Apply builds the block of b on the head by the rule (rollup.Build: the
// valid transactions of valid attributes, or the fallback block) and
// inserts it. A batch for another block (ErrGap) leaves the chain as it
// was. The batch's parent-hash field is not an input: the block is built
// on the head whatever it names, as the block program builds it on the
// agreed parent output's block (docs/rollup.md, "The parent output").
func (c *Chain) Apply(b *Batch) (*types.Block, error) {
	built, err := c.Build(b)
	if err != nil {
		return nil, err
	}
	return built.Block, c.insert(built, b.Attributes)
}

// Build is what Apply builds from b, without inserting it: the block, and
// which transactions the rule dropped or whether it replaced invalid
// attributes.
func (c *Chain) Build(b *Batch) (*rollup.Built, error) {
	parent := c.Head()
	if want := parent.Number.Uint64() + 1; b.Number != want {
		return nil, fmt.Errorf("derive: %w: batch of block %d, the next block is %d", ErrGap, b.Number, want)
	}
	statedb, err := c.BC.StateAt(parent.Root, parent.Number, parent.Time)
	if err != nil {
		return nil, fmt.Errorf("derive: block %d: parent state %s: %w", b.Number, parent.Root, err)
	}
	built, err := rollup.Build(c.BC, parent, b.Attributes, statedb)
	if dberr := statedb.Error(); dberr != nil {
		return nil, fmt.Errorf("derive: block %d: state: %w", b.Number, dberr)
	}
	if err != nil {
		return nil, fmt.Errorf("derive: block %d: %w", b.Number, err)
	}
	return built, nil
}

func (c *Chain) insert(built *rollup.Built, raw []byte) error {
	block := built.Block
	c.mu.Lock()
	c.batches[block.Hash()], c.raw[block.Hash()] = built, raw
	c.mu.Unlock()
	if _, err := c.BC.InsertChain(types.Blocks{block}); err != nil {
		c.mu.Lock()
		delete(c.batches, block.Hash())
		delete(c.raw, block.Hash())
		c.mu.Unlock()
		return fmt.Errorf("derive: block %d: insert: %w", block.NumberU64(), err)
	}
	return nil
}

// Sync applies every batch src has after the head, in order, and returns
// how many it applied; it stops at the first error (the chain keeps the
// blocks before it), so calling it again resumes.
func (c *Chain) Sync(ctx context.Context, src Source) (int, error) {
	next, err := src.Next(ctx)
	if err != nil {
		return 0, err
	}
	applied := 0
	for n := c.Head().Number.Uint64() + 1; n < next; n++ {
		if err := ctx.Err(); err != nil {
			return applied, err
		}
		b, err := src.Read(ctx, n)
		if err != nil {
			return applied, fmt.Errorf("derive: %w", err)
		}
		if _, err := c.Apply(b); err != nil {
			return applied, err
		}
		applied++
	}
	return applied, nil
}

// Output is derived block n's output (state root, withdrawal-storage
// root, block hash), as the block program computes it after the block.
func (c *Chain) Output(n uint64) (rollup.Output, error) {
	h := c.BC.GetHeaderByNumber(n)
	if h == nil {
		return rollup.Output{}, fmt.Errorf("derive: no block %d (head %d)", n, c.Head().Number)
	}
	statedb, err := c.BC.StateAt(h.Root, h.Number, h.Time)
	if err != nil {
		return rollup.Output{}, fmt.Errorf("derive: block %d: state %s: %w", n, h.Root, err)
	}
	wroot := statedb.GetStorageRoot(rollup.WithdrawalContract)
	if err := statedb.Error(); err != nil {
		return rollup.Output{}, fmt.Errorf("derive: block %d: state: %w", n, err)
	}
	if wroot == (common.Hash{}) { // no account there
		wroot = types.EmptyRootHash
	}
	return rollup.Output{StateRoot: h.Root, WithdrawalStorageRoot: wroot, BlockHash: h.Hash()}, nil
}

// GenesisOutput is the output of the L2 genesis (block 0): what the
// OutputOracle's deployer gives it as block 1's parent output.
func GenesisOutput(genesis *core.Genesis) (rollup.Output, error) {
	c, err := NewChain(genesis)
	if err != nil {
		return rollup.Output{}, err
	}
	defer c.Close()
	return c.Output(0)
}
