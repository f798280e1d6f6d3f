package trace_test

import (
	"context"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/trace"
)

// benchCaches holds the 1B-step benchmark's snapshot directories across
// its runs (the testing package calls a benchmark function more than once),
// by engine; TestMain removes them.
var benchCaches = map[string]*benchCache{}

type benchCache struct {
	dir   string
	build time.Duration
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, c := range benchCaches {
		os.RemoveAll(c.dir)
	}
	os.Exit(code)
}

// BenchmarkStateHashAt1B: the state hash at random steps of the first
// billion steps of go/alloc, from a snapshot cache built beforehand, with
// the default interval, on each engine (unicorn when the build has it, and
// the interpreter). The first call builds the cache; build-s is how long
// that took.
func BenchmarkStateHashAt1B(b *testing.B) {
	for name, eng := range engines() {
		b.Run(name, func(b *testing.B) { benchStateHash(b, name, eng) })
	}
}

func benchStateHash(b *testing.B, name string, eng trace.Engine) {
	const steps = 1_000_000_000
	pre := elfPrestate(b, "go", "alloc")
	cfg := trace.Config{Prestate: pre, Identity: "bench", Engine: eng}
	c := benchCaches[name]
	if c == nil {
		dir, err := os.MkdirTemp("", "trace-bench-")
		if err != nil {
			b.Fatal(err)
		}
		c = &benchCache{dir: dir}
		benchCaches[name] = c
		cfg.Dir = dir
		p, err := trace.New(cfg)
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if _, err := p.StateHash(context.Background(), steps); err != nil {
			b.Fatal(err)
		}
		c.build = time.Since(start)
		st := p.Stats()
		p.Close()
		b.Logf("cache build: %d steps in %v (%.3g steps/s), %d snapshots, %d bytes (%d per snapshot)",
			uint64(steps), c.build.Round(time.Millisecond), steps/c.build.Seconds(), st.Files, st.DiskBytes,
			st.DiskBytes/max(int64(st.Files), 1))
	}
	cfg.Dir = c.dir
	p, err := trace.New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	rng := rand.New(rand.NewPCG(7, uint64(b.N)))
	b.ResetTimer()
	for range b.N {
		if _, err := p.StateHash(context.Background(), rng.Uint64N(steps)); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	st := p.Stats()
	b.ReportMetric(c.build.Seconds(), "build-s")
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/query")
	b.ReportMetric(float64(st.Replayed)/float64(b.N), "steps-replayed/query")
	b.ReportMetric(float64(st.Loaded)/float64(b.N), "loads/query")
}
