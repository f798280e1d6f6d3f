package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/program"
	"github.com/axonum/opml/mipsevm/unicorn"
)

// The guests of the end-to-end test, built with the host's Go toolchain.
var guestSources = map[string]string{
	"hello/main.go": `package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hello from the test guest")
	fmt.Fprintln(os.Stderr, "guest stderr line")
}
`,
	"args/main.go": `package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Printf("args %q\n", os.Args)
	fmt.Printf("env %q\n", os.Environ())
	in, err := io.ReadAll(os.Stdin)
	fmt.Printf("stdin %d bytes %q err %v\n", len(in), in, err)
}
`,
	"exit3/main.go": `package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exiting with 3")
	os.Exit(3)
}
`,
}

// buildGuests cross-compiles the guests for the VM and returns the
// directory holding the executables hello and exit3.
func buildGuests(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipping end-to-end test: the go command is not on PATH, so the MIPS test guests cannot be built")
	}
	src := t.TempDir()
	files := map[string]string{"go.mod": "module guests\n\ngo 1.21\n"}
	for name, text := range guestSources {
		files[name] = text
	}
	for name, text := range files {
		path := filepath.Join(src, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(t.TempDir(), "bin") + string(filepath.Separator)
	cmd := exec.Command(goBin, "build", "-trimpath", "-o", bin, "./hello", "./exit3", "./args")
	cmd.Dir = src
	cmd.Env = append(os.Environ(),
		"GOOS=linux", "GOARCH=mips", "GOMIPS=softfloat", "CGO_ENABLED=0",
		"GOFLAGS=", "GOWORK=off", "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the MIPS test guests: %v\n%s", err, out)
	}
	return bin
}

// cliResult is what one in-process mipsvm invocation produced.
type cliResult struct {
	code           int
	stdout, stderr string
}

// mipsvm runs the command line in-process.
func mipsvm(t *testing.T, args ...string) cliResult {
	t.Helper()
	var out, errw bytes.Buffer
	code := execute(args, &out, &errw)
	return cliResult{code: code, stdout: out.String(), stderr: errw.String()}
}

// mustRun runs the command line and fails the test unless it exits with want.
func mustRun(t *testing.T, want int, args ...string) cliResult {
	t.Helper()
	r := mipsvm(t, args...)
	if r.code != want {
		t.Fatalf("mipsvm %s: exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), r.code, want, r.stdout, r.stderr)
	}
	return r
}

// lastJSON decodes the last line of stdout (mipsvm run --json's result;
// guest output may come before it).
func (r cliResult) lastJSON(t *testing.T) runResult {
	t.Helper()
	lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
	var res runResult
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
		t.Fatalf("last line of stdout is not the JSON result: %v\nstdout:\n%s", err, r.stdout)
	}
	return res
}

