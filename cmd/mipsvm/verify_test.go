package main

import (
	"strings"
	"testing"

	"github.com/axonum/opml/mipsevm"
)

// addiuStep is the witness of one addiu on a minimal state.
func addiuStep(t *testing.T) *proofJSON {
	t.Helper()
	s := mipsevm.NewState(0x10000)
	s.Memory.SetWord(0x10000, 0x24080001) // addiu t0, zero, 1
	p, err := proveStep(mipsevm.NewVM(s, nil, nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestVerifyProof(t *testing.T) {
	p := addiuStep(t)
	r, err := verifyProof(p)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := r.report(&out, p.PostHash); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if r.gas == 0 || r.gas > 60_000 || !strings.Contains(out.String(), "match: true\n") {
		t.Errorf("gas %d, report:\n%s", r.gas, out.String())
	}

	// Another post-state hash: a mismatch, reported and an error.
	out.Reset()
	other := "0x03" + strings.Repeat("00", 31)
	if err := r.report(&out, other); err == nil || !strings.Contains(err.Error(), "the Go VM "+other) {
		t.Errorf("mismatch: %v", err)
	}
	if !strings.Contains(out.String(), "match: false\n") {
		t.Errorf("mismatch report:\n%s", out.String())
	}

	// A tampered proof: MIPS.step reverts with its reason.
	bad := *p
	bad.Proof = bad.Proof[:len(bad.Proof)-2] + "ff"
	if p.Proof[len(p.Proof)-2:] == "ff" {
		bad.Proof = bad.Proof[:len(bad.Proof)-2] + "fe"
	}
	r, err = verifyProof(&bad)
	if err != nil {
		t.Fatal(err)
	}
	out.Reset()
	err = r.report(&out, p.PostHash)
	if err == nil || !strings.Contains(err.Error(), "MIPS.step reverted: MIPS: bad memory proof") ||
		!strings.Contains(out.String(), "evm:   reverted: MIPS: bad memory proof") {
		t.Errorf("tampered proof: %v\n%s", err, out.String())
	}
}
