// Package devnet runs an Ethereum chain inside the test process for the opML
// dispute tools: every fork active from genesis, deterministic funded keys,
// blocks mined as soon as a transaction reaches the pool, and optionally a
// JSON-RPC endpoint on loopback for tools that only speak HTTP.
//
// It is assembled from the same parts as go-ethereum's ethclient/simulated
// (an in-memory node, the eth service and catalyst.SimulatedBeacon) rather
// than wrapping simulated.Backend, because the auto-miner has to watch the
// transaction pool, which simulated.Backend does not expose.
package devnet

import (
	"errors"
	"fmt"
	"maps"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	_ "github.com/ethereum/go-ethereum/eth/tracers/native" // callTracer and the other native tracers
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

const (
	// DefaultChainID is the chain id when Config.ChainID is 0; it is the one
	// ethclient/simulated and geth --dev use.
	DefaultChainID = 1337
	// DefaultBlockGasLimit is the block gas limit when Config.BlockGasLimit
	// is 0: mainnet's order of magnitude, with room for a one-step proof.
	DefaultBlockGasLimit = 60_000_000
)

// ErrClosed is returned by a Devnet's methods after Close.
var ErrClosed = errors.New("devnet: closed")

// Config says what chain New starts. The zero value is a chain with only the
// system contracts in its genesis and no HTTP endpoint.
type Config struct {
	// Alloc is added to the genesis state; it wins over the system contracts
	// the forks need if an address is in both.
	Alloc types.GenesisAlloc
	// Listen is the host:port of a JSON-RPC over HTTP endpoint serving the
	// eth, net and web3 namespaces (and debug, with Debug), or "" for none.
	// The host must be a loopback address or localhost (the keys are
	// public); port 0 picks a free one, which URL reports.
	Listen string
	// BlockGasLimit is the gas limit of every block, and the cap of
	// eth_call and eth_estimateGas; 0 means DefaultBlockGasLimit.
	BlockGasLimit uint64
	// ChainID is the chain id; 0 means DefaultChainID.
	ChainID uint64
	// BlockTime, if set, is the longest the chain goes without a block:
	// when no transaction has come for that long, an empty block is sealed,
	// so block time moves with the wall clock as on a real chain. 0: blocks
	// only for transactions, Commit and AdjustTime.
	BlockTime time.Duration
	// Period, if set, makes the chain seal one block every Period with
	// whatever the pool holds (up to the gas limit), as a real chain does at
	// each slot, instead of a block as soon as a transaction arrives: how
	// many transactions a sender gets into one block then means something.
	// Each block is stamped at least a second after its parent, so with a
	// Period under a second the chain's clock runs ahead of the wall clock
	// by a block a second. BlockTime is ignored when Period is set.
	Period time.Duration
	// NoTxGasCap runs the forks through Prague instead of through Osaka:
	// without Osaka's per-transaction gas cap (EIP-7825, 2^24), one
	// transaction may use a whole block's gas. The AI EVM needs it for
	// inference calls of large models (gethadapter.NewChain); Osaka's other
	// changes go with it.
	NoTxGasCap bool
	// Debug serves go-ethereum's tracing API (debug_traceTransaction,
	// debug_traceBlockByNumber, debug_traceCall, ... with the native
	// tracers, callTracer among them) on the in-process client and, if
	// Listen is set, over HTTP too.
	Debug bool
}

// Devnet is a running chain. Its methods are safe for concurrent use.
type Devnet struct {
	stack     *node.Node
	eth       *eth.Ethereum
	beacon    *catalyst.SimulatedBeacon
	client    *ethclient.Client
	url       string
	chainID   uint64
	blockTime time.Duration
	period    time.Duration

	// mu serialises block production: SimulatedBeacon keeps its fork-choice
	// state without a lock, so the miner, Commit and AdjustTime take turns.
	mu     sync.Mutex
	closed bool

	txs       event.Subscription
	kick      chan struct{}
	quit      chan struct{}
	wg        sync.WaitGroup
	closeOnce sync.Once
	closeErr  error
}

// New starts a chain and its auto-miner. The chain's head is block 1, an
// empty block on top of genesis (see waitTxIndex). The caller must Close it.
func New(cfg Config) (*Devnet, error) {
	nodeConf, err := nodeConfig(cfg.Listen, cfg.Debug)
	if err != nil {
		return nil, err
	}
	chainID := cfg.ChainID
	if chainID == 0 {
		chainID = DefaultChainID
	}
	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("devnet: new node: %w", err)
	}
	ethConf := ethConfig(cfg.Alloc, chainID, cfg.BlockGasLimit, cfg.NoTxGasCap)
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("devnet: new eth service: %w", err), stack.Close())
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	if cfg.Debug {
		stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	}
	if err := stack.Start(); err != nil { // a failed Start has closed the node
		return nil, fmt.Errorf("devnet: start node: %w", err)
	}
	// Period 0: the beacon seals only when asked; the miner below asks.
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("devnet: new beacon: %w", err), stack.Close())
	}
	// As in ethclient/simulated: make genesis the head the beacon builds on.
	if err := beacon.Fork(backend.BlockChain().GetCanonicalHash(0)); err != nil {
		return nil, errors.Join(fmt.Errorf("devnet: fork at genesis: %w", err), beacon.Stop(), stack.Close())
	}
	d := &Devnet{
		stack:     stack,
		eth:       backend,
		beacon:    beacon,
		client:    ethclient.NewClient(stack.Attach()),
		chainID:   chainID,
		blockTime: cfg.BlockTime,
		period:    cfg.Period,
		kick:      make(chan struct{}, 1),
		quit:      make(chan struct{}),
	}
	if nodeConf.HTTPHost != "" {
		d.url = stack.HTTPEndpoint()
	}
	d.startMiner()
	if err := d.waitTxIndex(); err != nil {
		return nil, errors.Join(err, d.Close())
	}
	return d, nil
}

