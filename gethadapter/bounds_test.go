package gethadapter

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/plan"
)

// TestDefaultBounds: the CLI's default two-phase deployment.
func TestDefaultBounds(t *testing.T) {
	b := DefaultBounds()
	want := plan.Bounds{Positions: 2_097_152, ItemMACs: plan.DefaultItemWork, Window: 256 << 20, BlockBytes: 64 << 10}
	if *b != want || want.Window != protocol.NodeWindowSize {
		t.Fatalf("DefaultBounds = %+v, want %+v", *b, want)
	}
	if BoundsFor(64) != (plan.Bounds{Positions: 64, ItemMACs: plan.DefaultItemWork, Window: 256 << 20, BlockBytes: 64 << 10}) {
		t.Fatalf("BoundsFor(64) = %+v", BoundsFor(64))
	}
}

// planNeed is the plan's need, made as claim/multiphase.Open (the node
// program's code) makes the plan.
func planNeed(tb testing.TB, model, input []byte, b plan.Bounds) (plan.Need, error) {
	tb.Helper()
	f, err := gguf.Read(bytes.NewReader(model), int64(len(model)))
	if err != nil {
		tb.Fatal(err)
	}
	layout, _, err := models.LoadLayout(f)
	if err != nil {
		tb.Fatal(err)
	}
	s, err := layout.NewSession(input)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := plan.New(s)
	if err != nil {
		tb.Fatal(err)
	}
	b.HeaderBytes, b.BlockBytes = f.DataOffset, 32<<protocol.ModelBlockHeight
	return p.Need(b), p.Check(b)
}

// TestBoundsWithin: a call within the bounds runs as without them, at the
// same price.
func TestBoundsWithin(t *testing.T) {
	store := newStore(t)
	mnistFile := fashionModel(t)
	mnistAddr := addModel(t, store, mnistFile)
	llamaFile := randomLlama(t, smallLlama, ggml.Q8_0)
	llamaAddr := addModel(t, store, llamaFile)
	bounded, free := New(store, Options{Bounds: DefaultBounds()}), New(store, Options{})
	calls := []struct {
		c    Call
		file []byte
	}{
		{mnistCall(mnistAddr, testImage(t, "0000-9.bin")), mnistFile},
		{mnistCall(mnistAddr, testImage(t, "0001-2.bin")), mnistFile},
		{Call{Model: llamaAddr, Input: llama.EncodeInput([]int32{3, 4, 5}, 6), OutputSize: 24}, llamaFile},
		{Call{Model: llamaAddr, Input: llama.EncodeInput([]int32{3}, 0), OutputSize: 0}, llamaFile},
	}
	for _, tc := range calls {
		in := EncodeCall(tc.c)
		want, err := free.Run(in)
		if err != nil {
			t.Fatal(err)
		}
		got, err := bounded.Run(in)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("bounded Run = %x, %v; unbounded %x", got, err, want)
		}
		gas := free.RequiredGas(in)
		if g := bounded.RequiredGas(in); g != gas || gas == GasBase {
			t.Errorf("bounded RequiredGas = %d, unbounded %d", g, gas)
		}
		if g, err := Gas(tc.file, tc.c); g != gas || err != nil {
			t.Errorf("Gas = %d, %v; want %d", g, err, gas)
		}
		if err := CheckBounds(tc.file, tc.c.Input, *DefaultBounds()); err != nil {
			t.Errorf("CheckBounds: %v", err)
		}
	}
}

// refused requires p to refuse in, with GasBase and a reason containing
// want.
func refused(t *testing.T, p *Precompile, in []byte, want string) {
	t.Helper()
	if g := p.RequiredGas(in); g != GasBase {
		t.Errorf("RequiredGas = %d, want GasBase", g)
	}
	reason := revertReason(t, mustRevert(t, p, in))
	wantReason(t, reason, want)
	if strings.Contains(reason, "/") {
		t.Errorf("reason %q names a path", reason)
	}
}

