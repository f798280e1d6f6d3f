package node

import (
	"bytes"
	"slices"
	"sync"

	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup/host"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Inferences is the process's inference precompile as the players use
// it. go-ethereum gives every EVM in a process the same precompile
// (gethadapter.Install), so a lying sequencer and an honest verifier in
// one process (the demo, the tests) share it: it answers honestly except
// while a lying Sequencer executes its own chain (Sequencer.Lie), and it
// records every call's honest result and the result it served, which the
// block program's host serves under the inference key (the verifier the
// honest ones, which opML finalizes; a proposer what its chain used).
type Inferences struct {
	Store *oracle.Store

	exec sync.Mutex // held by whoever executes L2 blocks through the precompile
	mu   sync.Mutex
	lie  func(gethadapter.Call, []byte) []byte // the active lie, nil: honest
	// by call key: what the model gives, and what was served while lying
	honest, served map[common.Hash]host.Inference
}

// InstallInferences installs the inference precompile over store with
// opts (opts.Lie is replaced: a lie is a Sequencer's) and returns it and
// the function that uninstalls it.
func InstallInferences(store *oracle.Store, opts gethadapter.Options) (*Inferences, func()) {
	inf := &Inferences{Store: store, honest: map[common.Hash]host.Inference{}, served: map[common.Hash]host.Inference{}}
	opts.Lie = inf.hook
	if opts.Bounds == nil {
		opts.Bounds = gethadapter.DefaultBounds()
	}
	return inf, gethadapter.Install(gethadapter.New(store, opts))
}

func callKey(c gethadapter.Call) common.Hash { return crypto.Keccak256Hash(gethadapter.EncodeCall(c)) }

// hook is the precompile's Options.Lie: it records and, while a lie is
// active, lies.
func (inf *Inferences) hook(c gethadapter.Call, out []byte) []byte {
	inf.mu.Lock()
	defer inf.mu.Unlock()
	k := callKey(c)
	inf.honest[k] = host.Inference{Model: c.Model, Input: bytes.Clone(c.Input), Output: bytes.Clone(out)}
	if inf.lie == nil {
		return out
	}
	lied := inf.lie(c, bytes.Clone(out))
	if !bytes.Equal(lied, out) {
		inf.served[k] = host.Inference{Model: c.Model, Input: bytes.Clone(c.Input), Output: bytes.Clone(lied)}
	}
	return lied
}

// store is the model store the precompile serves (nil for a nil inf).
func (inf *Inferences) store() *oracle.Store {
	if inf == nil {
		return nil
	}
	return inf.Store
}

// Executing runs f (which executes L2 blocks, e.g. derivation) with the
// precompile honest, alone among the executions that go through inf. A
// nil inf runs f as it is.
func (inf *Inferences) Executing(f func() error) error { return inf.executing(nil, f) }

// executing runs f with lie active (nil: honest), alone among the
// executions that go through inf. A nil inf runs f as it is.
func (inf *Inferences) executing(lie func(gethadapter.Call, []byte) []byte, f func() error) error {
	if inf == nil {
		return f()
	}
	inf.exec.Lock()
	defer inf.exec.Unlock()
	inf.mu.Lock()
	inf.lie = lie
	inf.mu.Unlock()
	defer func() {
		inf.mu.Lock()
		inf.lie = nil
		inf.mu.Unlock()
	}()
	return f()
}

// results are the inference results a block program's host serves:
// honest ones, or with liedToo those a lying sequencer served in their
// place.
func (inf *Inferences) results(liedToo bool) []host.Inference {
	if inf == nil {
		return nil
	}
	inf.mu.Lock()
	defer inf.mu.Unlock()
	var out []host.Inference
	for k, r := range inf.honest {
		if l, ok := inf.served[k]; ok && liedToo {
			r = l
		}
		out = append(out, r)
	}
	return out
}

// Used are the inference results executed blocks used, ordered by model
// and input: the honest ones, or with liedToo those a lying sequencer
// served in their place. They are what an adapter posts to opML as claims.
func (inf *Inferences) Used(liedToo bool) []host.Inference {
	res := inf.results(liedToo)
	slices.SortFunc(res, func(a, b host.Inference) int {
		if c := bytes.Compare(a.Model[:], b.Model[:]); c != 0 {
			return c
		}
		return bytes.Compare(a.Input, b.Input)
	})
	return res
}

// addTo adds the results to claim with the models they name from the
// store.
func (inf *Inferences) addTo(claim *host.BlockClaim, liedToo bool) error {
	res := inf.results(liedToo)
	if len(res) == 0 {
		return nil
	}
	models := map[oracle.Address]*oracle.Model{}
	for _, r := range res {
		if _, ok := models[r.Model]; ok || inf.Store == nil || !inf.Store.Has(r.Model) {
			continue
		}
		m, err := inf.Store.Open(r.Model)
		if err != nil {
			return err
		}
		models[r.Model] = m
	}
	claim.AddInferences(res, models)
	return nil
}
