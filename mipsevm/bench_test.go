package mipsevm_test

import (
	"testing"
	"time"

	"github.com/axonum/opml/internal/testprograms"
)

// benchSteps runs a program's first n steps (or to exit) and reports
// steps per second.
func benchSteps(b *testing.B, kind, name string, n uint64, proof bool) {
	path := testprograms.Find(b, kind, name)
	var steps uint64
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		s, vm := load(b, path)
		start := time.Now()
		if proof {
			for s.Step < n && !s.Exited {
				if _, err := vm.Step(true); err != nil {
					b.Fatal(err)
				}
			}
		} else if err := vm.Run(n); err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(start)
		steps += s.Step
	}
	b.ReportMetric(float64(steps)/elapsed.Seconds(), "steps/s")
	b.ReportMetric(float64(steps)/float64(b.N), "steps/op")
}

func BenchmarkFastGoCompute(b *testing.B) { benchSteps(b, "go", "compute", 0, false) }
func BenchmarkFastCSha(b *testing.B)      { benchSteps(b, "c", "sha", 0, false) }

func BenchmarkWitnessEveryStepGo(b *testing.B) { benchSteps(b, "go", "compute", 200_000, true) }
func BenchmarkWitnessEveryStepC(b *testing.B)  { benchSteps(b, "c", "sha", 200_000, true) }

// BenchmarkRootAfter1MSteps: the incremental memory root after each 1M steps
// of a running Go program.
func BenchmarkRootAfter1MSteps(b *testing.B) {
	path := testprograms.Find(b, "go", "stress")
	s, vm := load(b, path)
	s.Memory.Root()
	var hashing time.Duration
	for i := 0; i < b.N; i++ {
		if s.Exited {
			b.StopTimer()
			s, vm = load(b, path)
			s.Memory.Root()
			b.StartTimer()
		}
		b.StopTimer()
		if err := vm.Run(1_000_000); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		s.Memory.Root()
		hashing += time.Since(start)
	}
	b.ReportMetric(float64(hashing.Microseconds())/float64(b.N), "µs/root")
}
