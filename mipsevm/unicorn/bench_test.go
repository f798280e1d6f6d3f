//go:build cgo && !nounicorn

package unicorn

import (
	"testing"
	"time"

	"github.com/axonum/opml/internal/testprograms"
)

// benchSteps runs a program's first n steps (0: to exit) and reports steps
// per second, like mipsevm's BenchmarkFast*; unicorn: on the engine, else
// on the Go interpreter (for comparison in the same run).
func benchSteps(b *testing.B, kind, name string, n uint64, unicorn bool) {
	path := testprograms.Find(b, kind, name)
	var steps, ucSteps, runs, rollbacks uint64
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		s, vm, _ := load(b, path)
		start := time.Now()
		if unicorn {
			e, err := New(vm)
			if err != nil {
				b.Fatal(err)
			}
			if err := e.Run(n); err != nil {
				b.Fatal(err)
			}
			ucSteps += e.UnicornSteps
			runs += e.Runs
			rollbacks += e.Rollbacks
			e.Close()
		} else if err := vm.Run(n); err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(start)
		steps += s.Step
	}
	b.ReportMetric(float64(steps)/elapsed.Seconds(), "steps/s")
	b.ReportMetric(float64(steps)/float64(b.N), "steps/op")
	if unicorn {
		b.ReportMetric(100*float64(ucSteps)/float64(steps), "%unicorn")
		b.ReportMetric(float64(runs)/float64(b.N), "runs/op")
		b.ReportMetric(float64(rollbacks)/float64(b.N), "rollbacks/op")
	}
}

func BenchmarkUnicornGoCompute(b *testing.B) { benchSteps(b, "go", "compute", 0, true) }
func BenchmarkUnicornCSha(b *testing.B)      { benchSteps(b, "c", "sha", 0, true) }
func BenchmarkGoGoCompute(b *testing.B)      { benchSteps(b, "go", "compute", 0, false) }
func BenchmarkGoCSha(b *testing.B)           { benchSteps(b, "c", "sha", 0, false) }
