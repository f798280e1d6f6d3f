package contracts_test

// DisputeGame.sol on go-ethereum's simulated backend: a real chain (signed
// transactions, blocks, receipts, gas, block timestamps), PreimageOracle,
// MIPS and DisputeGame deployed from the committed bindings, and games
// played over real traces of guest programs run by mipsevm.

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	gameABI = bindings.NewDisputeGame()
	opmlABI = bindings.NewOpML()
)

// DisputeGame.Status and DisputeGame.Phase.
const (
	statusNone uint8 = iota
	statusInProgress
	statusDefenderWon
	statusChallengerWon
)

const (
	phaseOver uint8 = iota
	phaseBisect
	phaseChoose
	phaseStep
)

// DisputeGame.Game.stage.
const (
	stageSingle uint8 = iota
	stageGraph
	stageNode
)

// actor is an externally owned account with a deterministic key.
type actor struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newActor(name string) actor {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("opml contracts test: " + name)))
	if err != nil {
		panic(fmt.Sprintf("key of %s: %v", name, err)) // a fixed seed: cannot happen
	}
	return actor{name: name, key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// The accounts every simulated chain funds. alice defends (and submits
// claims), bob, carol and dave challenge, erin is a third party.
var (
	deployer = newActor("deployer")
	alice    = newActor("alice")
	bob      = newActor("bob")
	carol    = newActor("carol")
	dave     = newActor("dave")
	erin     = newActor("erin")
	actors   = []actor{deployer, alice, bob, carol, dave, erin}
)

var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// osaka is the simulated backend's chain configuration with mainnet's
// forks today, up to Osaka, so that the gas measured is mainnet's. (go-
// ethereum v1.17's default, every fork including "Bogota", runs the
// Amsterdam instruction set: EIP-8037 state gas and EIP-8038.)
var osaka = func() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.BogotaTime = nil
	return &cfg
}()

// simulator is ethclient's eth_simulateV1, which simulates a block with
// the timestamp we choose: mustRevert's call sees the next block's time.
type simulator interface {
	SimulateV1(context.Context, ethclient.SimulateOptions, *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error)
}

// txGasLimit is the gas limit of every transaction, far above what any
// needs (the receipts say what they used). Not eth_estimateGas: it runs at
// the latest block's timestamp, so for a move in the block right after the
// previous one it sees the mover's clock unchanged, while the move stores
// the clock moved on, which needs more gas during execution: a first
// bisection estimated at 110,301 ran out of gas in the block, and with more
// gas the same transaction used 110,072. And an estimate refuses a
// transaction that reverts.
const txGasLimit = 15_000_000

// simChain is a simulated chain with the actors funded and PreimageOracle
// and MIPS deployed. Its clock is a year ahead of the wall clock, so that
// every block is exactly one second after the one before (or AdjustTime's
// amount): the chess-clock arithmetic of the tests is exact.
type simChain struct {
	backend *simulated.Backend
	client  simulated.Client
	sim     simulator
	chainID *big.Int
	oracle  common.Address
	mips    common.Address
	// fees is what each account paid for gas, failed transactions included.
	fees map[common.Address]*big.Int
}

func newSimChain(t testing.TB) *simChain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for _, a := range actors {
		alloc[a.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), ether)}
	}
	backend := simulated.NewBackend(alloc, func(_ *node.Config, ethConf *ethconfig.Config) {
		ethConf.Genesis.Config = osaka
	})
	t.Cleanup(func() { backend.Close() })
	client := backend.Client()
	sim, ok := client.(simulator)
	if !ok {
		t.Fatal("the simulated backend's client has no eth_simulateV1")
	}
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c := &simChain{
		backend: backend, client: client, sim: sim, chainID: chainID,
		fees: map[common.Address]*big.Int{},
	}
	ahead := uint64(time.Now().Add(365*24*time.Hour).Unix()) - c.now(t)
	if err := backend.AdjustTime(time.Duration(ahead) * time.Second); err != nil {
		t.Fatal(err)
	}
	c.oracle = c.deploy(t, deployer, bindings.PreimageOracleMetaData.Bin, nil)
	c.mips = c.deploy(t, deployer, bindings.MIPSMetaData.Bin, mipsABI.PackConstructor(c.oracle))
	return c
}

func (c *simChain) head(t testing.TB) *types.Header {
	t.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// now is the latest block's timestamp (what view calls see).
func (c *simChain) now(t testing.TB) uint64 { return c.head(t).Time }

// nextBlockAt makes ts the timestamp of the next block, the one the next
// transaction goes into.
func (c *simChain) nextBlockAt(t testing.TB, ts uint64) {
	t.Helper()
	now := c.now(t)
	if ts <= now {
		t.Fatalf("next block at %d: the latest block is already at %d", ts, now)
	}
	if ts == now+1 {
		return
	}
	// AdjustTime refuses while the pool lists a pending transaction, and
	// the pool drops a mined one asynchronously, after the new head: retry
	// until it has.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(time.Millisecond) {
		err := c.backend.AdjustTime(time.Duration(ts-1-now) * time.Second)
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("move the clock to %d: %v", ts-1, err)
		}
	}
	if got := c.now(t); got != ts-1 {
		t.Fatalf("the latest block is at %d, want %d", got, ts-1)
	}
}

func (c *simChain) opts(from actor, value *big.Int) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(from.key, c.chainID)
	o.Value = value
	o.GasLimit = txGasLimit
	o.Context = context.Background()
	return o
}

func (c *simChain) contract(addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, abi.ABI{}, c.client, c.client, c.client)
}

// mine seals the block holding tx and returns its receipt; the transaction
// must be in a block of its own exactly one second after the previous one.
func (c *simChain) mine(t testing.TB, from actor, tx *types.Transaction) *types.Receipt {
	t.Helper()
	before := c.now(t)
	c.backend.Commit()
	r, err := c.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		t.Fatalf("receipt of %s's transaction: %v", from.name, err)
	}
	if at := c.blockTime(t, r); at != before+1 {
		t.Fatalf("%s's transaction mined at %d, want %d", from.name, at, before+1)
	}
	if c.fees[from.addr] == nil {
		c.fees[from.addr] = new(big.Int)
	}
	c.fees[from.addr].Add(c.fees[from.addr], fee(r))
	return r
}

