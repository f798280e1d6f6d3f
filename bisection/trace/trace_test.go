package trace_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/trace"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/program"
	"github.com/axonum/opml/mipsevm/unicorn"
)

// elfPrestate returns a prestate function for a guest test program.
func elfPrestate(t testing.TB, kind, name string) func() (*mipsevm.State, error) {
	t.Helper()
	elf, err := os.ReadFile(testprograms.Find(t, kind, name))
	if err != nil {
		t.Fatal(err)
	}
	return func() (*mipsevm.State, error) { return program.Load(elf) }
}

// engines are the replay engines the provider must agree on.
func engines() map[string]trace.Engine {
	e := map[string]trace.Engine{"go": nil}
	if unicorn.Available {
		e["unicorn"] = unicorn.Start
	}
	return e
}

// reference runs the interpreter straight from the prestate and returns the
// state hash after each of steps steps, and the exit step.
func reference(t testing.TB, prestate func() (*mipsevm.State, error), oracle mipsevm.PreimageOracle, steps []uint64) (map[uint64][32]byte, uint64) {
	t.Helper()
	s, err := prestate()
	if err != nil {
		t.Fatal(err)
	}
	vm := mipsevm.NewVM(s, oracle, nil, nil)
	sorted := slices.Clone(steps)
	slices.Sort(sorted)
	hashes := make(map[uint64][32]byte)
	for _, step := range sorted {
		if err := vm.RunTo(step); err != nil {
			t.Fatal(err)
		}
		hashes[step] = s.Hash()
	}
	if err := vm.Run(0); err != nil {
		t.Fatal(err)
	}
	return hashes, s.Step
}

func exitStep(t testing.TB, prestate func() (*mipsevm.State, error), oracle mipsevm.PreimageOracle) uint64 {
	t.Helper()
	_, exit := reference(t, prestate, oracle, nil)
	return exit
}

func newProvider(t testing.TB, cfg trace.Config) *trace.Provider {
	t.Helper()
	p, err := trace.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p
}

// querySteps are the interesting steps of a trace with interval k and exit
// step exit, plus random ones, in random order.
func querySteps(rng *rand.Rand, k, exit uint64, random int) []uint64 {
	steps := []uint64{0, 1, k - 1, k, k + 1, 2*k + 7, exit - 1, exit, exit + 1, exit + 1000, exit + 1<<40}
	for range random {
		steps = append(steps, rng.Uint64N(exit))
	}
	rng.Shuffle(len(steps), func(i, j int) { steps[i], steps[j] = steps[j], steps[i] })
	return steps
}

func checkHashes(t *testing.T, p *trace.Provider, steps []uint64, want map[uint64][32]byte) {
	t.Helper()
	for _, step := range steps {
		got, err := p.StateHash(context.Background(), step)
		if err != nil {
			t.Fatalf("step %d: %v", step, err)
		}
		if got != want[step] {
			t.Fatalf("step %d: hash %x, straight run %x", step, got, want[step])
		}
	}
}

func TestStateHashMatchesStraightRun(t *testing.T) {
	programs := []struct {
		kind, name string
		k          uint64
		short      bool // small enough for -short
	}{
		{"c", "sha", 1 << 23, false},
		{"go", "hello", 1 << 15, true},
	}
	for _, prog := range programs {
		for engName, eng := range engines() {
			t.Run(prog.kind+"/"+prog.name+"/"+engName, func(t *testing.T) {
				if testing.Short() && !prog.short {
					t.Skip("long program in -short mode")
				}
				pre := elfPrestate(t, prog.kind, prog.name)
				exit := exitStep(t, pre, nil)
				rng := rand.New(rand.NewPCG(1, prog.k))
				steps := querySteps(rng, prog.k, exit, 12)
				want, _ := reference(t, pre, nil, steps)
				p := newProvider(t, trace.Config{Prestate: pre, Identity: "test", Dir: t.TempDir(), Interval: prog.k, Engine: eng})
				checkHashes(t, p, steps, want)
				got, err := p.ExitStep(context.Background())
				if err != nil || got != exit {
					t.Fatalf("ExitStep = %d, %v; want %d", got, err, exit)
				}
				st := p.Stats()
				t.Logf("%+v", st)
				if want := int(exit / prog.k); st.Saved < want {
					t.Errorf("saved %d snapshots, want at least %d (one per interval and the final)", st.Saved, want)
				}
			})
		}
	}
}

