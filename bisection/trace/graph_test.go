package trace

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/axonum/opml/claim/multiphase"
)

// TestGraphCache: the phase-1 trace is computed once and read back by a
// restarted player; a damaged or foreign file is recomputed.
func TestGraphCache(t *testing.T) {
	model, err := os.ReadFile("../../ggml-mips/models/mnist/testdata/fashion-mnist.gguf")
	if err != nil {
		t.Fatal(err)
	}
	input, err := os.ReadFile("../../ggml-mips/models/mnist/testdata/images/0000-9.bin")
	if err != nil {
		t.Fatal(err)
	}
	want, err := multiphase.Compute(model, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	computed := 0
	compute := func() (*multiphase.Trace, error) { computed++; return multiphase.Compute(model, input, nil) }
	check := func(g *Graph) {
		t.Helper()
		for p := range uint64(len(want.Hashes) + 3) {
			h, err := g.StateHash(context.Background(), p)
			if err != nil || h != want.At(p) {
				t.Fatalf("position %d: %x, %v; want %x", p, h, err, want.At(p))
			}
		}
		if g.Items() != want.Items || string(g.Output()) != string(want.Output) || !g.Usable() {
			t.Fatalf("items %d output %x usable %v", g.Items(), g.Output(), g.Usable())
		}
	}
	for i := 0; i < 2; i++ {
		g, err := OpenGraph(dir, "claim A", compute)
		if err != nil {
			t.Fatal(err)
		}
		check(g)
	}
	if computed != 1 {
		t.Fatalf("computed %d times, want once", computed)
	}
	// Another claim in the same directory, then a damaged file.
	if _, err := OpenGraph(dir, "claim B", compute); err != nil || computed != 2 {
		t.Fatalf("%v, computed %d", err, computed)
	}
	path := filepath.Join(dir, "graph-trace.bin")
	data, _ := os.ReadFile(path)
	data[40] ^= 1
	os.WriteFile(path, data, 0o644)
	g, err := OpenGraph(dir, "claim B", compute)
	if err != nil || computed != 3 {
		t.Fatalf("%v, computed %d", err, computed)
	}
	_ = g
	if _, err := OpenGraph(dir, "claim C", func() (*multiphase.Trace, error) { return nil, errors.New("boom") }); err == nil {
		t.Fatal("a failed computation gave a trace")
	}
}
