//go:build cgo && !nounicorn

package unicorn

import (
	"testing"
	"time"

	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm/program"
)

// benchEngine runs a program's first n steps (0: to exit) and reports steps
// per second, like mipsevm's BenchmarkFast*, on the engine named go (the
// interpreter), unicorn or auto (for comparison in the same run).
func benchEngine(b *testing.B, kind, name string, n uint64, engine string) {
	path := testprograms.Find(b, kind, name)
	var steps, ucSteps, runs, rollbacks uint64
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		s, vm, _ := load(b, path)
		start := time.Now()
		switch engine {
		case "auto":
			a, err := NewAuto(vm)
			if err != nil {
				b.Fatal(err)
			}
			if err := a.Run(n); err != nil {
				b.Fatal(err)
			}
			ucSteps += a.Steps[engineUnicorn]
			a.Close()
		case "unicorn":
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
		default:
			if err := vm.Run(n); err != nil {
				b.Fatal(err)
			}
		}
		elapsed += time.Since(start)
		steps += s.Step
	}
	b.ReportMetric(float64(steps)/elapsed.Seconds(), "steps/s")
	b.ReportMetric(float64(steps)/float64(b.N), "steps/op")
	if engine != "go" {
		b.ReportMetric(100*float64(ucSteps)/float64(steps), "%unicorn")
	}
	if engine == "unicorn" {
		b.ReportMetric(float64(runs)/float64(b.N), "runs/op")
		b.ReportMetric(float64(rollbacks)/float64(b.N), "rollbacks/op")
	}
}

func BenchmarkUnicornGoCompute(b *testing.B) { benchEngine(b, "go", "compute", 0, "unicorn") }
func BenchmarkUnicornCSha(b *testing.B)      { benchEngine(b, "c", "sha", 0, "unicorn") }
func BenchmarkGoGoCompute(b *testing.B)      { benchEngine(b, "go", "compute", 0, "go") }
func BenchmarkGoCSha(b *testing.B)           { benchEngine(b, "c", "sha", 0, "go") }
func BenchmarkAutoGoCompute(b *testing.B)    { benchEngine(b, "go", "compute", 0, "auto") }
func BenchmarkAutoCSha(b *testing.B)         { benchEngine(b, "c", "sha", 0, "auto") }

// benchGoTests runs every Go standard-library test binary built in
// build/gotests (make gotests or gotests-all) to its exit, with
// -test.short, on the engine named go or unicorn, and reports the suite's
// steps per second.
func benchGoTests(b *testing.B, engine string) {
	paths := testprograms.GoTests(b)
	var steps uint64
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		for _, path := range paths {
			s, vm, _ := loadProcess(b, path, program.Process{Args: []string{"guest", "-test.short"}})
			start := time.Now()
			if engine == "unicorn" {
				e, err := New(vm)
				if err != nil {
					b.Fatal(err)
				}
				if err := e.Run(0); err != nil {
					b.Fatal(err)
				}
				e.Close()
			} else if err := vm.Run(0); err != nil {
				b.Fatal(err)
			}
			elapsed += time.Since(start)
			steps += s.Step
			if s.ExitCode != 0 {
				b.Fatalf("%s: exit %d", path, s.ExitCode)
			}
		}
	}
	b.ReportMetric(float64(steps)/elapsed.Seconds(), "steps/s")
	b.ReportMetric(float64(steps)/float64(b.N), "steps/op")
	b.ReportMetric(float64(len(paths)), "binaries")
}

func BenchmarkGoTestsInterpreter(b *testing.B) { benchGoTests(b, "go") }
func BenchmarkGoTestsUnicorn(b *testing.B)     { benchGoTests(b, "unicorn") }
