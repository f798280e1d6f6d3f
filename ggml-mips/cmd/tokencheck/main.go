// Command tokencheck encodes and decodes a fixed corpus with tokenizer
// vocabularies and prints one keccak256 line per vocabulary and mode
// (package tokencheck). Built natively, for arm64 and for MIPS, it must
// print the same lines everywhere; the tests run it under qemu and in the
// VM.
//
//	tokencheck [--light] [--hf NAME=DIR]...
//
// It checks the built-in vocabularies over the whole corpus, or with
// --light over the part of it the VM test uses, then each Hugging Face
// tokenizer directory given with --hf (tokenizer.json and
// tokenizer_config.json) over the same texts.
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
	var hf hfDirs
	flag.Var(&hf, "hf", "also check the Hugging Face tokenizer in `NAME=DIR` (repeatable)")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "tokencheck: unexpected arguments:", flag.Args())
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*light, hf); err != nil {
		fmt.Fprintln(os.Stderr, "tokencheck:", err)
		os.Exit(1)
	}
}

func run(light bool, hf hfDirs) error {
	texts := tokencheck.Corpus()
	if light {
		texts = tokencheck.Light()
	}
	if err := tokencheck.Run(os.Stdout, texts); err != nil {
		return err
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
