package tokenizer

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
)

// TestUnicodeVersion pins the Unicode tables the pre-tokenizers use: the
// character classes equal llama.cpp's only with Go's 15.0 tables plus
// CJK Extension I (pretok.go). A Go release with newer tables needs that
// comparison made again.
func TestUnicodeVersion(t *testing.T) {
	if unicode.Version != "15.0.0" {
		t.Fatalf("Go's Unicode tables are %s; isLetter/isNumber/isSpace were checked against llama.cpp's for 15.0.0 plus CJK Extension I", unicode.Version)
	}
	if !isLetter(0x2EBF0) || !isLetter(0x2EE5D) || isLetter(0x2EE5E) || isLetter(0x2EBEF) {
		t.Error("CJK Extension I is not exactly U+2EBF0..U+2EE5D")
	}
	for _, r := range []rune{'\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000} {
		if !isSpace(r) {
			t.Errorf("%U is not whitespace", r)
		}
	}
	for _, r := range []rune{0x200B, 0xFEFF, 0x180E, 'a'} {
		if isSpace(r) {
			t.Errorf("%U is whitespace", r)
		}
	}
}

func TestCodepoints(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []rune
	}{
		{"aé😀", []rune{'a', 'é', '😀'}},
		{"\x80", []rune{0xFFFD}},
		{"\xC3", []rune{0xFFFD}},                   // truncated
		{"\xE2\x82x", []rune{0xFFFD, 0xFFFD, 'x'}}, // each bad byte alone
		{"\xC0\x80", []rune{0}},                    // overlong, read as llama.cpp reads it
		{"\xED\xA0\x80", []rune{0xD800}},           // a surrogate
		{"\xF8\x88", []rune{0xFFFD, 0xFFFD}},
		{"\xF7\xBF\xBF\xBF", []rune{0xFFFD}}, // beyond U+10FFFF
	} {
		if got := codepoints(nil, c.in); !slices.Equal(got, c.want) {
			t.Errorf("codepoints(%q) = %U, want %U", c.in, got, c.want)
		}
	}
	if got := appendUTF8(nil, 0xD800); !bytes.Equal(got, []byte("\xED\xA0\x80")) {
		t.Errorf("appendUTF8(U+D800) = %x", got)
	}
}

// TestSplit checks the pre-tokenizers' words against what the regexes
// match.
func TestSplit(t *testing.T) {
	words := func(text string, maxDigits int) []string {
		cps := codepoints(nil, text)
		var out []string
		split(cps, maxDigits, func(s, e int) { out = append(out, string(cps[s:e])) })
		return out
	}
	for _, c := range []struct {
		in        string
		maxDigits int
		want      []string
	}{
		{"Hello world", 3, []string{"Hello", " world"}},
		{"I'm HE'LL 'x", 3, []string{"I", "'m", " HE", "'LL", " '", "x"}},
		{"1234567", 3, []string{"123", "456", "7"}},
		{"1234567", 1, []string{"1", "2", "3", "4", "5", "6", "7"}},
		{"a  b", 3, []string{"a", " ", " b"}},
		{"a   ", 3, []string{"a", "   "}},
		{"x\n\n  y", 3, []string{"x", "\n\n", " ", " y"}},
		{"x \n \ty", 3, []string{"x", " \n", " ", "\ty"}},
		{"a?! b...\n\nc", 3, []string{"a", "?!", " b", "...\n\n", "c"}},
		{" !", 3, []string{" !"}},
		{"x ", 3, []string{"x", " "}},
		{"\u00a0word", 3, []string{"\u00a0word"}},
		{"٣٤٥٦", 3, []string{"٣٤٥", "٦"}},
		{"日本語", 3, []string{"日本語"}},
		{"😀😃 x", 3, []string{"😀😃", " x"}},
		{"", 3, nil},
	} {
		if got := words(c.in, c.maxDigits); !slices.Equal(got, c.want) {
			t.Errorf("split(%q, %d) = %q, want %q", c.in, c.maxDigits, got, c.want)
		}
	}
}

