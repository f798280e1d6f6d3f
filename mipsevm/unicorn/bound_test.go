//go:build cgo && !nounicorn

package unicorn

// The upper bound of unicorn's throughput on
// compute-bound guest code, for deciding whether an exact-counting design
// can reach 2x the interpreter. Each iteration runs the same region (from
// a state just after a syscall to the next syscall, no thread switch) on:
//   raw:    unicorn, no hooks at all (stops at the syscall's exception)
//   block:  unicorn, one C UC_HOOK_BLOCK hook adding size/4
//   blockmem: block, plus the engine's memory hooks (a kseg0/kseg1 load
//           hook, a store hook marking dirty pages): with any such hook
//           unicorn sends every load and store through its slow path
//   code:   unicorn, one trivial C UC_HOOK_CODE hook (count++)
//   engine: this package's Engine (block hook, memory hooks, hand-overs)
//   interp: mipsevm.VM.Run (the interpreter's fast mode)

import (
	"slices"
	"testing"
	"time"

	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
)

type boundProg struct {
	kind, name string
	start      uint64 // global step where the region begins
	dropOthers bool   // remove the other threads (Go's runtime threads)
	// load, if set, makes the VM at step 0 (else: the test program kind/name)
	load func(testing.TB) (*mipsevm.State, *mipsevm.VM)
}

var boundProgs = []boundProg{
	{kind: "go", name: "compute", start: 386950, dropOthers: true},
	{kind: "c", name: "sha", start: 39681},
	// The claim-checking program on the committed Fashion-MNIST model: a
	// stretch of its Q8_0 matmul (the 784x128 layer).
	{kind: "claim", name: "mnist", start: mnistMatmulStart, dropOthers: true, load: loadMNISTClaim},
}

// at returns a fresh VM at the region's start.
func (p boundProg) at(t testing.TB) (*mipsevm.State, *mipsevm.VM) {
	var s *mipsevm.State
	var vm *mipsevm.VM
	if p.load != nil {
		s, vm = p.load(t)
	} else {
		s, vm, _ = load(t, testprograms.Find(t, p.kind, p.name))
	}
	if err := vm.Run(p.start); err != nil {
		t.Fatal(err)
	}
	if p.dropOthers {
		s.Todo, s.Done = mipsevm.ThreadStack{}, mipsevm.ThreadStack{}
	}
	for s.NextPC != s.PC+4 && !s.Exited { // start after a delay slot
		if _, err := vm.Step(false); err != nil {
			t.Fatal(err)
		}
	}
	return s, vm
}

// regionLen counts, one interpreter step at a time, the steps from the
// region's start to the next syscall (not executed).
func (p boundProg) regionLen(t testing.TB) uint64 {
	s, vm := p.at(t)
	tid := s.ThreadID
	for !s.Exited {
		if w := s.Memory.GetWord(s.PC &^ 3); w&0xfc00_003f == 0x0c {
			break
		}
		if _, err := vm.Step(false); err != nil {
			t.Fatal(err)
		}
		if s.ThreadID != tid {
			t.Fatal("thread switch in the region")
		}
	}
	return s.Step - p.start
}

type boundVariant struct {
	name    string
	elapsed time.Duration
}

func benchBound(b *testing.B, p boundProg) {
	n := p.regionLen(b)
	// Reference end state, and the chunks the engine maps over the region.
	ref, refVM := p.at(b)
	if err := refVM.Run(n); err != nil {
		b.Fatal(err)
	}
	s, vm := p.at(b)
	e, err := New(vm)
	if err != nil {
		b.Fatal(err)
	}
	if err := e.Run(n); err != nil {
		b.Fatal(err)
	}
	var chunks []uint32
	for ci := range e.chunks {
		chunks = append(chunks, ci)
	}
	slices.Sort(chunks)
	if s.Step != ref.Step || s.Registers != ref.Registers || s.PC != ref.PC {
		b.Fatal("engine and interpreter disagree")
	}
	b.Logf("%s/%s: region steps %d..%d (%d steps), ends at pc %#x; engine: %d unicorn steps, %d Go steps, %d runs, %d rollbacks; %d chunks",
		p.kind, p.name, p.start, p.start+n, n, ref.PC, e.UnicornSteps, e.GoSteps, e.Runs, e.Rollbacks, len(chunks))
	e.Close()

	i0 := 0
	bare := func(mode int) (time.Duration, uint64) {
		s, _ := p.at(b)
		z, err := newBare(mode, s, chunks)
		if err != nil {
			b.Fatal(err)
		}
		defer z.Close()
		t0 := time.Now()
		msg, count, blocks, pc := z.Run()
		d := time.Since(t0)
		// unicorn reports the pc after the syscall it raised
		same := pc == ref.PC+4
		for i := 1; i < 32 && same; i++ {
			same = z.Reg(i) == ref.Registers[i]
		}
		if i0 == 0 {
			b.Logf("  bare mode %d: stop %q at pc %#x (want %#x+4), regs equal %v, hook count %d (interp %d), blocks %d", mode, msg, pc, ref.PC, same, count, n, blocks)
		}
		if !same {
			b.Fatalf("bare mode %d stopped at %#x (want %#x+4) or registers differ", mode, pc, ref.PC)
		}
		return d, count
	}
	vs := []*boundVariant{{name: "raw"}, {name: "block"}, {name: "blockmem"}, {name: "code"}, {name: "engine"}, {name: "interp"}}
	for i := 0; i < b.N; i++ {
		i0 = i
		// Rotate the order so that no variant always runs first or last.
		for k := range vs {
			v := vs[(k+i)%len(vs)]
			switch v.name {
			case "raw":
				d, _ := bare(boundRaw)
				v.elapsed += d
			case "block":
				d, c := bare(boundBlock)
				v.elapsed += d
				if c != n && c != n+1 {
					b.Fatalf("block count %d, want %d (+1 for the syscall's block)", c, n)
				}
			case "blockmem":
				d, c := bare(boundBlockMem)
				v.elapsed += d
				if c != n && c != n+1 {
					b.Fatalf("block count %d, want %d (+1 for the syscall's block)", c, n)
				}
			case "code":
				d, c := bare(boundCode)
				v.elapsed += d
				if c != n+1 { // the hook also sees the syscall, which raises
					b.Fatalf("code-hook count %d, want %d+1", c, n)
				}
			case "engine":
				_, vm := p.at(b)
				e, err := New(vm)
				if err != nil {
					b.Fatal(err)
				}
				t0 := time.Now()
				if err := e.Run(n); err != nil {
					b.Fatal(err)
				}
				v.elapsed += time.Since(t0)
				e.Close()
			case "interp":
				_, vm := p.at(b)
				t0 := time.Now()
				if err := vm.Run(n); err != nil {
					b.Fatal(err)
				}
				v.elapsed += time.Since(t0)
			}
		}
	}
	interp := vs[len(vs)-1].elapsed
	for _, v := range vs {
		rate := float64(n) * float64(b.N) / v.elapsed.Seconds()
		b.ReportMetric(rate/1e6, v.name+"_Msteps/s")
		b.ReportMetric(interp.Seconds()/v.elapsed.Seconds(), v.name+"/interp")
	}
}

func BenchmarkBoundGoCompute(b *testing.B)  { benchBound(b, boundProgs[0]) }
func BenchmarkBoundCSha(b *testing.B)       { benchBound(b, boundProgs[1]) }
func BenchmarkBoundMNISTClaim(b *testing.B) { benchBound(b, boundProgs[2]) }
