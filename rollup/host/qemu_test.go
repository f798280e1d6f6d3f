package host

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
)

// The VM's file descriptors for the oracle, as the guest packages use them
// (oracle/guest, oracle/guest/hint): the guest writes hints to 4, writes a
// preimage key to 6 and reads the 8-byte big-endian length and the value
// from 5. Under qemu they are pipes the test serves.
const (
	fdHintWrite     = 4
	fdPreimageRead  = 5
	fdPreimageWrite = 6
)

// qemuResult is how a run of the block program under qemu ended.
type qemuResult struct {
	ExitCode int
	Stdout   []byte
	Stderr   []byte
}

// runQemu runs the MIPS build of the block program (elf) under qemu's user
// mode with its preimage oracle served from server over pipes on the VM's
// file descriptors. qemu has no map_committed (syscall 4900): a block
// whose program maps a model gets ENOSYS there, and fails as natively
// without the model.
func runQemu(t testing.TB, qemu, elf string, server mipsevm.PreimageOracle) qemuResult {
	t.Helper()
	pipe := func() (*os.File, *os.File) {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		return r, w
	}
	hintR, hintW := pipe()
	valueR, valueW := pipe() // host → guest (guest's fd 5)
	keyR, keyW := pipe()     // guest → host (guest's fd 6)
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()

	var stdout, stderr bytes.Buffer
	cmd := exec.Command(qemu, "-cpu", "4Kc", elf)
	cmd.Env = []string{} // the VM gives the program no environment
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.ExtraFiles = make([]*os.File, fdPreimageWrite-2) // fd 3 .. 6
	cmd.ExtraFiles[3-3] = devnull
	cmd.ExtraFiles[fdHintWrite-3] = hintW
	cmd.ExtraFiles[fdPreimageRead-3] = valueR
	cmd.ExtraFiles[fdPreimageWrite-3] = keyW
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The child has its copies; the host keeps only its own ends, so a
	// guest that exits ends the serving loops with EOF.
	for _, f := range []*os.File{hintW, valueR, keyW} {
		f.Close()
	}

	var wg sync.WaitGroup
	var serveErr error
	wg.Add(2)
	go func() { // hints: 4-byte big-endian length, the bytes
		defer wg.Done()
		defer hintR.Close()
		var hdr [4]byte
		for {
			if _, err := io.ReadFull(hintR, hdr[:]); err != nil {
				return
			}
			h := make([]byte, binary.BigEndian.Uint32(hdr[:]))
			if _, err := io.ReadFull(hintR, h); err != nil {
				return
			}
			server.Hint(h)
		}
	}()
	go func() { // preimages: a 32-byte key in, length and value out
		defer wg.Done()
		defer valueW.Close()
		defer keyR.Close()
		var key [32]byte
		for {
			if _, err := io.ReadFull(keyR, key[:]); err != nil {
				if !errors.Is(err, io.EOF) {
					serveErr = fmt.Errorf("read key: %w", err)
				}
				return
			}
			if key[0] == byte(mipsevm.KeyTypeCommitted) {
				// The key names the data map_committed maps next; the
				// VM answers nothing on the pipe for it, nor does this.
				continue
			}
			v, err := server.GetPreimage(key)
			if err != nil {
				// The VM stops the run here; under qemu closing the pipe
				// makes the guest's read fail, which it reports.
				serveErr = fmt.Errorf("preimage %x: %w", key, err)
				return
			}
			var hdr [8]byte
			binary.BigEndian.PutUint64(hdr[:], uint64(len(v)))
			if _, err := valueW.Write(append(hdr[:], v...)); err != nil {
				serveErr = fmt.Errorf("write value: %w", err)
				return
			}
		}
	}()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(5 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("qemu run did not end in 5 minutes; stderr:\n%s", stderr.String())
	}
	wg.Wait()
	code := 0
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatalf("qemu: %v", err)
	}
	if serveErr != nil {
		t.Logf("serving the oracle: %v", serveErr)
	}
	return qemuResult{ExitCode: code, Stdout: stdout.Bytes(), Stderr: stderr.Bytes()}
}

// stdoutOf is what rollup/cmd/blockprog writes to stdout for a result:
// the computed root if the block was built, else nothing.
func stdoutOf(r blockprog.Result) []byte {
	if r.Block == nil {
		return nil
	}
	return r.Root[:]
}

// needQemu is qemu-mips-static's path; the test is skipped without it
// (failed if OPML_REQUIRE_TESTPROGRAMS is set, as CI does).
func needQemu(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("qemu-mips-static")
	if err != nil {
		if os.Getenv("OPML_REQUIRE_TESTPROGRAMS") != "" {
			t.Fatal("qemu-mips-static not found (Debian package qemu-user-static; `make deps` installs it)")
		}
		t.Skip("qemu-mips-static not found: install Debian's qemu-user-static (`make deps`)")
	}
	return p
}