// waitTxIndex mines the first block and waits for the transaction indexer's
// pass over it. The indexer makes its first pass only on a new head, and
// until then the node answers every receipt query that finds nothing with
// "transaction indexing is in progress" instead of not-found, which a caller
// polling for a receipt would have to know to retry.
func (d *Devnet) waitTxIndex() error {
	if _, err := d.Commit(); err != nil {
		return err
	}
	// Generous: on a loaded machine the indexer's goroutine can wait long
	// for a core (10 s was seen to run out while other tests ran).
	const timeout = time.Minute
	deadline := time.Now().Add(timeout)
	for !d.eth.BlockChain().TxIndexDone() {
		if time.Now().After(deadline) {
			return fmt.Errorf("devnet: transaction indexer not ready after %v", timeout)
		}
		time.Sleep(time.Millisecond)
	}
	return nil
}

// nodeConfig is the node shell ethclient/simulated uses (no data directory,
// no P2P) plus the HTTP endpoint Listen asks for, with the debug namespace
// if debug is set.
func nodeConfig(listen string, debug bool) (node.Config, error) {
	conf := node.DefaultConfig
	conf.DataDir = ""
	conf.P2P = p2p.Config{NoDiscovery: true}
	if listen == "" {
		return conf, nil
	}
	host, portText, err := net.SplitHostPort(listen)
	if err != nil {
		return conf, fmt.Errorf("devnet: listen address %q: %w", listen, err)
	}
	port, err := strconv.ParseUint(portText, 10, 16)
	if err != nil {
		return conf, fmt.Errorf("devnet: listen address %q: port: %w", listen, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return conf, fmt.Errorf("devnet: listen address %q: host is not loopback, and the dev keys are public", listen)
	}
	conf.HTTPHost = host
	conf.HTTPPort = int(port)
	conf.HTTPModules = []string{"eth", "net", "web3"}
	if debug {
		conf.HTTPModules = append(conf.HTTPModules, "debug")
	}
	return conf, nil
}

// ethConfig mirrors ethclient/simulated.NewBackend, with the chain id and gas
// limit of the Config.
func ethConfig(alloc types.GenesisAlloc, chainID, gasLimit uint64, noTxGasCap bool) ethconfig.Config {
	if gasLimit == 0 {
		gasLimit = DefaultBlockGasLimit
	}
	// Every fork is active from genesis, so the system contracts those forks
	// call into must be in it.
	genesisAlloc := core.SystemContractAllocs()
	maps.Copy(genesisAlloc, alloc)

	// The forks mainnet runs, through Osaka. go-ethereum v1.17's dev config
	// also turns on Bogota, which is not scheduled anywhere and brings
	// EIP-8037's state gas (a new storage slot costs ~98k more gas): gas
	// measured there would say nothing about a real chain.
	chainConfig := *params.AllDevChainProtocolChanges
	chainConfig.ChainID = new(big.Int).SetUint64(chainID)
	chainConfig.BogotaTime = nil
	chainConfig.AmsterdamTime = nil
	if noTxGasCap {
		chainConfig.OsakaTime = nil
	}

	conf := ethconfig.Defaults
	conf.Genesis = &core.Genesis{
		Config:   &chainConfig,
		GasLimit: gasLimit,
		Alloc:    genesisAlloc,
	}
	conf.SyncMode = ethconfig.FullSync
	conf.TxPool.NoLocals = true
	// The pool admits only what the miner will include, so no transaction
	// sits in the pool unmined (the miner's floor is the higher by default).
	conf.TxPool.PriceLimit = conf.Miner.GasPrice.Uint64()
	conf.Miner.GasCeil = gasLimit
	conf.RPCGasCap = gasLimit
	// No log index: eth_getLogs then searches blocks directly and sees a
	// block as soon as it is mined, instead of when the indexer catches up.
	conf.LogNoHistory = true
	return conf
}

// Client returns the in-process client. It stays valid until Close; do not
// close it yourself.
func (d *Devnet) Client() *ethclient.Client { return d.client }

// URL returns the HTTP JSON-RPC endpoint, http://host:port, or "" if the
// Config had no Listen address.
func (d *Devnet) URL() string { return d.url }

// ChainID returns the chain id, for signers.
func (d *Devnet) ChainID() *big.Int { return new(big.Int).SetUint64(d.chainID) }

// Commit mines a block now, with any transactions the miner has not yet
// taken (usually none: it takes them as they arrive), and returns its hash.
func (d *Devnet) Commit() (common.Hash, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return common.Hash{}, ErrClosed
	}
	parent := d.eth.BlockChain().CurrentBlock()
	// SimulatedBeacon.Commit logs a failure rather than returning it; a
	// head that did not move is how it shows.
	head := d.beacon.Commit()
	if head == parent.Hash() {
		return common.Hash{}, fmt.Errorf("devnet: commit on block %d: no block was sealed", parent.Number)
	}
	return head, nil
}

