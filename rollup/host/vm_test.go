package host

import (
	"bytes"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/unicorn"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// engines are the VM's engines in this build.
func engines() []struct {
	name string
	e    Engine
} {
	es := []struct {
		name string
		e    Engine
	}{{"go", nil}}
	if unicorn.Available {
		es = append(es, struct {
			name string
			e    Engine
		}{"unicorn", unicorn.Start})
	}
	return es
}

// blockPrestate loads the built block program.
func blockPrestate(t testing.TB) func() *mipsevm.State {
	t.Helper()
	elf, err := os.ReadFile(testprograms.BlockProgram(t))
	if err != nil {
		t.Fatal(err)
	}
	return func() *mipsevm.State {
		s, err := Prestate(elf)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
}

// TestPrestateCommitted: the program built from this source has the
// committed absolute prestate.
func TestPrestateCommitted(t *testing.T) {
	s := blockPrestate(t)()
	want, err := os.ReadFile(filepath.Join("..", "cmd", "blockprog", "prestate.txt"))
	if err != nil {
		t.Fatal(err)
	}
	h := s.Hash()
	if got := "0x" + hex.EncodeToString(h[:]); got != strings.TrimSpace(string(want)) {
		t.Fatalf("prestate of the built block program is %s, prestate.txt says %s; run `make blockprog-prestate` and commit it if the program changed on purpose", got, strings.TrimSpace(string(want)))
	}
}

// TestVMBlocks: in the VM, on each engine, the program accepts the node's
// output root with the root the native run computes, and rejects a wrong
// one. By default one block (storage writes, logs, BLOCKHASH: the most
// kinds of work) and the wrong claim on one engine, about 200M steps a
// run; OPML_BLOCKPROG_ALL=1 (`make test-blockprog`) runs every block on
// every engine, wrong claims too.
func TestVMBlocks(t *testing.T) {
	prestate := blockPrestate(t)
	c := newTestChain(t, 0)
	all := os.Getenv("OPML_BLOCKPROG_ALL") != ""
	blocks := []uint64{c.logs}
	if all {
		blocks = []uint64{c.transfers, c.create, c.logs, c.revert}
	}
	for _, n := range blocks {
		claim, err := Prepare(BlockChain{c.bc}, testChainID, n)
		if err != nil {
			t.Fatal(err)
		}
		want := claim.Output.Root()
		native := RunNative(claim.Host(claim.Word()), nil)
		if native.Code != blockprog.ExitMatch || native.Root != want {
			t.Fatalf("block %d natively: exit %d: %v, root %s, want %s", n, native.Code, native.Err, native.Root, want)
		}
		wrong := claim.Word()
		wrong[0] ^= 0x80
		for i, eng := range engines() {
			var stderr bytes.Buffer
			r, err := RunVM(prestate(), claim.Host(claim.Word()), eng.e, &stderr)
			if err != nil {
				t.Fatalf("block %d on %s: %v\n%s", n, eng.name, err, stderr.String())
			}
			t.Logf("block %d on %s: %d steps, exit %d", n, eng.name, r.Steps, r.ExitCode)
			if !r.Valid() || !bytes.Equal(r.Stdout, native.Root[:]) {
				t.Fatalf("block %d on %s: status %v exit %d, root %x; native root %s\n%s", n, eng.name, r.Status, r.ExitCode, r.Stdout, native.Root, stderr.String())
			}
			if !all && i > 0 {
				continue
			}
			r, err = RunVM(prestate(), claim.Host(wrong), eng.e, nil)
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != mipsevm.StatusInvalid || r.ExitCode != blockprog.ExitMismatch || !bytes.Equal(r.Stdout, native.Root[:]) {
				t.Fatalf("block %d on %s, wrong claim: status %v exit %d, root %x", n, eng.name, r.Status, r.ExitCode, r.Stdout)
			}
		}
	}
}

// TestVMMissingPreimage: a host without a trie node the block needs stops
// the VM run with an error naming the key, and the last hint names the
// node's full hash; natively the same program exits ExitNoState. Neither
// panics.
func TestVMMissingPreimage(t *testing.T) {
	prestate := blockPrestate(t)
	c := newTestChain(t, 0)
	claim, err := Prepare(BlockChain{c.bc}, testChainID, c.transfers)
	if err != nil {
		t.Fatal(err)
	}
	parentRoot := c.bc.GetBlockByNumber(c.transfers - 1).Root()
	host := dropPreimage(t, claim, parentRoot)
	r := RunNative(host, nil)
	if r.Code != blockprog.ExitNoState || !errors.Is(r.Err, oracle.ErrNotFound) {
		t.Fatalf("natively: exit %d (%v), want %d with not found", r.Code, r.Err, blockprog.ExitNoState)
	}
	host = dropPreimage(t, claim, parentRoot)
	vr, err := RunVM(prestate(), host, nil, nil)
	if err == nil || !errors.Is(err, oracle.ErrNotFound) {
		t.Fatalf("VM run without the parent state root: %+v, error %v; want a not-found error", vr, err)
	}
	if hint := string(host.LastHint()); hint != blockprog.HintStateNode+" "+parentRoot.Hex() {
		t.Fatalf("last hint %q, want the state node %s", hint, parentRoot)
	}
	t.Logf("%d steps, then: %v", vr.Steps, err)
}

// dropPreimage is claim's host without the preimage of hash.
func dropPreimage(t *testing.T, claim *BlockClaim, hash common.Hash) *oracle.Host {
	t.Helper()
	c := *claim
	c.Preimages = nil
	dropped := false
	for _, p := range claim.Preimages {
		if crypto.Keccak256Hash(p) == hash {
			dropped = true
			continue
		}
		c.Preimages = append(c.Preimages, p)
	}
	if !dropped {
		t.Fatalf("no preimage of %s to drop", hash)
	}
	return c.Host(claim.Word())
}

// TestVMInference: in the VM, the program re-executes the inference block
// (the model mapped, the results read under their inference keys) and
// accepts the node's output root folded with the block's inference keys
// (rollup.ClaimedWord), with the root the native run computes.
// With OPML_BLOCKPROG_ALL=1, on every engine, and against a sequencer that
// lied about one result: its root is rejected, and the root computed is
// the honest chain's.
func TestVMInference(t *testing.T) {
	prestate := blockPrestate(t)
	all := os.Getenv("OPML_BLOCKPROG_ALL") != ""
	c := newTestChain(t, 0)
	claim := inferenceClaim(t, c)
	want := claim.Output.Root()
	word := claim.Word()
	if word == want {
		t.Fatal("the inference block's word is its bare output root")
	}
	for i, eng := range engines() {
		if i > 0 && !all {
			break
		}
		var stderr bytes.Buffer
		r, err := RunVM(prestate(), claim.Host(word), eng.e, &stderr)
		if err != nil {
			t.Fatalf("%s: %v\n%s", eng.name, err, stderr.String())
		}
		t.Logf("inference block on %s: %d steps, exit %d", eng.name, r.Steps, r.ExitCode)
		if !r.Valid() || !bytes.Equal(r.Stdout, want[:]) {
			t.Fatalf("%s: status %v exit %d, root %x; the node's %s\n%s", eng.name, r.Status, r.ExitCode, r.Stdout, want, stderr.String())
		}
	}
	if !all {
		return
	}
	lying := newTestChainLying(t, 0, func(call gethadapter.Call, out []byte) []byte {
		if bytes.Equal(call.Input, c.inferences[0].Input) {
			return []byte{(out[0] + 1) % 10}
		}
		return out
	})
	lie := inferenceClaim(t, lying)
	for _, eng := range engines() {
		r, err := RunVM(prestate(), lie.Host(lie.Word()), eng.e, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != mipsevm.StatusInvalid || r.ExitCode != blockprog.ExitMismatch || !bytes.Equal(r.Stdout, want[:]) {
			t.Fatalf("%s, the sequencer's lie: status %v exit %d, root %x; want the honest %s", eng.name, r.Status, r.ExitCode, r.Stdout, want)
		}
	}
}
