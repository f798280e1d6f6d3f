package hint

import (
	"errors"
	"testing"

	"github.com/axonum/opml/mipsevm"
)

// TestProtocol: the descriptor is the VM's, and outside the VM Send says so.
func TestProtocol(t *testing.T) {
	if fdHintWrite != mipsevm.FdHintWrite {
		t.Fatalf("hint fd %d, the VM's is %d", fdHintWrite, mipsevm.FdHintWrite)
	}
	if err := Send([]byte("x")); !errors.Is(err, ErrNotInVM) {
		t.Fatalf("Send outside the VM: %v, want ErrNotInVM", err)
	}
}
