package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/models/llama"
)

// TestModelRandom writes random models with the command, loads them with
// the engine and runs an inference, for a preset and an explicit shape in
// each weight type.
func TestModelRandom(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name  string
		args  []string
		cfg   llama.Config
		typ   ggml.Type
		seed  uint64
		shape string
	}{
		{"1m q8_0", []string{"--params", "1m"}, mustPreset(t, "1m"), ggml.Q8_0, 1,
			"llama: dim 128, 4 layers, 4 heads (4 kv), ff 384, vocab 512, context 256, rope base 10000; q8_0 weights, seed 1\n"},
		{"1m f32", []string{"--params", "1M", "--type", "f32", "--seed", "9"}, mustPreset(t, "1m"), ggml.F32, 9, ""},
		{"tiny f16", []string{"--dim", "16", "--layers", "2", "--heads", "2", "--ff", "24", "--vocab", "40", "--context", "12", "--type", "F16", "--seed", "3"},
			llama.Config{Dim: 16, Layers: 2, Heads: 2, FFN: 24, Vocab: 40, Context: 12}, ggml.F16, 3,
			"llama: dim 16, 2 layers, 2 heads (2 kv), ff 24, vocab 40, context 12, rope base 10000; f16 weights, seed 3\n"},
		{"tiny gqa tied q4_0", []string{"--dim", "64", "--layers", "1", "--heads", "4", "--kv-heads", "1", "--ff", "96", "--vocab", "300", "--context", "16", "--type", "q4_0", "--tied-output"},
			llama.Config{Dim: 64, Layers: 1, Heads: 4, KVHeads: 1, FFN: 96, Vocab: 300, Context: 16, TiedOutput: true}, ggml.Q4_0, 1, ""},
		{"15m overridden", []string{"--params", "15m", "--layers", "1", "--vocab", "100", "--context", "8", "--tied-output=false"},
			llama.Config{Dim: 288, Layers: 1, Heads: 6, FFN: 768, Vocab: 100, Context: 8}, ggml.Q8_0, 1, ""},
		{"qwen2", []string{"--arch", "qwen2", "--dim", "64", "--layers", "1", "--heads", "4", "--kv-heads", "2", "--ff", "96", "--vocab", "50", "--context", "16", "--rope-base", "1e6", "--norm-eps", "1e-6", "--tied-output"},
			llama.Config{Arch: llama.ArchQwen2, Dim: 64, Layers: 1, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 50, Context: 16, RopeBase: 1e6, NormEps: 1e-6, TiedOutput: true}, ggml.Q8_0, 1,
			"qwen2: dim 64, 1 layers, 4 heads (2 kv), ff 96, vocab 50, context 16, rope base 1e+06, output tied to the embedding, q/k/v biases; q8_0 weights, seed 1\n"},
		{"llama3 rope factors", []string{"--dim", "64", "--layers", "1", "--heads", "4", "--kv-heads", "2", "--ff", "96", "--vocab", "50", "--context", "16", "--rope-base", "500000", "--rope-freqs", "--type", "f32"},
			llama.Config{Dim: 64, Layers: 1, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 50, Context: 16, RopeBase: 500000, RopeFreqs: true}, ggml.F32, 1, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+".gguf")
			r := mustRun(t, append([]string{"model", "random", "--out", out}, c.args...)...)
			want, err := llama.Random(c.cfg, c.seed, c.typ)
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("the file (%d bytes) differs from llama.Random's (%d bytes)", len(got), len(want))
			}
			lines := strings.Split(r.stdout, "\n")
			if len(lines) != 4 || !strings.HasPrefix(lines[1], commas(c.cfg.Params())+" parameters") ||
				!strings.Contains(lines[1], commas(int64(len(want)))+" bytes") || !strings.HasPrefix(lines[2], "wrote "+out+" in ") ||
				(c.shape != "" && lines[0]+"\n" != c.shape) {
				t.Errorf("printed:\n%s", r.stdout)
			}
			if r.stderr != "" {
				t.Errorf("stderr: %q", r.stderr)
			}
			if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o644 {
				t.Errorf("mode: %v, %v", fi.Mode(), err)
			}

			m, arch, err := models.Load(got)
			wantArch := c.cfg.Arch
			if wantArch == "" {
				wantArch = llama.Arch
			}
			if err != nil || arch != wantArch {
				t.Fatalf("models.Load: %q, %v", arch, err)
			}
			in := binary.BigEndian.AppendUint32(nil, 3) // generate 3 tokens
			for _, tok := range []uint32{1, 5, 7} {
				in = binary.BigEndian.AppendUint32(in, tok)
			}
			res, err := m.Infer(in)
			if err != nil || len(res) != 12 {
				t.Fatalf("Infer: %x, %v", res, err)
			}
		})
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func mustPreset(t *testing.T, name string) llama.Config {
	c, ok := llama.Preset(name)
	if !ok {
		t.Fatalf("no preset %q", name)
	}
	return c
}

