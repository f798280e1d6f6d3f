package gethadapter

import (
	"errors"
	"fmt"
	"github.com/axonum/opml/gethadapter/spec"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/models/mnist"
	"github.com/axonum/opml/ggml-mips/plan"
)

// Claim limits (docs/dispute.md, "Models"). A model is registered on chain
// with the largest input and output a claim on it may have, and OpML.submit
// refuses claims beyond them. The registrant computes them here, against
// the deployment's bounds, so that every honest claim within them (an
// input the model accepts, its true output) has a plan that fits and can
// be adjudicated. For the classifier the input is one image: one plan. For
// llama, input N ‖ P prompt tokens and output N tokens, a plan's needs
// grow with P and with N (TestBoundsMonotone), so every claim with P ≤
// Pmax and N ≤ Nmax fits if the one at (Pmax, Nmax) does; the limits are
// 4 + 4·Pmax and 4·Nmax bytes, and Pmax + Nmax stays within the context,
// the largest P + N an honest claim has.

// ClaimLimits computes the limits of the claims on model (its GGUF bytes)
// for a deployment: at most caps (the deployment's maxInputBytes and
// maxOutputBytes, or less), and, with bounds b (a two-phase deployment's,
// BoundsFor), such that every honest claim within them fits b. Without
// bounds (a single-phase deployment, whose VM trace no plan describes) only
// the model's own input shape and the caps are used. For llama it picks
// Nmax, the most tokens a one-token prompt may generate up to the caps and
// half the context, then Pmax, the longest prompt that fits with Nmax.
func ClaimLimits(model []byte, b *plan.Bounds, caps onchain.Limits) (onchain.Limits, error) {
	c, err := newLimitChecker(model, b)
	if err != nil {
		return onchain.Limits{}, err
	}
	switch sh := c.shape.(type) {
	case spec.MNISTShape:
		l := onchain.Limits{MaxInputBytes: mnist.InputSize, MaxOutputBytes: mnist.OutputSize}
		if caps.MaxInputBytes < l.MaxInputBytes || caps.MaxOutputBytes < l.MaxOutputBytes {
			return onchain.Limits{}, fmt.Errorf("a claim on this classifier has a %d-byte input and a %d-byte output, more than the %d and %d allowed",
				l.MaxInputBytes, l.MaxOutputBytes, caps.MaxInputBytes, caps.MaxOutputBytes)
		}
		return l, c.fits(make([]byte, mnist.InputSize))
	case spec.LlamaShape:
		ctx := uint64(sh.Config().Context)
		if caps.MaxInputBytes < 8 || caps.MaxOutputBytes < 4 {
			return onchain.Limits{}, fmt.Errorf("a llama claim needs at least an 8-byte input (N and one prompt token) and a 4-byte output (one token); %d and %d allowed",
				caps.MaxInputBytes, caps.MaxOutputBytes)
		}
		n, err := largest(min(caps.MaxOutputBytes/4, max(ctx/2, 1)), func(n uint64) error { return c.fits(llama.EncodeInput([]int32{0}, uint32(n))) })
		if n == 0 {
			return onchain.Limits{}, fmt.Errorf("no claim on this model fits, not even a one-token prompt generating one token: %w", err)
		}
		p, err := largest(min((caps.MaxInputBytes-4)/4, ctx-n), func(p uint64) error { return c.fits(llama.EncodeInput(make([]int32, p), uint32(n))) })
		if p == 0 {
			return onchain.Limits{}, fmt.Errorf("no prompt fits with %d tokens to generate: %w", n, err)
		}
		return onchain.Limits{MaxInputBytes: 4 + 4*p, MaxOutputBytes: 4 * n}, nil
	}
	return onchain.Limits{}, fmt.Errorf("no claim limits for this architecture")
}

// CheckLimits says whether every honest claim on model within the limits l
// fits the bounds b, and if not why: what a submitter or an agent checks
// of a registration. A nil b checks the model's input shape only. For
// llama, l must keep Pmax + Nmax within the context (so that one plan, at
// the corner, decides).
func CheckLimits(model []byte, b *plan.Bounds, l onchain.Limits) error {
	c, err := newLimitChecker(model, b)
	if err != nil {
		return err
	}
	switch sh := c.shape.(type) {
	case spec.MNISTShape:
		if l.MaxInputBytes < mnist.InputSize || l.MaxOutputBytes < mnist.OutputSize {
			return nil // no honest claim is within them: none can be lost
		}
		return c.fits(make([]byte, mnist.InputSize))
	case spec.LlamaShape:
		if l.MaxInputBytes < 8 || l.MaxOutputBytes < 4 {
			return nil // no claim that generates tokens is within them
		}
		p, n := (l.MaxInputBytes-4)/4, l.MaxOutputBytes/4
		if ctx := uint64(sh.Config().Context); p+n > ctx {
			return fmt.Errorf("the limits admit prompts of %d tokens and %d tokens to generate, %d in all, more than the context of %d: one plan cannot decide them",
				p, n, p+n, ctx)
		}
		return c.fits(llama.EncodeInput(make([]int32, p), uint32(n)))
	}
	return fmt.Errorf("no claim limits for this architecture")
}

// limitChecker decides, for one model, whether a claim's input fits.
type limitChecker struct {
	shape spec.Shape
	fit   *spec.Fit // nil: no bounds
}

func newLimitChecker(model []byte, b *plan.Bounds) (*limitChecker, error) {
	m, arch, err := models.Load(model)
	if err != nil {
		return nil, fmt.Errorf("the model cannot be loaded: %w", err)
	}
	sh, err := spec.ShapeOf(model, m, arch)
	if err != nil {
		return nil, err
	}
	c := &limitChecker{shape: sh}
	if b != nil {
		if b.ItemMACs < plan.ChunkWork {
			// Below it, an item's work is not monotone in the prompt
			// (TestBoundsMonotone), and one plan does not decide the rest.
			return nil, fmt.Errorf("item bound %d is below plan.ChunkWork (%d): claim limits cannot be computed", b.ItemMACs, plan.ChunkWork)
		}
		if c.fit = spec.NewFit(model, *b); c.fit.Err() != nil {
			return nil, c.fit.Err()
		}
	}
	return c, nil
}

// fits says whether input is one the model accepts and, with bounds, whose
// plan fits them.
func (c *limitChecker) fits(input []byte) error {
	if _, _, err := c.shape.Check(input); err != nil {
		return err
	}
	if c.fit == nil {
		return nil
	}
	return c.fit.Exact(input)
}

// largest is the largest x in [1, hi] with fits(x) nil, by binary search
// (fitting is monotone in x), or 0 and why 1 does not fit.
func largest(hi uint64, fits func(uint64) error) (uint64, error) {
	if hi < 1 {
		return 0, errors.New("no room within the caps and the context")
	}
	if err := fits(1); err != nil {
		return 0, err
	}
	lo := uint64(1) // fits(lo); the answer is in [lo, hi]
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if fits(mid) == nil {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo, nil
}
