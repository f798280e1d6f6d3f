//go:build cgo && !nounicorn

package unicorn

import (
	"testing"

	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
)

// TestCommittedRootLockstep: the assembly program committed_root calls the
// syscall (which writes its 32-byte root into memory that unicorn then
// reads) between stretches of ordinary code. The engine must match the
// interpreter right before and after every such call and at the end, with
// unicorn running the code in between (one Run to the end, too).
func TestCommittedRootLockstep(t *testing.T) {
	path := testprograms.Find(t, "asm", "committed_root")
	s, vm, _ := load(t, path)
	var stops []uint64
	calls := 0
	for !s.Exited {
		if w := s.Memory.GetWord(s.PC &^ 3); w&0xfc00_003f == 0x0c && s.Registers[2] == mipsevm.SysCommittedRoot {
			stops = append(stops, s.Step, s.Step+1, s.Step+2)
			calls++
		}
		if _, err := vm.Step(false); err != nil {
			t.Fatal(err)
		}
	}
	if calls < 15 {
		t.Fatalf("the program made %d committed_root calls", calls)
	}
	stops = append(stops, s.Step)
	e := lockstep(t, path, stops)
	if e.UnicornSteps == 0 || e.Syscalls < uint64(calls) {
		t.Fatalf("unicorn ran %d steps and left %d syscalls to Go: the test does not exercise the engine", e.UnicornSteps, e.Syscalls)
	}
	t.Logf("%d calls, %d stops: %d unicorn steps in %d runs, %d Go steps", calls, len(stops), e.UnicornSteps, e.Runs, e.GoSteps)
	e = lockstep(t, path, []uint64{s.Step})
	t.Logf("one run: %d unicorn steps in %d runs, %d Go steps", e.UnicornSteps, e.Runs, e.GoSteps)
}