// TestRestartReusesSnapshots: a second provider on the same directory
// answers from the first one's snapshots.
func TestRestartReusesSnapshots(t *testing.T) {
	const k = 1 << 15
	pre := elfPrestate(t, "go", "hello")
	dir := t.TempDir()
	exit := exitStep(t, pre, nil)
	steps := []uint64{5*k + 123, 5*k + 1123, 5*k + 2123, 7*k + 5, 9*k - 1}
	want, _ := reference(t, pre, nil, append(steps, exit))

	p1 := newProvider(t, trace.Config{Prestate: pre, Identity: "test", Dir: dir, Interval: k})
	if got, err := p1.ExitStep(context.Background()); err != nil || got != exit {
		t.Fatalf("ExitStep = %d, %v; want %d", got, err, exit)
	}
	if st := p1.Stats(); st.Replayed != exit || st.Saved != int(exit/k)+1 {
		t.Fatalf("first pass: %+v; want %d steps replayed and %d snapshots", st, exit, exit/k+1)
	}
	p1.Close()

	p2 := newProvider(t, trace.Config{Prestate: pre, Identity: "test", Dir: dir, Interval: k})
	checkHashes(t, p2, steps, want)
	st := p2.Stats()
	// From the snapshot at 5k: 123 steps, then forward from the current
	// state (no reload) to 5k+2123, then the snapshots at 7k and 8k.
	if wantReplay := uint64(2123 + 5 + (k - 1)); st.Replayed != wantReplay || st.Loaded != 3 || st.Saved != 0 {
		t.Fatalf("after restart: %+v; want %d steps replayed, 3 snapshots loaded, none saved", st, wantReplay)
	}

	// The final snapshot answers the exit without a replay.
	p3 := newProvider(t, trace.Config{Prestate: pre, Identity: "test", Dir: dir, Interval: k})
	if got, err := p3.ExitStep(context.Background()); err != nil || got != exit {
		t.Fatalf("ExitStep = %d, %v; want %d", got, err, exit)
	}
	checkHashes(t, p3, []uint64{exit}, want)
	if st := p3.Stats(); st.Replayed != 0 || st.Loaded != 1 {
		t.Fatalf("exit after restart: %+v; want no replay and one load", st)
	}
}

func snapPath(dir string, step uint64, final bool) string {
	prefix := "snap"
	if final {
		prefix = "final"
	}
	return filepath.Join(dir, fmt.Sprintf("%s-%016d.bin.gz", prefix, step))
}

// TestCloseDropsMemory: Close drops the in-memory state (MemoryBytes 0)
// and the provider goes on answering from its snapshots.
func TestCloseDropsMemory(t *testing.T) {
	const k = 1 << 15
	pre := elfPrestate(t, "go", "hello")
	steps := []uint64{3*k + 7, 6*k + 1}
	want, _ := reference(t, pre, nil, steps)
	p := newProvider(t, trace.Config{Prestate: pre, Identity: "test", Dir: t.TempDir(), Interval: k})
	checkHashes(t, p, steps[1:], want)
	held := p.MemoryBytes()
	if held < 1<<20 {
		t.Fatalf("a Go program's state holds %d bytes, want at least 1 MiB", held)
	}
	p.Close()
	if m := p.MemoryBytes(); m != 0 {
		t.Fatalf("after Close: %d bytes held", m)
	}
	checkHashes(t, p, steps[:1], want)
	if st := p.Stats(); st.Loaded != 1 {
		t.Fatalf("after Close: %+v; want the query answered from one snapshot", st)
	}
	t.Logf("state held %d bytes", held)
}

