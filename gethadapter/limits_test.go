package gethadapter

import (
	"strings"
	"testing"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/plan"
)

var defaultCaps = onchain.Limits{MaxInputBytes: onchain.DefaultMaxInputBytes, MaxOutputBytes: onchain.DefaultMaxOutputBytes}

// TestClassifierLimits: the classifier's limits are its one input and
// output size when its plan fits, and none when it does not or the caps
// are below them.
func TestClassifierLimits(t *testing.T) {
	file := fashionModel(t)
	want := onchain.Limits{MaxInputBytes: 784, MaxOutputBytes: 1}
	for _, b := range []*plan.Bounds{DefaultBounds(), nil} {
		if l, err := ClaimLimits(file, b, defaultCaps); err != nil || l != want {
			t.Fatalf("bounds %v: %+v, %v", b, l, err)
		}
	}
	tight := plan.Bounds{Positions: 6, ItemMACs: DefaultItemMACs, Window: protocol.NodeWindowSize}
	if _, err := ClaimLimits(file, &tight, defaultCaps); err == nil || !strings.Contains(err.Error(), "need 7 phase-1 positions") {
		t.Fatalf("6 positions: %v", err)
	}
	if err := CheckLimits(file, &tight, want); err == nil || !strings.Contains(err.Error(), "need 7 phase-1 positions") {
		t.Fatalf("CheckLimits, 6 positions: %v", err)
	}
	if err := CheckLimits(file, &tight, onchain.Limits{MaxInputBytes: 783, MaxOutputBytes: 1}); err != nil {
		t.Fatalf("limits no image is within: %v", err)
	}
	if _, err := ClaimLimits(file, DefaultBounds(), onchain.Limits{MaxInputBytes: 700, MaxOutputBytes: 100}); err == nil ||
		!strings.Contains(err.Error(), "784-byte input") {
		t.Fatalf("caps below the image: %v", err)
	}
	if _, err := ClaimLimits([]byte("not a model"), DefaultBounds(), defaultCaps); err == nil || !strings.Contains(err.Error(), "cannot be loaded") {
		t.Fatalf("not a model: %v", err)
	}
}

// TestLlamaLimits: the limits ClaimLimits computes hold: every claim within
// them (every prompt length and number of tokens up to the corner) fits,
// as CheckBounds decides claim by claim, and they are the largest of their
// kind: one more prompt token does not fit, nor twice the tokens. Under
// the default bounds a small model's limits are half its context each;
// the caps bound them; CheckLimits agrees.
func TestLlamaLimits(t *testing.T) {
	file := randomLlama(t, prompted, ggml.Q8_0) // context 64
	ctx := uint64(prompted.Context)
	if l, err := ClaimLimits(file, DefaultBounds(), defaultCaps); err != nil || l != (onchain.Limits{MaxInputBytes: 4 + 4*32, MaxOutputBytes: 4 * 32}) {
		t.Fatalf("default bounds: %+v, %v", l, err)
	}
	if l, err := ClaimLimits(file, DefaultBounds(), onchain.Limits{MaxInputBytes: 44, MaxOutputBytes: 20}); err != nil ||
		l != (onchain.Limits{MaxInputBytes: 44, MaxOutputBytes: 20}) {
		t.Fatalf("caps of 10 prompt tokens and 5 to generate: %+v, %v", l, err)
	}
	// 3 tokens' graphs fit the phase-1 trace, not 4; the prompt's silu
	// (98,304 units of work a token) fits up to 85 tokens, beyond the
	// context.
	b := plan.Bounds{Positions: 3*53 + 1, ItemMACs: plan.ChunkWork, Window: protocol.NodeWindowSize}
	l, err := ClaimLimits(file, &b, defaultCaps)
	if err != nil {
		t.Fatal(err)
	}
	p, n := (l.MaxInputBytes-4)/4, l.MaxOutputBytes/4
	t.Logf("limits %+v: prompts of up to %d tokens, up to %d tokens generated", l, p, n)
	if n != 3 || p+n > ctx {
		t.Fatalf("limits %+v: %d prompt tokens and %d to generate, want 3 to generate within the context", l, p, n)
	}
	for pp := uint64(1); pp <= p; pp++ {
		for nn := uint64(0); nn <= n; nn++ {
			if err := CheckBounds(file, llama.EncodeInput(make([]int32, pp), uint32(nn)), b); err != nil {
				t.Fatalf("(P, N) = (%d, %d) within the limits does not fit: %v", pp, nn, err)
			}
		}
	}
	if p+1+n <= ctx && CheckBounds(file, llama.EncodeInput(make([]int32, p+1), uint32(n)), b) == nil {
		t.Fatalf("a prompt of %d tokens fits too: the limits are not the largest", p+1)
	}
	if CheckBounds(file, llama.EncodeInput(make([]int32, 1), uint32(n+1)), b) == nil {
		t.Fatalf("%d tokens fit after a one-token prompt: the limits are not the largest", n+1)
	}
	if err := CheckLimits(file, &b, l); err != nil {
		t.Fatalf("CheckLimits of the computed limits: %v", err)
	}
	if err := CheckLimits(file, &b, onchain.Limits{MaxInputBytes: l.MaxInputBytes, MaxOutputBytes: 4 * (n + 1)}); err == nil {
		t.Fatal("CheckLimits accepts one token more to generate")
	}
	if err := CheckLimits(file, &b, onchain.Limits{MaxInputBytes: 4 + 4*ctx, MaxOutputBytes: 4}); err == nil || !strings.Contains(err.Error(), "more than the context") {
		t.Fatalf("CheckLimits past the context: %v", err)
	}
	low := b
	low.ItemMACs = plan.ChunkWork - 1
	if _, err := ClaimLimits(file, &low, defaultCaps); err == nil || !strings.Contains(err.Error(), "below plan.ChunkWork") {
		t.Fatalf("an item bound below plan.ChunkWork: %v", err)
	}
	none := b
	none.Positions = 10
	if _, err := ClaimLimits(file, &none, defaultCaps); err == nil || !strings.Contains(err.Error(), "no claim on this model fits") {
		t.Fatalf("a trace too short for any claim: %v", err)
	}
}
