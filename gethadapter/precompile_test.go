package gethadapter

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/plan"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/common"
)

// expectedImage is one entry of the committed images/expected.json.
type expectedImage struct {
	File      string `json:"file"`
	Label     int    `json:"label"`
	Predicted int    `json:"predicted"`
}

func expectedImages(tb testing.TB) []expectedImage {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(mnistDir, "images", "expected.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var e struct{ Images []expectedImage }
	if err := json.Unmarshal(b, &e); err != nil {
		tb.Fatal(err)
	}
	if len(e.Images) == 0 {
		tb.Fatal("expected.json lists no images")
	}
	return e.Images
}

// TestRunMatchesInfer: for every committed image, the precompile's output
// is models.Infer's and the class expected.json records.
func TestRunMatchesInfer(t *testing.T) {
	store := newStore(t)
	model := fashionModel(t)
	addr := addModel(t, store, model)
	p := New(store, Options{})
	for _, img := range expectedImages(t) {
		image := testImage(t, img.File)
		out, err := p.Run(EncodeCall(mnistCall(addr, image)))
		if err != nil {
			t.Fatalf("%s: %v", img.File, err)
		}
		native, err := models.Infer(model, image)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, native) || !bytes.Equal(out, []byte{byte(img.Predicted)}) {
			t.Errorf("%s: precompile %x, models.Infer %x, expected.json %d", img.File, out, native, img.Predicted)
		}
	}
}

// smallLlama is a random llama small enough for fast tests, with grouped-
// query attention and an untied head.
var smallLlama = llama.Config{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 100, Context: 32}