// TestModelRandomDeterministic: the same flags give the same bytes, into
// an existing file too; another seed gives other bytes.
func TestModelRandomDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, b, c := filepath.Join(dir, "a.gguf"), filepath.Join(dir, "b.gguf"), filepath.Join(dir, "c.gguf")
	mustRun(t, "model", "random", "--params", "1m", "--seed", "42", "--out", a)
	if err := os.WriteFile(b, []byte("old contents"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "model", "random", "--params", "1m", "--seed", "42", "--out", b)
	mustRun(t, "model", "random", "--params", "1m", "--seed", "43", "--out", c)
	da, _ := os.ReadFile(a)
	db, _ := os.ReadFile(b)
	dc, _ := os.ReadFile(c)
	if len(da) == 0 || !bytes.Equal(da, db) {
		t.Error("two runs with seed 42 wrote different files")
	}
	if bytes.Equal(da, dc) {
		t.Error("seeds 42 and 43 wrote the same file")
	}
}

func TestModelRandomErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "m.gguf")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--params", "1m"}, `required flag(s) "out" not set`},
		{[]string{"--params", "3b", "--out", out}, `unknown --params "3b": want one of 1m, 15m, 110m, qwen2.5-0.5b, 1b, llama3.2-1b, 7b, mistral-7b`},
		{[]string{"--params", "1m", "--arch", "gpt2", "--out", out}, `--arch "gpt2": want one of llama, qwen2`},
		{[]string{"--params", "1m", "--type", "q3_k", "--out", out}, `unknown --type "q3_k"`},
		{[]string{"--params", "1m", "--type", "q4_k", "--out", out}, `q4_k rows are whole 256-value blocks, but dim is 128`},
		{[]string{"--out", out}, "without --params, give the whole shape: --dim, --layers, --heads, --ff, --vocab, --context missing"},
		{[]string{"--dim", "64", "--layers", "1", "--heads", "2", "--vocab", "9", "--out", out}, "--ff, --context missing"},
		{[]string{"--params", "1m", "--layers", "0", "--out", out}, "--layers must be at least 1, got 0"},
		{[]string{"--params", "1m", "--heads", "-2", "--out", out}, "--heads must be at least 1, got -2"},
		{[]string{"--params", "1m", "--heads", "3", "--out", out}, "dim 128 is not a multiple of the 3 heads"},
		{[]string{"--params", "1m", "--kv-heads", "3", "--out", out}, "4 heads are not a multiple of the 3 kv heads"},
		{[]string{"--params", "1m", "--ff", "100", "--out", out}, "q8_0 rows are whole 32-value blocks, but dim is 128 and ffn 100"},
		{[]string{"--params", "1m", "--dim", "2000000", "--out", out}, "dim is 2000000, want 1..1048576"},
		{[]string{"--params", "1m", "--out", filepath.Join(dir, "no", "such", "dir", "m.gguf")}, "no such file or directory"},
		{[]string{"--params", "1m", "--out", out, "extra"}, `unknown command "extra"`},
	} {
		r := run(t, append([]string{"model", "random"}, c.args...)...)
		if r.code != 1 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("model random %s: exit %d, stderr %q; want %q", strings.Join(c.args, " "), r.code, r.stderr, c.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("failed runs left %d files", len(entries))
	}
}

// TestModelRandomInterrupted cancels a run: no FILE and no temporary
// file remain.
func TestModelRandomInterrupted(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "m.gguf")
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	var stdout, stderr bytes.Buffer
	code := execute(ctx, &app{}, []string{"model", "random", "--params", "1m", "--out", out}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "interrupted: "+out+" not written") {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), " parameters") {
		t.Errorf("the sizes were not printed first: %q", stdout.String())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("an interrupted run left %v", entries)
	}
}

// TestProgressWriter drives the progress lines with a fake clock.
func TestProgressWriter(t *testing.T) {
	now := time.Unix(1000, 0)
	for _, terminal := range []bool{false, true} {
		var sink, stderr bytes.Buffer
		p := newProgressWriter(t.Context(), &sink, 4<<20, "m.gguf", &stderr)
		p.terminal = terminal
		p.now = func() time.Time { return now }
		p.start, p.last = now, now
		chunk := make([]byte, 64<<10)
		for i := 0; i < 64; i++ { // 4 MiB in 64 writes, 250 ms apart: 16 s, 256 KiB/s
			now = now.Add(250 * time.Millisecond)
			if _, err := p.Write(chunk); err != nil {
				t.Fatal(err)
			}
		}
		p.finish()
		out := stderr.String()
		if sink.Len() != 4<<20 {
			t.Fatalf("%d bytes passed through", sink.Len())
		}
		if !terminal {
			// One line at 10 s: 40 writes, 2.5 MiB.
			if want := "writing m.gguf:  62%  2.50 MiB of 4.00 MiB  256.00 KiB/s  6s left\n"; out != want {
				t.Errorf("log lines %q, want %q", out, want)
			}
			continue
		}
		// From 1 s on, every other write (500 ms), then erased.
		if n := strings.Count(out, "\r\033[K"); n != 31+1 || !strings.HasSuffix(out, "4.00 MiB of 4.00 MiB  256.00 KiB/s\r\033[K") {
			t.Errorf("terminal output: %d refreshes: %q", n, out)
		}
	}
}
