package tokenizer

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/gguf"
)

// TestFromHFByteLevel converts a small byte-level BPE tokenizer.json with
// Qwen2's pre-tokenizer and merges written as pairs.
func TestFromHFByteLevel(t *testing.T) {
	qwenRegex := `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+`
	tj := `{
	  "added_tokens": [{"id": 6, "content": "<|end|>", "special": true}, {"id": 7, "content": "<think>", "special": false},
	                   {"id": 9, "content": "<|im_start|>", "special": false}],
	  "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
	    {"type": "Split", "pattern": {"Regex": "` + qwenRegex + `"}, "behavior": "Isolated"},
	    {"type": "ByteLevel", "add_prefix_space": false, "use_regex": false}]},
	  "model": {"type": "BPE", "byte_fallback": false, "vocab": {"h": 0, "i": 1, "Ġ": 2, "hi": 3, "Ġh": 4, "Ġhi": 5},
	            "merges": [["h", "i"], ["Ġ", "h"], ["Ġh", "i"]]}
	}`
	cj := `{"eos_token": "<|end|>", "bos_token": null, "add_bos_token": false}`
	kv, err := FromHF([]byte(tj), []byte(cj))
	if err != nil {
		t.Fatal(err)
	}
	f := &gguf.File{KV: kv}
	if pre, _ := f.GetString("tokenizer.ggml.pre"); pre != "qwen2" {
		t.Errorf("pre = %q, want qwen2", pre)
	}
	if m, _ := f.GetStrings("tokenizer.ggml.merges"); !slices.Equal(m, []string{"h i", "Ġ h", "Ġh i"}) {
		t.Errorf("merges = %q", m)
	}
	tokens, _ := f.GetStrings("tokenizer.ggml.tokens")
	types, _ := f.GetInt32s("tokenizer.ggml.token_type")
	if !slices.Equal(tokens, []string{"h", "i", "Ġ", "hi", "Ġh", "Ġhi", "<|end|>", "<think>", "[PAD8]", "<|im_start|>"}) ||
		!slices.Equal(types, []int32{1, 1, 1, 1, 1, 1, typeControl, typeUserDefined, typeUnused, typeControl}) {
		t.Errorf("tokens %q, types %v", tokens, types)
	}
	if _, ok := f.Lookup("tokenizer.ggml.scores"); ok {
		t.Error("byte-level BPE has scores")
	}
	v, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	if v.EOS() != 6 || v.AddBOS() || !v.IsEOG(6) {
		t.Errorf("EOS %d, add BOS %v, EOG %v", v.EOS(), v.AddBOS(), v.IsEOG(6))
	}
	ids, err := v.Encode("hi hi<think><|end|>", EncodeOptions{ParseSpecial: true})
	// "Ġhi" is Ġ, hi: "h i" is the first merge, and there is no "Ġ hi".
	if err != nil || !slices.Equal(ids, []uint32{3, 2, 3, 7, 6}) {
		t.Errorf("Encode = %v, %v; want [3 2 3 7 6]", ids, err)
	}

	for _, c := range []struct{ name, tj, msg string }{
		{"unigram", `{"model": {"type": "Unigram"}}`, `"Unigram"`},
		{"gpt-2 regex", strings.Replace(tj, `\\p{N}|`, `\\p{N}+|`, 1), "pre-tokenizer"},
		{"not json", `{`, "tokenizer.json"},
	} {
		_, err := FromHF([]byte(c.tj), nil)
		if err == nil || !strings.Contains(err.Error(), c.msg) || (c.name != "not json" && !errors.Is(err, ErrUnsupported)) {
			t.Errorf("%s: %v, want an error with %q", c.name, err, c.msg)
		}
	}
}

func TestPrependsSpace(t *testing.T) {
	for _, c := range []struct {
		normalizer, pre string
		want            bool
	}{
		{`{"type": "Sequence", "normalizers": [{"type": "Prepend", "prepend": "▁"}]}`, `null`, true},
		{`null`, `{"type": "Metaspace", "replacement": "▁", "prepend_scheme": "first", "split": false}`, true},
		{`null`, `{"type": "Metaspace", "replacement": "▁", "prepend_scheme": "never"}`, false},
		{`null`, `{"type": "Metaspace", "add_prefix_space": false}`, false},
		{`null`, `null`, false},
	} {
		if got := prependsSpace([]byte(c.normalizer), []byte(c.pre)); got != c.want {
			t.Errorf("prependsSpace(%s, %s) = %v", c.normalizer, c.pre, got)
		}
	}
}
