package gethadapter

import (
	"bytes"
	"strings"
	"testing"

	"github.com/axonum/opml/oracle"
)

// TestInferenceOf: every result of a precompile call is an Inference; a
// call an honest precompile reverts is Malformed, keeps its bytes and is
// claimed on NoModel with them as the input, with what can be decoded of
// it for lookups.
func TestInferenceOf(t *testing.T) {
	model := oracle.AddressOf([]byte("model"))
	c := Call{Model: model, Input: []byte("input"), OutputSize: 2}
	valid := EncodeCall(c)
	dirty := bytes.Clone(valid)
	dirty[len(dirty)-1] = 1
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
	} {
		t.Run(tc.name, func(t *testing.T) {
			inf := inferenceOf(7, [32]byte{1}, tc.call, tc.output)
			if !strings.Contains(inf.Malformed, tc.malformed) || (tc.malformed == "") != (inf.Malformed == "") {
				t.Fatalf("Malformed = %q, want %q", inf.Malformed, tc.malformed)
			}
			if inf.Model != tc.decoded.Model || !bytes.Equal(inf.Input, tc.decoded.Input) || inf.OutputSize != tc.decoded.OutputSize ||
				!bytes.Equal(inf.Output, tc.output) || inf.Block != 7 {
				t.Fatalf("inference %+v, want the call %+v and output %x", inf, tc.decoded, tc.output)
			}
			m, in := inf.claimed()
			if tc.malformed == "" {
				if m != model || !bytes.Equal(in, c.Input) || inf.Call != nil {
					t.Fatalf("claimed %s %x (call %x), want the call's model and input", m, in, inf.Call)
				}
				return
			}
			if m != NoModel || m.Valid() || !bytes.Equal(in, tc.call) || !bytes.Equal(inf.Call, tc.call) {
				t.Fatalf("claimed %s %x (call %x), want NoModel and the call's bytes", m, in, inf.Call)
			}
		})
	}
}