func (c *simChain) blockTime(t testing.TB, r *types.Receipt) uint64 {
	t.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// fee is what a transaction cost its sender.
func fee(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

func (c *simChain) deploy(t testing.TB, from actor, bin string, args []byte) common.Address {
	t.Helper()
	addr, _ := c.deployReceipt(t, from, bin, args)
	return addr
}

func (c *simChain) deployReceipt(t testing.TB, from actor, bin string, args []byte) (common.Address, *types.Receipt) {
	t.Helper()
	addr, tx, err := bind.DeployContract(c.opts(from, nil), common.FromHex(bin), c.client, args)
	if err != nil {
		t.Fatalf("deploy: %v", describeCallError(err))
	}
	r := c.mine(t, from, tx)
	if r.Status != types.ReceiptStatusSuccessful || r.ContractAddress != addr {
		t.Fatalf("deploy failed: status %d, address %s, want %s", r.Status, r.ContractAddress, addr)
	}
	return addr, r
}

// send makes a transaction that must succeed.
func (c *simChain) send(t testing.TB, from actor, to common.Address, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	tx, err := bind.Transact(c.contract(to), c.opts(from, value), data)
	if err != nil {
		t.Fatalf("%s's transaction: %v", from.name, describeCallError(err))
	}
	r := c.mine(t, from, tx)
	if r.Status != types.ReceiptStatusSuccessful {
		// Replay it on the state before it for the reason.
		_, err := c.client.CallContract(context.Background(), ethereum.CallMsg{
			From: from.addr, To: &to, Data: data, Value: value, Gas: tx.Gas(),
		}, new(big.Int).Sub(r.BlockNumber, common.Big1))
		t.Fatalf("%s's transaction failed (gas used %d of %d): %v", from.name, r.GasUsed, tx.Gas(), describeCallError(err))
	}
	return r
}

// mustRevert checks that a transaction from `from` to `to` (nil: a
// creation) reverts in the next block with exactly the revert data want:
// first as a call with the next block's timestamp, which gives the revert
// data, then for real, which must give a failed receipt.
func (c *simChain) mustRevert(t testing.TB, from actor, to *common.Address, data []byte, value *big.Int, want []byte) {
	t.Helper()
	head := c.head(t)
	latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	res, err := c.sim.SimulateV1(context.Background(), ethclient.SimulateOptions{BlockStateCalls: []ethclient.SimulateBlock{{
		BlockOverrides: &ethereum.BlockOverrides{Number: new(big.Int).Add(head.Number, common.Big1), Time: head.Time + 1},
		Calls:          []ethereum.CallMsg{{From: from.addr, To: to, Data: data, Value: value, Gas: txGasLimit}},
	}}}, &latest)
	if err != nil {
		t.Fatalf("simulate: %v", err)
	}
	if len(res) != 1 || len(res[0].Calls) != 1 {
		t.Fatalf("simulate: %d blocks", len(res))
	}
	call := res[0].Calls[0]
	if call.Error == nil {
		t.Fatalf("want a revert with %s, the call succeeded", describeRevert(want))
	}
	got, err := hexutil.Decode(call.Error.Data)
	if err != nil && call.Error.Data == "" {
		got, err = nil, nil // a revert without data
	}
	if err != nil {
		t.Fatalf("want a revert with %s, got %q (%v)", describeRevert(want), call.Error.Message, err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("want a revert with %s, got %s", describeRevert(want), describeRevert(got))
	}
	opts := c.opts(from, value)
	var tx *types.Transaction
	if to == nil {
		_, tx, err = bind.DeployContract(opts, data, c.client, nil)
	} else {
		tx, err = bind.Transact(c.contract(*to), opts, data)
	}
	if err != nil {
		t.Fatalf("send the reverting transaction: %v", err)
	}
	if r := c.mine(t, from, tx); r.Status != types.ReceiptStatusFailed {
		t.Fatalf("the call reverts with %s but the transaction succeeded", describeRevert(want))
	}
}

// view calls a view function at the latest block.
func (c *simChain) view(t testing.TB, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := c.client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		t.Fatalf("view call: %v", describeCallError(err))
	}
	return out
}

func (c *simChain) balance(t testing.TB, a actor) *big.Int {
	t.Helper()
	b, err := c.client.BalanceAt(context.Background(), a.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (c *simChain) balanceOf(t testing.TB, addr common.Address) *big.Int {
	t.Helper()
	b, err := c.client.BalanceAt(context.Background(), addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// feesOf is the total gas fee an actor has paid so far.
func (c *simChain) feesOf(a actor) *big.Int {
	if f := c.fees[a.addr]; f != nil {
		return new(big.Int).Set(f)
	}
	return new(big.Int)
}

// revertData is the revert data an eth_call error carries.
func revertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if err == nil || !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, err := hexutil.Decode(s)
	return b, err == nil
}

func describeCallError(err error) string {
	if err == nil {
		return "no error"
	}
	if data, ok := revertData(err); ok {
		return describeRevert(data)
	}
	return err.Error()
}

// errorString is the revert data of require(..., reason).
func errorString(reason string) []byte {
	t, _ := abi.NewType("string", "", nil)
	packed, err := abi.Arguments{{Type: t}}.Pack(reason)
	if err != nil {
		panic(err)
	}
	return append(crypto.Keccak256([]byte("Error(string)"))[:4], packed...)
}

// gameError is the revert data of one of DisputeGame's custom errors.
func gameError(name string, args ...any) []byte {
	e, ok := gameABI.GetABI().Errors[name]
	if !ok {
		panic("no DisputeGame error " + name)
	}
	packed, err := e.Inputs.Pack(args...)
	if err != nil {
		panic(fmt.Sprintf("pack %s: %v", name, err))
	}
	return append(bytes.Clone(e.ID[:4]), packed...)
}

func notYourTurn(id *big.Int, phase uint8) []byte { return gameError("NotYourTurn", id, phase) }
func gameOver(id *big.Int) []byte                 { return gameError("GameOver", id) }
func outOfTime(id *big.Int) []byte                { return gameError("OutOfTime", id) }

// describeRevert names revert data for messages.
func describeRevert(data []byte) string {
	if reason, err := abi.UnpackRevert(data); err == nil {
		return fmt.Sprintf("%q", reason)
	}
	if len(data) >= 4 {
		if e, err := gameABI.UnpackError(data); err == nil {
			return fmt.Sprintf("%T%+v", e, e)
		}
	}
	return fmt.Sprintf("raw %x", data)
}

// eventsOf unpacks a receipt's logs of one event emitted by addr.
func eventsOf[E any](r *types.Receipt, addr common.Address, unpack func(*types.Log) (*E, error)) []*E {
	var out []*E
	for _, l := range r.Logs {
		if l.Address != addr {
			continue
		}
		if e, err := unpack(l); err == nil {
			out = append(out, e)
		}
	}
	return out
}

// oneEvent is the only event of its kind in a receipt.
func oneEvent[E any](t testing.TB, r *types.Receipt, addr common.Address, unpack func(*types.Log) (*E, error)) *E {
	t.Helper()
	evs := eventsOf(r, addr, unpack)
	if len(evs) != 1 {
		var zero E
		t.Fatalf("%d %T events, want 1", len(evs), zero)
	}
	return evs[0]
}

// claimData is what a game knows of its claim: the claim's local data.
type claimData struct {
	model, inputHash, outputHash [32]byte
}

func claimDataOf(c claim.Claim) claimData {
	return claimData{model: c.Model, inputHash: c.InputHash(), outputHash: c.OutputHash()}
}

// disputeGame is a DisputeGame deployment.
type disputeGame struct {
	c        *simChain
	addr     common.Address
	prestate [32]byte
	arity    uint64
	depth    uint32
	length   uint64 // arity^depth
	// A two-phase deployment's graph phase (0, 0: single-phase).
	graphDepth  uint32
	graphLength uint64 // arity^graphDepth
}

// deployGame deploys a single-phase DisputeGame.
func (c *simChain) deployGame(t testing.TB, prestate [32]byte, arity uint64, depth uint32) *disputeGame {
	t.Helper()
	return c.deployGamePhases(t, prestate, arity, depth, 0)
}

// deployGamePhases deploys a DisputeGame with graph depth graphDepth (0:
// single-phase, prestate the claim-checking program's; else two-phase,
// prestate the node program's) and checks its constants.
func (c *simChain) deployGamePhases(t testing.TB, prestate [32]byte, arity uint64, depth, graphDepth uint32) *disputeGame {
	t.Helper()
	addr := c.deploy(t, deployer, bindings.DisputeGameMetaData.Bin, gameABI.PackConstructor(c.mips, c.oracle, prestate, arity, depth, graphDepth))
	g := &disputeGame{c: c, addr: addr, prestate: prestate, arity: arity, depth: depth, length: pow(arity, depth), graphDepth: graphDepth}
	if graphDepth > 0 {
		g.graphLength = pow(arity, graphDepth)
	}
	got, err := gameABI.UnpackTraceLength(c.view(t, addr, gameABI.PackTraceLength()))
	if err != nil || got != g.length {
		t.Fatalf("traceLength %d (%v), want %d", got, err, g.length)
	}
	gd, err := gameABI.UnpackGraphDepth(c.view(t, addr, gameABI.PackGraphDepth()))
	if err != nil || gd != graphDepth {
		t.Fatalf("graphDepth %d (%v), want %d", gd, err, graphDepth)
	}
	gl, err := gameABI.UnpackGraphLength(c.view(t, addr, gameABI.PackGraphLength()))
	if err != nil || gl != g.graphLength {
		t.Fatalf("graphLength %d (%v), want %d", gl, err, g.graphLength)
	}
	return g
}

// create starts a game (from `from`, its creator) and checks GameCreated
// and the new game's fields.
func (g *disputeGame) create(t testing.TB, from, defender, challenger actor, cd claimData, clock uint64) *big.Int {
	t.Helper()
	r := g.c.send(t, from, g.addr, gameABI.PackCreate(defender.addr, challenger.addr, cd.model, cd.inputHash, cd.outputHash, clock), nil)
	ev := oneEvent(t, r, g.addr, gameABI.UnpackGameCreatedEvent)
	if ev.Creator != from.addr || ev.Defender != defender.addr || ev.Challenger != challenger.addr ||
		ev.Model != cd.model || ev.InputHash != cd.inputHash || ev.OutputHash != cd.outputHash {
		t.Fatalf("GameCreated %+v", ev)
	}
	gm := g.get(t, ev.GameId)
	want := bindings.DisputeGameGame{
		Creator: from.addr, Defender: defender.addr, Challenger: challenger.addr,
		Model: cd.model, InputHash: cd.inputHash, OutputHash: cd.outputHash, LocalContext: g.localContext(t, cd),
		Start: 0, Length: g.length, StartHash: g.prestate, Clock: clock, LastMoveAt: g.c.blockTime(t, r),
		Phase: phaseBisect, Status: statusInProgress,
	}
	if g.graphDepth > 0 {
		// The graph phase, from GRAPH_START = 0.
		want.Stage, want.Length, want.StartHash = stageGraph, g.graphLength, [32]byte{}
	}
	if gm != want {
		t.Fatalf("new game\n%+v, want\n%+v", gm, want)
	}
	return ev.GameId
}

func (g *disputeGame) localContext(t testing.TB, cd claimData) [32]byte {
	t.Helper()
	ctx, err := gameABI.UnpackLocalContextOf(g.c.view(t, g.addr, gameABI.PackLocalContextOf(cd.model, cd.inputHash, cd.outputHash)))
	if err != nil {
		t.Fatal(err)
	}
	// keccak256(abi.encode(model, inputHash, outputHash))
	if want := crypto.Keccak256Hash(cd.model[:], cd.inputHash[:], cd.outputHash[:]); ctx != want {
		t.Fatalf("localContextOf %x, want %x", ctx, want)
	}
	return ctx
}

func (g *disputeGame) get(t testing.TB, id *big.Int) bindings.DisputeGameGame {
	t.Helper()
	gm, err := gameABI.UnpackGetGame(g.c.view(t, g.addr, gameABI.PackGetGame(id)))
	if err != nil {
		t.Fatal(err)
	}
	return gm
}

func (g *disputeGame) statusOf(t testing.TB, id *big.Int) uint8 {
	t.Helper()
	s, err := gameABI.UnpackStatusOf(g.c.view(t, g.addr, gameABI.PackStatusOf(id)))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (g *disputeGame) clocksLeft(t testing.TB, id *big.Int) (defender, challenger uint64) {
	t.Helper()
	out, err := gameABI.UnpackClocksLeft(g.c.view(t, g.addr, gameABI.PackClocksLeft(id)))
	if err != nil {
		t.Fatal(err)
	}
	return out.DefenderLeft, out.ChallengerLeft
}

func (g *disputeGame) cuts(t testing.TB, id *big.Int) [][32]byte {
	t.Helper()
	cuts, err := gameABI.UnpackGetCuts(g.c.view(t, g.addr, gameABI.PackGetCuts(id)))
	if err != nil {
		t.Fatal(err)
	}
	return cuts
}

func (g *disputeGame) bisect(t testing.TB, from actor, id *big.Int, hashes [][32]byte) *types.Receipt {
	t.Helper()
	return g.c.send(t, from, g.addr, gameABI.PackBisect(id, hashes), nil)
}

func (g *disputeGame) choose(t testing.TB, from actor, id *big.Int, part uint64) *types.Receipt {
	t.Helper()
	return g.c.send(t, from, g.addr, gameABI.PackChoose(id, part), nil)
}

func (g *disputeGame) step(t testing.TB, from actor, id *big.Int, w *mipsevm.Witness) *types.Receipt {
	t.Helper()
	return g.c.send(t, from, g.addr, gameABI.PackStep(id, w.State, w.EncodeProof()), nil)
}

func (g *disputeGame) resolve(t testing.TB, from actor, id *big.Int) *types.Receipt {
	t.Helper()
	return g.c.send(t, from, g.addr, gameABI.PackResolve(id), nil)
}

func (g *disputeGame) loadLocalData(t testing.TB, from actor, id *big.Int, index, offset uint64) *types.Receipt {
	t.Helper()
	return g.c.send(t, from, g.addr, gameABI.PackLoadLocalData(id, new(big.Int).SetUint64(index), new(big.Int).SetUint64(offset)), nil)
}

// mustRevert checks that a call of the game from `from` reverts with want.
func (g *disputeGame) mustRevert(t testing.TB, from actor, data, want []byte) {
	t.Helper()
	g.c.mustRevert(t, from, &g.addr, data, nil, want)
}

// loadPreimage makes the preimage part a witness reads available to the
// game's step: a local datum through the game, a keccak256 preimage
// directly in the oracle.
func (g *disputeGame) loadPreimage(t testing.TB, from actor, id *big.Int, w *mipsevm.Witness) {
	t.Helper()
	if !w.HasPreimage {
		return
	}
	off := uint64(w.PreimageOffset)
	if off >= uint64(len(w.PreimageValue))+8 {
		off = 0 // past the end only the length is read; any part gives it
	}
	switch mipsevm.KeyType(w.PreimageKey[0]) {
	case mipsevm.KeyTypeLocal:
		g.loadLocalData(t, from, id, binary.BigEndian.Uint64(w.PreimageKey[24:]), off)
	case mipsevm.KeyTypeKeccak256:
		g.c.send(t, from, g.c.oracle, oracleABI.PackLoadKeccak256PreimagePart(new(big.Int).SetUint64(off), w.PreimageValue), nil)
	default:
		t.Fatalf("the step reads preimage key %x, which the oracle cannot load", w.PreimageKey)
	}
}

// programTrace is the trace of a guest program that reads no preimages:
// the state hash at every position up to its exit (past it, the final
// state's).
type programTrace struct {
	path   string
	hashes [][32]byte // hashes[i]: after i steps; the last is the exit
}

// maxTraceSteps bounds the programs traced here (they need far fewer).
const maxTraceSteps = 100_000

func newProgramTrace(t testing.TB, path string) *programTrace {
	t.Helper()
	s, vmach := load(t, path)
	tr := &programTrace{path: path, hashes: [][32]byte{s.Hash()}}
	for !s.Exited {
		if s.Step >= maxTraceSteps {
			t.Fatalf("%s: still running after %d steps", path, s.Step)
		}
		if _, err := vmach.Step(false); err != nil {
			t.Fatal(err)
		}
		tr.hashes = append(tr.hashes, s.Hash())
	}
	return tr
}

// llscTrace is the trace of asm/llsc: 1,966 steps, exit 0.
func llscTrace(t testing.TB) *programTrace {
	t.Helper()
	tr := newProgramTrace(t, testprograms.Find(t, "asm", "llsc"))
	if final := tr.at(tr.exit()); mipsevm.Status(final[0]) != mipsevm.StatusValid {
		t.Fatalf("%s ends with status %d, want a valid exit", tr.path, final[0])
	}
	return tr
}

// exit is the position of the exit (the program's step count).
func (tr *programTrace) exit() uint64 { return uint64(len(tr.hashes) - 1) }

func (tr *programTrace) at(pos uint64) [32]byte { return tr.hashes[min(pos, tr.exit())] }

// witness is the witness of the step from position pos.
func (tr *programTrace) witness(t testing.TB, pos uint64) *mipsevm.Witness {
	t.Helper()
	s, vmach := load(t, tr.path)
	if err := vmach.RunTo(pos); err != nil {
		t.Fatal(err)
	}
	w, err := vmach.Step(true)
	if err != nil {
		t.Fatal(err)
	}
	if w.StateHash != tr.at(pos) || s.Hash() != tr.at(pos+1) {
		t.Fatalf("%s: the witness of step %d does not follow the trace", tr.path, pos)
	}
	return w
}

// hashesFn is a defender's view of the trace: the hash it posts for each
// position.
type hashesFn func(pos uint64) [32]byte

// lieFrom follows the trace before position x and invents every hash from
// x on, ending (at length) in a valid exit.
func lieFrom(truth hashesFn, x, length uint64) hashesFn {
	return func(pos uint64) [32]byte {
		if pos < x {
			return truth(pos)
		}
		h := crypto.Keccak256Hash([]byte("a lie"), binary.BigEndian.AppendUint64(nil, pos))
		h[0] = byte(mipsevm.StatusUnfinished)
		if pos >= length {
			h[0] = byte(mipsevm.StatusValid)
		}
		return h
	}
}

// validLie is a made-up final hash with a valid status: what a defender
// posts as the end of a trace that does not exit where the game ends.
func validLie(tag string) [32]byte {
	h := crypto.Keccak256Hash([]byte("made-up final state: " + tag))
	h[0] = byte(mipsevm.StatusValid)
	return h
}

// chooser is a challenger's choice of part given the hashes the defender
// claims at the ends of the arity parts of [start, start + arity·partLen].
type chooser func(start, partLen uint64, ends [][32]byte) uint64

// firstDisagreement is the honest challenger: the first part whose end it
// disagrees with.
func firstDisagreement(truth hashesFn) chooser {
	return func(start, partLen uint64, ends [][32]byte) uint64 {
		for j, h := range ends {
			if h != truth(start+uint64(j+1)*partLen) {
				return uint64(j)
			}
		}
		return uint64(len(ends) - 1) // it agrees with everything: any part will lose
	}
}

func firstPart(_, _ uint64, _ [][32]byte) uint64   { return 0 }
func lastPart(_, _ uint64, ends [][32]byte) uint64 { return uint64(len(ends) - 1) }

func randomParts(seed uint64) chooser {
	r := rand.New(rand.NewPCG(seed, 0x6a6d65))
	return func(_, _ uint64, ends [][32]byte) uint64 { return r.Uint64N(uint64(len(ends))) }
}

// randomPartsBefore chooses at random among the parts that start before
// end (the program's exit): a challenger disputing steps of the real run.
func randomPartsBefore(seed, end uint64) chooser {
	r := rand.New(rand.NewPCG(seed, 0x6a6d65))
	return func(start, partLen uint64, ends [][32]byte) uint64 {
		n := uint64(len(ends))
		if start < end {
			n = min(n, (end-start+partLen-1)/partLen)
		}
		return r.Uint64N(n)
	}
}

// stepClass names the kind of step a witness proves.
func stepClass(w *mipsevm.Witness) string {
	if _, s, err := mipsevm.DecodeState(w.State); err == nil && s.Exited {
		return "exited (padding)"
	}
	return classOf(w)
}

// playResult is how a played game ended.
type playResult struct {
	position uint64 // the step executed: from position to position + 1
	status   uint8
	// The moves' receipts, in order.
	bisects, chooses []*types.Receipt
	step             *types.Receipt
	witness          *mipsevm.Witness // the step's
}

// stepTrace is what playing a game needs of the real trace: its hash at
// every position, and the witness of every step.
type stepTrace interface {
	at(pos uint64) [32]byte
	witness(t testing.TB, pos uint64) *mipsevm.Witness
}

// play plays game id from its first move to the step: the defender posts
// claims at the cuts, the challenger chooses with choose, a third party
// (erin) executes the step with the witness from tr. Every move's event
// and the game's fields after it are checked against the game's rules
// computed here; the step's post-state must be the trace's.
func (g *disputeGame) play(t *testing.T, id *big.Int, defender, challenger actor, claims hashesFn, choose chooser, tr stepTrace) playResult {
	t.Helper()
	start, length := uint64(0), g.length
	startHash, endHash := g.prestate, [32]byte{}
	var res playResult
	for round := uint32(0); ; round++ {
		partLen := length / g.arity
		hashes := make([][32]byte, 0, g.arity)
		for j := uint64(1); j < g.arity; j++ {
			hashes = append(hashes, claims(start+j*partLen))
		}
		cuts := hashes
		var final [32]byte
		if round == 0 {
			final = claims(g.length)
			hashes = append(hashes[:len(hashes):len(hashes)], final)
			endHash = final
		}
		r := g.bisect(t, defender, id, hashes)
		res.bisects = append(res.bisects, r)
		bis := oneEvent(t, r, g.addr, gameABI.UnpackBisectedEvent)
		if bis.GameId.Cmp(id) != 0 || bis.Round != round || bis.Start != start || bis.Length != length ||
			!equalHashes(bis.Cuts, cuts) || bis.FinalHash != final {
			t.Fatalf("round %d: Bisected %+v", round, bis)
		}
		g.expect(t, id, gameView{start, length, startHash, endHash, phaseChoose, statusInProgress, round + 1})
		if got := g.cuts(t, id); !equalHashes(got, cuts) {
			t.Fatalf("round %d: getCuts %x, want %x", round, got, cuts)
		}

		ends := append(cuts[:len(cuts):len(cuts)], endHash)
		part := choose(start, partLen, ends)
		r = g.choose(t, challenger, id, part)
		res.chooses = append(res.chooses, r)
		if part > 0 {
			startHash = cuts[part-1]
		}
		endHash = ends[part]
		start += part * partLen
		length = partLen
		ch := oneEvent(t, r, g.addr, gameABI.UnpackChosenEvent)
		if ch.GameId.Cmp(id) != 0 || ch.Part != part || ch.Start != start || ch.Length != length {
			t.Fatalf("round %d: Chosen %+v, want part %d of [%d, +%d]", round, ch, part, start, length)
		}
		phase := phaseBisect
		if length == 1 {
			phase = phaseStep
		}
		g.expect(t, id, gameView{start, length, startHash, endHash, phase, statusInProgress, round + 1})
		if length == 1 {
			if round+1 != g.depth {
				t.Fatalf("one step after %d rounds, want %d", round+1, g.depth)
			}
			break
		}
	}

	w := tr.witness(t, start)
	if w.StateHash != startHash {
		t.Fatalf("the agreed pre-state %x is not the trace's %x at %d", startHash, w.StateHash, start)
	}
	g.loadPreimage(t, erin, id, w)
	r := g.step(t, erin, id, w)
	post := tr.at(start + 1)
	status := statusChallengerWon
	if post == endHash {
		status = statusDefenderWon
	}
	st := oneEvent(t, r, g.addr, gameABI.UnpackSteppedEvent)
	if st.GameId.Cmp(id) != 0 || st.Position != start || st.PostStateHash != post || st.DefenderWon != (status == statusDefenderWon) {
		t.Fatalf("Stepped %+v, want position %d, post-state %x", st, start, post)
	}
	if ev := oneEvent(t, r, g.addr, gameABI.UnpackResolvedEvent); ev.GameId.Cmp(id) != 0 || ev.Status != status {
		t.Fatalf("Resolved %+v, want status %d", ev, status)
	}
	g.expect(t, id, gameView{start, 1, startHash, endHash, phaseOver, status, g.depth})
	if s := g.statusOf(t, id); s != status {
		t.Fatalf("statusOf %d, want %d", s, status)
	}
	res.position, res.status, res.step, res.witness = start, status, r, w
	return res
}

// gameView is the part of a game's fields that moves change.
type gameView struct {
	start, length      uint64
	startHash, endHash [32]byte
	phase, status      uint8
	rounds             uint32
}

func (g *disputeGame) expect(t *testing.T, id *big.Int, want gameView) {
	t.Helper()
	gm := g.get(t, id)
	got := gameView{gm.Start, gm.Length, gm.StartHash, gm.EndHash, gm.Phase, gm.Status, gm.Rounds}
	if got != want {
		t.Fatalf("game %d:\n%+v, want\n%+v", id, got, want)
	}
}

func equalHashes(a, b [][32]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// depthFor is the least depth with arity^depth ≥ steps.
func depthFor(arity, steps uint64) uint32 {
	d, n := uint32(1), arity
	for n < steps {
		n *= arity
		d++
	}
	return d
}

const day = 24 * 60 * 60

// TestGameHonestDefenderWins: the defender posts the real trace of
// asm/llsc (exit 0); a challenger that disputes it anyway, whatever part it
// chooses, ends at a step whose post-state is the defender's: the defender
// wins there.
func TestGameHonestDefenderWins(t *testing.T) {
	tr := llscTrace(t)
	c := newSimChain(t)
	for _, arity := range []uint64{2, 4, 16} {
		g := c.deployGame(t, tr.at(0), arity, depthFor(arity, tr.exit()))
		for _, tc := range []struct {
			name   string
			choose chooser
		}{
			{"first part", firstPart},
			{"last part", lastPart},
			{"random parts", randomParts(arity)},
		} {
			t.Run(fmt.Sprintf("arity %d/%s", arity, tc.name), func(t *testing.T) {
				id := g.create(t, alice, alice, bob, claimData{}, day)
				res := g.play(t, id, alice, bob, tr.at, tc.choose, tr)
				if res.status != statusDefenderWon {
					t.Fatalf("status %d, want DefenderWon", res.status)
				}
				t.Logf("trace length %d (%d rounds): step at %d", g.length, g.depth, res.position)
			})
		}
	}
}

// TestGameLyingDefenderLoses: a defender whose hashes from position x on
// are made up (ending in a valid exit) against the honest challenger: the
// game ends at the step x−1 → x, where MIPS.step gives the real post-state,
// and the challenger wins. x = 1 (the first step), in the middle, at the
// exit step, in the padding after it, and at the end (only the final hash
// made up: a step from the exited state).
func TestGameLyingDefenderLoses(t *testing.T) {
	tr := llscTrace(t)
	c := newSimChain(t)
	for _, arity := range []uint64{2, 4, 16} {
		g := c.deployGame(t, tr.at(0), arity, depthFor(arity, tr.exit()))
		for _, x := range []uint64{1, tr.exit() / 2, tr.exit(), tr.exit() + 1, g.length} {
			t.Run(fmt.Sprintf("arity %d/lie from %d", arity, x), func(t *testing.T) {
				id := g.create(t, alice, alice, bob, claimData{}, day)
				res := g.play(t, id, alice, bob, lieFrom(tr.at, x, g.length), firstDisagreement(tr.at), tr)
				if res.status != statusChallengerWon || res.position != x-1 {
					t.Fatalf("status %d at step %d, want ChallengerWon at %d", res.status, res.position, x-1)
				}
			})
		}
	}
}

// TestGameRejectsBadMoves: every move out of turn, by the wrong account,
// with the wrong data or after the game is decided reverts with its exact
// reason, through one game (arity 2, depth 2, over the first steps of
// asm/llsc) taken to its step.
func TestGameRejectsBadMoves(t *testing.T) {
	tr := llscTrace(t)
	c := newSimChain(t)
	g := c.deployGame(t, tr.at(0), 2, 2)
	id := g.create(t, alice, alice, bob, claimData{}, day)
	h := tr.at
	final := validLie("llsc after 4 steps")
	status := func(s mipsevm.Status) [32]byte { f := final; f[0] = byte(s); return f }

	t.Run("before the first move", func(t *testing.T) {
		g.mustRevert(t, bob, gameABI.PackBisect(id, [][32]byte{h(2), final}), notYourTurn(id, phaseBisect))
		g.mustRevert(t, erin, gameABI.PackBisect(id, [][32]byte{h(2), final}), notYourTurn(id, phaseBisect))
		g.mustRevert(t, bob, gameABI.PackChoose(id, 0), notYourTurn(id, phaseBisect))
		g.mustRevert(t, alice, gameABI.PackChoose(id, 0), notYourTurn(id, phaseBisect))
		w := tr.witness(t, 0)
		g.mustRevert(t, erin, gameABI.PackStep(id, w.State, w.EncodeProof()), notYourTurn(id, phaseBisect))
		g.mustRevert(t, erin, gameABI.PackResolve(id), errorString("DisputeGame: not decided"))
		for _, n := range []int{0, 1, 3} {
			g.mustRevert(t, alice, gameABI.PackBisect(id, make([][32]byte, n)), errorString("DisputeGame: first move takes arity hashes"))
		}
		for _, s := range []mipsevm.Status{mipsevm.StatusInvalid, mipsevm.StatusPanic, mipsevm.StatusUnfinished, 0xff} {
			g.mustRevert(t, alice, gameABI.PackBisect(id, [][32]byte{h(2), status(s)}), errorString("DisputeGame: final state must be a valid exit"))
		}
		g.expect(t, id, gameView{0, 4, g.prestate, [32]byte{}, phaseBisect, statusInProgress, 0})
	})

	g.bisect(t, alice, id, [][32]byte{h(2), final})
	t.Run("the challenger's turn", func(t *testing.T) {
		g.mustRevert(t, alice, gameABI.PackBisect(id, [][32]byte{h(2), final}), notYourTurn(id, phaseChoose))
		g.mustRevert(t, alice, gameABI.PackBisect(id, [][32]byte{h(2)}), notYourTurn(id, phaseChoose))
		g.mustRevert(t, alice, gameABI.PackChoose(id, 1), notYourTurn(id, phaseChoose))
		g.mustRevert(t, erin, gameABI.PackChoose(id, 1), notYourTurn(id, phaseChoose))
		w := tr.witness(t, 0)
		g.mustRevert(t, bob, gameABI.PackStep(id, w.State, w.EncodeProof()), notYourTurn(id, phaseChoose))
		for _, part := range []uint64{2, 3, math.MaxUint64} {
			g.mustRevert(t, bob, gameABI.PackChoose(id, part), errorString("DisputeGame: no such part"))
		}
		g.mustRevert(t, erin, gameABI.PackResolve(id), errorString("DisputeGame: not decided"))
	})

	g.choose(t, bob, id, 1) // [2, 4]
	t.Run("the second round", func(t *testing.T) {
		g.mustRevert(t, bob, gameABI.PackChoose(id, 0), notYourTurn(id, phaseBisect))
		for _, n := range []int{0, 2} {
			g.mustRevert(t, alice, gameABI.PackBisect(id, make([][32]byte, n)), errorString("DisputeGame: a move takes arity - 1 hashes"))
		}
		w := tr.witness(t, 2)
		g.mustRevert(t, erin, gameABI.PackStep(id, w.State, w.EncodeProof()), notYourTurn(id, phaseBisect))
		g.expect(t, id, gameView{2, 2, h(2), final, phaseBisect, statusInProgress, 1})
	})

	g.bisect(t, alice, id, [][32]byte{h(3)})
	g.choose(t, bob, id, 0) // [2, 3]: one step
	w := tr.witness(t, 2)
	t.Run("the step", func(t *testing.T) {
		g.mustRevert(t, alice, gameABI.PackBisect(id, [][32]byte{h(3)}), notYourTurn(id, phaseStep))
		g.mustRevert(t, bob, gameABI.PackChoose(id, 0), notYourTurn(id, phaseStep))
		g.mustRevert(t, erin, gameABI.PackResolve(id), errorString("DisputeGame: not decided"))
		other := tr.witness(t, 1) // a real state, not the agreed one
		flip := func(b []byte, i int) []byte { b = bytes.Clone(b); b[i] ^= 1; return b }
		proof := w.EncodeProof()
		for _, tc := range []struct {
			name         string
			state, proof []byte
			reason       string
		}{
			{"another state", other.State, other.EncodeProof(), "DisputeGame: state is not the agreed pre-state"},
			{"a tampered register", flip(w.State, 98+4*8+3), proof, "DisputeGame: state is not the agreed pre-state"},
			{"a short state", w.State[:mipsevm.StateSize-1], proof, "MIPS: state must be 299 bytes"},
			{"an exited flag of 2", func() []byte { b := bytes.Clone(w.State); b[89] = 2; return b }(), proof, "MIPS: flag byte is not 0 or 1"},
			{"a tampered fetch leaf", w.State, flip(proof, 3), "MIPS: bad memory proof"},
			{"a tampered sibling", w.State, flip(proof, 32*20+7), "MIPS: bad memory proof"},
			{"no proof", w.State, nil, "MIPS: memory proof too short"},
			{"a truncated proof", w.State, proof[:len(proof)-1], "MIPS: memory proof too short"},
			{"a trailing byte", w.State, append(bytes.Clone(proof), 0), "MIPS: unused proof data"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				g.mustRevert(t, erin, gameABI.PackStep(id, tc.state, tc.proof), errorString(tc.reason))
			})
		}
		g.expect(t, id, gameView{2, 1, h(2), h(3), phaseStep, statusInProgress, 2})
	})

	r := g.step(t, erin, id, w)
	if st := oneEvent(t, r, g.addr, gameABI.UnpackSteppedEvent); !st.DefenderWon || st.PostStateHash != h(3) {
		t.Fatalf("Stepped %+v", st)
	}
	t.Run("after the decision", func(t *testing.T) {
		g.mustRevert(t, alice, gameABI.PackBisect(id, [][32]byte{h(3)}), gameOver(id))
		g.mustRevert(t, bob, gameABI.PackChoose(id, 0), gameOver(id))
		g.mustRevert(t, erin, gameABI.PackStep(id, w.State, w.EncodeProof()), gameOver(id))
		// resolve records nothing more and returns the outcome.
		before := g.get(t, id)
		if s, err := gameABI.UnpackResolve(c.view(t, g.addr, gameABI.PackResolve(id))); err != nil || s != statusDefenderWon {
			t.Fatalf("resolve returns %d (%v), want DefenderWon", s, err)
		}
		r := g.resolve(t, erin, id)
		if evs := eventsOf(r, g.addr, gameABI.UnpackResolvedEvent); len(evs) != 0 {
			t.Fatalf("resolve of a decided game emitted %d Resolved events", len(evs))
		}
		if after := g.get(t, id); after != before {
			t.Fatalf("resolve changed a decided game:\n%+v\n%+v", before, after)
		}
	})

	t.Run("no such game", func(t *testing.T) {
		none := big.NewInt(99)
		g.mustRevert(t, erin, gameABI.PackResolve(none), errorString("DisputeGame: no such game"))
		g.mustRevert(t, erin, gameABI.PackLoadLocalData(none, common.Big1, common.Big0), errorString("DisputeGame: no such game"))
		g.mustRevert(t, alice, gameABI.PackBisect(none, [][32]byte{h(2), final}), gameOver(none))
		g.mustRevert(t, bob, gameABI.PackChoose(none, 0), gameOver(none))
		g.mustRevert(t, erin, gameABI.PackStep(none, w.State, w.EncodeProof()), gameOver(none))
		if s := g.statusOf(t, none); s != statusNone {
			t.Fatalf("statusOf a missing game: %d", s)
		}
	})

	t.Run("create", func(t *testing.T) {
		var zero common.Address
		g.mustRevert(t, erin, gameABI.PackCreate(zero, bob.addr, [32]byte{}, [32]byte{}, [32]byte{}, day), errorString("DisputeGame: zero address"))
		g.mustRevert(t, erin, gameABI.PackCreate(alice.addr, zero, [32]byte{}, [32]byte{}, [32]byte{}, day), errorString("DisputeGame: zero address"))
		g.mustRevert(t, erin, gameABI.PackCreate(alice.addr, bob.addr, [32]byte{}, [32]byte{}, [32]byte{}, 0), errorString("DisputeGame: zero clock"))
	})

	t.Run("constructor", func(t *testing.T) {
		bin := common.FromHex(bindings.DisputeGameMetaData.Bin)
		for _, tc := range []struct {
			arity  uint64
			depth  uint32
			reason string
		}{
			{0, 1, "DisputeGame: arity must be 2 to 256"},
			{1, 10, "DisputeGame: arity must be 2 to 256"},
			{257, 1, "DisputeGame: arity must be 2 to 256"},
			{2, 0, "DisputeGame: depth must be at least 1"},
			{2, 63, "DisputeGame: arity^depth must be below 2^63"},
			{256, 8, "DisputeGame: arity^depth must be below 2^63"},
			{math.MaxUint64, 1, "DisputeGame: arity must be 2 to 256"},
		} {
			code := append(bytes.Clone(bin), gameABI.PackConstructor(c.mips, c.oracle, g.prestate, tc.arity, tc.depth, 0)...)
			c.mustRevert(t, deployer, nil, code, nil, errorString(tc.reason))
		}
		// The largest traces are accepted.
		for _, p := range []struct {
			arity uint64
			depth uint32
		}{{2, 62}, {256, 7}} {
			dg := c.deployGame(t, g.prestate, p.arity, p.depth)
			t.Logf("arity %d, depth %d: trace length %d", p.arity, p.depth, dg.length)
		}
	})
}

// TestGameClocks: each side's chess clock, to the second.
func TestGameClocks(t *testing.T) {
	const clock = 1000
	tr := llscTrace(t)
	c := newSimChain(t)
	g := c.deployGame(t, tr.at(0), 2, 1) // one round: bisect, choose, step
	deep := c.deployGame(t, tr.at(0), 2, 3)
	final := validLie("llsc after a few steps")
	first := func(g *disputeGame) [][32]byte { return [][32]byte{tr.at(g.length / 2), final} }
	// ranOut makes the next block one second past the clock of the side
	// whose turn it is.
	ranOut := func(g *disputeGame, id *big.Int) {
		t.Helper()
		gm := g.get(t, id)
		used := gm.DefenderUsed
		if gm.Phase != phaseBisect {
			used = gm.ChallengerUsed
		}
		c.nextBlockAt(t, gm.LastMoveAt+(clock-used)+1)
	}

	t.Run("defender does not move", func(t *testing.T) {
		id := g.create(t, erin, alice, bob, claimData{}, clock)
		created := g.get(t, id).LastMoveAt
		c.nextBlockAt(t, created+clock) // a move now would use exactly the clock: not yet out of time
		g.mustRevert(t, erin, gameABI.PackResolve(id), errorString("DisputeGame: not decided"))
		if s := g.statusOf(t, id); s != statusInProgress {
			t.Fatalf("statusOf at the clock's last second: %d", s)
		}
		if d, ch := g.clocksLeft(t, id); d != 0 || ch != clock {
			t.Fatalf("clocksLeft (%d, %d), want (0, %d)", d, ch, clock)
		}
		g.mustRevert(t, alice, gameABI.PackBisect(id, first(g)), outOfTime(id)) // one second late
		if s := g.statusOf(t, id); s != statusChallengerWon {
			t.Fatalf("statusOf after the timeout: %d, want ChallengerWon", s)
		}
		r := g.resolve(t, erin, id)
		if res := oneEvent(t, r, g.addr, gameABI.UnpackResolvedEvent); res.Status != statusChallengerWon {
			t.Fatalf("Resolved %+v", res)
		}
		g.expect(t, id, gameView{0, 2, g.prestate, [32]byte{}, phaseOver, statusChallengerWon, 0})
		g.mustRevert(t, alice, gameABI.PackBisect(id, first(g)), gameOver(id))
	})

	t.Run("defender moves at the last second", func(t *testing.T) {
		id := g.create(t, erin, alice, bob, claimData{}, clock)
		c.nextBlockAt(t, g.get(t, id).LastMoveAt+clock)
		g.bisect(t, alice, id, first(g))
		if gm := g.get(t, id); gm.DefenderUsed != clock || gm.ChallengerUsed != 0 {
			t.Fatalf("used (%d, %d), want (%d, 0)", gm.DefenderUsed, gm.ChallengerUsed, clock)
		}
		if d, ch := g.clocksLeft(t, id); d != 0 || ch != clock {
			t.Fatalf("clocksLeft (%d, %d), want (0, %d)", d, ch, clock)
		}
	})

	t.Run("challenger does not choose", func(t *testing.T) {
		id := g.create(t, erin, alice, bob, claimData{}, clock)
		g.bisect(t, alice, id, first(g))
		ranOut(g, id)
		g.mustRevert(t, bob, gameABI.PackChoose(id, 0), outOfTime(id))
		if s := g.statusOf(t, id); s != statusDefenderWon {
			t.Fatalf("statusOf %d, want DefenderWon", s)
		}
		r := g.resolve(t, erin, id)
		if res := oneEvent(t, r, g.addr, gameABI.UnpackResolvedEvent); res.Status != statusDefenderWon {
			t.Fatalf("Resolved %+v", res)
		}
		g.mustRevert(t, bob, gameABI.PackChoose(id, 0), gameOver(id))
	})

	t.Run("challenger never steps", func(t *testing.T) {
		// The defender lies about the first step (the challenger would win
		// the step), but the step waits on the challenger's clock.
		id := g.create(t, erin, alice, bob, claimData{}, clock)
		g.bisect(t, alice, id, [][32]byte{validLie("not step 1"), final})
		g.choose(t, bob, id, 0)
		w := tr.witness(t, 0)
		ranOut(g, id)
		g.mustRevert(t, bob, gameABI.PackStep(id, w.State, w.EncodeProof()), outOfTime(id))
		if s := g.statusOf(t, id); s != statusDefenderWon {
			t.Fatalf("statusOf %d, want DefenderWon", s)
		}
		g.resolve(t, erin, id)
		g.expect(t, id, gameView{0, 1, g.prestate, validLie("not step 1"), phaseOver, statusDefenderWon, 1})
		g.mustRevert(t, bob, gameABI.PackStep(id, w.State, w.EncodeProof()), gameOver(id))
	})

	t.Run("clocksLeft", func(t *testing.T) {
		id := g.create(t, erin, alice, bob, claimData{}, clock)
		t0 := g.get(t, id).LastMoveAt
		if d, ch := g.clocksLeft(t, id); d != clock || ch != clock {
			t.Fatalf("at creation: (%d, %d)", d, ch)
		}
		// latestAt makes ts the latest block's timestamp, which view calls see.
		latestAt := func(ts uint64) { c.nextBlockAt(t, ts+1) }
		latestAt(t0 + 101)
		if d, ch := g.clocksLeft(t, id); d != clock-101 || ch != clock {
			t.Fatalf("after 101 s: (%d, %d), want (%d, %d)", d, ch, clock-101, clock)
		}
		g.bisect(t, alice, id, first(g)) // at t0 + 102
		if d, ch := g.clocksLeft(t, id); d != clock-102 || ch != clock {
			t.Fatalf("after the bisection: (%d, %d), want (%d, %d)", d, ch, clock-102, clock)
		}
		latestAt(t0 + 102 + 50)
		if d, ch := g.clocksLeft(t, id); d != clock-102 || ch != clock-50 {
			t.Fatalf("50 s into the challenger's turn: (%d, %d), want (%d, %d)", d, ch, clock-102, clock-50)
		}
		g.choose(t, bob, id, 0) // at t0 + 153
		gm := g.get(t, id)
		if gm.DefenderUsed != 102 || gm.ChallengerUsed != 51 || gm.LastMoveAt != t0+153 {
			t.Fatalf("used (%d, %d), last move at %d; want (102, 51), %d", gm.DefenderUsed, gm.ChallengerUsed, gm.LastMoveAt, t0+153)
		}
		// In the step phase the challenger's clock runs.
		latestAt(t0 + 153 + 10)
		if d, ch := g.clocksLeft(t, id); d != clock-102 || ch != clock-51-10 {
			t.Fatalf("10 s into the step phase: (%d, %d), want (%d, %d)", d, ch, clock-102, clock-61)
		}
		// A decided game's clocks stop.
		g.step(t, erin, id, tr.witness(t, 0))
		latestAt(c.now(t) + 500)
		if d, ch := g.clocksLeft(t, id); d != clock-102 || ch != clock-51 {
			t.Fatalf("after the decision: (%d, %d), want (%d, %d)", d, ch, clock-102, clock-51)
		}
	})

	// Two moves of 60% of the clock each: the second is out of time.
	t.Run("the defender's time accumulates", func(t *testing.T) {
		id := deep.create(t, erin, alice, bob, claimData{}, clock)
		c.nextBlockAt(t, deep.get(t, id).LastMoveAt+600)
		deep.bisect(t, alice, id, [][32]byte{tr.at(4), final})
		deep.choose(t, bob, id, 0)
		if d, _ := deep.clocksLeft(t, id); d != 400 {
			t.Fatalf("defender has %d s left, want 400", d)
		}
		c.nextBlockAt(t, deep.get(t, id).LastMoveAt+600)
		deep.mustRevert(t, alice, gameABI.PackBisect(id, [][32]byte{tr.at(2)}), outOfTime(id))
		deep.resolve(t, erin, id)
		if s := deep.get(t, id).Status; s != statusChallengerWon {
			t.Fatalf("status %d, want ChallengerWon", s)
		}
	})
	t.Run("the challenger's time accumulates", func(t *testing.T) {
		id := deep.create(t, erin, alice, bob, claimData{}, clock)
		deep.bisect(t, alice, id, [][32]byte{tr.at(4), final})
		c.nextBlockAt(t, deep.get(t, id).LastMoveAt+600)
		deep.choose(t, bob, id, 0)
		deep.bisect(t, alice, id, [][32]byte{tr.at(2)})
		if _, ch := deep.clocksLeft(t, id); ch != 400 {
			t.Fatalf("challenger has %d s left, want 400", ch)
		}
		c.nextBlockAt(t, deep.get(t, id).LastMoveAt+600)
		deep.mustRevert(t, bob, gameABI.PackChoose(id, 0), outOfTime(id))
		deep.resolve(t, erin, id)
		if s := deep.get(t, id).Status; s != statusDefenderWon {
			t.Fatalf("status %d, want DefenderWon", s)
		}
	})
}

// localRead is a step of the claim-checking program that reads a local
// datum, and the state hash after it.
type localRead struct {
	w    *mipsevm.Witness
	post [32]byte
}

// readKey names a local read: the datum's index and the offset read.
type readKey struct{ index, offset uint64 }

// localReads runs the claim-checking program on a claim, with the claim's
// local data but no model (the run ends where the program maps it), and
// returns the steps that read local data: the first three datums, four
// bytes a step (offsets 0 … 36 of uint64be(32) ‖ value).
func localReads(t testing.TB, elf []byte, cl claim.Claim) map[readKey]localRead {
	t.Helper()
	s, err := claim.Prestate(elf)
	if err != nil {
		t.Fatal(err)
	}
	vmach := mipsevm.NewVM(s, cl.Host(nil), nil, nil)
	reads := map[readKey]localRead{}
	for len(reads) < 30 {
		if s.Exited || s.Step >= 5_000_000 {
			t.Fatalf("%d local reads in %d steps, want 30", len(reads), s.Step)
		}
		read := isSyscall(s) && s.Registers[2] == mipsevm.SysRead && s.Registers[4] == mipsevm.FdPreimageRead &&
			mipsevm.KeyType(s.PreimageKey[0]) == mipsevm.KeyTypeLocal
		w, err := vmach.Step(read)
		if err != nil {
			t.Fatal(err)
		}
		if read {
			if !w.HasPreimage {
				t.Fatalf("step %d reads a local key without a preimage in its witness", s.Step-1)
			}
			k := readKey{binary.BigEndian.Uint64(w.PreimageKey[24:]), uint64(w.PreimageOffset)}
			reads[k] = localRead{w: w, post: s.Hash()}
		}
	}
	return reads
}

// inferenceELF reads the claim-checking program (skipping without it, as
// testprograms does).
func inferenceELF(t testing.TB) []byte {
	t.Helper()
	elf, err := os.ReadFile(testprograms.Inference(t))
	if err != nil {
		t.Fatal(err)
	}
	return elf
}

// testClaim is a claim with recognizable local data.
func testClaim(output string) claim.Claim {
	return claim.Claim{Model: oracle.ModelAddress(testClaimRoot, testClaimLength), Input: []byte("an input"), Output: []byte(output)}
}

// testClaimRoot and testClaimLength make up testClaim's model (registered
// by tests that submit it to OpML).
var (
	testClaimRoot = func() (root [32]byte) {
		for i := range root {
			root[i] = byte(0xa0 + i)
		}
		return root
	}()
	testClaimLength uint64 = 1000
)

// oneStepGame is a game over one step of the claim-checking program: a
// DisputeGame whose absolute prestate is the state before that step, with
// arity 2 and depth 1. The defender's cut is the state after the step and
// its final hash is made up; the challenger chooses part 0, so the step is
// the game's step.
func (c *simChain) oneStepGame(t *testing.T, g *disputeGame, cd claimData, cut [32]byte) *big.Int {
	t.Helper()
	id := g.create(t, erin, alice, bob, cd, day)
	g.bisect(t, alice, id, [][32]byte{cut, validLie("inference at 2")})
	g.choose(t, bob, id, 0)
	g.expect(t, id, gameView{0, 1, g.prestate, cut, phaseStep, statusInProgress, 1})
	return id
}

// TestGameLocalData: a step of the claim-checking program that reads the
// claim's local data works once DisputeGame.loadLocalData has loaded the
// part it reads for that game, and only then: not when the same value was
// loaded into the oracle by anyone else, under another claim's context, or
// by another DisputeGame, nor with another part loaded. And the step reads
// the game's claim: a game over another claim gets another post-state.
func TestGameLocalData(t *testing.T) {
	elf := inferenceELF(t)
	cl := testClaim("the claimed output")
	reads := localReads(t, elf, cl)
	c := newSimChain(t)

	for _, k := range []readKey{{1, 0}, {1, 8}, {1, 36}, {2, 8}, {3, 8}, {3, 36}} {
		t.Run(fmt.Sprintf("datum %d at %d", k.index, k.offset), func(t *testing.T) {
			rd := reads[k]
			g := c.deployGame(t, rd.w.StateHash, 2, 1)
			id := c.oneStepGame(t, g, claimDataOf(cl), rd.post)
			g.mustRevert(t, erin, gameABI.PackStep(id, rd.w.State, rd.w.EncodeProof()), errorString("PreimageOracle: preimage not loaded"))
			g.loadLocalData(t, erin, id, k.index, k.offset)
			r := g.step(t, erin, id, rd.w)
			if st := oneEvent(t, r, g.addr, gameABI.UnpackSteppedEvent); st.PostStateHash != rd.post || !st.DefenderWon {
				t.Fatalf("Stepped %+v, want post-state %x", st, rd.post)
			}
			g.expect(t, id, gameView{0, 1, g.prestate, rd.post, phaseOver, statusDefenderWon, 1})
		})
	}

	t.Run("loaded elsewhere", func(t *testing.T) {
		k := readKey{1, 8}
		rd := reads[k]
		cd := claimDataOf(cl)
		g := c.deployGame(t, rd.w.StateHash, 2, 1)
		other := c.deployGame(t, rd.w.StateHash, 2, 1)
		id := c.oneStepGame(t, g, cd, rd.post)
		step := gameABI.PackStep(id, rd.w.State, rd.w.EncodeProof())
		notLoaded := errorString("PreimageOracle: preimage not loaded")

		// The same key, context, value and part, loaded by an account.
		ctx := g.localContext(t, cd)
		c.send(t, erin, c.oracle, oracleABI.PackLoadLocalData(mipsevm.LocalKey(1), ctx, cd.model[:], big.NewInt(8)), nil)
		g.mustRevert(t, erin, step, notLoaded)
		// By the same contract for a claim with another output: another context.
		otherClaim := claimDataOf(testClaim("another output"))
		g.loadLocalData(t, erin, g.create(t, erin, alice, bob, otherClaim, day), 1, 8)
		g.mustRevert(t, erin, step, notLoaded)
		// By another DisputeGame for the same claim: the same context, another caller.
		other.loadLocalData(t, erin, other.create(t, erin, alice, bob, cd, day), 1, 8)
		g.mustRevert(t, erin, step, notLoaded)
		// By this game, another part.
		g.loadLocalData(t, erin, id, 1, 0)
		g.mustRevert(t, erin, step, errorString("PreimageOracle: preimage part not loaded"))
		for _, index := range []uint64{0, 4, 1 << 63} {
			g.mustRevert(t, erin, gameABI.PackLoadLocalData(id, new(big.Int).SetUint64(index), common.Big0), errorString("DisputeGame: no such local datum"))
		}
		g.mustRevert(t, erin, gameABI.PackLoadLocalData(id, common.Big1, big.NewInt(40)), errorString("PreimageOracle: part offset out of range"))

		g.loadLocalData(t, erin, id, 1, 8)
		r := g.step(t, erin, id, rd.w)
		if st := oneEvent(t, r, g.addr, gameABI.UnpackSteppedEvent); !st.DefenderWon {
			t.Fatalf("Stepped %+v", st)
		}
	})

	// The defender cuts at the post-state of cl's trace, but the game is
	// over another claim: the program reads that claim's datum, the
	// post-state is the other trace's, and the challenger wins.
	for _, tc := range []struct {
		name  string
		k     readKey
		other claim.Claim
	}{
		{"another model", readKey{1, 8}, func() claim.Claim { o := cl; o.Model[0] ^= 0xff; return o }()},
		{"another output", readKey{3, 8}, testClaim("another output")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rd := reads[tc.k]
			theirs := localReads(t, elf, tc.other)[tc.k]
			if theirs.w.StateHash != rd.w.StateHash || theirs.post == rd.post {
				t.Fatalf("the two claims' traces: pre-states %x, %x; post-states %x, %x", rd.w.StateHash, theirs.w.StateHash, rd.post, theirs.post)
			}
			g := c.deployGame(t, rd.w.StateHash, 2, 1)
			id := c.oneStepGame(t, g, claimDataOf(tc.other), rd.post)
			g.loadLocalData(t, erin, id, tc.k.index, tc.k.offset)
			r := g.step(t, erin, id, rd.w)
			if st := oneEvent(t, r, g.addr, gameABI.UnpackSteppedEvent); st.PostStateHash != theirs.post || st.DefenderWon {
				t.Fatalf("Stepped %+v, want post-state %x and the challenger winning", st, theirs.post)
			}
		})
	}
}