// TestQemuBlocks runs the block program's MIPS build (the ELF the VM
// loads) under qemu-mips-static on every block of the test chain —
// transfers, contract creations, storage-writing and logging calls with a
// BLOCKHASH read, a revert next to a transfer, five transfers, inference
// calls — with the oracle on the VM's file descriptors, and requires the
// exit status and stdout (the output root) of the native run: exit 0 and
// the node's root for the right claim, exit 1 and the same root for a
// wrong one. The inference block's program maps the model with the VM's
// map_committed, which qemu lacks: there the comparison is with the native
// run without the model (the same exit, no root). The VM runs of the same
// claims are compared with native in TestVMBlocks and TestVMInference;
// here the calls block also runs in the VM (interpreter) and must give
// qemu's exit and stdout, and with OPML_BLOCKPROG_ALL=1 every block does,
// on every engine.
func TestQemuBlocks(t *testing.T) {
	qemu := needQemu(t)
	elf := testprograms.BlockProgram(t)
	prestate := blockPrestate(t)
	c := newTestChain(t, 5)
	all := os.Getenv("OPML_BLOCKPROG_ALL") != ""
	head := c.bc.CurrentBlock().Number.Uint64()
	for n := uint64(1); n <= head; n++ {
		claim, err := Prepare(BlockChain{c.bc}, testChainID, n)
		if err != nil {
			t.Fatal(err)
		}
		kind := map[uint64]string{c.transfers: "transfers-3", c.create: "create-2", c.logs: "calls-logs", c.revert: "revert+transfer", 5: "transfers-5", c.infer: "inference"}[n]
		root := claim.Output.Root()
		wrong := common.Hash{0xba, 0xd0}
		for _, claimed := range []common.Hash{claim.Word(), wrong} {
			name := fmt.Sprintf("block-%d-%s/right", n, kind)
			if claimed == wrong {
				name = fmt.Sprintf("block-%d-%s/wrong", n, kind)
			}
			t.Run(name, func(t *testing.T) {
				if n == c.infer {
					claim := *claim
					claim.AddInferences(c.inferences, nil) // results, no model: qemu cannot map one
					native := RunNative(claim.Host(claimed), nil)
					q := runQemu(t, qemu, elf, claim.Host(claimed))
					if native.Code != blockprog.ExitNoState || q.ExitCode != native.Code || !bytes.Equal(q.Stdout, stdoutOf(native)) {
						t.Fatalf("qemu: exit %d, stdout %x; native without the model: exit %d (%v), stdout %x\nqemu stderr:\n%s", q.ExitCode, q.Stdout, native.Code, native.Err, stdoutOf(native), q.Stderr)
					}
					if !bytes.Contains(q.Stderr, []byte("function not implemented")) {
						t.Errorf("qemu's stderr does not show map_committed's ENOSYS:\n%s", q.Stderr)
					}
					t.Logf("qemu and native without the model: exit %d", q.ExitCode)
					return
				}
				native := RunNative(claim.Host(claimed), nil)
				wantCode := blockprog.ExitMatch
				if claimed == wrong {
					wantCode = blockprog.ExitMismatch
				}
				if native.Code != wantCode || native.Root != root {
					t.Fatalf("native: exit %d (%v), root %s; want exit %d, root %s", native.Code, native.Err, native.Root, wantCode, root)
				}
				t0 := time.Now()
				q := runQemu(t, qemu, elf, claim.Host(claimed))
				if q.ExitCode != native.Code || !bytes.Equal(q.Stdout, stdoutOf(native)) {
					t.Fatalf("qemu: exit %d, stdout %x; native: exit %d, root %s\nqemu stderr:\n%s", q.ExitCode, q.Stdout, native.Code, native.Root, q.Stderr)
				}
				t.Logf("qemu: exit %d, root %x (%v), as natively", q.ExitCode, q.Stdout, time.Since(t0).Round(time.Millisecond))
				if claimed == wrong || !(all || n == c.logs) {
					return
				}
				engs := engines()
				if !all {
					engs = engs[:1]
				}
				for _, eng := range engs {
					r, err := RunVM(prestate(), claim.Host(claimed), eng.e, nil)
					if err != nil {
						t.Fatalf("%s engine: %v", eng.name, err)
					}
					if r.Status != mipsevm.StatusValid || int(r.ExitCode) != q.ExitCode || !bytes.Equal(r.Stdout, q.Stdout) {
						t.Fatalf("%s engine: status %v exit %d stdout %x; qemu exit %d stdout %x", eng.name, r.Status, r.ExitCode, r.Stdout, q.ExitCode, q.Stdout)
					}
					t.Logf("%s engine: %d steps, exit %d, the same root as qemu and native", eng.name, r.Steps, r.ExitCode)
				}
			})
		}
	}
}