// TestCorruptSnapshotsDiscarded: truncated and tampered snapshots are
// deleted and the hashes still come out right.
func TestCorruptSnapshotsDiscarded(t *testing.T) {
	const k = 1 << 15
	pre := elfPrestate(t, "go", "hello")
	dir := t.TempDir()
	exit := exitStep(t, pre, nil)
	target := uint64(3*k + 5)
	want, _ := reference(t, pre, nil, []uint64{target, exit})

	p1 := newProvider(t, trace.Config{Prestate: pre, Identity: "test", Dir: dir, Interval: k})
	if _, err := p1.ExitStep(context.Background()); err != nil {
		t.Fatal(err)
	}
	p1.Close()

	// truncate 3k, flip a byte inside 2k's compressed data, truncate the final
	truncate := func(path string) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data[:len(data)/2], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	truncate(snapPath(dir, 3*k, false))
	truncate(snapPath(dir, exit, true))
	data, err := os.ReadFile(snapPath(dir, 2*k, false))
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)/2] ^= 0x40
	if err := os.WriteFile(snapPath(dir, 2*k, false), data, 0o644); err != nil {
		t.Fatal(err)
	}

	p2 := newProvider(t, trace.Config{Prestate: pre, Identity: "test", Dir: dir, Interval: k})
	checkHashes(t, p2, []uint64{target}, want)
	st := p2.Stats()
	if st.Discarded != 2 || st.Loaded != 1 || st.Replayed != target-k || st.Saved != 2 {
		t.Fatalf("%+v; want 2 discarded, the snapshot at k loaded, %d steps replayed, 2k and 3k saved again", st, target-k)
	}
	// the rewritten snapshots are good
	p3 := newProvider(t, trace.Config{Prestate: pre, Identity: "test", Dir: dir, Interval: k})
	checkHashes(t, p3, []uint64{target}, want)
	if st := p3.Stats(); st.Discarded != 0 || st.Loaded != 1 || st.Replayed != 5 {
		t.Fatalf("%+v; want the rewritten snapshot at 3k loaded", st)
	}
	// The bad final snapshot is replaced by replaying to the exit.
	if got, err := p2.ExitStep(context.Background()); err != nil || got != exit {
		t.Fatalf("ExitStep = %d, %v; want %d", got, err, exit)
	}
	checkHashes(t, p2, []uint64{exit + 9}, map[uint64][32]byte{exit + 9: want[exit]})
	if st := p2.Stats(); st.Discarded != 3 {
		t.Fatalf("%+v; want the final snapshot discarded too", st)
	}
	if _, err := os.Stat(snapPath(dir, exit, true)); err != nil {
		t.Fatalf("final snapshot not rewritten: %v", err)
	}
}

func dirBytes(t *testing.T, dir string) int64 {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".bin.gz") {
			info, err := e.Info()
			if err != nil {
				t.Fatal(err)
			}
			n += info.Size()
		}
	}
	return n
}

func TestDiskBudget(t *testing.T) {
	const k = 1 << 12
	pre := elfPrestate(t, "go", "hello")
	exit := exitStep(t, pre, nil)
	rng := rand.New(rand.NewPCG(2, 3))
	steps := querySteps(rng, k, exit, 40)
	want, _ := reference(t, pre, nil, steps)

	// size one snapshot to set a budget of about six
	probe := newProvider(t, trace.Config{Prestate: pre, Identity: "test", Dir: t.TempDir(), Interval: k})
	if _, err := probe.StateHash(context.Background(), k); err != nil {
		t.Fatal(err)
	}
	budget := 6 * probe.Stats().DiskBytes

	dir := t.TempDir()
	p := newProvider(t, trace.Config{Prestate: pre, Identity: "test", Dir: dir, Interval: k, DiskBudget: budget})
	for _, step := range steps {
		checkHashes(t, p, []uint64{step}, want)
		if st := p.Stats(); st.DiskBytes > budget || dirBytes(t, dir) != st.DiskBytes {
			t.Fatalf("after step %d: %+v, %d bytes on disk; budget %d", step, st, dirBytes(t, dir), budget)
		}
	}
	st := p.Stats()
	t.Logf("%+v, budget %d", st, budget)
	if st.Evicted == 0 || st.Spacing <= k || st.Files < 2 {
		t.Fatalf("%+v: want thinning to a coarser spacing with some snapshots left", st)
	}
	// what is left is evenly spaced
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		var step uint64
		if _, err := fmt.Sscanf(e.Name(), "snap-%016d.bin.gz", &step); err == nil && step%st.Spacing != 0 {
			t.Errorf("snapshot %s is off the spacing %d", e.Name(), st.Spacing)
		}
	}

	// A restart keeps the coarser spacing and the budget.
	p.Close()
	p2 := newProvider(t, trace.Config{Prestate: pre, Identity: "test", Dir: dir, Interval: k, DiskBudget: budget})
	checkHashes(t, p2, steps[:10], want)
	if st2 := p2.Stats(); st2.Spacing != st.Spacing || st2.DiskBytes > budget {
		t.Fatalf("after restart %+v; want spacing %d within budget %d", st2, st.Spacing, budget)
	}
}

