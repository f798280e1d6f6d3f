package gethadapter

import (
	"errors"
	"maps"
	"reflect"
	"slices"
	"sync"

	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
)

// Installing a precompile is process-wide. go-ethereum v1.17's node gives
// every EVM it makes (block processing, the miner, eth_call,
// eth_estimateGas, debug tracing) the precompile map of the block's fork,
// read from the package variables vm.PrecompiledContracts<Fork> in
// vm.NewEVM; the only other way in, (*vm.EVM).SetPrecompiles, works on one
// EVM instance, which a node never hands out. So Install changes those
// variables, and every EVM made afterwards in the process, on any chain,
// has the precompile. The address lists vm.PrecompiledAddresses<Fork> are
// changed too: they are what vm.ActivePrecompiles returns, which makes the
// address warm in every transaction (EIP-2929) and keeps it out of
// eth_createAccessList's lists, as for Ethereum's own precompiles.
//
// The forks covered are Cancun, Prague and Osaka (in go-ethereum v1.17.10
// every later fork, Amsterdam and Bogota, uses Osaka's set). Each change
// replaces a variable by a modified copy rather than writing into the map
// go-ethereum's EVMs are reading, so an EVM already running keeps a
// consistent set. Install before starting a node, uninstall after it has
// stopped: a variable replaced while a node makes EVMs is a data race.

// installs are the installs not yet undone, oldest first; the last is the
// one at Address. active is the one the fork sets hold now (nil: none,
// go-ethereum's sets as they were). Guarded by installMu.
var (
	installMu sync.Mutex
	installs  []*install
	active    *install
	// original is what the fork sets held at Address before the first
	// Install (normally nothing).
	original map[*vm.PrecompiledContracts]vm.PrecompiledContract
)

// install is one call of Install. Installs are told apart by pointer, so a
// precompile of a type that cannot be compared is fine.
type install struct{ p vm.PrecompiledContract }

// forkSets are the precompile sets Install changes, with their address
// lists.
var forkSets = []struct {
	contracts *vm.PrecompiledContracts
	addresses *[]common.Address
}{
	{&vm.PrecompiledContractsCancun, &vm.PrecompiledAddressesCancun},
	{&vm.PrecompiledContractsPrague, &vm.PrecompiledAddressesPrague},
	{&vm.PrecompiledContractsOsaka, &vm.PrecompiledAddressesOsaka},
}

// Install puts p at Address in every EVM the process makes from now on
// (see above) and returns the function that takes it out again. Installs
// nest: the most recent one not yet uninstalled is the one at Address, and
// uninstalling the last restores go-ethereum's own sets. Installing the
// same p again changes nothing; uninstall may be called more than once.
func Install(p vm.PrecompiledContract) (uninstall func()) {
	installMu.Lock()
	defer installMu.Unlock()
	if original == nil {
		original = make(map[*vm.PrecompiledContracts]vm.PrecompiledContract)
		for _, f := range forkSets {
			original[f.contracts] = (*f.contracts)[Address]
		}
	}
	in := &install{p: p}
	if active != nil && samePrecompile(active.p, p) {
		in = active // installing the same p again: keep the sets as they are
	}
	installs = append(installs, in)
	apply()
	var once sync.Once
	return func() {
		once.Do(func() {
			installMu.Lock()
			defer installMu.Unlock()
			// Remove this install (one entry) wherever it is in the stack.
			for i := len(installs) - 1; i >= 0; i-- {
				if installs[i] == in {
					installs = slices.Delete(installs, i, i+1)
					break
				}
			}
			apply()
		})
	}
}

// samePrecompile reports whether a and b are the same value (false for
// values of a type without ==, which interface comparison would panic on).
func samePrecompile(a, b vm.PrecompiledContract) bool {
	t := reflect.TypeOf(a)
	return t == reflect.TypeOf(b) && t.Comparable() && a == b
}

// apply makes the fork sets hold the latest install, or what they held
// originally. installMu must be held.
func apply() {
	var want *install
	if len(installs) > 0 {
		want = installs[len(installs)-1]
	}
	if want == active {
		return
	}
	active = want
	for _, f := range forkSets {
		set := maps.Clone(*f.contracts)
		addrs := slices.DeleteFunc(slices.Clone(*f.addresses), func(a common.Address) bool { return a == Address })
		p := original[f.contracts]
		if want != nil {
			p = want.p
		}
		if p == nil {
			delete(set, Address)
		} else {
			set[Address] = p
			addrs = append(addrs, Address)
		}
		*f.contracts, *f.addresses = set, addrs
	}
}

// NewChain starts the AI EVM dev chain: an embedded go-ethereum chain
// (chain/devnet, with cfg) whose EVM has the inference precompile over
// store. The precompile is installed process-wide (see Install) and stays
// installed after the chain is closed, until another NewChain or Install
// replaces it; run one AI EVM chain per process. Its bounds are
// opts.Bounds, or DefaultBounds if nil (a chain without bounds:
// Install(New(store, opts)), then devnet.New). The chain runs without
// Osaka's per-transaction gas cap, with blocks of BlockGasLimit gas unless
// cfg sets another limit.
func NewChain(store *oracle.Store, opts Options, cfg devnet.Config) (*devnet.Devnet, *Precompile, error) {
	if store == nil {
		return nil, nil, errors.New("ai evm chain: no model store")
	}
	if opts.Bounds == nil {
		opts.Bounds = DefaultBounds()
	}
	// The AI EVM's own rules: no per-transaction gas cap, so that a call
	// may use a whole block, and blocks of BlockGasLimit unless told
	// otherwise (docs/design.md, "One token of a 7B model per transaction").
	cfg.NoTxGasCap = true
	if cfg.BlockGasLimit == 0 {
		cfg.BlockGasLimit = BlockGasLimit
	}
	p := New(store, opts)
	uninstall := Install(p)
	d, err := devnet.New(cfg)
	if err != nil {
		uninstall()
		return nil, nil, err
	}
	return d, p, nil
}
