package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// patternSyntax is shown in flag help and in parse errors.
const patternSyntax = "never, always, =N (at step N) or %N (every N steps)"

type patternKind uint8

const (
	patNever  patternKind = iota
	patAlways             // every step
	patAt                 // the step n only
	patEvery              // every step that is a multiple of n, 0 included
)

// stepPattern says at which steps an action of mipsvm run fires. A step
// number is the state's step counter: an action at step N happens when N
// steps have executed, before step N itself runs. It implements pflag.Value.
type stepPattern struct {
	kind patternKind
	n    uint64
}

// parsePattern reads never, always, =N or %N.
func parsePattern(s string) (stepPattern, error) {
	switch {
	case s == "never":
		return stepPattern{kind: patNever}, nil
	case s == "always":
		return stepPattern{kind: patAlways}, nil
	case strings.HasPrefix(s, "="), strings.HasPrefix(s, "%"):
		n, err := strconv.ParseUint(s[1:], 10, 64)
		if err != nil {
			return stepPattern{}, fmt.Errorf("invalid step pattern %q: %q is not a step number (a non-negative decimal integer); want %s", s, s[1:], patternSyntax)
		}
		if s[0] == '=' {
			return stepPattern{kind: patAt, n: n}, nil
		}
		if n == 0 {
			return stepPattern{}, fmt.Errorf("invalid step pattern %q: the interval must be at least 1 (use never to disable)", s)
		}
		return stepPattern{kind: patEvery, n: n}, nil
	}
	return stepPattern{}, fmt.Errorf("invalid step pattern %q: want %s", s, patternSyntax)
}

// String renders the pattern in the syntax parsePattern reads.
func (p *stepPattern) String() string {
	switch p.kind {
	case patAlways:
		return "always"
	case patAt:
		return fmt.Sprintf("=%d", p.n)
	case patEvery:
		return fmt.Sprintf("%%%d", p.n)
	}
	return "never"
}

// Set parses a flag value.
func (p *stepPattern) Set(s string) error {
	v, err := parsePattern(s)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Type names the value in flag help.
func (p *stepPattern) Type() string { return "PATTERN" }

// next returns the first step at or after from at which p fires, and false
// if it never does.
func (p stepPattern) next(from uint64) (uint64, bool) {
	switch p.kind {
	case patAlways:
		return from, true
	case patAt:
		return p.n, p.n >= from
	case patEvery:
		r := from % p.n
		if r == 0 {
			return from, true
		}
		gap := p.n - r
		if from > math.MaxUint64-gap {
			return 0, false
		}
		return from + gap, true
	}
	return 0, false
}

// matches reports whether p fires at step.
func (p stepPattern) matches(step uint64) bool {
	n, ok := p.next(step)
	return ok && n == step
}

// nextFiring returns the first step at or after from at which any of the
// patterns fires, and false if none ever does.
func nextFiring(from uint64, pats ...stepPattern) (uint64, bool) {
	var best uint64
	found := false
	for _, p := range pats {
		if n, ok := p.next(from); ok && (!found || n < best) {
			best, found = n, true
		}
	}
	return best, found
}
