package guest_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/memory"
	"github.com/axonum/opml/mipsevm/program"
	"github.com/axonum/opml/oracle/guest"
)

// TestNotInVM: outside the VM every call says so.
func TestNotInVM(t *testing.T) {
	if _, err := guest.CommittedRoot(0x10000000, 4096); !errors.Is(err, guest.ErrNotInVM) {
		t.Fatalf("CommittedRoot: %v, want ErrNotInVM", err)
	}
	if _, err := guest.MapCommitted([32]byte{guest.KeyTypeCommitted}, 0x10000000, 4096); !errors.Is(err, guest.ErrNotInVM) {
		t.Fatalf("MapCommitted: %v, want ErrNotInVM", err)
	}
}

// TestMapCommittedRefusesOtherKeys: a key is mapped as it is, so a value
// whose byte 0 is not the committed key type names nothing (not the data
// of the committed key it would become with byte 0 overwritten).
func TestMapCommittedRefusesOtherKeys(t *testing.T) {
	for _, b := range []byte{0, guest.KeyTypeLocal, guest.KeyTypeKeccak256, 0xff} {
		key := [32]byte{b, 1, 2, 3}
		if _, err := guest.MapCommitted(key, 0x10000000, 4096); !errors.Is(err, guest.ErrNotCommittedKey) {
			t.Errorf("MapCommitted of a key with byte 0 = %d: %v, want ErrNotCommittedKey", b, err)
		}
	}
}

// TestCommittedRootInVM builds testdata/committedroot for GOARCH=mips, runs
// it in the VM, and checks the roots it prints (guest.CommittedRoot of a
// tensor in an aligned zero region, of parts of it, after a write) against
// committed roots computed here; the calls do not allocate.
func TestCommittedRootInVM(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a guest program")
	}
	elf := filepath.Join(t.TempDir(), "committedroot.elf")
	cmd := exec.Command("go", "build", "-trimpath", "-o", elf, "./testdata/committedroot")
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=mips", "GOMIPS=softfloat", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build the guest program for mips: %v\n%s", err, out)
	}
	s, err := program.LoadFile(elf)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	vm := mipsevm.NewVM(s, nil, &stdout, &stderr)
	if err := vm.Run(0); err != nil {
		t.Fatal(err)
	}
	if s.Status() != mipsevm.StatusValid {
		t.Fatalf("status %v, exit %d (fault %v)\n%s%s", s.Status(), s.ExitCode, vm.Fault(), stdout.String(), stderr.String())
	}
	const region = 64 << 10
	data := make([]byte, region)
	x := uint32(1)
	for i := 0; i < 40_000; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		data[i] = byte(x)
	}
	var want bytes.Buffer
	fmt.Fprintf(&want, "region %x\n", memory.NewCommittedBytes(data[:40_000]).Root()) // the tensor's committed root
	fmt.Fprintf(&want, "first-page %x\n", memory.NewCommittedBytes(data[:4096]).Root())
	fmt.Fprintf(&want, "leaf-1 %x\n", data[32:64])
	data[12345] ^= 0xff
	fmt.Fprintf(&want, "region-after-write %x\n", memory.NewCommittedBytes(data).Root())
	fmt.Fprintf(&want, "misaligned-is-einval true\nnot-a-power-of-two-is-einval true\n")
	fmt.Fprintf(&want, "allocations-in-100-calls 0\n")
	if stdout.String() != want.String() {
		t.Fatalf("the guest printed\n%s\nwant\n%s", stdout.String(), want.String())
	}
	t.Logf("%d steps", s.Step)
}