func hashHex(t *testing.T, path string) string {
	t.Helper()
	s, err := mipsevm.LoadSnapshot(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := s.Hash()
	return hex0x(h[:])
}

func decodeProof(t *testing.T, data string) proofJSON {
	t.Helper()
	var p proofJSON
	dec := json.NewDecoder(strings.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		t.Fatalf("proof JSON: %v\n%s", err, data)
	}
	return p
}

func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping end-to-end test in -short mode (it cross-compiles MIPS guests)")
	}
	bin := buildGuests(t)
	hello, exit3 := filepath.Join(bin, "hello"), filepath.Join(bin, "exit3")
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }

	// load-elf prints the hash of the initial state.
	s0 := at("state0.bin.gz")
	r := mustRun(t, 0, "load-elf", "--path", hello, "--out", s0)
	initial, err := program.LoadFile(hello)
	if err != nil {
		t.Fatal(err)
	}
	h0 := initial.Hash()
	if got := strings.TrimSpace(r.stdout); got != hex0x(h0[:]) {
		t.Fatalf("load-elf printed %q, want the initial state hash %s", got, hex0x(h0[:]))
	}
	if got := hashHex(t, s0); got != hex0x(h0[:]) {
		t.Fatalf("snapshot hash %s, want %s", got, hex0x(h0[:]))
	}

	// The straight run: everything later is compared with it.
	final := at("final.bin.gz")
	r = mustRun(t, 0, "run", "--input", s0, "--json", "--output", final)
	want := r.lastJSON(t)
	if want.Status != "valid" || !want.Exited || want.ExitCode != 0 || want.Stopped || want.Fault != "" {
		t.Fatalf("straight run ended %+v, want a valid exit with code 0", want)
	}
	if want.Step < 1000 {
		t.Fatalf("straight run took %d steps; a Go hello world takes far more", want.Step)
	}
	if !strings.HasPrefix(r.stdout, "hello from the test guest\n") {
		t.Errorf("guest stdout missing; stdout:\n%s", r.stdout)
	}
	if !strings.Contains(r.stderr, "guest stderr line") {
		t.Errorf("guest stderr missing; stderr:\n%s", r.stderr)
	}
	if got := hashHex(t, final); got != want.Hash {
		t.Errorf("--output snapshot hash %s, the result says %s", got, want.Hash)
	}
	mid := want.Step / 2

	t.Run("run from ELF", func(t *testing.T) {
		got := mustRun(t, 0, "run", "--elf", hello, "--json").lastJSON(t)
		if got != want {
			t.Errorf("run --elf ended %+v, run --input %+v", got, want)
		}
	})

	t.Run("engines agree", func(t *testing.T) {
		engines := []string{"go", "auto"}
		if unicorn.Available {
			engines = append(engines, "unicorn")
		} else {
			r := mustRun(t, 1, "run", "--input", s0, "--engine", "unicorn")
			if !strings.Contains(r.stderr, "not available") {
				t.Errorf("--engine unicorn without unicorn: %s", r.stderr)
			}
		}
		for _, eng := range engines {
			// snapshots force hand-overs between the engine and the interpreter
			got := mustRun(t, 0, "run", "--input", s0, "--json", "--engine", eng, "--snapshot-at", "%40000", "--snapshot-fmt", at("eng-"+eng+"-%d.bin.gz")).lastJSON(t)
			if got != want {
				t.Errorf("--engine %s ended %+v, want %+v", eng, got, want)
			}
		}
		if r := mustRun(t, 1, "run", "--input", s0, "--engine", "jit"); !strings.Contains(r.stderr, "want go, unicorn or auto") {
			t.Errorf("unknown engine: %s", r.stderr)
		}
	})

	t.Run("text summary", func(t *testing.T) {
		r := mustRun(t, 0, "run", "--input", s0)
		for _, line := range []string{"step:      " + strconv.FormatUint(want.Step, 10), "hash:      " + want.Hash, "status:    valid", "exit code: 0"} {
			if !strings.Contains(r.stderr, line) {
				t.Errorf("stderr lacks %q:\n%s", line, r.stderr)
			}
		}
	})

	t.Run("guest output files", func(t *testing.T) {
		gout, gerr := at("guest.out"), at("guest.err")
		r := mustRun(t, 0, "run", "--input", s0, "--json", "--stdout", gout, "--stderr", gerr)
		if lines := strings.Count(r.stdout, "\n"); lines != 1 {
			t.Errorf("stdout should hold only the JSON result:\n%s", r.stdout)
		}
		for path, text := range map[string]string{gout: "hello from the test guest\n", gerr: "guest stderr line\n"} {
			if b, err := os.ReadFile(path); err != nil || string(b) != text {
				t.Errorf("%s holds %q (%v), want %q", path, b, err, text)
			}
		}
	})

	snapMid := at("snaps/" + strconv.FormatUint(mid, 10) + ".bin.gz")
	t.Run("snapshot and resume", func(t *testing.T) {
		got := mustRun(t, 0, "run", "--input", s0, "--json", "--snapshot-at", "="+strconv.FormatUint(mid, 10), "--snapshot-fmt", at("snaps/%d.bin.gz")).lastJSON(t)
		if got != want {
			t.Fatalf("run with --snapshot-at ended %+v, want %+v", got, want)
		}
		s, err := mipsevm.LoadSnapshot(snapMid, nil)
		if err != nil {
			t.Fatal(err)
		}
		if s.Step != mid {
			t.Fatalf("snapshot at =%d holds step %d", mid, s.Step)
		}
		r := mustRun(t, 0, "run", "--input", snapMid, "--json")
		if got := r.lastJSON(t); got != want {
			t.Errorf("resumed run ended %+v, straight run %+v", got, want)
		}
	})

	t.Run("JSON snapshot", func(t *testing.T) {
		sj := at("state0.json")
		mustRun(t, 0, "load-elf", "--path", hello, "--out", sj)
		if b, err := os.ReadFile(sj); err != nil || !bytes.HasPrefix(b, []byte("{")) {
			t.Fatalf("%s is not JSON (%v)", sj, err)
		}
		if got := mustRun(t, 0, "run", "--input", sj, "--json").lastJSON(t); got != want {
			t.Errorf("run from the JSON snapshot ended %+v, want %+v", got, want)
		}
	})

	var proof proofJSON
	var proofText string
	t.Run("proof", func(t *testing.T) {
		r := mustRun(t, 0, "proof", "--input", s0, "--step", strconv.FormatUint(mid, 10))
		proofText = r.stdout
		proof = decodeProof(t, r.stdout)
		if proof.Step != mid {
			t.Errorf("proof step %d, want %d", proof.Step, mid)
		}
		if h := hashHex(t, snapMid); proof.PreHash != h {
			t.Errorf("proof preHash %s, the snapshot at step %d has %s", proof.PreHash, mid, h)
		}
		pre, err := hex.DecodeString(strings.TrimPrefix(proof.Pre, "0x"))
		if err != nil || len(pre) != mipsevm.StateSize {
			t.Fatalf("pre is not a %d-byte packed state: %v", mipsevm.StateSize, err)
		}
		if h, err := mipsevm.HashPacked(pre); err != nil || hex0x(h[:]) != proof.PreHash {
			t.Errorf("hash of pre is %x (%v), preHash %s", h, err, proof.PreHash)
		}
		if len(proof.Proof) <= 2 {
			t.Errorf("proof has no memory proof data")
		}
	})

	t.Run("step", func(t *testing.T) {
		next := at("next.bin.gz")
		r := mustRun(t, 0, "step", "--input", snapMid, "--output", next)
		if r.stdout != proofText {
			t.Errorf("step's witness differs from proof's:\n%s\nvs\n%s", r.stdout, proofText)
		}
		for _, line := range []string{"pre:   " + proof.PreHash, "post:  " + proof.PostHash, "insn:  0x"} {
			if !strings.Contains(r.stderr, line) {
				t.Errorf("stderr lacks %q:\n%s", line, r.stderr)
			}
		}
		if h := hashHex(t, next); h != proof.PostHash {
			t.Errorf("post-state snapshot hash %s, postHash %s", h, proof.PostHash)
		}
	})

	t.Run("step --verify", func(t *testing.T) {
		// Snapshots to step: three consecutive steps from the middle, the
		// first syscall, and a preemption that resumes another thread.
		type stepCase struct {
			name, snap  string
			syscall     bool
			threadProof bool
		}
		cases := []stepCase{{name: "mid", snap: snapMid}}
		for i := 1; i <= 2; i++ {
			prev := cases[len(cases)-1].snap
			next := at("verify/mid+" + strconv.Itoa(i) + ".bin.gz")
			mustRun(t, 0, "step", "--input", prev, "--output", next)
			cases = append(cases, stepCase{name: "mid+" + strconv.Itoa(i), snap: next})
		}
		s, err := mipsevm.LoadSnapshot(s0, nil)
		if err != nil {
			t.Fatal(err)
		}
		vm := mipsevm.NewVM(s, nil, io.Discard, io.Discard)
		for !s.Exited && s.Memory.GetWord(s.PC) != 0x0000000c {
			if _, err := vm.Step(false); err != nil {
				t.Fatal(err)
			}
		}
		if s.Exited {
			t.Fatal("the guest made no syscall")
		}
		sys := at("verify/syscall.bin.gz")
		if err := mipsevm.SaveSnapshot(sys, s, mipsevm.FormatBinary); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, stepCase{name: "syscall", snap: sys, syscall: true})
		for k := uint64(1); (k+1)*mipsevm.TimeSlice < want.Step; k++ {
			if err := vm.RunTo(k*mipsevm.TimeSlice - 1); err != nil {
				t.Fatal(err)
			}
			if s.ThreadCount() > 1 {
				sw := at("verify/switch.bin.gz")
				if err := mipsevm.SaveSnapshot(sw, s, mipsevm.FormatBinary); err != nil {
					t.Fatal(err)
				}
				cases = append(cases, stepCase{name: "thread switch", snap: sw, threadProof: true})
				break
			}
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				r := mustRun(t, 0, "step", "--input", c.snap, "--verify")
				p := decodeProof(t, r.stdout)
				for _, line := range []string{"post:  " + p.PostHash, "evm:   " + p.PostHash, "match: true\n", "gas:   "} {
					if !strings.Contains(r.stderr, line) {
						t.Errorf("stderr lacks %q:\n%s", line, r.stderr)
					}
				}
				if c.syscall && !strings.Contains(r.stderr, "syscall") {
					t.Errorf("not a syscall step:\n%s", r.stderr)
				}
				if c.threadProof && p.ThreadProof == "" {
					t.Errorf("the step resumes no waiting thread:\n%s", r.stderr)
				}
				t.Logf("%s: %s", c.name, strings.ReplaceAll(strings.TrimSpace(r.stderr), "\n", "; "))
			})
		}
	})

	t.Run("proof-at", func(t *testing.T) {
		m := strconv.FormatUint(mid, 10)
		got := mustRun(t, 0, "run", "--input", s0, "--json", "--proof-at", "="+m, "--proof-fmt", at("proofs/%d.json"), "--stop-at", "="+strconv.FormatUint(mid+1, 10)).lastJSON(t)
		if !got.Stopped || got.Step != mid+1 || got.Status != "unfinished" || got.Hash != proof.PostHash {
			t.Errorf("run ended %+v, want stopped at step %d with hash %s", got, mid+1, proof.PostHash)
		}
		b, err := os.ReadFile(at("proofs/" + m + ".json"))
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != proofText {
			t.Errorf("--proof-at wrote\n%s\nproof printed\n%s", b, proofText)
		}
	})

	t.Run("stop-at", func(t *testing.T) {
		out := at("stopped.bin.gz")
		got := mustRun(t, 0, "run", "--input", s0, "--json", "--stop-at", "=1000", "--output", out).lastJSON(t)
		if !got.Stopped || got.Exited || got.Step != 1000 || got.Status != "unfinished" {
			t.Errorf("run --stop-at =1000 ended %+v", got)
		}
		if h := hashHex(t, out); h != got.Hash {
			t.Errorf("stopped snapshot hash %s, result %s", h, got.Hash)
		}
		// stopping at the start step runs nothing
		again := mustRun(t, 0, "run", "--input", out, "--json", "--stop-at", "%1000").lastJSON(t)
		if again != got {
			t.Errorf("stop at the start step ended %+v, want %+v", again, got)
		}
	})

	t.Run("info-at", func(t *testing.T) {
		r := mustRun(t, 0, "run", "--input", s0, "--info-at", "%1000", "--stop-at", "=2500")
		for _, s := range []string{"msg=info step=0 ", "step=1000 ", "step=2000 ", "pc=0x", "insn=", "mem_mib=", "threads=1"} {
			if !strings.Contains(r.stderr, s) {
				t.Errorf("info lines lack %q:\n%s", s, r.stderr)
			}
		}
		if strings.Contains(r.stderr, "step=3000 ") {
			t.Errorf("info line after --stop-at:\n%s", r.stderr)
		}
	})

	t.Run("witness", func(t *testing.T) {
		packed := at("final.state")
		r := mustRun(t, 0, "witness", "--input", final, "--output", packed)
		if !strings.Contains(r.stdout, "hash:  "+want.Hash) {
			t.Errorf("witness printed %q, want hash %s", r.stdout, want.Hash)
		}
		b, err := os.ReadFile(packed)
		if err != nil {
			t.Fatal(err)
		}
		if h, err := mipsevm.HashPacked(b); err != nil || hex0x(h[:]) != want.Hash {
			t.Errorf("packed state hashes to %x (%v), want %s", h, err, want.Hash)
		}
		r = mustRun(t, 0, "witness", "--input", final)
		if !strings.Contains(r.stdout, "state: "+hex0x(b)+"\n") {
			t.Errorf("witness without --output did not print the packed state:\n%s", r.stdout)
		}
	})

	t.Run("guest exit code", func(t *testing.T) {
		r := mustRun(t, 3, "run", "--elf", exit3, "--json")
		got := r.lastJSON(t)
		if !got.Exited || got.ExitCode != 3 || got.Status != "panic" {
			t.Errorf("exit3 ended %+v", got)
		}
		if strings.Contains(r.stderr, "mipsvm: error") {
			t.Errorf("a guest exit code is not a host error:\n%s", r.stderr)
		}
	})

	t.Run("proof past the exit", func(t *testing.T) {
		r := mustRun(t, 1, "proof", "--input", s0, "--step", strconv.FormatUint(want.Step+10, 10))
		if !strings.Contains(r.stderr, "mipsvm: error: the guest exited at step") {
			t.Errorf("stderr:\n%s", r.stderr)
		}
	})
}

