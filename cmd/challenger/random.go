package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/tokenizer"
	"github.com/spf13/cobra"
)

// weightTypes are the --type values of "model random".
var weightTypes = map[string]ggml.Type{"q8_0": ggml.Q8_0, "q4_0": ggml.Q4_0, "q4_k": ggml.Q4_K, "q6_k": ggml.Q6_K,
	"q4_k_m": llama.Q4_K_M, "f16": ggml.F16, "f32": ggml.F32}

// shapeFlag is one --dim, --layers, ... flag of "model random".
type shapeFlag struct {
	name  string
	usage string
	field func(*llama.Config) *int
	value int
}

func newModelRandomCmd(a *app) *cobra.Command {
	var (
		arch, params, typeName, out, vocabFile string
		seed                                   uint64
		tied, ropeFreqs, qkvBias               bool
		ropeBase, normEps                      float32
	)
	shape := []*shapeFlag{
		{name: "dim", usage: "embedding width", field: func(c *llama.Config) *int { return &c.Dim }},
		{name: "layers", usage: "transformer blocks", field: func(c *llama.Config) *int { return &c.Layers }},
		{name: "heads", usage: "attention heads (dividing --dim into an even head size)", field: func(c *llama.Config) *int { return &c.Heads }},
		{name: "kv-heads", usage: "key/value heads, dividing --heads (default: --heads)", field: func(c *llama.Config) *int { return &c.KVHeads }},
		{name: "ff", usage: "feed-forward hidden width", field: func(c *llama.Config) *int { return &c.FFN }},
		{name: "vocab", usage: "vocabulary size (tokens)", field: func(c *llama.Config) *int { return &c.Vocab }},
		{name: "context", usage: "context length (positions)", field: func(c *llama.Config) *int { return &c.Context }},
	}
	presets := strings.Join(llama.PresetNames(), "|")
	cmd := &cobra.Command{
		Use:   "random (--params SIZE | --dim N --layers N --heads N --ff N --vocab N --context N) --out FILE",
		Short: "Write a llama or qwen2 model with seeded random weights, of any size",
		Long: `random writes a GGUF llama model whose weights are pseudo-random, drawn from
--seed: a model of a real model's size and shape for testing and
benchmarking the engine, the store and disputes, without downloading one.
Its output is meaningless, and its vocabulary a placeholder (<unk>, <s>,
</s>, the 256 byte tokens, then <tok_N>: text becomes byte tokens) unless
--tokenizer gives a real one. The same flags and seed always give the same
bytes, so the same model address.

--tokenizer FILE puts a real vocabulary into the file (its tokenizer.*
metadata, as llama.cpp's converter writes it): a Hugging Face
tokenizer.json (with the tokenizer_config.json beside it, if there is one;
SentencePiece BPE such as Llama 2's and Mistral's, or byte-level BPE with
Llama 3's or Qwen2's pre-tokenizer), or a GGUF model whose vocabulary is
copied. The vocabulary size is then the tokenizer's. Such a model takes
text: 'challenger infer --prompt' and 'challenger check --prompt'. The file
is written twice then (the random model, then the model with the
vocabulary), so this takes twice the disk traffic.

--params picks a shape (` + presets + `; 15m and 110m are llama2.c's
stories models, 1b TinyLlama-1.1B, 7b LLaMA-7B, and the family presets
the models they name); the shape flags override its values.

--arch qwen2 writes a Qwen2/Qwen2.5 model (q/k/v biases, NeoX rope);
--rope-freqs adds Llama 3.1's rope frequency factors (rope_freqs.weight)
to a llama model; --qkv-bias adds q/k/v biases to one; --rope-base and
--norm-eps set the rope base and the RMSNorm epsilon (Llama 3 uses
500000, Qwen2.5 1000000 and 1e-6). Without --params, --dim, --layers, --heads, --ff, --vocab (unless
--tokenizer) and --context are required. --type is the weights' encoding (norms are always
f32); q8_0 and q4_0 need --dim and --ff to be multiples of 32.

The parameter count and the file size are printed before anything is
written. The file is generated (on all cores) and written as a stream, so
memory stays at a few tens of MiB whatever the size (a 7b q8_0 file is
6.67 GiB). It goes to a temporary file in FILE's directory, renamed to
FILE when complete: an interrupted run leaves no partial FILE. Runs longer
than a second show their progress on stderr (a refreshing line on a
terminal, else a line every 10 s).`,
		Example: `  challenger model random --params 1m --out 1m.gguf
  challenger model random --params 7b --type q8_0 --seed 7 --out llama-7b-q8_0.gguf
  challenger model random --params 110m --context 4096 --out 110m-long.gguf
  challenger model random --dim 256 --layers 4 --heads 8 --kv-heads 2 --ff 704 --vocab 1000 --context 512 --out small.gguf
  challenger model random --params qwen2.5-0.5b --out qwen.gguf
  challenger model random --arch qwen2 --dim 256 --layers 4 --heads 8 --kv-heads 2 --ff 704 --vocab 1000 --context 512 --rope-base 1e6 --out small-qwen.gguf
  challenger model add llama-7b-q8_0.gguf`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			arch = strings.ToLower(arch)
			if !llama.IsArch(arch) {
				return fmt.Errorf("--arch %q: want one of %s", arch, strings.Join(llama.Archs, ", "))
			}
			var cfg llama.Config
			if params != "" {
				var ok bool
				if cfg, ok = llama.Preset(params); !ok {
					return fmt.Errorf("unknown --params %q: want one of %s", params, strings.Join(llama.PresetNames(), ", "))
				}
			} else {
				var missing []string
				for _, f := range shape {
					if f.name != "kv-heads" && !(f.name == "vocab" && vocabFile != "") && !cmd.Flags().Changed(f.name) {
						missing = append(missing, "--"+f.name)
					}
				}
				if len(missing) > 0 {
					return fmt.Errorf("without --params, give the whole shape: %s missing\nrun '%s --help' for usage",
						strings.Join(missing, ", "), cmd.CommandPath())
				}
			}
			for _, f := range shape {
				if cmd.Flags().Changed(f.name) {
					if f.value < 1 {
						return fmt.Errorf("--%s must be at least 1, got %d", f.name, f.value)
					}
					*f.field(&cfg) = f.value
				}
			}
			if cmd.Flags().Changed("tied-output") {
				cfg.TiedOutput = tied
			}
			if cmd.Flags().Changed("arch") || cfg.Arch == "" {
				cfg.Arch = arch
			}
			if cmd.Flags().Changed("rope-freqs") {
				cfg.RopeFreqs = ropeFreqs
			}
			if cmd.Flags().Changed("qkv-bias") {
				cfg.QKVBias = qkvBias
			}
			if cmd.Flags().Changed("rope-base") {
				cfg.RopeBase = ropeBase
			}
			if cmd.Flags().Changed("norm-eps") {
				cfg.NormEps = normEps
			}
			var vocab []gguf.KV
			if vocabFile != "" {
				var size int
				var err error
				if vocab, size, err = readVocab(vocabFile); err != nil {
					return err
				}
				if cmd.Flags().Changed("vocab") && cfg.Vocab != size {
					return fmt.Errorf("--vocab %d, but the --tokenizer vocabulary has %d tokens", cfg.Vocab, size)
				}
				cfg.Vocab = size
			}
			typ, ok := weightTypes[strings.ToLower(typeName)]
			if !ok {
				return fmt.Errorf("unknown --type %q: want q8_0, q4_0, f16 or f32", typeName)
			}
			r, err := llama.NewRandomFile(cfg, seed, typ)
			if err != nil {
				return err
			}
			cfg = r.Config()
			stdout := cmd.OutOrStdout()
			fmt.Fprintf(stdout, "%s: dim %d, %d layers, %d heads (%d kv), ff %d, vocab %d, context %d, rope base %g%s%s%s; %v weights, seed %d\n",
				cfg.Arch, cfg.Dim, cfg.Layers, cfg.Heads, cfg.KVHeads, cfg.FFN, cfg.Vocab, cfg.Context, cfg.RopeBase,
				map[bool]string{true: ", output tied to the embedding"}[cfg.TiedOutput],
				map[bool]string{true: ", q/k/v biases"}[cfg.QKVBias],
				map[bool]string{true: ", rope frequency factors"}[cfg.RopeFreqs], typ, seed)
			fmt.Fprintf(stdout, "%s parameters (%s), %s bytes (%s)\n",
				commas(cfg.Params()), siCount(cfg.Params()), commas(r.Size()), binarySize(r.Size()))

			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			start := time.Now()
			size := r.Size()
			if vocab == nil {
				if err := writeRandom(ctx, r, out, cmd.ErrOrStderr()); err != nil {
					return err
				}
			} else if size, err = writeRandomWithVocab(ctx, r, vocab, out, cmd.ErrOrStderr()); err != nil {
				return err
			}
			took := time.Since(start)
			if vocab != nil {
				fmt.Fprintf(stdout, "vocabulary of %s: %d tokens; the file is %s bytes (%s)\n", vocabFile, cfg.Vocab, commas(size), binarySize(size))
			}
			fmt.Fprintf(stdout, "wrote %s in %s (%s/s)\n", out, took.Round(time.Millisecond),
				binarySize(int64(float64(size)/max(took.Seconds(), 1e-3))))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&arch, "arch", llama.Arch, "model `ARCH`itecture: "+strings.Join(llama.Archs, " or ")+" (default: the preset's, else llama)")
	f.StringVar(&params, "params", "", "preset `SIZE`: "+presets)
	f.StringVar(&typeName, "type", "q8_0", "weight `TYPE`: q8_0, q4_0, q4_k, q6_k, q4_k_m (llama.cpp's mixture of the two), f16 or f32")
	f.Uint64Var(&seed, "seed", 1, "random `SEED`; the same seed and flags give the same file")
	f.StringVar(&out, "out", "", "the `FILE` to write (required; replaced if it exists)")
	for _, s := range shape {
		f.IntVar(&s.value, s.name, 0, s.usage)
	}
	f.BoolVar(&tied, "tied-output", false, "no output.weight: the output head is the token embedding (as in 15m and 110m)")
	f.BoolVar(&ropeFreqs, "rope-freqs", false, "llama: Llama 3.1's rope frequency factors (rope_freqs.weight)")
	f.BoolVar(&qkvBias, "qkv-bias", false, "llama: biases on the q, k and v projections (qwen2 always has them)")
	f.Float32Var(&ropeBase, "rope-base", 0, "rope frequency `BASE` (default 10000)")
	f.Float32Var(&normEps, "norm-eps", 0, "RMSNorm `EPSILON` (default 1e-5)")
	f.StringVar(&vocabFile, "tokenizer", "", "a real vocabulary: a Hugging Face tokenizer.json `FILE`, or a GGUF model to copy it from (sets the vocabulary size)")
	cmd.MarkFlagRequired("out")
	return cmd
}

