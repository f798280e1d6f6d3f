package contracts_test

import (
	"bytes"
	"testing"

	"github.com/axonum/opml/mipsevm"
)

// sbWitness returns the witness of one sb step (a fetch proof and one load
// proof, which the store reuses) and the Go post-state hash.
func sbWitness(t *testing.T) (*mipsevm.Witness, [32]byte) {
	t.Helper()
	s, vmach := newVM(nil, iType(40, 8, 9, 3), addiuT0) // sb t1, 3(t0)
	s.Registers[8], s.Registers[9] = 0x4000, 0x77
	s.Memory.SetWord(0x4040, 0x12345678) // a neighbour leaf
	w, err := vmach.Step(true)
	if err != nil {
		t.Fatal(err)
	}
	return w, s.Hash()
}

// TestRejectsBadWitnesses: invalid witnesses revert with a reason.
func TestRejectsBadWitnesses(t *testing.T) {
	c := newChain(t)
	w, post := sbWitness(t)
	if got, _, err := c.step(w.State, w.ProofData); err != nil || got != post {
		t.Fatalf("the untampered witness: %x, %v", got, err)
	}
	proof := w.ProofData
	const leaf = 28 * 32
	flip := func(b []byte, i int) []byte {
		b = bytes.Clone(b)
		b[i] ^= 1
		return b
	}
	cases := []struct {
		name         string
		state, proof []byte
		reason       string
	}{
		{"short state", w.State[:298], proof, "state must be 299 bytes"},
		{"long state", append(bytes.Clone(w.State), 0), proof, "state must be 299 bytes"},
		{"exited flag 2", func() []byte { b := bytes.Clone(w.State); b[89] = 2; return b }(), proof, "flag byte"},
		{"llReserved flag 2", func() []byte { b := bytes.Clone(w.State); b[298] = 2; return b }(), proof, "flag byte"},
		{"tampered memory root", flip(w.State, 5), proof, "bad memory proof"},
		{"tampered fetch leaf", w.State, flip(proof, 3), "bad memory proof"},
		{"tampered fetch sibling", w.State, flip(proof, 32*20+7), "bad memory proof"},
		{"tampered load leaf", w.State, flip(proof, leaf+1), "bad memory proof"},
		{"tampered load sibling", w.State, flip(proof, leaf+32*27+31), "bad memory proof"},
		{"no proof", w.State, nil, "memory proof too short"},
		{"fetch proof only", w.State, proof[:leaf], "memory proof too short"},
		{"truncated", w.State, proof[:len(proof)-1], "memory proof too short"},
		{"trailing bytes", w.State, append(bytes.Clone(proof), 0), "unused proof data"},
		{"proof of another leaf", w.State, append(bytes.Clone(proof[:leaf]), anotherLeafProof(t)...), "bad memory proof"},
		{"load proof for the fetch", w.State, append(bytes.Clone(proof[leaf:]), proof[leaf:]...), "bad memory proof"},
	}
	for _, tc := range cases {
		_, _, err := c.step(tc.state, tc.proof)
		t.Run(tc.name, func(t *testing.T) { expectRevert(t, err, tc.reason) })
	}
	// A tampered register is not an invalid witness: the step runs from
	// another state, so the post-state differs.
	st := bytes.Clone(w.State)
	st[98+4*9+3] ^= 1 // t1
	if got, _, err := c.step(st, proof); err != nil || got == post {
		t.Fatalf("a tampered register: %x, %v", got, err)
	}
}

// anotherLeafProof is a valid proof, against the same root, of the leaf
// next to the one the sb touches.
func anotherLeafProof(t *testing.T) []byte {
	s, _ := newVM(nil, iType(40, 8, 9, 3), addiuT0)
	s.Memory.SetWord(0x4040, 0x12345678)
	return s.Memory.NodeProof(0x4040, 0)
}

// TestRejectsBadThreadProof: a switch step with a wrong or missing thread
// proof reverts.
func TestRejectsBadThreadProof(t *testing.T) {
	c := newChain(t)
	s, vmach := newVM(nil, syscalls(4)...)
	sys(t, c, s, vmach, mipsevm.SysClone, 0, 0x7000, 0)
	s.Registers[2] = mipsevm.SysSchedYield
	w, err := vmach.Step(true)
	if err != nil || len(w.ThreadProof) != 180 {
		t.Fatalf("no switch: %v", err)
	}
	_, _, err = c.step(w.State, w.ProofData)
	expectRevert(t, err, "thread proof too short")
	bad := append(bytes.Clone(w.ProofData), w.ThreadProof...)
	bad[len(w.ProofData)+8] ^= 1 // the resumed thread's nextPC
	_, _, err = c.step(w.State, bad)
	expectRevert(t, err, "bad thread proof")
	bad = append(bytes.Clone(w.ProofData), w.ThreadProof...)
	bad[len(bad)-1] ^= 1 // the root below
	_, _, err = c.step(w.State, bad)
	expectRevert(t, err, "bad thread proof")
}

// TestRejectsMissingPreimage: a preimage read whose part is not on chain
// reverts in the oracle; so does mapping unregistered committed data.
func TestRejectsMissingPreimage(t *testing.T) {
	c := newChain(t)
	value := []byte("never loaded")
	key := mipsevm.Keccak256Key(value)
	o := &testOracle{preimages: map[[32]byte][]byte{key: value}}
	s, vmach := newVM(o, syscalls(2)...)
	s.PreimageKey = key
	s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = mipsevm.SysRead, mipsevm.FdPreimageRead, 0x6000, 4
	w, err := vmach.Step(true)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = c.step(w.State, proofOf(w))
	expectRevert(t, err, "preimage not loaded")
	// Another part loaded, not this one.
	s.PreimageOffset = 4
	s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = mipsevm.SysRead, mipsevm.FdPreimageRead, 0x6000, 4
	s.PC, s.NextPC = codeAddr, codeAddr+4
	w, err = vmach.Step(true)
	if err != nil {
		t.Fatal(err)
	}
	w0 := *w
	w0.PreimageOffset = 0
	c.loadPreimage(t, &w0)
	_, _, err = c.step(w.State, proofOf(w))
	expectRevert(t, err, "preimage part not loaded")
	c.loadPreimage(t, w)
	if _, _, err = c.step(w.State, proofOf(w)); err != nil {
		t.Fatal(err)
	}
}
