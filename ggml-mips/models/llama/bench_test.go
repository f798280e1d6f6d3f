package llama

import (
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
)

// BenchmarkGenerate generates with random Q8_0 weights of the small
// presets and reports generated tokens per second (the prompt's batch
// included in the time). 110m is skipped with -short; 1b and 7b, whose
// files Random would hold in memory, are not run.
func BenchmarkGenerate(b *testing.B) {
	prompt := []int32{1, 20, 300, 4, 50, 6, 7, 80}
	const n = 24
	for _, name := range []string{"1m", "15m", "110m"} {
		b.Run(name, func(b *testing.B) {
			if name == "110m" && testing.Short() {
				b.Skip("110m with -short")
			}
			cfg, _ := Preset(name)
			m := mustLoad(b, mustRandom(b, cfg, 1, ggml.Q8_0))
			for b.Loop() {
				if _, err := m.Generate(prompt, n); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

// BenchmarkGraph is the cost of building one decoding step's graph (no
// compute), the per-token overhead of the graph form.
func BenchmarkGraph(b *testing.B) {
	cfg, _ := Preset("15m")
	m := mustLoad(b, mustRandom(b, cfg, 1, ggml.Q8_0))
	c, err := m.NewCache(cfg.Context)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := m.Graph(c, []int32{1}, 100); err != nil {
			b.Fatal(err)
		}
	}
}
