package onchain_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"
)

// sameTimeChain is a chain some of whose blocks carry their parent's
// timestamp, as an L2's blocks can when several are made in one second,
// served read-only as an onchain.Backend. go-ethereum's consensus refuses
// such a block (beacon: a header's time must exceed its parent's), so
// neither the embedded chain nor geth --dev can make one: the blocks are
// made with core.GenerateChain, which executes transactions without
// verifying headers, and stamped with BlockGen.OffsetTime. What a read-only
// Client uses is implemented (headers, code, calls on the head's state,
// logs); any other method panics (the embedded Backend is nil).
type sameTimeChain struct {
	onchain.Backend
	config   *params.ChainConfig
	db       ethdb.Database
	blocks   []*types.Block // blocks[0] is genesis
	receipts []types.Receipts
}

// newSameTimeChain deploys the contracts in block 1 and submits one claim
// per input, each in a block of its own, every one after the first
// stamped with the time of the block before it. It returns the chain and
// the deployment.
func newSameTimeChain(t *testing.T, inputs [][]byte) (*sameTimeChain, onchain.Addresses) {
	t.Helper()
	config := *params.AllDevChainProtocolChanges // devnet's forks: through Osaka
	config.ChainID = big.NewInt(devnet.DefaultChainID)
	config.BogotaTime, config.AmsterdamTime = nil, nil
	key := devnet.DevKeys(1)[0]
	from := crypto.PubkeyToAddress(key.PublicKey)
	alloc := core.SystemContractAllocs()
	alloc[from] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}
	genesis := &core.Genesis{Config: &config, GasLimit: 60_000_000, Alloc: alloc, Difficulty: new(big.Int), BaseFee: big.NewInt(params.InitialBaseFee)}

	var nonce uint64
	var addrs onchain.Addresses
	sign := func(to *common.Address, data []byte, value *big.Int) *types.Transaction {
		tx, err := types.SignNewTx(key, types.LatestSigner(&config), &types.DynamicFeeTx{
			ChainID: config.ChainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
			Gas: 10_000_000, To: to, Data: data, Value: value,
		})
		if err != nil {
			t.Fatal(err)
		}
		nonce++
		return tx
	}
	deploy := func(b *core.BlockGen, bin string, args []byte) common.Address {
		addr := crypto.CreateAddress(from, nonce)
		b.AddTx(sign(nil, append(common.FromHex(bin), args...), nil))
		return addr
	}
	claimBond := big.NewInt(1000)
	modelRoot, modelLength := [32]byte{1}, uint64(1000) // a made-up model the claims name
	model := [32]byte(oracle.ModelAddress(modelRoot, modelLength))
	engine := beacon.New(ethash.NewFaker())
	db, blocks, receipts := core.GenerateChainWithGenesis(genesis, engine, 1+len(inputs), func(i int, b *core.BlockGen) {
		if i == 0 {
			addrs.Oracle = deploy(b, bindings.PreimageOracleMetaData.Bin, nil)
			addrs.MIPS = deploy(b, bindings.MIPSMetaData.Bin, bindings.NewMIPS().PackConstructor(addrs.Oracle))
			addrs.Game = deploy(b, bindings.DisputeGameMetaData.Bin,
				bindings.NewDisputeGame().PackConstructor(addrs.MIPS, addrs.Oracle, [32]byte{3}, 2, 3, 0))
			addrs.OpML = deploy(b, bindings.OpMLMetaData.Bin, bindings.NewOpML().PackConstructor(addrs.Game, 600, 600,
				claimBond, big.NewInt(100), onchain.DefaultMaxInputBytes, onchain.DefaultMaxOutputBytes, claimBond, big.NewInt(100), 600))
			b.AddTx(sign(&addrs.OpML, bindings.NewOpML().PackRegisterModel(modelRoot, modelLength, onchain.DefaultMaxInputBytes,
				onchain.DefaultMaxOutputBytes), claimBond))
			return
		}
		if i > 1 {
			b.OffsetTime(-10) // GenerateChain stamps a block 10 s after its parent
		}
		b.AddTx(sign(&addrs.OpML, bindings.NewOpML().PackSubmit(model, inputs[i-1], []byte{byte(i)}), claimBond))
	})
	for i, rs := range receipts {
		for _, r := range rs {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("block %d: transaction %s failed", i+1, r.TxHash)
			}
		}
	}
	return &sameTimeChain{config: &config, db: db, blocks: append([]*types.Block{genesis.ToBlock()}, blocks...),
		receipts: append([]types.Receipts{nil}, receipts...)}, addrs
}

func (c *sameTimeChain) block(n *big.Int) (*types.Block, error) {
	if n == nil {
		return c.blocks[len(c.blocks)-1], nil
	}
	if !n.IsUint64() || n.Uint64() >= uint64(len(c.blocks)) {
		return nil, ethereum.NotFound
	}
	return c.blocks[n.Uint64()], nil
}

func (c *sameTimeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	b, err := c.block(n)
	if err != nil {
		return nil, err
	}
	return b.Header(), nil
}

func (c *sameTimeChain) state(n *big.Int) (*state.StateDB, *types.Header, error) {
	b, err := c.block(n)
	if err != nil {
		return nil, nil, err
	}
	s, err := state.New(b.Root(), state.NewDatabase(triedb.NewDatabase(c.db, triedb.HashDefaults), nil))
	return s, b.Header(), err
}

