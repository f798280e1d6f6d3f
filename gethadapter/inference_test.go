package gethadapter

import (
	"bytes"
	"github.com/axonum/opml/gethadapter/spec"
	"strings"
	"testing"

	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestInferenceOf: every result of a precompile call is an Inference; a
// call the precompile reverts whatever the model (for a deployment taking
// inputs of up to 64 bytes and outputs of up to 4) is Malformed, keeps its
// bytes and is claimed on NoModel with the digest of the call and the
// output as its input, whatever their sizes, with what can be decoded of
// it for lookups.
func TestInferenceOf(t *testing.T) {
	model := oracle.AddressOf([]byte("model"))
	c := Call{Model: model, Input: []byte("input"), OutputSize: 2}
	valid := EncodeCall(c)
	dirty := bytes.Clone(valid)
	dirty[len(dirty)-1] = 1
	longInput := Call{Model: model, Input: make([]byte, 65), OutputSize: 2}
	bigOutput := Call{Model: model, Input: []byte("input"), OutputSize: 5}
	for _, tc := range []struct {
		name, malformed string
		call, output    []byte
		decoded         Call
	}{
		{"canonical", "", valid, []byte{1, 2}, c},
		{"short output", "the output is 1 bytes, output_size 2", valid, []byte{1}, c},
		{"long output", "the output is 3 bytes, output_size 2", valid, []byte{1, 2, 3}, c},
		{"trailing word", "not the canonical", append(bytes.Clone(valid), make([]byte, 32)...), []byte{1, 2}, c},
		{"dirty padding", "not the canonical", dirty, []byte{1, 2}, c},
		{"garbage", "malformed input", []byte("not an abi encoding"), []byte{1, 2}, Call{}},
		{"empty", "malformed input", nil, nil, Call{}},
		{"input over the deployment's bound", "input_data is 65 bytes, an opML claim's input at most 64", EncodeCall(longInput), []byte{1, 2}, longInput},
		{"output_size over the deployment's bound", "output_size is 5, an opML claim's output at most 4 bytes", EncodeCall(bigOutput), make([]byte, 5), bigOutput},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inf := inferenceOf(7, [32]byte{1}, tc.call, tc.output, spec.Sizes{Input: 64, Output: 4})
			if !strings.Contains(inf.Malformed, tc.malformed) || (tc.malformed == "") != (inf.Malformed == "") {
				t.Fatalf("Malformed = %q, want %q", inf.Malformed, tc.malformed)
			}
			if inf.Model != tc.decoded.Model || !bytes.Equal(inf.Input, tc.decoded.Input) || inf.OutputSize != tc.decoded.OutputSize ||
				!bytes.Equal(inf.Output, tc.output) || inf.Block != 7 {
				t.Fatalf("inference %+v, want the call %+v and output %x", inf, tc.decoded, tc.output)
			}
			m, in, out := inf.claimed()
			if tc.malformed == "" {
				if m != model || !bytes.Equal(in, c.Input) || !bytes.Equal(out, tc.output) || inf.Call != nil {
					t.Fatalf("claimed %s %x %x (call %x), want the call's model and input and the output", m, in, out, inf.Call)
				}
				return
			}
			digest := append(crypto.Keccak256(tc.call), crypto.Keccak256(tc.output)...)
			if m != NoModel || m.Valid() || !bytes.Equal(in, digest) || len(out) != 0 || !bytes.Equal(inf.Call, tc.call) {
				t.Fatalf("claimed %s %x %x (call %x), want NoModel, the digest %x and no output", m, in, out, inf.Call, digest)
			}
		})
	}
}
