package gethadapter

import (
	"bytes"
	"math/big"
	"reflect"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"
)

// atAddress is what each fork set holds at Address, and how often its
// address list names Address.
func atAddress() (set []vm.PrecompiledContract, listed []int) {
	for _, f := range forkSets {
		set = append(set, (*f.contracts)[Address])
		listed = append(listed, count(*f.addresses, Address))
	}
	return set, listed
}

func count(list []common.Address, a common.Address) int {
	n := 0
	for _, b := range list {
		if b == a {
			n++
		}
	}
	return n
}

// wantInstalled checks that every fork set has p at Address, listed once,
// and Ethereum's own precompiles as before.
func wantInstalled(t *testing.T, p vm.PrecompiledContract) {
	t.Helper()
	set, listed := atAddress()
	for i, f := range forkSets {
		if set[i] != p || listed[i] != 1 {
			t.Errorf("fork set %d: %v at Address, listed %d times; want %v once", i, set[i], listed[i], p)
		}
		if _, ok := (*f.contracts)[common.BytesToAddress([]byte{1})]; !ok {
			t.Errorf("fork set %d lost ecrecover", i)
		}
	}
	// What the node asks for: the active sets of the devnet's forks.
	rules := params.AllDevChainProtocolChanges.Rules(big.NewInt(1), true, 0)
	if vm.ActivePrecompiledContracts(rules)[Address] != p || !slices.Contains(vm.ActivePrecompiles(rules), Address) {
		t.Error("vm.ActivePrecompiledContracts / ActivePrecompiles do not see the install")
	}
}

// TestInstall: installs nest and undo in any order, installing the same
// precompile again changes nothing, and the last uninstall restores what
// was there before (go-ethereum's sets, or an AI EVM chain's precompile if
// an earlier test left one).
func TestInstall(t *testing.T) {
	before, beforeListed := atAddress()
	store := newStore(t)
	addr := addModel(t, store, fashionModel(t))
	in := EncodeCall(mnistCall(addr, testImage(t, "0019-0.bin")))
	p1, p2 := New(store, Options{}), New(store, Options{})

	u1 := Install(p1)
	wantInstalled(t, p1)
	// An EVM made now runs it: core/vm/runtime (Cancun) calls Address.
	out, _, err := runtime.Call(Address, in, runtimeConfig(t))
	if err != nil || !bytes.Equal(out, []byte{0}) {
		t.Fatalf("runtime.Call = %x, %v; want 00", out, err)
	}

	osaka := reflect.ValueOf(vm.PrecompiledContractsOsaka).UnsafePointer()
	u1again := Install(p1)
	if reflect.ValueOf(vm.PrecompiledContractsOsaka).UnsafePointer() != osaka {
		t.Error("installing the same precompile again replaced the sets")
	}
	u2 := Install(p2)
	wantInstalled(t, p2)
	u1() // out of order: p2 stays
	u1()
	wantInstalled(t, p2)
	u2()
	wantInstalled(t, p1) // the second install of p1 is still there
	u1again()
	if set, listed := atAddress(); !slices.Equal(set, before) || !slices.Equal(listed, beforeListed) {
		t.Errorf("after the last uninstall: %v listed %v; before: %v listed %v", set, listed, before, beforeListed)
	}
	if before[0] == nil {
		if out, _, err := runtime.Call(Address, in, runtimeConfig(t)); err != nil || len(out) != 0 {
			t.Errorf("uninstalled, runtime.Call = %x, %v; want nothing (no code there)", out, err)
		}
	}
}

// runtimeConfig is core/vm/runtime's default (Cancun) over an empty state.
func runtimeConfig(t *testing.T) *runtime.Config {
	t.Helper()
	st, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	return &runtime.Config{State: st}
}

// unhashable is a precompile of a type without ==.
type unhashable struct {
	vm.PrecompiledContract
	_ []byte
}

func TestInstallUncomparable(t *testing.T) {
	a := unhashable{PrecompiledContract: New(newStore(t), Options{})}
	u1, u2 := Install(a), Install(a) // must not panic comparing them
	u2()
	u1()
}
