package multiphase

import (
	"fmt"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models/llama"
)

// BenchmarkGraphTrace measures the native phase-1 trace (every item's
// commitment) of 15m claims: many generated tokens (each rewrites the KV
// cache) and a long prompt (its nodes split into blocks of rows).
func BenchmarkGraphTrace(b *testing.B) {
	cfg, _ := llama.Preset("15m")
	model, err := llama.Random(cfg, 1, ggml.Q8_0)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ prompt, gen int }{{8, 128}, {200, 1}} {
		b.Run(fmt.Sprintf("15m/P%d-N%d", c.prompt, c.gen), func(b *testing.B) {
			input := llama.EncodeInput(make([]int32, c.prompt), uint32(c.gen))
			for b.Loop() {
				tr, err := Compute(model, input, nil)
				if err != nil || tr.Err != nil {
					b.Fatal(err, tr.Err)
				}
				b.ReportMetric(float64(tr.Items), "items")
			}
		})
	}
}