func TestForeignDir(t *testing.T) {
	hello := elfPrestate(t, "go", "hello")
	other := elfPrestate(t, "c", "hello")
	dir := t.TempDir()
	p := newProvider(t, trace.Config{Prestate: hello, Identity: "claim-a", Dir: dir, Interval: 1 << 15})
	if _, err := p.StateHash(context.Background(), 1<<16); err != nil {
		t.Fatal(err)
	}
	p.Close()
	cases := []struct {
		name     string
		prestate func() (*mipsevm.State, error)
		identity string
	}{
		{"other identity", hello, "claim-b"},
		{"other prestate", other, "claim-a"},
	}
	for _, c := range cases {
		_, err := trace.New(trace.Config{Prestate: c.prestate, Identity: c.identity, Dir: dir, Interval: 1 << 15})
		if !errors.Is(err, trace.ErrForeignDir) {
			t.Errorf("%s: err = %v, want ErrForeignDir", c.name, err)
		}
	}
	// snapshots without a manifest are of unknown origin
	if err := os.Remove(filepath.Join(dir, "trace.json")); err != nil {
		t.Fatal(err)
	}
	if _, err := trace.New(trace.Config{Prestate: hello, Identity: "claim-a", Dir: dir}); !errors.Is(err, trace.ErrForeignDir) {
		t.Errorf("no manifest: err = %v, want ErrForeignDir", err)
	}
	// and the right identity still opens a fresh directory
	if _, err := trace.New(trace.Config{Prestate: hello, Identity: "claim-a", Dir: filepath.Join(dir, "sub")}); err != nil {
		t.Errorf("fresh directory: %v", err)
	}
}

// TestCancel: a long replay stops with the context's error, and the
// provider carries on afterwards.
func TestCancel(t *testing.T) {
	pre := elfPrestate(t, "go", "stress") // 91M steps
	const target = 80_000_000
	p := newProvider(t, trace.Config{Prestate: pre, Identity: "test", Dir: t.TempDir()})

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.StateHash(ctx, target); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled context: err = %v", err)
	}
	ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := p.StateHash(ctx, target)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("timeout: err = %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("replay stopped %v after the start, want soon after the 50 ms deadline", d)
	}
	if st := p.Stats(); st.Replayed == 0 || st.Replayed >= target {
		t.Fatalf("%+v: want a partial replay", st)
	}
	if testing.Short() {
		return
	}
	want, _ := reference(t, pre, nil, []uint64{target})
	checkHashes(t, p, []uint64{target}, want)
}

// witnessesEqual compares everything the verifier and the oracle contract
// get from a witness.
func witnessesEqual(a, b *mipsevm.Witness) bool {
	return bytes.Equal(a.State, b.State) && a.StateHash == b.StateHash &&
		bytes.Equal(a.EncodeProof(), b.EncodeProof()) && a.HasPreimage == b.HasPreimage &&
		a.PreimageKey == b.PreimageKey && bytes.Equal(a.PreimageValue, b.PreimageValue) &&
		a.PreimageOffset == b.PreimageOffset
}

// referenceWitnesses steps the interpreter straight from the prestate.
func referenceWitnesses(t *testing.T, prestate func() (*mipsevm.State, error), oracle mipsevm.PreimageOracle, steps []uint64) map[uint64]*mipsevm.Witness {
	t.Helper()
	s, err := prestate()
	if err != nil {
		t.Fatal(err)
	}
	vm := mipsevm.NewVM(s, oracle, nil, nil)
	sorted := slices.Clone(steps)
	slices.Sort(sorted)
	out := make(map[uint64]*mipsevm.Witness)
	for _, step := range slices.Compact(sorted) {
		if err := vm.RunTo(step); err != nil {
			t.Fatal(err)
		}
		// past the exit, the state stays where it is
		if s.Step != step && !s.Exited {
			t.Fatalf("cannot reach step %d", step)
		}
		w, err := vm.Step(true)
		if err != nil {
			t.Fatal(err)
		}
		out[step] = w
	}
	return out
}

// syscallSteps lists the steps whose instruction is a syscall.
func syscallSteps(t *testing.T, prestate func() (*mipsevm.State, error), oracle mipsevm.PreimageOracle) []uint64 {
	t.Helper()
	s, err := prestate()
	if err != nil {
		t.Fatal(err)
	}
	vm := mipsevm.NewVM(s, oracle, nil, nil)
	var steps []uint64
	for !s.Exited {
		if s.Memory.GetWord(s.PC) == 0x0000000c {
			steps = append(steps, s.Step)
		}
		if _, err := vm.Step(false); err != nil {
			t.Fatal(err)
		}
	}
	return steps
}

func checkWitnesses(t *testing.T, p *trace.Provider, steps []uint64, want map[uint64]*mipsevm.Witness) {
	t.Helper()
	for _, step := range steps {
		w, err := p.Witness(context.Background(), step)
		if err != nil {
			t.Fatalf("step %d: %v", step, err)
		}
		if !witnessesEqual(w, want[step]) {
			t.Fatalf("step %d: witness differs from a straight run's", step)
		}
	}
}

