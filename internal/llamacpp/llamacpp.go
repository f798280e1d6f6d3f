// Package llamacpp runs llama.cpp, the reference the ML engine's numerics
// are compared with, from tests and benchmarks: node-llama-cpp with its
// prebuilt CPU backend, pinned and installed by `make
// tokenizer-crosscheck-deps` (nothing is downloaded or compiled at run
// time). It is test support: nothing in a guest program or a node imports
// it.
package llamacpp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// Dir is the npm project that holds llama.cpp and its scripts.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "ggml-mips", "tokenizer", "testdata", "llamacpp")
}

// Need returns node's path if node and the npm packages are installed;
// otherwise it skips the test, or fails it when OPML_REQUIRE_NPM is set
// (CI sets it, so the comparisons cannot silently stop running).
func Need(t testing.TB) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(Dir(), "node_modules", "node-llama-cpp", "package.json"))
	}
	if err != nil {
		if os.Getenv("OPML_REQUIRE_NPM") != "" {
			t.Fatalf("llama.cpp from npm is not installed: %v (run `make tokenizer-crosscheck-deps`)", err)
		}
		t.Skipf("llama.cpp from npm is not installed (%v): run `make tokenizer-crosscheck-deps` (needs node and npm)", err)
	}
	return node
}

// Logit is one token's raw logit.
type Logit struct {
	Token int32
	Value float32
}

// UnmarshalJSON reads the [token, logit] pairs eval.mjs prints.
func (l *Logit) UnmarshalJSON(b []byte) error {
	var pair [2]float64
	if err := json.Unmarshal(b, &pair); err != nil {
		return err
	}
	l.Token, l.Value = int32(pair[0]), float32(pair[1])
	return nil
}

// Run is llama.cpp's greedy continuation of a prompt.
type Run struct {
	// Tokens are the generated tokens, each the argmax of its logits.
	Tokens []int32 `json:"tokens"`
	// Top holds, for each generated token, the largest logits it was
	// chosen from, largest first.
	Top [][]Logit `json:"top"`
	// First is every logit after the prompt (those of Tokens[0]).
	First []float32 `json:"first"`
}

// Prompt is one run's request: a prompt and how many tokens follow it.
type Prompt struct {
	Tokens   []int32 `json:"prompt"`
	Generate int     `json:"generate"`
}

// Greedy evaluates prompt with the model at path on the given number of
// threads and generates n tokens greedily (see eval.mjs). The KV cache is
// F32 and flash attention off, as in the engine.
func Greedy(t testing.TB, path string, prompt []int32, n, threads int) *Run {
	t.Helper()
	return GreedyRuns(t, path, []Prompt{{prompt, n}}, threads)[0]
}

// GreedyRuns is Greedy for several prompts, each from an empty context, in
// one llama.cpp process (the model is loaded once).
func GreedyRuns(t testing.TB, path string, prompts []Prompt, threads int) []*Run {
	t.Helper()
	node := Need(t)
	req, err := json.Marshal(map[string]any{"runs": prompts, "threads": threads, "top": 8})
	if err != nil {
		t.Fatal(err)
	}
	reqPath := filepath.Join(t.TempDir(), "request.json")
	if err := os.WriteFile(reqPath, req, 0o644); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "eval.mjs", abs, reqPath)
	cmd.Dir = Dir()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("llama.cpp on %s: %v\n%s", path, err, stderr.Bytes())
	}
	var res struct {
		Runs []*Run `json:"runs"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("llama.cpp on %s: reading its output: %v", path, err)
	}
	if len(res.Runs) != len(prompts) {
		t.Fatalf("llama.cpp on %s: %d runs, want %d", path, len(res.Runs), len(prompts))
	}
	for i, r := range res.Runs {
		n := prompts[i].Generate
		if len(r.Tokens) != n || len(r.Top) != n || len(r.First) == 0 {
			t.Fatalf("llama.cpp on %s, run %d: %d tokens, %d top lists, %d first logits; want %d, %d, >0",
				path, i, len(r.Tokens), len(r.Top), len(r.First), n, n)
		}
	}
	return res.Runs
}

// String summarizes a run for failure messages.
func (r *Run) String() string {
	return fmt.Sprintf("tokens %v", r.Tokens)
}