// readVocab reads the vocabulary of --tokenizer: the tokenizer.* metadata
// of a GGUF file, or a Hugging Face tokenizer.json (and the
// tokenizer_config.json beside it) converted as llama.cpp's converter
// does. It returns the metadata and the number of tokens.
func readVocab(path string) ([]gguf.KV, int, error) {
	var kv []gguf.KV
	if f, gerr := gguf.ReadFile(path); gerr == nil {
		for _, e := range f.KV {
			if strings.HasPrefix(e.Key, "tokenizer.") {
				kv = append(kv, e)
			}
		}
	} else {
		tj, err := os.ReadFile(path)
		if err != nil {
			return nil, 0, fmt.Errorf("--tokenizer: %w", err)
		}
		if bytes.HasPrefix(tj, []byte("GGUF")) {
			return nil, 0, fmt.Errorf("--tokenizer %s: %w", path, gerr)
		}
		cj, err := os.ReadFile(filepath.Join(filepath.Dir(path), "tokenizer_config.json"))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, 0, fmt.Errorf("--tokenizer: %w", err)
		}
		if kv, err = tokenizer.FromHF(tj, cj); err != nil {
			return nil, 0, fmt.Errorf("--tokenizer %s: %w", path, err)
		}
	}
	v, err := tokenizer.Load(&gguf.File{KV: kv})
	if err != nil {
		return nil, 0, fmt.Errorf("--tokenizer %s: %w", path, err)
	}
	return kv, v.Size(), nil
}