func TestCleanSpaces(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Hello , world !", "Hello, world!"},
		{"a ' b", "a'b"},
		{"a ' ' b", "a'' b"}, // the second apostrophe sees the overwritten space
		{"I 'm , you 're , we 've , he 's", "I'm, you're, we've, he's"},
		{"don 't , I 'd , they 'll", "don 't, I 'd, they 'll"},
		{"", ""}, {" ", " "}, {" .", "."},
	} {
		if got := string(cleanSpaces([]byte(c.in))); got != c.want {
			t.Errorf("cleanSpaces(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// spmVocab is a small SentencePiece vocabulary: <unk> <s> </s>, byte
// tokens for 'x' and 0xC3, then pieces with scores.
func spmVocab(t *testing.T, extra ...gguf.KV) *Vocab {
	t.Helper()
	tokens := []string{"<unk>", "<s>", "</s>", "<0x78>", "<0xC3>", "▁", "a", "b", "▁a", "ab", "▁ab", "<user>", "é"}
	scores := []float32{0, 0, 0, 0, 0, -1, -2, -3, -4, -5, -6, 0, -7}
	types := []int32{typeUnknown, typeControl, typeControl, typeByte, typeByte, 1, 1, 1, 1, 1, 1, typeUserDefined, 1}
	kv := append([]gguf.KV{
		{Key: "tokenizer.ggml.model", Value: gguf.String("llama")},
		{Key: "tokenizer.ggml.tokens", Value: gguf.Array(tokens)},
		{Key: "tokenizer.ggml.scores", Value: gguf.Array(scores)},
		{Key: "tokenizer.ggml.token_type", Value: gguf.Array(types)},
	}, extra...)
	v, err := Load(&gguf.File{KV: kv})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestSPM(t *testing.T) {
	v := spmVocab(t)
	for _, c := range []struct {
		in      string
		opt     EncodeOptions
		want    []uint32
		decoded string
	}{
		{"ab", EncodeOptions{}, []uint32{10}, "ab"},                       // "▁ab" beats "▁a"+"b"
		{"ab", EncodeOptions{AddSpecial: true}, []uint32{1, 10}, " ab"},   // BOS; llama.cpp keeps the space then
		{"b a", EncodeOptions{}, []uint32{5, 7, 8}, "b a"},                // "▁" "b" "▁a"
		{"x", EncodeOptions{}, []uint32{5, 3}, "x"},                       // byte fallback
		{"é", EncodeOptions{}, []uint32{5, 12}, "é"},                      // a piece
		{"<s>a", EncodeOptions{ParseSpecial: true}, []uint32{1, 8}, " a"}, // a space after a special token
		{"a<user>b", EncodeOptions{}, []uint32{8, 11, 5, 7}, "a<user> b"}, // user-defined: always a token
		{"", EncodeOptions{AddSpecial: true}, []uint32{1}, ""},
		{"", EncodeOptions{}, nil, ""},
	} {
		got, err := v.Encode(c.in, c.opt)
		if err != nil {
			t.Fatalf("Encode(%q): %v", c.in, err)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Encode(%q, %+v) = %v, want %v", c.in, c.opt, got, c.want)
		}
		dec, err := v.Decode(got, DecodeOptions{RemoveSpecial: true})
		if err != nil || dec != c.decoded {
			t.Errorf("Decode(%v) = %q, %v; want %q", got, dec, err, c.decoded)
		}
	}
	// Without a token for byte 'y' byte fallback fails, as llama.cpp's
	// throws.
	if _, err := v.Encode("y", EncodeOptions{}); err == nil || !strings.Contains(err.Error(), "byte 0x79") {
		t.Errorf("Encode(y): %v, want an error naming byte 0x79", err)
	}
	if v.Placeholder() {
		t.Error("a real vocabulary reads as the placeholder")
	}
	// tokenizer.ggml.add_space_prefix false: no space before the text.
	v = spmVocab(t, gguf.KV{Key: "tokenizer.ggml.add_space_prefix", Value: gguf.Bool(false)})
	if got, _ := v.Encode("ab", EncodeOptions{}); !slices.Equal(got, []uint32{9}) {
		t.Errorf("without the space prefix: %v, want [9]", got)
	}
}

// bpeVocab is a small byte-level BPE vocabulary with the Llama 3
// pre-tokenizer.
func bpeVocab(t *testing.T, pre string) *Vocab {
	t.Helper()
	tokens := []string{"h", "e", "l", "o", "Ġ", "he", "ll", "llo", "hello", "Ġh", "<|bos|>", "1", "2", "12", "Ġhe"}
	merges := []string{"h e", "l l", "ll o", "he llo", "Ġ h", "1 2", "Ġh e"}
	types := make([]int32, len(tokens))
	for i := range types {
		types[i] = typeNormal
	}
	types[10] = typeControl
	v, err := Load(&gguf.File{KV: []gguf.KV{
		{Key: "tokenizer.ggml.model", Value: gguf.String("gpt2")},
		{Key: "tokenizer.ggml.pre", Value: gguf.String(pre)},
		{Key: "tokenizer.ggml.tokens", Value: gguf.Array(tokens)},
		{Key: "tokenizer.ggml.token_type", Value: gguf.Array(types)},
		{Key: "tokenizer.ggml.merges", Value: gguf.Array(merges)},
		{Key: "tokenizer.ggml.bos_token_id", Value: gguf.Uint32(10)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestBPE(t *testing.T) {
	v := bpeVocab(t, "llama-bpe")
	for _, c := range []struct {
		in   string
		opt  EncodeOptions
		want []uint32
	}{
		{"hello", EncodeOptions{}, []uint32{8}},
		{"hello hello", EncodeOptions{}, []uint32{8, 4, 8}}, // "Ġ" "hello": merges by rank, "Ġh e" comes too late
		{"hello", EncodeOptions{AddSpecial: true}, []uint32{10, 8}},
		{"<|bos|>he", EncodeOptions{ParseSpecial: true}, []uint32{10, 5}},
		{"<|bos|>", EncodeOptions{}, []uint32{3}}, // only 'o' has a token: the other bytes are dropped, as llama.cpp drops them
		{"12", EncodeOptions{}, []uint32{13}},
	} {
		got, err := v.Encode(c.in, c.opt)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
			t.Errorf("Encode(%q, %+v) = %v, want %v", c.in, c.opt, got, c.want)
		}
	}
	if got, _ := v.Decode([]uint32{10, 8, 4, 8}, DecodeOptions{}); got != "hello hello" {
		t.Errorf("Decode = %q", got)
	}
	if got, _ := v.Decode([]uint32{10, 8}, DecodeOptions{UnparseSpecial: true}); got != "<|bos|>hello" {
		t.Errorf("Decode with special = %q", got)
	}
	// Qwen2's pre-tokenizer puts each digit in its own word.
	q := bpeVocab(t, "qwen2")
	if got, _ := q.Encode("12", EncodeOptions{}); !slices.Equal(got, []uint32{11, 12}) {
		t.Errorf("qwen2: Encode(12) = %v, want [11 12]", got)
	}
	if q.AddBOS() || !v.AddBOS() {
		t.Errorf("add BOS: qwen2 %v, llama3 %v; want false, true", q.AddBOS(), v.AddBOS())
	}
}

func TestLoadErrors(t *testing.T) {
	base := func(model, pre string, tokens []string, types []int32) *gguf.File {
		kv := []gguf.KV{{Key: "tokenizer.ggml.model", Value: gguf.String(model)},
			{Key: "tokenizer.ggml.tokens", Value: gguf.Array(tokens)},
			{Key: "tokenizer.ggml.merges", Value: gguf.Array([]string{})}}
		if pre != "" {
			kv = append(kv, gguf.KV{Key: "tokenizer.ggml.pre", Value: gguf.String(pre)})
		}
		if types != nil {
			kv = append(kv, gguf.KV{Key: "tokenizer.ggml.token_type", Value: gguf.Array(types)})
		}
		return &gguf.File{KV: kv}
	}
	for _, c := range []struct {
		name        string
		f           *gguf.File
		unsupported bool
		msg         string
	}{
		{"no vocabulary", &gguf.File{}, false, "tokenizer.ggml.model"},
		{"bert", base("bert", "", []string{"a"}, nil), true, `"bert"`},
		{"gpt-2 pre-tokenizer", base("gpt2", "gpt-2", []string{"a"}, nil), true, `"gpt-2"`},
		{"no pre-tokenizer", base("gpt2", "", []string{"a"}, nil), true, `""`},
		{"duplicate", base("llama", "", []string{"a", "b", "a"}, nil), false, `tokens 0 and 2 are both "a"`},
		{"bad byte token", base("llama", "", []string{"<0xZZ>"}, []int32{typeByte}), false, "byte type"},
		{"empty", base("llama", "", []string{}, nil), false, "empty"},
	} {
		_, err := Load(c.f)
		if err == nil || !strings.Contains(err.Error(), c.msg) || errors.Is(err, ErrUnsupported) != c.unsupported {
			t.Errorf("%s: %v; want an error with %q (unsupported: %v)", c.name, err, c.msg, c.unsupported)
		}
	}
}

// TestPlaceholder checks the vocabulary package llama writes into random
// models: recognized, text as bytes, and the ids round trip.
func TestPlaceholder(t *testing.T) {
	for _, vocabSize := range []int{300, 32000} {
		b, err := llama.Random(llama.Config{Dim: 32, Layers: 1, Heads: 2, FFN: 32, Vocab: vocabSize, Context: 16}, 1, ggml.Q8_0)
		if err != nil {
			t.Fatal(err)
		}
		f, err := gguf.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		v, err := Load(f)
		if err != nil {
			t.Fatal(err)
		}
		if !v.Placeholder() {
			t.Fatal("the placeholder vocabulary is not recognized")
		}
		ids, err := v.Encode("Hi é", EncodeOptions{AddSpecial: true})
		if err != nil {
			t.Fatal(err)
		}
		want := []uint32{1, 3 + 0xE2, 3 + 0x96, 3 + 0x81, 3 + 'H', 3 + 'i', 3 + 0xE2, 3 + 0x96, 3 + 0x81, 3 + 0xC3, 3 + 0xA9}
		if !slices.Equal(ids, want) {
			t.Errorf("Encode = %v, want %v", ids, want)
		}
		// The spaces went in as U+2581's bytes, and come back so.
		if s, _ := v.Decode(ids, DecodeOptions{}); s != "▁Hi▁é" {
			t.Errorf("Decode = %q", s)
		}
		if p, _ := v.Piece(299, false); p != "<tok_299>" {
			t.Errorf("Piece(299) = %q", p)
		}
	}
}

func TestSetVocab(t *testing.T) {
	b, err := llama.Random(llama.Config{Dim: 32, Layers: 1, Heads: 2, FFN: 32, Vocab: 13, Context: 16}, 1, ggml.F32)
	if err != nil {
		t.Fatal(err)
	}
	f, err := gguf.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	v := spmVocab(t)
	kv := []gguf.KV{
		{Key: "tokenizer.ggml.model", Value: gguf.String("llama")},
		{Key: "tokenizer.ggml.tokens", Value: gguf.Array(v.text)},
		{Key: "tokenizer.ggml.scores", Value: gguf.Array(v.score)},
	}
	var out bytes.Buffer
	if _, err := SetVocab(&out, f, kv); err != nil {
		t.Fatal(err)
	}
	g, err := gguf.Parse(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, ti := range f.Tensors {
		a, _ := f.TensorData(ti.Name)
		c, err := g.TensorData(ti.Name)
		if err != nil || !bytes.Equal(a, c) {
			t.Fatalf("tensor %s changed (%v)", ti.Name, err)
		}
	}
	if _, ok := g.Lookup("tokenizer.ggml.token_type"); ok {
		t.Error("the old vocabulary's token types are still there")
	}
	if got, _ := g.GetString("general.architecture"); got != "llama" {
		t.Errorf("general.architecture = %q", got)
	}
	if _, err := SetVocab(&out, f, kv[:2:2]); err != nil {
		t.Fatal(err)
	}
	short := []gguf.KV{kv[0], {Key: "tokenizer.ggml.tokens", Value: gguf.Array(v.text[:5])}}
	if _, err := SetVocab(&out, f, short); err == nil || !strings.Contains(err.Error(), "5 tokens") {
		t.Errorf("a vocabulary of the wrong size: %v", err)
	}
}
