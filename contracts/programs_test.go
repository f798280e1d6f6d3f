package contracts_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/axonum/opml/internal/testprograms"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/program"
)

func load(t testing.TB, path string) (*mipsevm.State, *mipsevm.VM) {
	t.Helper()
	return loadProcess(t, path, program.Process{})
}

func loadProcess(t testing.TB, path string, p program.Process) (*mipsevm.State, *mipsevm.VM) {
	t.Helper()
	s, err := program.LoadProcessFile(path, p)
	if err != nil {
		t.Fatal(err)
	}
	return s, mipsevm.NewVM(s, nil, nil, nil)
}

// maxProgramSteps bounds the every-step runs (the programs need far fewer).
const maxProgramSteps = 5_000_000

// checkEveryStep proves every step of a program on chain until it exits.
func checkEveryStep(t *testing.T, c *chain, path string) {
	checkEveryStepProcess(t, c, path, program.Process{})
}

func checkEveryStepProcess(t *testing.T, c *chain, path string, p program.Process) {
	s, vmach := loadProcess(t, path, p)
	for !s.Exited {
		if s.Step >= maxProgramSteps {
			t.Fatalf("%s: still running after %d steps", path, s.Step)
		}
		c.checkStep(t, vmach)
	}
	// A step on an exited state changes nothing, on chain too.
	c.checkStep(t, vmach)
	t.Logf("%s: %d steps verified on chain, exit code %d", filepath.Base(path), s.Step, s.ExitCode)
}

// TestAsmProgramsEveryStep: every step of every assembly test program
// (instructions, faults, syscalls) gives the Go VM's post-state on chain.
func TestAsmProgramsEveryStep(t *testing.T) {
	c := newChain(t)
	for _, p := range testprograms.All(t, "asm") {
		t.Run(strings.TrimSuffix(filepath.Base(p), ".elf"), func(t *testing.T) {
			checkEveryStep(t, c, p)
		})
	}
}

// TestCHelloEveryStep: every step of the C hello program.
func TestCHelloEveryStep(t *testing.T) {
	checkEveryStep(t, newChain(t), testprograms.Find(t, "c", "hello"))
}

// TestCBrkEveryStep: every step of the C brk program (a break grown,
// shrunk and regrown at many alignments, one grow of 3 MiB).
func TestCBrkEveryStep(t *testing.T) {
	checkEveryStep(t, newChain(t), testprograms.Find(t, "c", "brk"))
}

// TestCArgsEveryStep: every step of the C args program started with
// arguments, an environment and a stdin it reads at every alignment.
func TestCArgsEveryStep(t *testing.T) {
	in := []byte(strings.Repeat("stdin for the args program\n", 60))
	p := program.Process{Args: []string{"prog", "one", "two words", ""}, Env: []string{"K=V", "EMPTY="}, Stdin: in}
	checkEveryStepProcess(t, newChain(t), testprograms.Find(t, "c", "args"), p)
}

// TestCPipesSyscalls: every syscall step of the C pipes program (pipe2,
// reads and writes at every alignment, a pipe filled and drained in
// restarted word steps, dup, fcntl, epoll), other steps sampled.
func TestCPipesSyscalls(t *testing.T) {
	checkSampled(t, newChain(t), testprograms.Find(t, "c", "pipes"), 997)
}

// TestGoTestBinarySyscalls: every syscall step (pipes and epoll for the
// examples' output, clones, futexes, zero-filling) and every preemption of
// a few Go standard-library test binaries, other steps sampled.
func TestGoTestBinarySyscalls(t *testing.T) {
	c := newChain(t)
	want := map[string]bool{"container/list": true, "cmp": true, "path": true}
	for _, path := range testprograms.GoTests(t) {
		if !want[testprograms.GoTestName(path)] {
			continue
		}
		t.Run(testprograms.GoTestName(path), func(t *testing.T) {
			checkSampledProcess(t, c, path, program.Process{Args: []string{"guest", "-test.short"}}, 10007)
		})
	}
}

// sampleEvery is how often TestGoHelloSampled proves an ordinary step
// (OPML_CONTRACTS_EVERY overrides it; 1 proves every step).
func sampleEvery(t testing.TB) uint64 {
	if v := os.Getenv("OPML_CONTRACTS_EVERY"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil || n == 0 {
			t.Fatalf("OPML_CONTRACTS_EVERY=%q: want a positive integer", v)
		}
		return n
	}
	return 97
}

const syscallInsn = 0x0000000c

// isSyscall reports whether the instruction at pc is a syscall.
func isSyscall(s *mipsevm.State) bool {
	return s.Memory.GetWord(s.PC&^3)&0xfc00003f == syscallInsn
}

// checkSampled proves, in a program: every syscall step (clone, futex,
// mmap/madvise zero-filling, clocks, getrandom, yields, thread exit), every
// preemption step (step count reaching a multiple of TimeSlice), and every
// every-th other step.
func checkSampled(t *testing.T, c *chain, path string, every uint64) (switches, zeroing int) {
	return checkSampledProcess(t, c, path, program.Process{}, every)
}

func checkSampledProcess(t *testing.T, c *chain, path string, p program.Process, every uint64) (switches, zeroing int) {
	s, vmach := loadProcess(t, path, p)
	var proven, sysSteps int
	for !s.Exited {
		preempt := (s.Step+1)%mipsevm.TimeSlice == 0
		sys := isSyscall(s)
		if !sys && !preempt && s.Step%every != 0 {
			if _, err := vmach.Step(false); err != nil {
				t.Fatal(err)
			}
			continue
		}
		num := s.Registers[2]
		w, _ := c.checkStep(t, vmach)
		proven++
		if sys {
			sysSteps++
			if (num == mipsevm.SysMadvise || num == mipsevm.SysMmap) && len(w.ProofData) > 28*32 {
				zeroing++
			}
		}
		if len(w.ThreadProof) > 0 {
			switches++
		}
	}
	t.Logf("%s: %d steps, %d proven on chain (%d syscalls, %d thread switches, %d zero-filling steps), exit code %d",
		filepath.Base(path), s.Step, proven, sysSteps, switches, zeroing, s.ExitCode)
	return switches, zeroing
}

// TestGoHelloSampled: the Go hello program (goroutines, GC, threads),
// sampled (OPML_CONTRACTS_EVERY=1 proves every step).
func TestGoHelloSampled(t *testing.T) {
	switches, zeroing := checkSampled(t, newChain(t), testprograms.Find(t, "go", "hello"), sampleEvery(t))
	if switches == 0 || zeroing == 0 {
		t.Errorf("the sample has %d thread switches and %d zero-filling steps; want some of each", switches, zeroing)
	}
}

// TestProgramsSampled: the other Go programs and the C programs, sampled
// more sparsely (every syscall and thread switch, one step in 10007). The
// allocation test (10^10 steps) only with OPML_CONTRACTS_LONG=1.
func TestProgramsSampled(t *testing.T) {
	long := map[string]bool{"go/alloc": true} // 10 billion steps: about 9 minutes
	c := newChain(t)
	for _, kind := range []string{"go", "c"} {
		for _, p := range testprograms.All(t, kind) {
			name := kind + "/" + strings.TrimSuffix(filepath.Base(p), ".elf")
			if name == "go/hello" || name == "c/hello" {
				continue // proven above
			}
			t.Run(name, func(t *testing.T) {
				if long[name] && os.Getenv("OPML_CONTRACTS_LONG") == "" {
					t.Skip("long program: set OPML_CONTRACTS_LONG=1")
				}
				checkSampled(t, c, p, 10007)
			})
		}
	}
}