func (c *sameTimeChain) CodeAt(_ context.Context, a common.Address, n *big.Int) ([]byte, error) {
	s, _, err := c.state(n)
	if err != nil {
		return nil, err
	}
	return s.GetCode(a), nil
}

// CallContract runs the call on the block's state, as eth_call does (no
// fee, the sender's nonce).
func (c *sameTimeChain) CallContract(_ context.Context, call ethereum.CallMsg, n *big.Int) ([]byte, error) {
	s, h, err := c.state(n)
	if err != nil {
		return nil, err
	}
	evm := vm.NewEVM(core.NewEVMBlockContext(h, c, &common.Address{}), s, c.config, vm.Config{NoBaseFee: true})
	zero := new(uint256.Int)
	res, err := core.ApplyMessage(evm, &core.Message{
		From: call.From, To: call.To, Nonce: s.GetNonce(call.From), Value: zero, GasLimit: 10_000_000,
		GasPrice: zero, GasFeeCap: zero, GasTipCap: zero, Data: call.Data,
	}, nil)
	if err != nil {
		return nil, err
	}
	if res.Err != nil {
		return nil, fmt.Errorf("call: %w (revert data %x)", res.Err, res.Revert())
	}
	return res.ReturnData, nil
}

// FilterLogs is eth_getLogs over the chain's receipts: the range (the
// whole chain by default), addresses and topics.
func (c *sameTimeChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	from, to := uint64(0), uint64(len(c.blocks)-1)
	if q.FromBlock != nil {
		from = q.FromBlock.Uint64()
	}
	if q.ToBlock != nil {
		to = min(to, q.ToBlock.Uint64())
	}
	var out []types.Log
	for n := from; n <= to; n++ {
		for _, r := range c.receipts[n] {
			for _, l := range r.Logs {
				if matches(l, q) {
					out = append(out, *l)
				}
			}
		}
	}
	return out, nil
}

func matches(l *types.Log, q ethereum.FilterQuery) bool {
	if len(q.Addresses) > 0 {
		found := false
		for _, a := range q.Addresses {
			found = found || a == l.Address
		}
		if !found {
			return false
		}
	}
	for i, alts := range q.Topics {
		if len(alts) == 0 {
			continue
		}
		if i >= len(l.Topics) {
			return false
		}
		found := false
		for _, h := range alts {
			found = found || h == l.Topics[i]
		}
		if !found {
			return false
		}
	}
	return true
}

// core.ChainContext, for the calls' block context.

func (c *sameTimeChain) Config() *params.ChainConfig { return c.config }
func (c *sameTimeChain) Engine() consensus.Engine    { return beacon.New(ethash.NewFaker()) }
func (c *sameTimeChain) CurrentHeader() *types.Header {
	return c.blocks[len(c.blocks)-1].Header()
}
func (c *sameTimeChain) GetHeaderByNumber(n uint64) *types.Header {
	if n >= uint64(len(c.blocks)) {
		return nil
	}
	return c.blocks[n].Header()
}
func (c *sameTimeChain) GetHeader(h common.Hash, n uint64) *types.Header {
	if hd := c.GetHeaderByNumber(n); hd != nil && hd.Hash() == h {
		return hd
	}
	return nil
}
func (c *sameTimeChain) GetHeaderByHash(h common.Hash) *types.Header {
	for _, b := range c.blocks {
		if b.Hash() == h {
			return b.Header()
		}
	}
	return nil
}

// TestSameTimestamps: three claims submitted in consecutive blocks that
// share one timestamp are read back, each with its own input, from the
// block it records; a search by timestamp would find the first of the
// three blocks for all of them.
func TestSameTimestamps(t *testing.T) {
	inputs := [][]byte{[]byte("first input"), []byte("second input"), []byte("third input")}
	chain, addrs := newSameTimeChain(t, inputs)
	ctx := context.Background()
	c, err := onchain.Connect(ctx, chain, addrs, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Config.Game != (game.Params{Arity: 2, Depth: 3}) || c.Config.MaxInputBytes != onchain.DefaultMaxInputBytes {
		t.Fatalf("config %+v", c.Config)
	}
	var at uint64
	for id, want := range inputs {
		cl, err := c.Claim(ctx, uint64(id))
		if err != nil {
			t.Fatal(err)
		}
		h := chain.blocks[id+2].Header()
		if cl.SubmittedBlock != h.Number.Uint64() || cl.SubmittedAt != h.Time {
			t.Fatalf("claim %d: submitted in block %d at %d, want block %d at %d", id, cl.SubmittedBlock, cl.SubmittedAt, h.Number, h.Time)
		}
		if id == 0 {
			at = cl.SubmittedAt
		} else if cl.SubmittedAt != at {
			t.Fatalf("claim %d submitted at %d, claim 0 at %d: the chain's blocks do not share a timestamp", id, cl.SubmittedAt, at)
		}
		got, err := c.ClaimInput(ctx, cl)
		if err != nil {
			t.Fatalf("claim %d: %v", id, err)
		}
		if string(got) != string(want) {
			t.Fatalf("claim %d: input %q, want %q", id, got, want)
		}
	}
	// A claim whose event is not in the block it names is an error that
	// says where it looked, not another claim's input.
	cl, err := c.Claim(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	cl.SubmittedBlock--
	if in, err := c.ClaimInput(ctx, cl); err == nil {
		t.Fatalf("claim 1 read from block %d: %q, want an error", cl.SubmittedBlock, in)
	}
}
