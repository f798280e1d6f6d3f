//go:build cgo && !nounicorn

package unicorn

import (
	"bytes"
	"math/rand"
	"path/filepath"
	"slices"
	"testing"

	"github.com/axonum/opml/internal/testprograms"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/program"
)

func load(t testing.TB, path string) (*mipsevm.State, *mipsevm.VM, *bytes.Buffer) {
	t.Helper()
	return loadProcess(t, path, program.Process{})
}

// loadProcess loads a program as the process p (arguments, environment,
// stdin).
func loadProcess(t testing.TB, path string, p program.Process) (*mipsevm.State, *mipsevm.VM, *bytes.Buffer) {
	t.Helper()
	s, err := program.LoadProcessFile(path, p)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	return s, mipsevm.NewVM(s, nil, &out, &out), &out
}

// stopPoints runs the Go interpreter one step at a time (at most limit
// steps) and picks steps to compare at: right before and after syscalls,
// inside delay slots, random steps, time-slice boundaries and the exit.
func stopPoints(t *testing.T, path string, limit uint64, rnd *rand.Rand, want int) []uint64 {
	return stopPointsProcess(t, path, program.Process{}, limit, rnd, want)
}

func stopPointsProcess(t *testing.T, path string, p program.Process, limit uint64, rnd *rand.Rand, want int) []uint64 {
	s, vm, _ := loadProcess(t, path, p)
	var sys, slot []uint64
	for !s.Exited && s.Step < limit {
		if w := s.Memory.GetWord(s.PC &^ 3); w&0xfc00_003f == 0x0c {
			sys = append(sys, s.Step, s.Step+1)
		}
		if s.NextPC != s.PC+4 {
			slot = append(slot, s.Step)
		}
		if _, err := vm.Step(false); err != nil {
			t.Fatal(err)
		}
	}
	last := s.Step
	pick := func(from []uint64, n int) []uint64 {
		if len(from) <= n {
			return from
		}
		var out []uint64
		for range n {
			out = append(out, from[rnd.Intn(len(from))])
		}
		return out
	}
	stops := append(pick(sys, want/3), pick(slot, want/3)...)
	for range want / 3 {
		stops = append(stops, uint64(rnd.Int63n(int64(last)+1)))
	}
	for b := uint64(mipsevm.TimeSlice); b <= last && b <= 4*mipsevm.TimeSlice; b += mipsevm.TimeSlice {
		stops = append(stops, b-1, b, b+1)
	}
	stops = append(stops, last, last+10)
	slices.Sort(stops)
	return slices.Compact(stops)
}

// lockstep runs the Go interpreter and the engine side by side to each stop
// and compares the state hashes.
func lockstep(t *testing.T, path string, stops []uint64) *Engine {
	return lockstepProcess(t, path, program.Process{}, stops)
}

func lockstepProcess(t *testing.T, path string, p program.Process, stops []uint64) *Engine {
	ref, refVM, refOut := loadProcess(t, path, p)
	s, vm, out := loadProcess(t, path, p)
	e, err := New(vm)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	for _, stop := range stops {
		if err := refVM.RunTo(stop); err != nil {
			t.Fatal(err)
		}
		if stop > s.Step {
			if err := e.Run(stop - s.Step); err != nil {
				t.Fatalf("step %d: %v", s.Step, err)
			}
		}
		if ref.Step != s.Step || ref.Hash() != s.Hash() {
			t.Fatalf("at step %d (ref step %d): states differ\nref: pc %#x npc %#x hi %#x lo %#x exited %v\n     regs %x\ngot: pc %#x npc %#x hi %#x lo %#x exited %v\n     regs %x",
				stop, ref.Step, ref.PC, ref.NextPC, ref.HI, ref.LO, ref.Exited, ref.Registers,
				s.PC, s.NextPC, s.HI, s.LO, s.Exited, s.Registers)
		}
		if ref.Exited {
			break
		}
	}
	if refOut.String() != out.String() {
		t.Errorf("output differs:\nref: %q\ngot: %q", refOut.String(), out.String())
	}
	if (refVM.Fault() == nil) != (vm.Fault() == nil) {
		t.Errorf("fault differs: ref %v, got %v", refVM.Fault(), vm.Fault())
	}
	return e
}

