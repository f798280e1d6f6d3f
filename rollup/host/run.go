package host

import (
	"bytes"
	"fmt"
	"io"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/program"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Native is the block program's Oracle over a host's preimage server, for
// running the program's code in this process: it asks the server exactly
// what the program in the VM asks, and checks every keccak256 preimage
// against its hash (in the VM, the on-chain oracle does).
type Native struct{ Server mipsevm.PreimageOracle }

var _ blockprog.Oracle = Native{}

// Hint implements blockprog.Oracle.
func (n Native) Hint(h string) { n.Server.Hint([]byte(h)) }

// Local implements blockprog.Oracle.
func (n Native) Local(i uint64) ([]byte, error) { return n.Server.GetPreimage(mipsevm.LocalKey(i)) }

// Keccak256 implements blockprog.Oracle.
func (n Native) Keccak256(hash common.Hash) ([]byte, error) {
	key := hash
	key[0] = byte(mipsevm.KeyTypeKeccak256)
	v, err := n.Server.GetPreimage(key)
	if err != nil {
		return nil, err
	}
	if got := crypto.Keccak256Hash(v); got != hash {
		return nil, fmt.Errorf("preimage of %s hashes to %s", hash, got)
	}
	return v, nil
}

// Inference implements blockprog.Oracle.
func (n Native) Inference(key common.Hash) ([]byte, error) {
	if key[0] != byte(mipsevm.KeyTypeInference) {
		return nil, fmt.Errorf("inference key %s: byte 0 is %d, want %d", key, key[0], mipsevm.KeyTypeInference)
	}
	return n.Server.GetPreimage(key)
}

// Model implements blockprog.Oracle: the committed data's bytes, checked
// against the address (its root and length recomputed), as the VM's
// map_committed would have them.
func (n Native) Model(addr [32]byte) ([]byte, error) {
	d, err := n.Server.GetCommitted(addr)
	if err != nil {
		return nil, err
	}
	b, ok := d.(interface{ Bytes() []byte })
	if !ok {
		return nil, fmt.Errorf("committed data %x: the host's data gives no bytes", addr)
	}
	if got := oracle.AddressOf(b.Bytes()); got != oracle.Address(addr) {
		return nil, fmt.Errorf("committed data %x: the host's bytes have address %s", addr, got)
	}
	return b.Bytes(), nil
}

// RunNative runs the block program in this process against server.
func RunNative(server mipsevm.PreimageOracle, log io.Writer) blockprog.Result {
	return blockprog.Run(Native{server}, log)
}

// Engine makes a runner for a VM and a function that releases it (or
// nil); unicorn.Start is one. A nil Engine is the Go interpreter.
type Engine func(vm *mipsevm.VM) (run func(n uint64) error, closeFn func(), err error)

// VMResult is how a run of the block program in the VM ended.
type VMResult struct {
	Steps    uint64
	Status   mipsevm.Status
	ExitCode uint8
	Fault    *mipsevm.Fault
	Stdout   []byte // the output root the program computed (32 bytes), if the block executed
}

// Valid reports whether the run accepts the claimed output root.
func (r VMResult) Valid() bool {
	return r.Status == mipsevm.StatusValid && r.ExitCode == blockprog.ExitMatch
}

// Prestate is the block program's absolute prestate: its ELF loaded.
func Prestate(elf []byte) (*mipsevm.State, error) {
	s, err := program.Load(elf)
	if err != nil {
		return nil, fmt.Errorf("block program: %w", err)
	}
	return s, nil
}

// RunVM runs the block program from state s (its prestate) to the end on
// engine (nil: the Go interpreter), against server. An error is a run the
// VM could not go on with: a preimage the server does not have, say.
func RunVM(s *mipsevm.State, server mipsevm.PreimageOracle, engine Engine, stderr io.Writer) (VMResult, error) {
	var out bytes.Buffer
	vm := mipsevm.NewVM(s, server, &limited{&out, 1 << 10}, stderr)
	run := vm.Run
	if engine != nil {
		r, closeFn, err := engine(vm)
		if err != nil {
			return VMResult{}, err
		}
		if closeFn != nil {
			defer closeFn()
		}
		run = r
	}
	for !s.Exited {
		if err := run(0); err != nil {
			return VMResult{Steps: s.Step}, fmt.Errorf("block program at step %d: %w", s.Step, err)
		}
	}
	return VMResult{Steps: s.Step, Status: s.Status(), ExitCode: s.ExitCode, Fault: vm.Fault(), Stdout: out.Bytes()}, nil
}

// limited keeps the first n bytes written (a runaway guest cannot fill the
// host's memory) and reports every write as whole.
type limited struct {
	b *bytes.Buffer
	n int
}

func (l *limited) Write(p []byte) (int, error) {
	if room := l.n - l.b.Len(); room > 0 {
		l.b.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}