// TestBoundsPositions: a call with too many tokens for the phase-1 trace is
// refused by Run with the reason, charged GasBase, refused by GasWithin and
// CheckBounds; one token fewer runs.
func TestBoundsPositions(t *testing.T) {
	store := newStore(t)
	file := randomLlama(t, smallLlama, ggml.Q8_0) // 53 items per token
	addr := addModel(t, store, file)
	b := plan.Bounds{Positions: 64, ItemMACs: DefaultItemMACs, Window: protocol.NodeWindowSize}
	p := New(store, Options{Bounds: &b})
	one := Call{Model: addr, Input: llama.EncodeInput([]int32{1, 2}, 1), OutputSize: 4}
	if _, err := p.Run(EncodeCall(one)); err != nil {
		t.Fatalf("one token (54 positions): %s", revertReason(t, mustRevert(t, p, EncodeCall(one))))
	}
	two := Call{Model: addr, Input: llama.EncodeInput([]int32{1, 2}, 2), OutputSize: 8}
	const why = "106 work items need 107 phase-1 positions, the deployment's trace has 64"
	refused(t, p, EncodeCall(two), "model "+addr.Hex()+": opML could not adjudicate this call: "+why)
	if g, err := GasWithin(file, two, &b); g != GasBase || err == nil || !strings.Contains(err.Error(), why) {
		t.Errorf("GasWithin = %d, %v", g, err)
	}
	if err := CheckBounds(file, two.Input, b); err == nil || err.Error() != why {
		t.Errorf("CheckBounds = %v, want %q", err, why)
	}
	// The refusal is the bounds': without them the call runs.
	if _, err := New(store, Options{}).Run(EncodeCall(two)); err != nil {
		t.Fatalf("unbounded: %v", err)
	}
	if g, err := GasWithin(file, two, nil); g == GasBase || err != nil {
		t.Errorf("GasWithin(nil bounds) = %d, %v", g, err)
	}
	// Asked again (cached), the same answer.
	refused(t, p, EncodeCall(two), why)

	// Concurrent first calls (a fresh precompile) agree with the above.
	p = New(store, Options{Bounds: &b})
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := []Call{one, two}[i%2]
			gas := p.RequiredGas(EncodeCall(c))
			_, err := p.Run(EncodeCall(c))
			if (err == nil) != (i%2 == 0) || (gas == GasBase) != (i%2 == 1) {
				errs <- fmt.Errorf("call %d: gas %d, %v", i, gas, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestBoundsItem: a model whose largest item does more work than ItemMACs,
// or maps more than the window, is refused; exactly at the bound it runs.
func TestBoundsItem(t *testing.T) {
	store := newStore(t)
	file := fashionModel(t)
	addr := addModel(t, store, file)
	in := EncodeCall(mnistCall(addr, testImage(t, "0000-9.bin")))
	need, _ := planNeed(t, file, testImage(t, "0000-9.bin"), *DefaultBounds())
	if need.ItemMACs != 800*128 || need.Window <= 256<<10 {
		t.Fatalf("the Fashion-MNIST plan needs %+v", need)
	}
	for _, tc := range []struct {
		name string
		b    plan.Bounds
		want string // "" runs
	}{
		{"work at the bound", plan.Bounds{Positions: 64, ItemMACs: need.ItemMACs, Window: need.Window}, ""},
		{"work", plan.Bounds{Positions: 64, ItemMACs: need.ItemMACs - 1, Window: 1 << 28},
			fmt.Sprintf("does 102400 units of work, more than the %d one phase-2 run may", need.ItemMACs-1)},
		{"window", plan.Bounds{Positions: 64, ItemMACs: 1 << 26, Window: need.Window - 1},
			fmt.Sprintf("an item maps %d bytes, more than the node program's %d-byte window", need.Window, need.Window-1)},
		{"positions at the bound", plan.Bounds{Positions: need.Positions, ItemMACs: 1 << 26, Window: 1 << 28}, ""},
		{"positions", plan.Bounds{Positions: need.Positions - 1, ItemMACs: 1 << 26, Window: 1 << 28}, "need 7 phase-1 positions"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := New(store, Options{Bounds: &tc.b})
			if tc.want == "" {
				if out, err := p.Run(in); err != nil || !bytes.Equal(out, []byte{9}) {
					t.Fatalf("Run = %x, %v", out, err)
				}
				return
			}
			refused(t, p, in, tc.want)
		})
	}
}

// prompted is a llama with a context long enough for the prompt to decide.
var prompted = llama.Config{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 100, Context: 64}

// TestBoundsMonotone: a plan's needs do not shrink with a longer prompt or
// more tokens (an item's work: not above plan.ChunkWork, which the
// deployments' bound exceeds), which the precompile's prompt limit relies
// on (a prompt as long as one that does not fit with one token does not
// fit with any).
func TestBoundsMonotone(t *testing.T) {
	for _, cfg := range []llama.Config{prompted, {Dim: 32, Layers: 1, Heads: 2, FFN: 64, Vocab: 40, Context: 24, TiedOutput: true}} {
		file := randomLlama(t, cfg, ggml.Q4_0)
		need := map[[2]int]plan.Need{}
		for p := 1; p < cfg.Context; p++ {
			for n := 1; p+n <= cfg.Context && n <= 6; n++ {
				need[[2]int{p, n}], _ = planNeed(t, file, llama.EncodeInput(make([]int32, p), uint32(n)), *DefaultBounds())
			}
		}
		for k, a := range need {
			for _, next := range [][2]int{{k[0] + 1, k[1]}, {k[0], k[1] + 1}} {
				b, ok := need[next]
				// An item's work fluctuates under plan.ChunkWork as blocks
				// of rows are cut differently; above it (a node that cannot
				// be split, a single row) it only grows.
				if ok && (b.Positions < a.Positions || max(b.ItemMACs, plan.ChunkWork) < max(a.ItemMACs, plan.ChunkWork) || b.Window < a.Window) {
					t.Errorf("%+v: (P, N) = %v needs %+v, %v needs %+v", cfg, k, a, next, b)
				}
			}
		}
	}
}

// TestBoundsPrompt: for every prompt length and number of tokens the
// precompile decides as the plan does; prompts from the first probed
// length that does not fit are refused without building their graphs.
func TestBoundsPrompt(t *testing.T) {
	store := newStore(t)
	file := randomLlama(t, prompted, ggml.Q8_0)
	addr := addModel(t, store, file)
	// The prompt batch's silu does 98,304·P units of work (96 wide, 1,024
	// units an element): prompts up to 10 fit, the probe finds 16 the
	// first that does not. 3 tokens fit the trace, not 4.
	b := plan.Bounds{Positions: 3*53 + 1, ItemMACs: 1_000_000, Window: protocol.NodeWindowSize}
	p := New(store, Options{Bounds: &b})
	for prompt := 1; prompt < prompted.Context; prompt++ {
		for n := 0; prompt+n <= prompted.Context && n <= 5; n++ {
			c := Call{Model: addr, Input: llama.EncodeInput(make([]int32, prompt), uint32(n)), OutputSize: 4 * uint64(n)}
			in := EncodeCall(c)
			_, planErr := planNeed(t, file, c.Input, b)
			gas := p.RequiredGas(in)
			_, err := p.Run(in)
			if (err == nil) != (planErr == nil) || (gas == GasBase) != (planErr != nil) {
				t.Fatalf("P %d, N %d: Run %v, gas %d; the plan: %v", prompt, n, err, gas, planErr)
			}
			if fits := n == 0 || prompt <= 10 && n <= 3; fits != (planErr == nil) {
				t.Fatalf("P %d, N %d: the plan says %v", prompt, n, planErr)
			}
			if err := CheckBounds(file, c.Input, b); (err == nil) != (planErr == nil) {
				t.Fatalf("P %d, N %d: CheckBounds %v, the plan %v", prompt, n, err, planErr)
			}
			if planErr == nil {
				continue
			}
			reason := revertReason(t, mustRevert(t, p, in))
			fast := strings.Contains(reason, "every prompt of 16 or more")
			if fast != (prompt >= 16 && n > 0) {
				t.Fatalf("P %d, N %d: %q", prompt, n, reason)
			}
			if fast {
				wantReason(t, reason, fmt.Sprintf("a prompt of %d tokens is beyond the deployment's bounds, as every prompt of 16 or more is: "+
					"graph 0 node 30 (silu) does 1572864 units of work, more than the 1000000 one phase-2 run may", prompt))
			}
		}
	}
}

// TestBoundsUnplannable: a call of a model the node program cannot load
// is refused (models.Load accepts whatever LoadLayout accepts, so this
// is the fit's own error path).
func TestBoundsUnplannable(t *testing.T) {
	f := newFit([]byte("not a model"), *DefaultBounds())
	if err := f.Check(nil, []byte{1}); err == nil || !strings.Contains(err.Error(), "cannot read the model") {
		t.Fatalf("check = %v", err)
	}
	if err := CheckBounds(fashionModel(t), []byte{1, 2, 3}, *DefaultBounds()); err == nil {
		t.Fatal("CheckBounds accepts a 3-byte image")
	}
}

// BenchmarkBoundsCheck measures what the check costs a precompile the
// first time it sees a model and input shape, averaged over a few fresh
// checks (first: the prompt limit probed up to the prompt, then the plan
// unless the limit refuses it, as the precompile does on a model's first
// call; plan: the plan alone, as CheckBounds does), with the bytes each
// allocates, and afterwards (cached: ns/op). On 110m the limit is 1,024
// tokens: 64 and 100 fit, 900 is refused by its plan (its attention
// scores exceed the node program's window).
func BenchmarkBoundsCheck(b *testing.B) {
	for _, w := range []struct {
		preset string
		p, n   int
	}{{"1m", 8, 24}, {"15m", 8, 24}, {"110m", 1, 1}, {"110m", 8, 24}, {"110m", 64, 1}, {"110m", 100, 1}, {"110m", 900, 100}} {
		cfg, _ := llama.Preset(w.preset)
		b.Run(fmt.Sprintf("%s/P%d-N%d", w.preset, w.p, w.n), func(b *testing.B) {
			if w.preset == "110m" && testing.Short() {
				b.Skip("110m with -short")
			}
			file, err := llama.Random(cfg, 1, ggml.Q8_0)
			if err != nil {
				b.Fatal(err)
			}
			m, arch, err := models.Load(file)
			if err != nil {
				b.Fatal(err)
			}
			sh, err := shapeOf(file, m, arch)
			if err != nil {
				b.Fatal(err)
			}
			input := llama.EncodeInput(make([]int32, w.p), uint32(w.n))
			const runs = 6
			measure := func(check func(f *fit) error) (time.Duration, uint64, error) {
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				alloc := ms.TotalAlloc
				var d time.Duration
				var err error
				for range runs {
					f := newFit(file, *DefaultBounds())
					start := time.Now()
					err = check(f)
					d += time.Since(start)
				}
				runtime.ReadMemStats(&ms)
				return d / runs, (ms.TotalAlloc - alloc) / runs, err
			}
			plan, planBytes, planErr := measure(func(f *fit) error { return f.Check(nil, input) })
			first, firstBytes, firstErr := measure(func(f *fit) error { return f.Check(sh, input) })
			if (planErr == nil) != (firstErr == nil) {
				b.Fatalf("plan %v, first %v", planErr, firstErr)
			}
			f := newFit(file, *DefaultBounds())
			f.Check(sh, input)
			for b.Loop() {
				f.Check(sh, input)
			}
			b.ReportMetric(float64(plan.Microseconds())/1000, "ms-plan")
			b.ReportMetric(float64(planBytes>>20), "MB-plan")
			b.ReportMetric(float64(first.Microseconds())/1000, "ms-first")
			b.ReportMetric(float64(firstBytes>>20), "MB-first")
			b.Logf("fits: %v", firstErr)
		})
	}
}
