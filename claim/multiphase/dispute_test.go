package multiphase

import (
	"context"
	"math/rand"
	"os"
	"testing"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/crypto"
)

// hashes is a phase-1 trace as a game.Trace.
type hashes func(p uint64) [32]byte

func (h hashes) StateHash(_ context.Context, p uint64) ([32]byte, error) { return h(p), nil }

// lieFrom is a trace that is honest before position q and made up from q
// on, ending in final.
func lieFrom(honest *Trace, q uint64, final [32]byte) hashes {
	n := uint64(honest.Items)
	return func(p uint64) [32]byte {
		switch {
		case p < q:
			return honest.At(p)
		case p > n:
			return final
		}
		return crypto.Keccak256Hash([]byte("made-up commitment"), []byte{byte(p), byte(p >> 8)})
	}
}

// phase1 plays phase 1 as DisputeGame does: the defender cuts, the
// challenger chooses (by its trace, or at random when random is set),
// until one position is left; it returns the position and the agreed and
// disputed commitments there: the node program's local data.
func phase1(t *testing.T, def, ch game.Trace, params game.Params, random *rand.Rand) (uint64, [32]byte, [32]byte) {
	t.Helper()
	ctx := context.Background()
	seg := game.Segment{Start: 0, Length: params.TraceLength()}
	start, end := GraphStart, [32]byte{}
	for first := true; seg.Length > 1; first = false {
		hs, err := game.Bisect(ctx, def, params, seg, first)
		if err != nil {
			t.Fatal(err)
		}
		if first {
			end = hs[len(hs)-1]
			hs = hs[:len(hs)-1]
		}
		var part uint64
		if random != nil {
			part = uint64(random.Intn(int(params.Arity)))
		} else {
			c, err := game.Choose(ctx, ch, params, seg, hs)
			if err != nil {
				t.Fatal(err)
			}
			part = c.Part
		}
		if part > 0 {
			start = hs[part-1]
		}
		if part < params.Arity-1 {
			end = hs[part]
		}
		seg = params.Part(seg, part)
	}
	return seg.Start + 1, start, end
}

// TestPhaseOneLies plays phase 1 against a lie at every kind of place and
// decides the disputed position with the node program in the VM: the
// honest side wins every game, whether it defends or challenges.
func TestPhaseOneLies(t *testing.T) {
	elf, err := os.ReadFile(testprograms.Node(t))
	if err != nil {
		t.Fatal(err)
	}
	model := testLlama(t, ggml.Q8_0)
	input := llama.EncodeInput([]int32{3, 8199}, 2)
	honest, err := Compute(model, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, _, err := Open(model, input)
	if err != nil {
		t.Fatal(err)
	}
	n := uint64(honest.Items)
	params := game.Params{Arity: 4, Depth: 5}
	if n+1 > params.TraceLength() {
		t.Fatalf("%d items do not fit %d positions", n, params.TraceLength())
	}
	// Items of each kind.
	var weightItem, bufferItem uint64
	for i := 0; i < int(n); i++ {
		it := p.Item(i)
		switch name := p.NodeName(it.Node); {
		case weightItem == 0 && it.Row1 != 0 && !it.Out:
			weightItem = uint64(i + 1) // a row block of the output head: reads a weight
		case bufferItem == 0 && it.Graph == 1 && name == "blk.0.attn_out":
			bufferItem = uint64(i + 1) // the residual add: reads two earlier outputs
		}
	}
	if weightItem == 0 || bufferItem == 0 {
		t.Fatal("the plan lacks a weight-reading or a buffer-reading item")
	}
	wrongOut := append([]byte(nil), honest.Output...)
	wrongOut[len(wrongOut)-1] ^= 1
	wrongFinal := GraphFinal(crypto.Keccak256Hash(wrongOut))
	honestTrace := hashes(honest.At)
	rng := rand.New(rand.NewSource(1))

	cases := []struct {
		name          string
		q             uint64 // the first made-up position
		liarDefends   bool
		randomChoices bool // the (lying) challenger chooses at random
	}{
		{"defender lies at the first item", 1, true, false},
		{"defender lies at a middle item", n / 2, true, false},
		{"defender lies at the last item", n, true, false},
		{"defender lies about the final output only", n + 1, true, false},
		{"defender lies at an item reading a weight", weightItem, true, false},
		{"defender lies at an item reading earlier outputs", bufferItem, true, false},
		{"challenger lies at the first item", 1, false, false},
		{"challenger lies at a middle item", n / 2, false, false},
		{"challenger lies about the final output only", n + 1, false, false},
		{"challenger chooses at random", 1, false, true},
	}
	om := oracle.NewModel(model)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var def, ch game.Trace = honestTrace, honestTrace
			cl := claim.Claim{Model: om.Address(), Input: input, Output: honest.Output}
			if c.liarDefends {
				def = lieFrom(honest, c.q, wrongFinal)
				cl.Output = wrongOut
			} else {
				ch = lieFrom(honest, c.q, wrongFinal)
			}
			var random *rand.Rand
			if c.randomChoices {
				random = rng
			}
			pos, start, end := phase1(t, def, ch, params, random)
			if !c.randomChoices && c.q <= n+1 && pos != c.q {
				t.Fatalf("phase 1 ended at position %d, the lie starts at %d", pos, c.q)
			}
			res := runNode(t, elf, Node{Claim: cl, Position: pos, Start: start, End: end}, model)
			if defenderWins := res.Valid(); defenderWins == c.liarDefends {
				t.Fatalf("position %d: the node program says %v: the liar wins", pos, res)
			}
		})
	}
}
