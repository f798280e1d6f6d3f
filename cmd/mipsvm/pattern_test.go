package main

import (
	"math"
	"strings"
	"testing"
)

func TestParsePattern(t *testing.T) {
	tests := []struct {
		in      string
		want    stepPattern
		wantErr string // substring of the error; empty: no error
	}{
		{in: "never", want: stepPattern{kind: patNever}},
		{in: "always", want: stepPattern{kind: patAlways}},
		{in: "=0", want: stepPattern{kind: patAt, n: 0}},
		{in: "=1234", want: stepPattern{kind: patAt, n: 1234}},
		{in: "=18446744073709551615", want: stepPattern{kind: patAt, n: math.MaxUint64}},
		{in: "%1", want: stepPattern{kind: patEvery, n: 1}},
		{in: "%1000000", want: stepPattern{kind: patEvery, n: 1000000}},
		{in: "%0", wantErr: "interval must be at least 1"},
		{in: "=x", wantErr: `"x" is not a step number`},
		{in: "%x", wantErr: `"x" is not a step number`},
		{in: "=", wantErr: `"" is not a step number`},
		{in: "%", wantErr: `"" is not a step number`},
		{in: "=-1", wantErr: `"-1" is not a step number`},
		{in: "=1.5", wantErr: "is not a step number"},
		{in: "= 5", wantErr: "is not a step number"},
		{in: "=18446744073709551616", wantErr: "is not a step number"},
		{in: "foo", wantErr: `invalid step pattern "foo": want never, always, =N`},
		{in: "", wantErr: `invalid step pattern ""`},
		{in: "Never", wantErr: "want never, always"},
		{in: "5", wantErr: "want never, always"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parsePattern(tt.in)
			if tt.wantErr != "" {
				if err == nil {
					t.Fatalf("parsePattern(%q) = %v, want error containing %q", tt.in, got.String(), tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("parsePattern(%q) error %q, want it to contain %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("parsePattern(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Fatalf("parsePattern(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
			if s := got.String(); s != tt.in {
				t.Fatalf("String() = %q, want %q", s, tt.in)
			}
		})
	}
}

func TestPatternSet(t *testing.T) {
	p := stepPattern{kind: patAt, n: 7}
	if err := p.Set("bogus"); err == nil {
		t.Fatal("Set(bogus) succeeded")
	}
	if p != (stepPattern{kind: patAt, n: 7}) {
		t.Fatalf("a failed Set changed the pattern to %v", p.String())
	}
	if err := p.Set("%10"); err != nil || p != (stepPattern{kind: patEvery, n: 10}) {
		t.Fatalf("Set(%%10) = %v, pattern %v", err, p.String())
	}
}

func mustPattern(t *testing.T, s string) stepPattern {
	t.Helper()
	p, err := parsePattern(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPatternNext(t *testing.T) {
	const max = math.MaxUint64
	tests := []struct {
		pat    string
		from   uint64
		want   uint64
		wantOK bool
	}{
		{"never", 0, 0, false},
		{"never", 100, 0, false},
		{"always", 0, 0, true},
		{"always", 77, 77, true},
		{"=10", 0, 10, true},
		{"=10", 10, 10, true},
		{"=10", 11, 0, false},
		{"=0", 0, 0, true},
		{"=0", 1, 0, false},
		{"%10", 0, 0, true},
		{"%10", 1, 10, true},
		{"%10", 9, 10, true},
		{"%10", 10, 10, true},
		{"%10", 11, 20, true},
		{"%1", 12345, 12345, true},
		{"%3", max - 1, max, true},   // MaxUint64 is a multiple of 3
		{"%2", max, 0, false},        // the next multiple overflows
		{"%1000", max - 5, 0, false}, // likewise
		{"=18446744073709551615", max, max, true},
	}
	for _, tt := range tests {
		p := mustPattern(t, tt.pat)
		got, ok := p.next(tt.from)
		if ok != tt.wantOK || (ok && got != tt.want) {
			t.Errorf("%s.next(%d) = %d, %v; want %d, %v", tt.pat, tt.from, got, ok, tt.want, tt.wantOK)
		}
		if m := p.matches(tt.from); m != (tt.wantOK && tt.want == tt.from) {
			t.Errorf("%s.matches(%d) = %v", tt.pat, tt.from, m)
		}
	}
}

func TestNextFiring(t *testing.T) {
	tests := []struct {
		name   string
		pats   []string
		from   uint64
		want   uint64
		wantOK bool
	}{
		{"no patterns", nil, 5, 0, false},
		{"all never", []string{"never", "never"}, 5, 0, false},
		{"always wins", []string{"%1000", "always", "=7"}, 5, 5, true},
		{"earliest of at and every", []string{"=150", "%100"}, 1, 100, true},
		{"at before every", []string{"=50", "%100"}, 1, 50, true},
		{"past at ignored", []string{"=3", "%100"}, 5, 100, true},
		{"only past at", []string{"=3", "never"}, 5, 0, false},
		{"from on a multiple", []string{"%100", "=500"}, 200, 200, true},
		{"two intervals", []string{"%7", "%5"}, 11, 14, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pats []stepPattern
			for _, s := range tt.pats {
				pats = append(pats, mustPattern(t, s))
			}
			got, ok := nextFiring(tt.from, pats...)
			if ok != tt.wantOK || (ok && got != tt.want) {
				t.Fatalf("nextFiring(%d, %v) = %d, %v; want %d, %v", tt.from, tt.pats, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestCheckStepPathFormat(t *testing.T) {
	for _, ok := range []string{"%d.json", "out/snap-%d.bin.gz", "/abs/dir/%d"} {
		if err := checkStepPathFormat("snapshot-fmt", ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for _, bad := range []string{"snap.bin.gz", "%d-%d.json", "%s.json", "100%-%d.json", "%x"} {
		if err := checkStepPathFormat("snapshot-fmt", bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
