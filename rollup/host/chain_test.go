package host

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/ggml-mips/models/mnist"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

const testChainID = 901

// Contracts in the test chain's genesis.
var (
	// withdrawalCode stores the caller under the key in its first calldata
	// word and logs that word: sstore(calldataload(0), caller);
	// log1(0, 0, calldataload(0)). Put at rollup.WithdrawalContract, so the
	// withdrawal-storage root changes when it is called.
	withdrawalCode = common.FromHex("336000355560003560006000a100")
	// blockhashCode stores blockhash(number - 2) in slot 0: BLOCKHASH
	// makes the program read an ancestor header.
	blockhashAddr = common.HexToAddress("0x000000000000000000000000000000000000b10c")
	blockhashCode = common.FromHex("600243034060005500")
	// reverterInit deploys code that always reverts (revert(0, 0)).
	reverterInit = common.FromHex("6460006000fd6000526005601bf3")
	// inferCode passes its calldata to the inference precompile and stores
	// the call's success in slot 1 and the first word of what it returned
	// (over the calldata's first word) in the slot numbered by the caller:
	//
	//	calldatacopy(0, 0, calldatasize())
	//	sstore(1, call(gas(), 0xa1000, 0, 0, calldatasize(), 0, 32))
	//	sstore(caller(), mload(0))
	inferAddr = common.HexToAddress("0x000000000000000000000000000000000000a1c0")
	inferCode = common.FromHex("366000600037" + "602060003660006000620a10005af1" + "600155" + "6000513355" + "00")
)

// Calls of the inference block: the Fashion-MNIST classifier on two
// images, through inferCode and directly; a call the precompile refuses
// (output_size 2: the classifier outputs 1 byte) and one naming no model
// (byte 0 of its address is not 3), both through inferCode.
func inferenceCalls(t testing.TB) (model *oracle.Model, calls []gethadapter.Call) {
	t.Helper()
	dir := filepath.Join("..", "..", "ggml-mips", "models", "mnist", "testdata")
	file, err := os.ReadFile(filepath.Join(dir, "fashion-mnist.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	model = oracle.NewModel(file)
	for _, img := range []string{"0000-9.bin", "0001-2.bin"} {
		in, err := os.ReadFile(filepath.Join(dir, "images", img))
		if err != nil {
			t.Fatal(err)
		}
		calls = append(calls, gethadapter.Call{Model: model.Address(), Input: in, OutputSize: mnist.OutputSize})
	}
	notModel := model.Address()
	notModel[0] = 7
	calls = append(calls,
		gethadapter.Call{Model: model.Address(), Input: calls[0].Input, OutputSize: 2},
		gethadapter.Call{Model: notModel, Input: calls[0].Input, OutputSize: 1})
	return model, calls
}

// testChain is an L2 chain in go-ethereum's in-process blockchain, with
// blocks of different kinds.
type testChain struct {
	bc      *core.BlockChain
	genesis *core.Genesis
	config  *params.ChainConfig
	keys    []*ecdsa.PrivateKey
	// blocks by kind
	transfers, create, logs, revert, infer uint64
	// The results the node's precompile computed for the inference block
	// (honest ones, even when the node lies: what opML finalizes), and the
	// model.
	inferences []Inference
	models     map[oracle.Address]*oracle.Model
}

func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'k', 'e', 'y'}))
	if err != nil {
		panic(err)
	}
	return k
}

// newTestChain builds the chain: block 1 three transfers, block 2 two
// contract creations, block 3 calls that write storage and log (the
// withdrawal contract's) and read an ancestor's hash, block 4 a reverting
// call next to a transfer, block 5 a block of nTransfers transfers (0: none),
// then a block of inference calls (inferenceCalls). The AI EVM's inference
// precompile (with its default bounds, as gethadapter.NewChain has it) is
// installed until the test ends.
func newTestChain(t testing.TB, nTransfers int) *testChain {
	return newTestChainLying(t, nTransfers, nil)
}

