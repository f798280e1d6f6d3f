package gethadapter_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/gethadapter"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
)

// sloppy is a lying sequencer's precompile: it answers calls an honest
// one reverts, by running the honest precompile on what it reads from them
// (trailing words dropped, output_size taken to be the classifier's 1
// byte), or with class 9 when that does not answer either. Calls the
// honest one accepts get its answer.
type sloppy struct{ honest *gethadapter.Precompile }

func (s sloppy) Name() string                 { return "SLOPPY INFERENCE" }
func (s sloppy) RequiredGas(in []byte) uint64 { return s.honest.RequiredGas(in) }

func (s sloppy) Run(in []byte) ([]byte, error) {
	for n := len(in) &^ 31; n > 0; n -= 32 {
		if c, err := gethadapter.DecodeCall(in[:n]); err == nil {
			c.OutputSize = 1
			if out, err := s.honest.Run(gethadapter.EncodeCall(c)); err == nil {
				return out, nil
			}
			break
		}
	}
	return []byte{9}, nil
}

// TestAdapterPostsMalformedCalls: a sequencer that answers calls the
// precompile must revert whatever the model (a non-canonical encoding, an
// output_size that is not the output's length, bytes that are no encoding
// at all, an input over the deployment's bound), with the model's true
// output even, has the L2 consume results it should not have: the adapter
// posts them as claims on NoModel (their digests, which fit the
// deployment's sizes), an honest challenger wins them, and the report
// says contradicted, with why the call was malformed, also after a
// restart. A well-formed call in the same chain is posted as usual.
func TestAdapterPostsMalformedCalls(t *testing.T) {
	x := newAxonumSequencer(t, gethadapter.Options{}, func(p *gethadapter.Precompile) vm.PrecompiledContract { return sloppy{p} })
	ctx := context.Background()
	image, err := os.ReadFile(filepath.Join(images, "0000-9.bin"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := x.l2Sender.Send(ctx, "deploy catcher", nil, catcherCode, nil)
	if err != nil {
		t.Fatal(err)
	}
	catcher := r.ContractAddress
	call := func(data []byte) common.Hash {
		t.Helper()
		r, err := x.l2Sender.Send(ctx, "catcher", &catcher, data, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r.TxHash
	}
	good := gethadapter.Call{Model: x.model, Input: image, OutputSize: 1}
	wellFormed := call(gethadapter.EncodeCall(good))
	trailing := append(gethadapter.EncodeCall(good), make([]byte, 32)...)
	nonCanonical := call(trailing)
	twoBytes := good
	twoBytes.OutputSize = 2
	wrongSize := call(gethadapter.EncodeCall(twoBytes))
	garbage := []byte("not an abi encoding at all")
	undecodable := call(garbage)
	huge := gethadapter.Call{Model: x.model, Input: make([]byte, x.parties[0].Config.MaxInputBytes+1), OutputSize: 1}
	tooLong := call(gethadapter.EncodeCall(huge))

	state := filepath.Join(t.TempDir(), "adapter.json")
	a := x.adapter(state)
	if err := a.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := x.claimCount(); n != 5 {
		t.Fatalf("%d claims, want 5 (one per consumed result)", n)
	}
	entries, err := a.Report(ctx, 0, 1<<62)
	if err != nil {
		t.Fatal(err)
	}
	byTx := map[common.Hash]gethadapter.ReportEntry{}
	for _, e := range entries {
		byTx[e.Tx] = e
	}
	if len(byTx) != 5 {
		t.Fatalf("report %+v: want one entry per transaction", entries)
	}
	for tx, want := range map[common.Hash]struct {
		malformed string
		call      []byte
		decoded   gethadapter.Call
	}{
		wellFormed:   {"", nil, good},
		nonCanonical: {"not the canonical", trailing, good},
		wrongSize:    {"the output is 1 bytes, output_size 2", gethadapter.EncodeCall(twoBytes), twoBytes},
		undecodable:  {"malformed input", garbage, gethadapter.Call{}},
		tooLong:      {"an opML claim's input at most", gethadapter.EncodeCall(huge), huge},
	} {
		e := byTx[tx]
		if !bytes.Equal(e.Output, []byte{9}) || e.Model != want.decoded.Model || !bytes.Equal(e.Input, want.decoded.Input) || e.OutputSize != want.decoded.OutputSize ||
			!strings.Contains(e.Malformed, want.malformed) || (want.malformed == "") != (e.Malformed == "") || !bytes.Equal(e.Call, want.call) {
			t.Fatalf("entry of tx %s: %+v; want malformed %q, call %x", tx, e, want.malformed, want.call)
		}
		cl, err := x.parties[0].Claim(ctx, e.Claim)
		if err != nil {
			t.Fatal(err)
		}
		wantModel, wantInput, wantOutput := want.decoded.Model, want.decoded.Input, e.Output
		if want.malformed != "" {
			wantModel, wantInput, wantOutput = gethadapter.NoModel, gethadapter.MalformedInput(want.call, e.Output), nil
		}
		if cl.Model != wantModel || cl.InputHash != crypto.Keccak256Hash(wantInput) || !bytes.Equal(cl.Output, wantOutput) {
			t.Fatalf("claim of tx %s: %+v; want model %s, input %x, output %x", tx, cl, wantModel, wantInput, wantOutput)
		}
	}

	// The adapter's key defends (it concedes what its VM run rejects); an
	// honest challenger disputes what is wrong.
	newAgent := func(i int, name string) *agent.Agent {
		ag, err := agent.New(agent.Config{Client: x.parties[i], Store: x.store, Program: x.elf, CacheDir: filepath.Join(t.TempDir(), name),
			Interval: 1 << 20, Defend: true, Challenge: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(ag.Close)
		return ag
	}
	agents := []*agent.Agent{newAgent(1, "adapter"), newAgent(2, "challenger")}
	tick := func() {
		for range 2 {
			for _, ag := range agents {
				if err := ag.Tick(ctx); err != nil {
					t.Logf("tick: %v", err)
				}
			}
		}
	}
	tick()
	if err := x.l1.AdjustTime((clock + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	tick()
	a = x.adapter(state) // restarted: its state holds the malformed calls too
	got := x.report(a)
	for tx, want := range map[common.Hash]gethadapter.Verdict{
		wellFormed: gethadapter.VerdictPending, nonCanonical: gethadapter.VerdictContradicted, wrongSize: gethadapter.VerdictContradicted,
		undecodable: gethadapter.VerdictContradicted, tooLong: gethadapter.VerdictContradicted,
	} {
		if v := got[tx.Hex()[:10]+"/09"]; v != want {
			t.Fatalf("report %v: tx %s is %s, want %s", got, tx, v, want)
		}
	}
	// Asked about (model, image, 2), the report has the contradiction.
	if v, out, err := a.Lookup(ctx, x.model, image, 2); err != nil || v != gethadapter.VerdictContradicted || !bytes.Equal(out, []byte{9}) {
		t.Fatalf("lookup of the output_size 2 call: %v %x %v", v, out, err)
	}
}