func randomLlama(tb testing.TB, cfg llama.Config, typ ggml.Type) []byte {
	tb.Helper()
	b, err := llama.Random(cfg, 7, typ)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestRefusals: every call Run refuses reverts with vm.ErrExecutionReverted
// and an "inference: " reason, and RequiredGas charges GasBase for it.
func TestRefusals(t *testing.T) {
	store := newStore(t)
	mnistAddr := addModel(t, store, fashionModel(t))
	llamaAddr := addModel(t, store, randomLlama(t, smallLlama, ggml.Q8_0))
	corrupt := addModel(t, store, randomLlama(t, smallLlama, ggml.F32))
	corruptFile(t, store, corrupt)
	junk := addModel(t, store, []byte("GGUF? no: these bytes are not a model file"))
	image := testImage(t, "0000-9.bin")
	valid := EncodeCall(mnistCall(mnistAddr, image))
	unknown := oracle.AddressOf([]byte("not stored"))
	// The classifier's address with byte 0 changed, and a copy of the
	// classifier stored under that name: the VM would not map it, so it is
	// refused.
	alias := mnistAddr
	alias[0] = 0
	if err := os.WriteFile(store.Path(alias), fashionModel(t), 0o444); err != nil {
		t.Fatal(err)
	}

	p := New(store, Options{Log: quiet})
	for _, c := range []struct {
		name, want string
		input      []byte
	}{
		{"empty input", "malformed input", nil},
		{"garbage", "malformed input", []byte("hello, precompile")},
		{"truncated", "malformed input", valid[:len(valid)-1]},
		{"trailing byte", "not the canonical", append(bytes.Clone(valid), 0)},
		{"dirty padding", "not the canonical", func() []byte { b := bytes.Clone(valid); b[len(b)-1] = 1; return b }()},
		{"huge output_size", "output_size", EncodeCall(Call{Model: mnistAddr, Input: image, OutputSize: 1 << 40})},
		{"unknown model", "unknown model " + unknown.Hex(), EncodeCall(mnistCall(unknown, image))},
		{"aliased address", alias.Hex() + ": not a model address: byte 0 is 0x00", EncodeCall(mnistCall(alias, image))},
		{"corrupt model", "does not match its address", EncodeCall(Call{Model: corrupt, Input: llama.EncodeInput([]int32{1}, 1), OutputSize: 4})},
		{"not a model", "cannot be loaded", EncodeCall(mnistCall(junk, image))},
		{"short image", "input is 783 bytes, want 784", EncodeCall(mnistCall(mnistAddr, image[:783]))},
		{"output_size mismatch", "output_size is 2, but the model outputs 1 bytes", EncodeCall(Call{Model: mnistAddr, Input: image, OutputSize: 2})},
		{"llama input length", "input is 6 bytes", EncodeCall(Call{Model: llamaAddr, Input: make([]byte, 6), OutputSize: 0})},
		{"llama token", "prompt token 1 is 100, want 0..99", EncodeCall(Call{Model: llamaAddr, Input: llama.EncodeInput([]int32{3, 100}, 1), OutputSize: 4})},
		{"llama context", "exceed the context of 32", EncodeCall(Call{Model: llamaAddr, Input: llama.EncodeInput([]int32{3, 4}, 31), OutputSize: 4 * 31})},
		{"llama output_size", "output_size is 4, but the model outputs 8 bytes", EncodeCall(Call{Model: llamaAddr, Input: llama.EncodeInput([]int32{3}, 2), OutputSize: 4})},
		{"input over opML's bound", "opML could not adjudicate this call: input_data is 32769 bytes, an opML claim's input at most 32768",
			EncodeCall(Call{Model: mnistAddr, Input: make([]byte, onchain.DefaultMaxInputBytes+1), OutputSize: 1})},
		{"output_size over opML's bound", "opML could not adjudicate this call: output_size is 4097, an opML claim's output at most 4096 bytes",
			EncodeCall(Call{Model: mnistAddr, Input: image, OutputSize: onchain.DefaultMaxOutputBytes + 1})},
	} {
		t.Run(c.name, func(t *testing.T) {
			if gas := p.RequiredGas(c.input); gas != GasBase {
				t.Errorf("RequiredGas = %d, want GasBase %d", gas, GasBase)
			}
			wantReason(t, revertReason(t, mustRevert(t, p, c.input)), c.want)
		})
	}
	// The refusals left the precompile as it was.
	if out, err := p.Run(valid); err != nil || !bytes.Equal(out, []byte{9}) {
		t.Fatalf("Run after the refusals = %x, %v", out, err)
	}
}

// TestSizeBounds: Options.MaxInputBytes and MaxOutputBytes are the
// deployment's: a call at them runs, one byte over either is refused at
// GasBase with the reason, and GasWithin refuses what the default bounds
// refuse.
func TestSizeBounds(t *testing.T) {
	store := newStore(t)
	mnistAddr := addModel(t, store, fashionModel(t))
	model := fashionModel(t)
	llamaFile := randomLlama(t, smallLlama, ggml.Q8_0)
	llamaAddr := addModel(t, store, llamaFile)
	image := testImage(t, "0000-9.bin")
	prompt := llama.EncodeInput([]int32{3, 4}, 2) // 12 bytes in, 8 out
	for _, tc := range []struct {
		name          string
		maxIn, maxOut uint64
		call          Call
		want          string // "" if it runs
	}{
		{"image at the bounds", 784, 1, mnistCall(mnistAddr, image), ""},
		{"image over the input bound", 783, 1, mnistCall(mnistAddr, image), "input_data is 784 bytes, an opML claim's input at most 783"},
		{"llama at the bounds", 12, 8, Call{Model: llamaAddr, Input: prompt, OutputSize: 8}, ""},
		{"llama over the output bound", 12, 7, Call{Model: llamaAddr, Input: prompt, OutputSize: 8}, "output_size is 8, an opML claim's output at most 7 bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := New(store, Options{Log: quiet, MaxInputBytes: tc.maxIn, MaxOutputBytes: tc.maxOut})
			in := EncodeCall(tc.call)
			if tc.want == "" {
				if out, err := p.Run(in); err != nil || uint64(len(out)) != tc.call.OutputSize {
					t.Fatalf("Run = %x, %v", out, err)
				}
				if gas := p.RequiredGas(in); gas == GasBase {
					t.Fatalf("RequiredGas = GasBase for a call that runs")
				}
				return
			}
			if gas := p.RequiredGas(in); gas != GasBase {
				t.Errorf("RequiredGas = %d, want GasBase %d", gas, GasBase)
			}
			wantReason(t, revertReason(t, mustRevert(t, p, in)), "model "+tc.call.Model.Hex()+": opML could not adjudicate this call: "+tc.want)
		})
	}
	if _, err := GasWithin(model, Call{Model: mnistAddr, Input: image, OutputSize: onchain.DefaultMaxOutputBytes + 1}, nil); err == nil ||
		!strings.Contains(err.Error(), "output_size is 4097") {
		t.Errorf("GasWithin of an output_size over the default bound: %v", err)
	}
}

// TestUnknownModelAddedLater: a failed load is not remembered, so a model
// added to the store afterwards is served.
func TestUnknownModelAddedLater(t *testing.T) {
	store := newStore(t)
	model := fashionModel(t)
	addr := oracle.AddressOf(model)
	p := New(store, Options{})
	in := EncodeCall(mnistCall(addr, testImage(t, "0009-7.bin")))
	wantReason(t, revertReason(t, mustRevert(t, p, in)), "unknown model")
	addModel(t, store, model)
	if out, err := p.Run(in); err != nil || !bytes.Equal(out, []byte{7}) {
		t.Fatalf("Run = %x, %v; want 07", out, err)
	}
}

