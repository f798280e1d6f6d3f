package mipsevm_test

import (
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axonum/opml/internal/testprograms"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/memory"
	"github.com/axonum/opml/mipsevm/program"
)

func load(t testing.TB, path string) (*mipsevm.State, *mipsevm.VM) {
	t.Helper()
	s, err := program.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s, mipsevm.NewVM(s, nil, nil, nil)
}

func TestSameProgramSameHash(t *testing.T) {
	path := testprograms.Find(t, "go", "stress")
	a, b := runVM(t, path), runVM(t, path)
	if a.state.Hash() != b.state.Hash() || a.state.Step != b.state.Step || a.stdout != b.stdout {
		t.Fatalf("two runs differ: %x after %d steps vs %x after %d", a.state.Hash(), a.state.Step, b.state.Hash(), b.state.Step)
	}
}

// TestSnapshotResume stops a run at random steps, saves and reloads it in
// both formats, and requires the same hashes as a straight run.
func TestSnapshotResume(t *testing.T) {
	path := testprograms.Find(t, "go", "stress")
	straight := runVM(t, path).state
	rng := rand.New(rand.NewPCG(7, uint64(straight.Step)))
	points := []uint64{1, straight.Step / 2}
	for i := 0; i < 4; i++ {
		points = append(points, 1+rng.Uint64N(straight.Step-1))
	}
	dir := t.TempDir()
	for i, at := range points {
		ref, refVM := load(t, path)
		if err := refVM.RunTo(at); err != nil {
			t.Fatal(err)
		}
		s, vm := load(t, path)
		if err := vm.RunTo(at); err != nil {
			t.Fatal(err)
		}
		format := mipsevm.FormatBinary
		if i%2 == 1 {
			format = mipsevm.FormatJSON
		}
		file := filepath.Join(dir, "snap")
		if err := mipsevm.SaveSnapshot(file, s, format); err != nil {
			t.Fatal(err)
		}
		resumed, err := mipsevm.LoadSnapshot(file, nil)
		if err != nil {
			t.Fatal(err)
		}
		if resumed.Hash() != ref.Hash() {
			t.Fatalf("step %d (%s): reloaded hash %x, want %x", at, format, resumed.Hash(), ref.Hash())
		}
		rvm := mipsevm.NewVM(resumed, nil, nil, nil)
		if err := rvm.Run(stepLimit); err != nil {
			t.Fatal(err)
		}
		if resumed.Hash() != straight.Hash() || resumed.Step != straight.Step {
			t.Fatalf("resumed at %d (%s): final %x at step %d, straight run %x at step %d", at, format, resumed.Hash(), resumed.Step, straight.Hash(), straight.Step)
		}
	}
}

// TestWitnessesMatchFastMode steps one VM with a witness at every step and
// another in fast mode, and checks every witness against the pre-state.
func TestWitnessesMatchFastMode(t *testing.T) {
	type tc struct {
		kind, name string
		steps      uint64 // 0: to the exit
	}
	cases := []tc{{"c", "hello", 0}, {"c", "exitcode", 0}, {"c", "sort", 300_000}, {"go", "hello", 200_000}}
	for _, p := range testprograms.All(t, "asm") { // every instruction test, faults included
		cases = append(cases, tc{"asm", strings.TrimSuffix(filepath.Base(p), ".elf"), 0})
	}
	for _, c := range cases {
		t.Run(c.kind+"/"+c.name, func(t *testing.T) {
			path := testprograms.Find(t, c.kind, c.name)
			proved, pvm := load(t, path)
			fast, fvm := load(t, path)
			limit := c.steps
			if limit == 0 {
				limit = 5_000_000 // small programs run to their exit
			}
			for n := uint64(0); !proved.Exited && n < limit; n++ {
				root := proved.Memory.Root()
				pc := proved.PC
				w, err := pvm.Step(true)
				if err != nil {
					t.Fatal(err)
				}
				checkWitness(t, w, root, pc)
				if err := fvm.Run(1); err != nil {
					t.Fatal(err)
				}
				if n%997 == 0 || proved.Exited {
					if proved.Hash() != fast.Hash() {
						t.Fatalf("step %d: proving VM %x, fast VM %x", proved.Step, proved.Hash(), fast.Hash())
					}
				}
			}
			if c.steps == 0 && !proved.Exited {
				t.Fatalf("did not exit within %d steps", limit)
			}
			if proved.Hash() != fast.Hash() {
				t.Fatalf("final: proving VM %x, fast VM %x", proved.Hash(), fast.Hash())
			}
		})
	}
}

func checkWitness(t *testing.T, w *mipsevm.Witness, root [32]byte, pc uint32) {
	t.Helper()
	h, err := mipsevm.HashPacked(w.State)
	if err != nil || h != w.StateHash {
		t.Fatalf("witness state hash %x does not match packed state (%v)", w.StateHash, err)
	}
	roots, s, err := mipsevm.DecodeState(w.State)
	if err != nil || roots.Memory != root || s.PC != pc {
		t.Fatalf("witness state does not decode to the pre-state (err %v)", err)
	}
	if s.Exited {
		return
	}
	if len(w.ProofData) < memory.ProofLen || (len(w.ProofData)%32) != 0 {
		t.Fatalf("witness proof data is %d bytes", len(w.ProofData))
	}
	if err := memory.VerifyProof(root, w.ProofData[:memory.ProofLen], pc&^3, 0); err != nil {
		t.Fatalf("fetch proof at pc %#x: %v", pc, err)
	}
}
