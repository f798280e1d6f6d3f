// Command tokencheck encodes and decodes a fixed corpus with tokenizer
// vocabularies and prints one keccak256 line per vocabulary and mode
// (package tokencheck). Built natively, for arm64 and for MIPS, it must
// print the same lines everywhere; the tests run it under qemu and in the
// VM.
//
//	tokencheck [--light] [--texts N] [--hf NAME=DIR]...
//
// It checks the built-in vocabularies over the whole corpus, or with
// --light over the part of it the VM test uses; given --hf, it checks the
// Hugging Face tokenizer directories (tokenizer.json and
// tokenizer_config.json) instead.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/axonum/opml/ggml-mips/tokencheck"
)

// hfDirs collects the --hf NAME=DIR flags in order.
type hfDirs [][2]string

func (h *hfDirs) String() string { return fmt.Sprint(*h) }

func (h *hfDirs) Set(s string) error {
	name, dir, ok := strings.Cut(s, "=")
	if !ok || name == "" || dir == "" {
		return fmt.Errorf("want NAME=DIR, got %q", s)
	}
	*h = append(*h, [2]string{name, dir})
	return nil
}

func main() {
	light := flag.Bool("light", false, "check the built-in vocabularies over the VM test's part of the corpus only")
	first := flag.Int("texts", -1, "use only the first `N` texts of the corpus (0: build the vocabularies only, to measure that cost)")
	var hf hfDirs
	flag.Var(&hf, "hf", "check the Hugging Face tokenizer in `NAME=DIR` instead of the built-in vocabularies (repeatable)")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "tokencheck: unexpected arguments:", flag.Args())
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*light, *first, hf); err != nil {
		fmt.Fprintln(os.Stderr, "tokencheck:", err)
		os.Exit(1)
	}
}

func run(light bool, first int, hf hfDirs) error {
	texts := tokencheck.Corpus()
	if light {
		texts = tokencheck.Light()
	}
	if first >= 0 && first < len(texts) {
		texts = texts[:first]
	}
	if len(hf) == 0 {
		return tokencheck.Run(os.Stdout, texts)
	}
	for _, d := range hf {
		v, err := tokencheck.LoadHF(d[1])
		if err != nil {
			return fmt.Errorf("%s: %w", d[0], err)
		}
		if err := tokencheck.Check(os.Stdout, d[0], v, texts); err != nil {
			return err
		}
	}
	return nil
}