func TestLockstepPrograms(t *testing.T) {
	type cfg struct {
		limit uint64
		want  int
	}
	kinds := map[string]cfg{"asm": {1 << 20, 60}, "c": {50_000_000, 45}, "go": {3_000_000, 30}}
	for _, kind := range []string{"asm", "c", "go"} {
		for _, path := range testprograms.All(t, kind) {
			name := kind + "/" + filepath.Base(path)
			c := kinds[kind]
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				rnd := rand.New(rand.NewSource(int64(len(name))))
				stops := stopPoints(t, path, c.limit, rnd, c.want)
				e := lockstep(t, path, stops)
				t.Logf("%d stops up to step %d: %d unicorn steps in %d runs, %d Go steps",
					len(stops), stops[len(stops)-1], e.UnicornSteps, e.Runs, e.GoSteps)
			})
		}
	}
}

// TestLockstepProcess: the C args program started with arguments, an
// environment and a stdin read over many restarted steps.
func TestLockstepProcess(t *testing.T) {
	path := testprograms.Find(t, "c", "args")
	in := bytes.Repeat([]byte("standard input, line by line\n"), 400)
	p := program.Process{Args: []string{"prog", "a", "bc"}, Env: []string{"K=V", "EMPTY="}, Stdin: in}
	rnd := rand.New(rand.NewSource(7))
	stops := stopPointsProcess(t, path, p, 50_000_000, rnd, 90)
	e := lockstepProcess(t, path, p, stops)
	t.Logf("%d stops up to step %d: %d unicorn steps in %d runs, %d Go steps",
		len(stops), stops[len(stops)-1], e.UnicornSteps, e.Runs, e.GoSteps)
}

// TestLockstepGoTestBinaries: a few Go standard-library test binaries
// (pipes and epoll in their examples), compared at syscalls, delay slots,
// random steps and time-slice boundaries.
func TestLockstepGoTestBinaries(t *testing.T) {
	want := map[string]bool{"container/list": true, "path": true, "encoding/hex": true}
	for _, path := range testprograms.GoTests(t) {
		name := testprograms.GoTestName(path)
		if !want[name] {
			continue
		}
		t.Run(name, func(t *testing.T) {
			p := program.Process{Args: []string{"guest", "-test.short"}}
			rnd := rand.New(rand.NewSource(int64(len(name))))
			stops := stopPointsProcess(t, path, p, 20_000_000, rnd, 60)
			e := lockstepProcess(t, path, p, stops)
			t.Logf("%d stops up to step %d: %d unicorn steps in %d runs, %d Go steps",
				len(stops), stops[len(stops)-1], e.UnicornSteps, e.Runs, e.GoSteps)
		})
	}
}

// TestRunToExit: one Run call to the end equals the interpreter's run.
func TestRunToExit(t *testing.T) {
	for _, kind := range []string{"asm", "c"} {
		for _, path := range testprograms.All(t, kind) {
			t.Run(kind+"/"+filepath.Base(path), func(t *testing.T) {
				t.Parallel()
				ref, refVM, refOut := load(t, path)
				s, vm, out := load(t, path)
				if err := refVM.Run(0); err != nil {
					t.Fatal(err)
				}
				if err := Run(vm, 0); err != nil {
					t.Fatal(err)
				}
				if ref.Hash() != s.Hash() || refOut.String() != out.String() {
					t.Fatalf("differ: ref step %d status %s, got step %d status %s", ref.Step, ref.Status(), s.Step, s.Status())
				}
			})
		}
	}
}