func TestWitness(t *testing.T) {
	const k = 1 << 15
	pre := elfPrestate(t, "go", "hello")
	sys := syscallSteps(t, pre, nil)
	exit := exitStep(t, pre, nil)
	rng := rand.New(rand.NewPCG(4, 5))
	steps := []uint64{0, k - 1, k, exit - 1, exit, exit + 5}
	for range 8 {
		steps = append(steps, sys[rng.IntN(len(sys))], rng.Uint64N(exit))
	}
	rng.Shuffle(len(steps), func(i, j int) { steps[i], steps[j] = steps[j], steps[i] })
	want := referenceWitnesses(t, pre, nil, steps)
	for _, engName := range []string{"go", "unicorn"} {
		eng, ok := engines()[engName]
		if !ok {
			continue
		}
		p := newProvider(t, trace.Config{Prestate: pre, Identity: "test", Dir: t.TempDir(), Interval: k, Engine: eng})
		checkWitnesses(t, p, steps, want)
	}
}

// mapOracle serves keccak256 preimages from a map.
type mapOracle map[[32]byte][]byte

func (mapOracle) Hint([]byte) {}
func (o mapOracle) GetPreimage(key [32]byte) ([]byte, error) {
	if v, ok := o[key]; ok {
		return v, nil
	}
	return nil, fmt.Errorf("no preimage for %x", key)
}
func (mapOracle) GetCommitted(key [32]byte) (mipsevm.CommittedData, error) {
	return nil, fmt.Errorf("no committed data for %x", key)
}

// preimageProgram writes a keccak256 key to the oracle, reads the value a
// word at a time and exits: a hand-assembled guest, so that the test does
// not depend on a cross-compiler.
func preimageProgram(key [32]byte, reads int) func() (*mipsevm.State, error) {
	const code = 0x10000
	ori := func(rt, imm uint32) uint32 { return 13<<26 | rt<<16 | imm }
	const syscall = 0x0000000c
	const v0, a0, a1, a2 = 2, 4, 5, 6
	var prog []uint32
	for i := range uint32(8) {
		prog = append(prog, ori(v0, mipsevm.SysWrite), ori(a0, mipsevm.FdPreimageWrite), ori(a1, 0x5000+4*i), ori(a2, 4), syscall)
	}
	for range reads {
		prog = append(prog, ori(v0, mipsevm.SysRead), ori(a0, mipsevm.FdPreimageRead), ori(a1, 0x6000), ori(a2, 4), syscall)
	}
	prog = append(prog, ori(v0, mipsevm.SysExitGroup), ori(a0, 0), syscall)
	return func() (*mipsevm.State, error) {
		s := mipsevm.NewState(code)
		for i, w := range prog {
			s.Memory.SetWord(code+uint32(4*i), w)
		}
		s.Memory.SetBytes(0x5000, key[:])
		return s, nil
	}
}

func TestWitnessReadsPreimage(t *testing.T) {
	value := []byte("a preimage longer than one word, read four bytes at a time")
	key := mipsevm.Keccak256Key(value)
	oracle := mapOracle{key: value}
	pre := preimageProgram(key, 12)
	sys := syscallSteps(t, pre, oracle)
	want := referenceWitnesses(t, pre, oracle, sys)
	reads := 0
	for _, w := range want {
		if w.HasPreimage {
			reads++
		}
	}
	if reads != 12 {
		t.Fatalf("%d preimage reads in the reference, want 12", reads)
	}
	// K = 16: most witnesses start from a snapshot taken mid-read, by a VM
	// that has not seen the preimage yet
	p := newProvider(t, trace.Config{Prestate: pre, Oracle: oracle, Identity: "test", Dir: t.TempDir(), Interval: 16})
	slices.Reverse(sys)
	checkWitnesses(t, p, sys, want)
}

// TestMissingPreimage: the oracle's failure is returned with the step.
func TestMissingPreimage(t *testing.T) {
	key := mipsevm.Keccak256Key([]byte("nobody has this"))
	pre := preimageProgram(key, 2)
	p := newProvider(t, trace.Config{Prestate: pre, Oracle: mapOracle{}, Identity: "test", Dir: t.TempDir(), Interval: 16})
	const firstRead = 8*5 + 4 // the syscall of the first read
	_, err := p.StateHash(context.Background(), 1000)
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("at step %d", firstRead)) || !strings.Contains(err.Error(), "no preimage") {
		t.Fatalf("err = %v, want the missing preimage at step %d", err, firstRead)
	}
	if _, err := p.Witness(context.Background(), firstRead); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("step %d", firstRead)) {
		t.Fatalf("witness: err = %v, want the missing preimage at step %d", err, firstRead)
	}
	// the steps before it are fine
	if _, err := p.StateHash(context.Background(), firstRead); err != nil {
		t.Fatal(err)
	}
}