// TestProcessFlags: run and load-elf start a Go guest with the arguments
// after --, --argv0, --env and --stdin, which are in the initial state;
// without them the initial state is the plain one; with --input they are
// refused.
func TestProcessFlags(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping end-to-end test in -short mode (it cross-compiles MIPS guests)")
	}
	bin := buildGuests(t)
	guest := filepath.Join(bin, "args")
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	if err := os.WriteFile(in, []byte("line one\nline two\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := mustRun(t, 0, "run", "--engine", "go", "--elf", guest, "--env", "K=V", "--env", "EMPTY=", "--stdin", in, "--", "-x", "two words", "")
	want := "args [\"guest\" \"-x\" \"two words\" \"\"]\nenv [\"K=V\" \"EMPTY=\"]\nstdin 18 bytes \"line one\\nline two\\n\" err <nil>\n"
	if r.stdout != want {
		t.Errorf("guest output %q, want %q", r.stdout, want)
	}
	r = mustRun(t, 0, "run", "--engine", "unicorn", "--elf", guest, "--argv0", "prog")
	if want := "args [\"prog\"]\nenv []\nstdin 0 bytes \"\" err <nil>\n"; r.stdout != want {
		t.Errorf("guest output %q, want %q", r.stdout, want)
	}
	plain := mustRun(t, 0, "load-elf", "--path", guest, "--out", filepath.Join(dir, "plain.bin.gz")).stdout
	image, err := os.ReadFile(guest)
	if err != nil {
		t.Fatal(err)
	}
	s, err := program.Load(image)
	if err != nil {
		t.Fatal(err)
	}
	if h := s.Hash(); strings.TrimSpace(plain) != hex0x(h[:]) {
		t.Errorf("load-elf without process flags: %s, program.Load: %s", plain, hex0x(h[:]))
	}
	withStdin := mustRun(t, 0, "load-elf", "--path", guest, "--out", filepath.Join(dir, "s.bin.gz"), "--stdin", in).stdout
	withArgs := mustRun(t, 0, "load-elf", "--path", guest, "--out", filepath.Join(dir, "a.bin.gz"), "--", "x").stdout
	if withStdin == plain || withArgs == plain || withStdin == withArgs {
		t.Errorf("initial state hashes do not commit to the process: plain %s, stdin %s, args %s", plain, withStdin, withArgs)
	}
	// The snapshot with stdin runs to the same output as --elf with it.
	r = mustRun(t, 0, "run", "--engine", "go", "--input", filepath.Join(dir, "s.bin.gz"))
	if !strings.Contains(r.stdout, "stdin 18 bytes") {
		t.Errorf("run from a snapshot with stdin: %q", r.stdout)
	}
	if r := mipsvm(t, "run", "--input", filepath.Join(dir, "s.bin.gz"), "--env", "K=V"); r.code != 1 || !strings.Contains(r.stderr, "go with --elf") {
		t.Errorf("--env with --input: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := mipsvm(t, "run", "--elf", guest, "--env", "NOEQUALS"); r.code != 1 || !strings.Contains(r.stderr, "KEY=VALUE") {
		t.Errorf("--env without =: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestHostErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.bin.gz")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing snapshot", []string{"run", "--input", missing}, "no such file"},
		{"missing ELF", []string{"load-elf", "--path", missing, "--out", missing}, "no such file"},
		{"no input", []string{"run"}, "[input elf]"},
		{"both inputs", []string{"run", "--input", "a", "--elf", "b"}, "[input elf]"},
		{"bad pattern", []string{"run", "--input", missing, "--stop-at", "foo"}, `invalid step pattern "foo"`},
		{"zero interval", []string{"run", "--input", missing, "--snapshot-at", "%0"}, "interval must be at least 1"},
		{"bad snapshot-fmt", []string{"run", "--input", missing, "--snapshot-fmt", "snap.bin.gz"}, "exactly one %d"},
		{"bad format name", []string{"load-elf", "--path", missing, "--out", missing, "--snapshot-fmt", "xml"}, `invalid --snapshot-fmt "xml"`},
		{"bad log level", []string{"--log-level", "loud", "witness", "--input", missing}, `invalid --log-level "loud"`},
		{"required flag", []string{"proof", "--input", missing}, `"step" not set`},
		{"stray argument", []string{"witness", "--input", missing, "extra"}, "unknown command"},
		{"unknown flag", []string{"run", "--bogus"}, "mipsvm run --help"},
		{"garbage snapshot", []string{"witness", "--input", "e2e_test.go"}, "JSON snapshot"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mipsvm(t, tt.args...)
			if r.code != 1 {
				t.Fatalf("exit status %d, want 1; stderr:\n%s", r.code, r.stderr)
			}
			if !strings.HasPrefix(r.stderr, "mipsvm: error: ") || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr %q, want a mipsvm: error: line containing %q", r.stderr, tt.want)
			}
		})
	}
}