// writeRandomWithVocab writes r with the vocabulary vocab to path: r to
// a temporary file first, then that file with vocab's metadata to a
// second one, renamed to path when complete. It returns the file's size.
func writeRandomWithVocab(ctx context.Context, r *llama.RandomFile, vocab []gguf.KV, path string, stderr io.Writer) (size int64, err error) {
	raw, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".random*")
	if err != nil {
		return 0, err
	}
	raw.Close()
	defer os.Remove(raw.Name())
	if err := writeRandom(ctx, r, raw.Name(), stderr); err != nil {
		return 0, err
	}
	f, err := gguf.ReadFile(raw.Name())
	if err != nil {
		return 0, err
	}
	err = writeAtomic(path, func(w io.Writer) error {
		size, err = tokenizer.SetVocab(w, f, vocab)
		return err
	})
	return size, err
}

// writeAtomic writes a file with write, to a temporary file next to path
// renamed to path when complete (removed on error).
func writeAtomic(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// writeRandom writes r to a temporary file next to path, then renames it
// to path. On error or cancellation the temporary file is removed.
func writeRandom(ctx context.Context, r *llama.RandomFile, path string, stderr io.Writer) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	pw := newProgressWriter(ctx, tmp, r.Size(), path, stderr)
	_, err = r.WriteTo(pw)
	pw.finish()
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted: %s not written", path)
	}
	if err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Progress of "model random" on stderr: on a terminal a line refreshed
