// Package game is the dispute game of DisputeGame.sol seen from a player:
// its arithmetic (the trace length, where the cuts of a part fall, which
// part is which) and the two strategies, the defender's (post the state
// hashes at the cuts) and the challenger's (choose the first part whose end
// it disagrees with). It knows nothing of chains or VMs: a player's view of
// the trace is a Trace, the hash of the state at any position.
//
// The contract and this package must agree on every number; the tests in
// bisection/agent play whole games against the contract.
package game

import (
	"context"
	"errors"
	"fmt"
	"math/bits"
)

// Trace is a player's view of the trace: the hash of the VM state after pos
// steps of the claim-checking program (past its exit: the final state).
// *trace.Provider is one; Lie is a dishonest one.
type Trace interface {
	StateHash(ctx context.Context, pos uint64) ([32]byte, error)
}

// Params are a DisputeGame deployment's constants.
type Params struct {
	Arity uint64 // parts per round, 2 to 256
	Depth uint32 // rounds to reach one step
}

// maxTraceLength is DisputeGame's bound on arity^depth (exclusive).
const maxTraceLength = 1 << 63

// Validate reports whether the contract would accept the parameters.
func (p Params) Validate() error {
	if p.Arity < 2 || p.Arity > 256 {
		return fmt.Errorf("arity %d: want 2 to 256", p.Arity)
	}
	if p.Depth < 1 {
		return errors.New("depth must be at least 1")
	}
	n := uint64(1)
	for range p.Depth {
		hi, lo := bits.Mul64(n, p.Arity)
		if hi != 0 || lo >= maxTraceLength {
			return fmt.Errorf("arity %d, depth %d: the trace length arity^depth must be below 2^63", p.Arity, p.Depth)
		}
		n = lo
	}
	return nil
}

// TraceLength is arity^depth: the padded trace's length in steps. It
// assumes valid parameters.
func (p Params) TraceLength() uint64 {
	n := uint64(1)
	for range p.Depth {
		n *= p.Arity
	}
	return n
}

// DepthFor is the smallest depth whose trace holds a run of steps steps
// (arity^depth ≥ steps), for choosing a deployment's depth.
func DepthFor(arity, steps uint64) (uint32, error) {
	if arity < 2 {
		return 0, fmt.Errorf("arity %d: want at least 2", arity)
	}
	d, n := uint32(1), arity
	for n < steps {
		hi, lo := bits.Mul64(n, arity)
		if hi != 0 || lo >= maxTraceLength {
			return 0, fmt.Errorf("%d steps do not fit a trace of arity %d below 2^63", steps, arity)
		}
		d, n = d+1, lo
	}
	return d, nil
}

// Segment is the disputed part of the trace: the players agree on the hash
// at Start and disagree on the hash at Start+Length.
type Segment struct {
	Start, Length uint64
}

// Cuts are the positions at which the defender posts hashes: the arity − 1
// points Start + j·Length/arity, j = 1 … arity − 1. Length must be a
// multiple of arity (it always is: a power of it).
func (p Params) Cuts(s Segment) []uint64 {
	step := s.Length / p.Arity
	cuts := make([]uint64, p.Arity-1)
	for j := range cuts {
		cuts[j] = s.Start + uint64(j+1)*step
	}
	return cuts
}

// Part is part j of s (0 … arity − 1), as DisputeGame.choose computes it.
func (p Params) Part(s Segment, j uint64) Segment {
	step := s.Length / p.Arity
	return Segment{Start: s.Start + j*step, Length: step}
}

// Bisect is the defender's move on s: the hashes at its cuts, and on the
// first move (first) also the hash at the trace's end, last.
func Bisect(ctx context.Context, t Trace, p Params, s Segment, first bool) ([][32]byte, error) {
	positions := p.Cuts(s)
	if first {
		positions = append(positions, p.TraceLength())
	}
	hashes := make([][32]byte, len(positions))
	for i, pos := range positions {
		h, err := t.StateHash(ctx, pos)
		if err != nil {
			return nil, err
		}
		hashes[i] = h
	}
	return hashes, nil
}

// Choice is the challenger's move.
type Choice struct {
	Part uint64
	// Agrees is set when the challenger's trace agrees with every posted
	// cut: it then chooses the last part, whose end is the hash it disputed
	// in the round before (or the defender's final hash).
	Agrees bool
}

// Choose is the challenger's move on s given the defender's cuts: the
// first part whose end hash differs from t's. Its start is then one the
// challenger agrees with (the previous cut, or s's start).
func Choose(ctx context.Context, t Trace, p Params, s Segment, cuts [][32]byte) (Choice, error) {
	positions := p.Cuts(s)
	if len(cuts) != len(positions) {
		return Choice{}, fmt.Errorf("game: %d cuts posted, arity %d wants %d", len(cuts), p.Arity, len(positions))
	}
	for j, pos := range positions {
		h, err := t.StateHash(ctx, pos)
		if err != nil {
			return Choice{}, err
		}
		if h != cuts[j] {
			return Choice{Part: uint64(j)}, nil
		}
	}
	return Choice{Part: p.Arity - 1, Agrees: true}, nil
}