// TestLie: a lying precompile returns what Lie says, honest calls pass.
func TestLie(t *testing.T) {
	store := newStore(t)
	addr := addModel(t, store, fashionModel(t))
	var seen []Call
	p := New(store, Options{Lie: func(c Call, out []byte) []byte {
		seen = append(seen, c)
		if out[0] == 9 { // call every ankle boot a sneaker
			return []byte{7}
		}
		return out
	}})
	for img, want := range map[string]byte{"0000-9.bin": 7, "0001-2.bin": 2} {
		c := mnistCall(addr, testImage(t, img))
		out, err := p.Run(EncodeCall(c))
		if err != nil || !bytes.Equal(out, []byte{want}) {
			t.Errorf("%s: Run = %x, %v; want %02x", img, out, err, want)
		}
		if len(seen) == 0 || !bytes.Equal(seen[len(seen)-1].Input, c.Input) || seen[len(seen)-1].Model != addr {
			t.Errorf("%s: Lie was not given the call", img)
		}
	}
}

// TestConcurrentCalls runs calls on several models at once through a cache
// that holds only one of them (go test -race checks the locking).
func TestConcurrentCalls(t *testing.T) {
	store := newStore(t)
	mnistModel := fashionModel(t)
	llamaModel := randomLlama(t, smallLlama, ggml.Q8_0)
	calls := []Call{
		mnistCall(addModel(t, store, mnistModel), testImage(t, "0002-1.bin")),
		{Model: addModel(t, store, llamaModel), Input: llama.EncodeInput([]int32{5, 6, 7}, 3), OutputSize: 12},
	}
	want := make([][]byte, len(calls))
	for i, c := range calls {
		var err error
		if want[i], err = models.Infer([][]byte{mnistModel, llamaModel}[i], c.Input); err != nil {
			t.Fatal(err)
		}
	}
	p := New(store, Options{CacheModels: 1})
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 8 {
		wg.Go(func() {
			for i := range 6 {
				k := (g + i) % len(calls)
				in := EncodeCall(calls[k])
				if gas := p.RequiredGas(in); gas == GasBase {
					errs <- fmt.Errorf("call %d: RequiredGas = GasBase", k)
				}
				out, err := p.Run(in)
				if err != nil || !bytes.Equal(out, want[k]) {
					errs <- fmt.Errorf("call %d: Run = %x, %v; want %x", k, out, err, want[k])
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// FuzzPrecompile: no input makes RequiredGas or Run panic, a refusal is
// always a revert with Error(string) data at GasBase, and a call that runs
// returns output_size bytes; with and without bounds (small ones, which the
// llama seeds' third token crosses), and the two agree on every call
// within them.
func FuzzPrecompile(f *testing.F) {
	store := newStore(f)
	mnistAddr := addModel(f, store, fashionModel(f))
	llamaAddr := addModel(f, store, randomLlama(f, llama.Config{Dim: 32, Layers: 1, Heads: 2, FFN: 32, Vocab: 16, Context: 8}, ggml.Q8_0))
	image := testImage(f, "0000-9.bin")
	f.Add(EncodeCall(mnistCall(mnistAddr, image)))
	f.Add(EncodeCall(Call{Model: llamaAddr, Input: llama.EncodeInput([]int32{1, 2}, 2), OutputSize: 8}))
	f.Add(EncodeCall(Call{Model: llamaAddr, Input: []byte{0, 0, 0, 1, 0, 0, 0, 2}, OutputSize: 4}))
	f.Add([]byte{})
	f.Add(common.FromHex("0x08c379a0"))
	f.Add(EncodeCall(Call{Model: llamaAddr, Input: llama.EncodeInput([]int32{1, 2}, 3), OutputSize: 12}))
	p := New(store, Options{})
	bounded := New(store, Options{Bounds: &plan.Bounds{Positions: 64, ItemMACs: 1 << 12, Window: 1 << 20}})
	f.Fuzz(func(t *testing.T, in []byte) {
		var outs [2][]byte
		var gases [2]uint64
		for i, p := range []*Precompile{p, bounded} {
			gas := p.RequiredGas(in)
			out, err := p.Run(in)
			if err != nil {
				if gas != GasBase {
					t.Fatalf("refused call charged %d gas", gas)
				}
				revertReason(t, mustRevert(t, p, in))
				continue
			}
			c, derr := DecodeCall(in)
			if derr != nil || uint64(len(out)) != c.OutputSize {
				t.Fatalf("ran %x: decode %v, %d bytes of output", in, derr, len(out))
			}
			outs[i], gases[i] = out, gas
		}
		if outs[1] != nil && (!bytes.Equal(outs[0], outs[1]) || gases[0] != gases[1]) {
			t.Fatalf("bounded: %x for %d gas; unbounded: %x for %d gas", outs[1], gases[1], outs[0], gases[0])
		}
	})
}