// newTestChainLying is newTestChain with a sequencer whose precompile
// answers lie(call, honest output) (nil: honest).
func newTestChainLying(t testing.TB, nTransfers int, lie func(gethadapter.Call, []byte) []byte) *testChain {
	t.Helper()
	config := rollup.ChainConfig(testChainID)
	c := &testChain{config: config, transfers: 1, create: 2, logs: 3, revert: 4, infer: 5, models: map[oracle.Address]*oracle.Model{}}
	if nTransfers > 0 {
		c.infer = 6
	}
	model, calls := inferenceCalls(t)
	c.models[model.Address()] = model
	store, err := oracle.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.Add(model.Bytes()); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	record := func(call gethadapter.Call, out []byte) []byte {
		id := string(gethadapter.EncodeCall(call))
		if !seen[id] {
			seen[id] = true
			c.inferences = append(c.inferences, Inference{Model: call.Model, Input: bytes.Clone(call.Input), Output: bytes.Clone(out)})
		}
		if lie != nil {
			return lie(call, out)
		}
		return out
	}
	t.Cleanup(gethadapter.Install(gethadapter.New(store, gethadapter.Options{Lie: record, Bounds: gethadapter.DefaultBounds()})))
	alloc := core.SystemContractAllocs()
	for i := range 4 {
		c.keys = append(c.keys, testKey(i))
		alloc[crypto.PubkeyToAddress(c.keys[i].PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1e6), big.NewInt(params.Ether))}
	}
	alloc[rollup.WithdrawalContract] = types.Account{Code: withdrawalCode, Balance: new(big.Int)}
	alloc[blockhashAddr] = types.Account{Code: blockhashCode, Balance: new(big.Int)}
	alloc[inferAddr] = types.Account{Code: inferCode, Balance: new(big.Int)}
	genesis := &core.Genesis{Config: config, GasLimit: 30_000_000, Alloc: alloc, BaseFee: big.NewInt(params.InitialBaseFee)}
	signer := types.LatestSigner(config)
	engine := beacon.New(ethash.NewFaker())
	var reverter common.Address
	n := int(c.infer)
	// Blocks are made in two rounds, the second on an in-process
	// blockchain holding the first: BLOCKHASH in block 3 needs a chain that
	// knows block 1's header, which the chain maker alone does not give it.
	bc, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), genesis, engine, core.DefaultConfig().WithArchive(true))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(bc.Stop)
	add := func(b *core.BlockGen, tx *types.Transaction) { b.AddTxWithChain(bc, tx) }
	offset := 0
	gen := func(i int, b *core.BlockGen) {
		i += offset
		tx := func(k int, to *common.Address, value int64, data []byte, gas uint64) *types.Transaction {
			from := crypto.PubkeyToAddress(c.keys[k].PublicKey)
			return types.MustSignNewTx(c.keys[k], signer, &types.DynamicFeeTx{
				ChainID: config.ChainID, Nonce: b.TxNonce(from), GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
				Gas: gas, To: to, Value: big.NewInt(value), Data: data,
			})
		}
		addr := func(k int) *common.Address { a := crypto.PubkeyToAddress(c.keys[k].PublicKey); return &a }
		if uint64(i+1) == c.infer {
			for j, call := range calls {
				to := &inferAddr
				if j == 1 {
					to = &gethadapter.Address
				}
				add(b, tx(j%4, to, 0, gethadapter.EncodeCall(call), 300000))
			}
			return
		}
		switch i + 1 {
		case 1:
			add(b, tx(0, addr(1), 1e15, nil, 21000))
			add(b, tx(1, addr(2), 2e15, nil, 21000))
			add(b, tx(2, &common.Address{0xee}, 3e15, nil, 21000)) // a new account
		case 2:
			reverter = crypto.CreateAddress(*addr(3), b.TxNonce(*addr(3)))
			add(b, tx(3, nil, 0, reverterInit, 200000))
			add(b, tx(3, nil, 0, withdrawalCode, 200000)) // init code that runs once, deploys nothing
		case 3:
			add(b, tx(0, &rollup.WithdrawalContract, 0, common.LeftPadBytes([]byte{1}, 32), 100000))
			add(b, tx(1, &rollup.WithdrawalContract, 0, common.LeftPadBytes([]byte{2}, 32), 100000))
			add(b, tx(2, &blockhashAddr, 0, nil, 100000))
		case 4:
			add(b, tx(0, &reverter, 0, nil, 100000))
			add(b, tx(1, addr(0), 5e15, nil, 21000))
		case 5:
			for j := range nTransfers {
				add(b, tx(j%4, addr((j+1)%4), 1e12, nil, 21000))
			}
		}
	}
	genDB, blocks, _ := core.GenerateChainWithGenesis(genesis, engine, 2, gen)
	if _, err := bc.InsertChain(blocks); err != nil {
		t.Fatalf("insert chain: %v", err)
	}
	offset = 2
	more, _ := core.GenerateChain(config, blocks[1], engine, genDB, n-2, gen)
	if _, err := bc.InsertChain(more); err != nil {
		t.Fatalf("insert chain: %v", err)
	}
	c.bc, c.genesis = bc, genesis
	return c
}

// receipts are block number's receipts, from the chain.
func (c *testChain) receipts(number uint64) types.Receipts {
	b := c.bc.GetBlockByNumber(number)
	return c.bc.GetReceiptsByHash(b.Hash())
}
