package gethadapter

import (
	"errors"
	"io"
	"reflect"
	"testing"

	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/rollup"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
)

// headerOnly holds a file's first bytes and reports the rest as absent:
// enough for gguf.Read, which reads a header and no tensor data.
type headerOnly struct{ b []byte }

func (h *headerOnly) Write(p []byte) (int, error) {
	if len(h.b)+len(p) > 16<<20 {
		return 0, errHeaderDone
	}
	h.b = append(h.b, p...)
	return len(p), nil
}

var errHeaderDone = errors.New("header captured")

func (h *headerOnly) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(h.b)) {
		return 0, io.EOF
	}
	n := copy(p, h.b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// TestSevenBTokenFitsInATransaction: one token of a 7B-parameter Q8_0
// llama (LLaMA-7B's shape, one prompt token) costs less gas than the AI
// EVM lets one transaction use, and more than Osaka's cap, which the AI
// EVM therefore lifts.
func TestSevenBTokenFitsInATransaction(t *testing.T) {
	cfg, _ := llama.Preset("7b")
	r, err := llama.NewRandomFile(cfg, 1, ggml.Q8_0)
	if err != nil {
		t.Fatal(err)
	}
	var h headerOnly
	if _, err := r.WriteTo(&h); !errors.Is(err, errHeaderDone) {
		t.Fatalf("writing the header: %v", err)
	}
	f, err := gguf.Read(&h, r.Size())
	if err != nil {
		t.Fatal(err)
	}
	input := llama.EncodeInput([]int32{1}, 1)
	_, work, err := newLlamaShape(f, cfg).Check(input)
	if err != nil {
		t.Fatal(err)
	}
	gas := gasFor(Call{Input: input, OutputSize: 4}, work)
	const txOverhead = 21_000 + 16*1024 // the transaction and a generous calldata
	t.Logf("7B Q8_0, one token: %d MACs of work, %d gas (%.0f %% of BlockGasLimit)", work, gas, 100*float64(gas)/BlockGasLimit)
	if gas+txOverhead > BlockGasLimit {
		t.Errorf("one 7B token costs %d gas, more than a transaction may use (%d)", gas, BlockGasLimit)
	}
	if gas <= 1<<24 {
		t.Errorf("one 7B token costs %d gas, under Osaka's cap: the lifted cap is not needed", gas)
	}
}

// TestAIChainIsTheRollupsChain: the AI EVM runs the chain configuration
// the rollup's block program re-executes blocks with, fork for fork.
func TestAIChainIsTheRollupsChain(t *testing.T) {
	d, _, err := NewChain(newStore(t), Options{Log: quiet}, devnet.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	got, want := d.ChainConfig(), rollup.ChainConfig(d.ChainID().Uint64())
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the AI EVM's chain config\n%s\nis not the rollup's\n%s", got, want)
	}
}
