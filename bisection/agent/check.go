package agent

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/oracle"
)

// maybeChallenge checks a claim natively, once, and challenges it if it
// is wrong: a claim's check task.
func (a *Agent) maybeChallenge(ctx context.Context, cl onchain.Claim) error {
	a.mu.Lock()
	v, ok := a.verdicts[cl.ID]
	a.mu.Unlock()
	if !ok {
		v = a.check(ctx, cl)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var timeout timeoutError
		switch {
		case errors.Is(v.err, oracle.ErrNotFound):
			if a.needModel(ctx, cl) {
				return a.maybeChallenge(ctx, cl) // check it now
			}
			a.m.checkFailed()
		case v.err == nil:
			a.m.checked(v.honest)
			a.setVerdict(cl.ID, v)
		case errors.As(v.err, &timeout):
			a.mu.Lock()
			a.timeouts[cl.ID]++
			n := a.timeouts[cl.ID]
			a.mu.Unlock()
			a.m.checkTimedOut()
			if n < checkAttempts {
				a.log.Warn("native check timed out; will try again", "claim", cl.ID, "attempt", n, "err", v.err)
				return nil
			}
			// Checking it again would take the same time again, every pass.
			a.log.Error("native check timed out; giving up on the claim (raise the check timeout)", "claim", cl.ID,
				"attempts", n, "err", v.err)
			a.setVerdict(cl.ID, v)
		default:
			// A failed check (RPC, missing model) is tried again next pass.
			a.m.checkFailed()
			a.log.Warn("cannot check claim", "claim", cl.ID, "err", v.err)
		}
		if v.err == nil && v.honest {
			a.log.Info("claim checked natively: correct", "claim", cl.ID, "output", hex.EncodeToString(cl.Output))
		} else if v.err == nil {
			a.log.Info("claim checked natively: WRONG", "claim", cl.ID, "claimed", hex.EncodeToString(cl.Output),
				"native", hex.EncodeToString(v.native))
		}
	}
	dispute := v.err == nil && !v.honest
	if a.cfg.Dispute != nil {
		dispute = a.cfg.Dispute(cl, v.err == nil && v.honest)
	}
	if !dispute {
		return nil
	}
	ch, r, err := a.claimClient(cl.ID).OpenChallenge(ctx, cl.ID)
	if err != nil {
		return err
	}
	a.m.sent("challenge", r)
	a.log.Info("challenge opened", "claim", cl.ID, "challenge", ch.ID, "game", ch.GameID)
	return nil
}

func (a *Agent) setVerdict(id uint64, v verdict) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.verdicts[id] = v
}

// check runs a claim's inference natively, in a worker slot (urgent by the
// end of the claim's window) and within CheckTimeout: in a two-phase
// deployment, its plan (which also gives the phase-1 trace the games
// need).
func (a *Agent) check(ctx context.Context, cl onchain.Claim) verdict {
	var v verdict
	deadline := cl.SubmittedAt + a.c.Config.ChallengeWindow
	err := a.compute(ctx, deadline, a.cfg.CheckTimeout, fmt.Sprintf("claim %d: native check", cl.ID), func(ctx context.Context) error {
		if a.c.Config.TwoPhase() {
			t, release, err := a.graphTraceOf(ctx, cl)
			if err != nil {
				return err
			}
			defer release()
			g := t.graph
			if !g.Usable() {
				v = verdict{native: nil, honest: false}
				return nil
			}
			v = verdict{native: g.Output(), honest: bytes.Equal(g.Output(), cl.Output)}
			return nil
		}
		m, err := a.modelOf(cl)
		if err != nil {
			return err
		}
		if m == nil {
			// An address that names no model: the VM rejects every claim.
			v = verdict{native: nil, honest: false}
			return nil
		}
		input, err := a.claimInput(ctx, cl)
		if err != nil {
			return err
		}
		// models.Infer cannot be stopped: on a timeout its result is
		// dropped (it runs on to the end in the background).
		type result struct {
			out []byte
			err error
		}
		res := make(chan result, 1)
		go func() {
			out, err := models.Infer(m.Bytes(), input)
			res <- result{out, err}
		}()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case r := <-res:
			if r.err != nil {
				// A claim about an input the model rejects cannot exit 0 in the VM.
				v = verdict{native: nil, honest: false}
				return nil
			}
			v = verdict{native: r.out, honest: bytes.Equal(r.out, cl.Output)}
			return nil
		}
	})
	if err != nil {
		return verdict{err: err}
	}
	return v
}
