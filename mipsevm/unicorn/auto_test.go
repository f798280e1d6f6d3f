//go:build cgo && !nounicorn

package unicorn

import (
	"testing"

	"github.com/axonum/opml/internal/testprograms"
)

// TestAutoLockstep: the adaptive runner, switching engines every few
// stretches, ends every stop in the interpreter's state and has run both.
func TestAutoLockstep(t *testing.T) {
	path := testprograms.Find(t, "go", "compute")
	ref, refVM, refOut := load(t, path)
	s, vm, out := load(t, path)
	a, err := NewAuto(vm)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	a.Stretch, a.ProbeEvery = 100_003, 3
	for _, stop := range []uint64{1, 250_000, 250_001, 1_300_000, 4_000_000, 1 << 40} {
		if err := refVM.RunTo(stop); err != nil {
			t.Fatal(err)
		}
		if stop > s.Step {
			if err := a.Run(stop - s.Step); err != nil {
				t.Fatal(err)
			}
		}
		if ref.Step != s.Step || ref.Hash() != s.Hash() {
			t.Fatalf("stop %d: interpreter at step %d, auto at step %d, or states differ", stop, ref.Step, s.Step)
		}
		if ref.Exited {
			break
		}
	}
	if !s.Exited || refOut.String() != out.String() {
		t.Fatalf("exited %v, output %q, want %q", s.Exited, out.String(), refOut.String())
	}
	if a.Steps[engineGo] == 0 || a.Steps[engineUnicorn] == 0 {
		t.Fatalf("steps per engine %v: both should have run", a.Steps)
	}
	if a.Steps[engineGo]+a.Steps[engineUnicorn] != s.Step {
		t.Fatalf("steps per engine %v do not add up to %d", a.Steps, s.Step)
	}
}