// AdjustTime moves the chain's clock forward by dt and mines an empty block
// stamped with the parent's time plus dt (whole seconds, at least one), so
// block.timestamp seen by the next call or transaction has moved by at least
// dt. Transactions already in the pool are mined first, in blocks of their
// own. Later blocks are stamped with the wall clock or one second after their
// parent, whichever is later, so the clock never moves back.
func (d *Devnet) AdjustTime(dt time.Duration) error {
	if dt < 0 {
		return fmt.Errorf("devnet: adjust time by %v: the chain clock only moves forward", dt)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return ErrClosed
	}
	// The beacon refuses to adjust while transactions are pending. One can
	// slip in between mining the pool and the beacon's check, so try again
	// a few times; anything else is a real failure.
	var err error
	for range 8 {
		d.sealPending()
		if err = d.beacon.AdjustTime(dt); err == nil {
			return nil
		}
		if pending, _ := d.eth.TxPool().Stats(); pending == 0 {
			break
		}
	}
	return fmt.Errorf("devnet: adjust time by %v: %w", dt, err)
}

// Close stops the miner and the node and releases the HTTP port. Calling it
// again returns the first call's result.
func (d *Devnet) Close() error {
	d.closeOnce.Do(func() {
		d.stopMiner()
		d.mu.Lock()
		d.closed = true
		d.mu.Unlock()
		d.client.Close()
		d.closeErr = errors.Join(d.beacon.Stop(), d.stack.Close())
	})
	return d.closeErr
}
