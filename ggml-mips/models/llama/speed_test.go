package llama

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/axonum/opml/ggml-mips/ggml"
)

// llamacppDir holds the npm packages (node-llama-cpp with llama.cpp's
// prebuilt CPU backend; `make tokenizer-crosscheck-deps`) and bench.mjs.
var llamacppDir = filepath.Join("..", "..", "tokenizer", "testdata", "llamacpp")

// speedRuns is how many timed generations each measurement takes (after
// one untimed warm-up); the median is reported.
const speedRuns = 5

// BenchmarkTokensPerSecond measures, in one run and side by side, this
// engine and llama.cpp generating from the same random Q8_0 file of the
// 15m and 110m presets, each with 1 and 2 threads: the 8-token prompt of
// BenchmarkGenerate as one batch, then 24 greedy tokens, from an empty
// KV cache (F32 in both, flash attention off in llama.cpp). It reports
// the median of speedRuns timed generations as tokens/s (and ns/op), so
// run it with -benchtime 1x, and tokens per CPU-second: on a shared
// machine the wall clock mostly measures the neighbours, and llama.cpp's
// threads, which spin while they wait for each other, suffer most. The llama.cpp half is skipped when node or
// the npm packages are missing.
func BenchmarkTokensPerSecond(b *testing.B) {
	prompt := []int32{1, 20, 300, 4, 50, 6, 7, 80}
	const n = 24
	node, nodeErr := exec.LookPath("node")
	if nodeErr == nil {
		_, nodeErr = os.Stat(filepath.Join(llamacppDir, "node_modules", "node-llama-cpp", "package.json"))
	}
	for _, preset := range []string{"15m", "110m"} {
		cfg, _ := Preset(preset)
		file := mustRandom(b, cfg, 1, ggml.Q8_0)
		path := filepath.Join(b.TempDir(), preset+".gguf")
		if err := os.WriteFile(path, file, 0o644); err != nil {
			b.Fatal(err)
		}
		m := mustLoad(b, file)
		for _, threads := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/ggml-mips/threads=%d", preset, threads), func(b *testing.B) {
				ggml.SetThreads(threads)
				defer ggml.SetThreads(0)
				if _, err := m.Generate(prompt, n); err != nil { // warm-up
					b.Fatal(err)
				}
				secs := make([]float64, 0, speedRuns)
				cpu0 := cpuSeconds(b)
				for range speedRuns {
					start := time.Now()
					if _, err := m.Generate(prompt, n); err != nil {
						b.Fatal(err)
					}
					secs = append(secs, time.Since(start).Seconds())
				}
				reportSpeed(b, n, secs, cpuSeconds(b)-cpu0)
			})
			b.Run(fmt.Sprintf("%s/llama.cpp/threads=%d", preset, threads), func(b *testing.B) {
				if nodeErr != nil {
					b.Skipf("llama.cpp from npm is not installed (%v): run `make tokenizer-crosscheck-deps` (needs node and npm)", nodeErr)
				}
				secs, cpu := runLlamaCpp(b, node, path, prompt, n, threads)
				reportSpeed(b, n, secs, cpu)
			})
		}
	}
}

// runLlamaCpp times speedRuns generations with bench.mjs and returns
// their seconds and the CPU seconds the process spent in them.
func runLlamaCpp(b *testing.B, node, model string, prompt []int32, n, threads int) ([]float64, float64) {
	req, _ := json.Marshal(map[string]any{"prompt": prompt, "generate": n, "threads": []int{threads}, "runs": speedRuns})
	reqPath := filepath.Join(b.TempDir(), "request.json")
	if err := os.WriteFile(reqPath, req, 0o644); err != nil {
		b.Fatal(err)
	}
	cmd := exec.Command(node, "bench.mjs", model, reqPath)
	cmd.Dir = llamacppDir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		b.Fatalf("bench.mjs: %v: %s", err, stderr.Bytes())
	}
	var res struct {
		Results []struct {
			Threads int       `json:"threads"`
			Seconds []float64 `json:"seconds"`
			CPU     float64   `json:"cpuSeconds"`
			Tokens  []int32   `json:"tokens"`
		} `json:"results"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		b.Fatalf("bench.mjs output: %v", err)
	}
	if len(res.Results) != 1 || len(res.Results[0].Seconds) != speedRuns || len(res.Results[0].Tokens) != n {
		b.Fatalf("bench.mjs: unexpected output %s", out)
	}
	return res.Results[0].Seconds, res.Results[0].CPU
}

// reportSpeed reports the median of secs as n tokens' time, the best
// run, and the tokens per second of CPU time over all runs (what a busy
// machine distorts least).
func reportSpeed(b *testing.B, n int, secs []float64, cpu float64) {
	slices.Sort(secs)
	med := secs[len(secs)/2]
	b.ReportMetric(med*1e9, "ns/op")
	b.ReportMetric(float64(n)/med, "tokens/s")
	b.ReportMetric(float64(n)/secs[0], "best-tokens/s")
	b.ReportMetric(float64(n*len(secs))/cpu, "tokens/cpu-s")
}

// cpuSeconds is the CPU time (user and system) the process has used.
func cpuSeconds(b *testing.B) float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}