// every progressRefresh once the write has taken progressDelay; elsewhere
// (a file, a pipe, CI) a line every progressLogEvery.
var (
	progressDelay    = time.Second
	progressRefresh  = 500 * time.Millisecond
	progressLogEvery = 10 * time.Second
)

// progressWriter passes writes through, counting the bytes, stopping when
// ctx is done, and reporting progress.
type progressWriter struct {
	ctx      context.Context
	w        io.Writer
	total    int64
	name     string
	stderr   io.Writer
	terminal bool
	now      func() time.Time

	n           int64
	start, last time.Time
	shown       bool // the terminal line is on screen
}

func newProgressWriter(ctx context.Context, w io.Writer, total int64, name string, stderr io.Writer) *progressWriter {
	p := &progressWriter{ctx: ctx, w: w, total: total, name: name, stderr: stderr, terminal: isTerminal(stderr), now: time.Now}
	p.start = p.now()
	p.last = p.start
	return p
}

func (p *progressWriter) Write(b []byte) (int, error) {
	if err := p.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := p.w.Write(b)
	p.n += int64(n)
	now := p.now()
	since, elapsed := now.Sub(p.last), now.Sub(p.start)
	switch {
	case p.terminal && elapsed >= progressDelay && since >= progressRefresh:
		fmt.Fprintf(p.stderr, "\r\033[K%s", p.status(elapsed))
		p.shown, p.last = true, now
	case !p.terminal && since >= progressLogEvery:
		fmt.Fprintf(p.stderr, "%s\n", p.status(elapsed))
		p.last = now
	}
	return n, err
}

// status is the progress line: percentage, bytes, rate and time left.
func (p *progressWriter) status(elapsed time.Duration) string {
	rate := float64(p.n) / max(elapsed.Seconds(), 1e-3)
	s := fmt.Sprintf("writing %s: %3.0f%%  %s of %s  %s/s", p.name, 100*float64(p.n)/float64(max(p.total, 1)),
		binarySize(p.n), binarySize(p.total), binarySize(int64(rate)))
	if rate > 0 && p.n < p.total {
		s += fmt.Sprintf("  %s left", (time.Duration(float64(p.total-p.n)/rate) * time.Second).Round(time.Second))
	}
	return s
}

// finish erases the terminal line.
func (p *progressWriter) finish() {
	if p.shown {
		fmt.Fprint(p.stderr, "\r\033[K")
		p.shown = false
	}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// commas renders n with thousands separators: 6738415616 as 6,738,415,616.
func commas(n int64) string {
	if n < 0 {
		return "-" + commas(-n)
	}
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// siCount renders a count like 6738415616 as "6.74B".
func siCount(n int64) string {
	switch x := float64(n); {
	case x >= 1e9:
		return fmt.Sprintf("%.2fB", x/1e9)
	case x >= 1e6:
		return fmt.Sprintf("%.2fM", x/1e6)
	case x >= 1e3:
		return fmt.Sprintf("%.2fk", x/1e3)
	}
	return fmt.Sprint(n)
}

// binarySize renders a byte count like 7161219072 as "6.67 GiB".
func binarySize(n int64) string {
	x := float64(n)
	for _, u := range []string{"B", "KiB", "MiB", "GiB", "TiB"} {
		if x < 1024 || u == "TiB" {
			if u == "B" {
				return fmt.Sprintf("%d B", n)
			}
			return fmt.Sprintf("%.2f %s", x, u)
		}
		x /= 1024
	}
	panic("unreachable")
}
