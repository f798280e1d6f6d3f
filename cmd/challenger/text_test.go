package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/tokenizer"
	"github.com/axonum/opml/internal/testprograms"
)

// writeTestTokenizer writes a small SentencePiece tokenizer.json (byte
// fallback, a few pieces for "Hello world") and its tokenizer_config.json
// into dir and returns the tokenizer.json's path.
func writeTestTokenizer(t *testing.T, dir string) string {
	t.Helper()
	vocab := map[string]int{"<unk>": 0, "<s>": 1, "</s>": 2}
	for b := range 256 {
		vocab[fmt.Sprintf("<0x%02X>", b)] = 3 + b
	}
	for i, p := range []string{"▁", "H", "e", "l", "o", "w", "r", "d", "▁H", "ll", "▁w", "or", "llo", "▁He", "▁Hello", "▁wor", "▁world"} {
		vocab[p] = 259 + i
	}
	tj, err := json.Marshal(map[string]any{
		"added_tokens": []map[string]any{
			{"id": 0, "content": "<unk>", "special": true}, {"id": 1, "content": "<s>", "special": true}, {"id": 2, "content": "</s>", "special": true}},
		"normalizer": map[string]any{"type": "Sequence", "normalizers": []map[string]any{{"type": "Prepend", "prepend": "▁"}}},
		"model":      map[string]any{"type": "BPE", "byte_fallback": true, "vocab": vocab, "merges": []string{"▁ H", "l l"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "tokenizer.json")
	if err := os.WriteFile(path, tj, 0o644); err != nil {
		t.Fatal(err)
	}
	cj := `{"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "add_bos_token": true, "add_eos_token": false}`
	if err := os.WriteFile(filepath.Join(dir, "tokenizer_config.json"), []byte(cj), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestTextInTextOut makes a model with a real (small) vocabulary with
// model random --tokenizer, and runs infer and check on a text prompt.
func TestTextInTextOut(t *testing.T) {
	dir := t.TempDir()
	tok := writeTestTokenizer(t, dir)
	model := filepath.Join(dir, "m.gguf")
	shape := []string{"model", "random", "--dim", "32", "--layers", "1", "--heads", "2", "--ff", "32", "--context", "32", "--out"}
	r := mustRun(t, append(shape, model, "--tokenizer", tok)...)
	if !strings.Contains(r.stdout, "vocab 276") || !strings.Contains(r.stdout, "276 tokens") {
		t.Errorf("model random --tokenizer printed:\n%s", r.stdout)
	}
	f, err := gguf.ReadFile(model)
	if err != nil {
		t.Fatal(err)
	}
	v, err := tokenizer.Load(f)
	if err != nil {
		t.Fatal(err)
	}
	if v.Size() != 276 || v.Placeholder() {
		t.Fatalf("the model's vocabulary: %d tokens, placeholder %v", v.Size(), v.Placeholder())
	}
	// The vocabulary copied from that GGUF file gives the same file.
	again := filepath.Join(dir, "again.gguf")
	mustRun(t, append(shape, again, "--tokenizer", model)...)
	a, _ := os.ReadFile(model)
	b, _ := os.ReadFile(again)
	if string(a) != string(b) {
		t.Error("--tokenizer with the GGUF file made another file")
	}
	if r := run(t, append(shape, again, "--tokenizer", tok, "--vocab", "300")...); r.code == 0 || !strings.Contains(r.stderr, "276 tokens") {
		t.Errorf("--vocab 300 with a 276-token vocabulary: exit %d, %s", r.code, r.stderr)
	}

	// "Hello world" is ▁Hello ▁wor l d after BOS.
	wantIDs := []uint32{1, 273, 274, 262, 266}
	r = mustRun(t, "infer", "--model", model, "--prompt", "Hello world", "--tokens", "3")
	prompt := []int32{1, 273, 274, 262, 266}
	for _, line := range []string{
		"input:        " + hex.EncodeToString(llama.EncodeInput(prompt, 3)),
		fmt.Sprintf("prompt ids:   %v (5 tokens; 3 to generate)", wantIDs),
		`prompt text:  "<s> Hello world"`, "output ids:   [", "output text:  ",
	} {
		if !strings.Contains(r.stdout, line) {
			t.Errorf("infer --prompt lacks %q:\n%s", line, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "note:") {
		t.Errorf("a note for a real vocabulary:\n%s", r.stdout)
	}
	// Special-token parsing and BOS are switches.
	r = mustRun(t, "infer", "--model", model, "--prompt", "<s>Hello", "--tokens", "1", "--add-special=false")
	if !strings.Contains(r.stdout, "prompt ids:   [1 273]") {
		t.Errorf("<s> parsed, no BOS added:\n%s", r.stdout)
	}
	r = mustRun(t, "infer", "--model", model, "--prompt", "<s>", "--tokens", "1", "--add-special=false", "--parse-special=false")
	if !strings.Contains(r.stdout, "prompt ids:   [259 63 118 65]") { // ▁ < s > as bytes
		t.Errorf("<s> not parsed:\n%s", r.stdout)
	}

	elf := testprograms.Inference(t)
	r = mustRun(t, "check", "--model", model, "--prompt", "Hello world", "--tokens", "2", "--program", elf, "--json")
	var rep checkReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("check --json: %v\n%s", err, r.stdout)
	}
	tx := rep.Text
	if !rep.Accepted || tx == nil || !slices.Equal(tx.PromptIDs, wantIDs) || tx.Generate != 2 || tx.Prompt != "<s> Hello world" ||
		len(tx.OutputIDs) != 2 || tx.VMOutput != tx.Native || tx.Claimed != tx.Native || tx.Note != "" {
		t.Fatalf("check --prompt: accepted %v, text %+v", rep.Accepted, tx)
	}
	var want string
	for _, id := range tx.OutputIDs {
		p, err := v.Piece(id, true)
		if err != nil {
			t.Fatal(err)
		}
		want += p
	}
	if tx.Native != want {
		t.Errorf("native text %q, the pieces of %v are %q", tx.Native, tx.OutputIDs, want)
	}
	// A wrong claim's text is shown too.
	r = run(t, "check", "--model", model, "--prompt", "Hello world", "--tokens", "2", "--program", elf, "--output", "0000000100000002")
	if r.code != 1 || !strings.Contains(r.stdout, `claimed text: "<s></s>"`) {
		t.Errorf("wrong claim: exit %d\n%s", r.code, r.stdout)
	}
}

// TestPromptErrors checks the messages for prompts a model cannot take.
func TestPromptErrors(t *testing.T) {
	dir := t.TempDir()
	placeholder := filepath.Join(dir, "1m.gguf")
	mustRun(t, "model", "random", "--params", "1m", "--out", placeholder)
	tiny := filepath.Join(dir, "tiny.gguf")
	mustRun(t, "model", "random", "--dim", "32", "--layers", "1", "--heads", "2", "--ff", "32", "--vocab", "100", "--context", "16", "--out", tiny)

	// The placeholder vocabulary: text as bytes, and a note saying so.
	r := mustRun(t, "infer", "--model", placeholder, "--prompt", "Hi", "--tokens", "2")
	for _, line := range []string{"prompt ids:   [1 229 153 132 75 108] (6 tokens; 2 to generate)", `prompt text:  "<s>▁Hi"`, "note:         the model has the placeholder vocabulary"} {
		if !strings.Contains(r.stdout, line) {
			t.Errorf("placeholder vocabulary: lacks %q:\n%s", line, r.stdout)
		}
	}
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"infer", "--model", tiny, "--prompt", "Hi"}, "whose byte tokens need a vocabulary of at least 259"},
		{[]string{"infer", "--model", mnistModel, "--prompt", "Hi"}, "not a language model"},
		{[]string{"infer", "--model", placeholder, "--prompt", "Hi", "--input", mnistImage}, "not both"},
		{[]string{"infer", "--model", placeholder}, "--input FILE, or --prompt TEXT"},
		{[]string{"infer", "--model", placeholder, "--prompt", "", "--add-special=false"}, "no tokens"},
		{[]string{"infer", "--model", placeholder, "--prompt", strings.Repeat("x", 300)}, "exceed the context"},
	} {
		if r := run(t, c.args...); r.code == 0 || !strings.Contains(r.stderr, c.msg) {
			t.Errorf("%v: exit %d, %q; want an error with %q", c.args, r.code, r.stderr, c.msg)
		}
	}
	// An input file for a llama model is shown as text too.
	in := filepath.Join(dir, "in.bin")
	if err := os.WriteFile(in, llama.EncodeInput([]int32{1, 3 + 'H'}, 1), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := mustRun(t, "infer", "--model", placeholder, "--input", in); !strings.Contains(r.stdout, `prompt text:  "<s>H"`) {
		t.Errorf("infer --input on a llama model:\n%s", r.stdout)
	}
}
