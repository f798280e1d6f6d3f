package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/axonum/opml/mipsevm"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestOracleLoadsFinalInference: PreimageOracle loads an inference result
// (key type 4) only from an OpML claim that is Final for exactly that
// model, input and output size, of the OpML the deployer set once; a
// pending or rejected claim, or a mismatched call, loads nothing, and a
// second Final claim cannot change a loaded value.
func TestOracleLoadsFinalInference(t *testing.T) {
	c := newSimChain(t)
	o, _ := timeoutRegistry(t, c)
	inputHash := crypto.Keccak256Hash(testInput)
	size := uint64(len(testOutput))
	load := func(id *big.Int, model, input [32]byte, size uint64, off int64) []byte {
		return oracleABI.PackLoadInferencePart(id, model, input, size, big.NewInt(off))
	}
	mustRevert := func(data []byte, reason string) {
		t.Helper()
		c.mustRevert(t, erin, &c.oracle, data, nil, errorString(reason))
	}

	id := o.submit(t, alice, testModel, testInput, testOutput)
	mustRevert(load(id, testModel, inputHash, size, 0), "PreimageOracle: OpML not set")
	c.mustRevert(t, erin, &c.oracle, oracleABI.PackSetOpML(o.addr), nil, errorString("PreimageOracle: only the deployer sets OpML"))
	c.send(t, deployer, c.oracle, oracleABI.PackSetOpML(o.addr), nil)
	c.mustRevert(t, deployer, &c.oracle, oracleABI.PackSetOpML(erin.addr), nil, errorString("PreimageOracle: OpML already set"))

	// Pending.
	mustRevert(load(id, testModel, inputHash, size, 0), "PreimageOracle: claim not final")
	// Rejected: bob challenges, nobody defends, bob wins by timeout.
	lie := o.submit(t, alice, testModel, testInput, []byte{8})
	ch, game := o.challenge(t, bob, lie)
	o.timeOut(t, game)
	o.resolveChallenge(t, erin, ch)
	if s := o.statusOf(t, lie); s != claimRejected {
		t.Fatalf("status %d, want Rejected", s)
	}
	mustRevert(load(lie, testModel, inputHash, size, 0), "PreimageOracle: claim not final")
	// A second claim on the same call, unchallenged: final too (opML's
	// guarantee is that an honest challenger exists; here none does).
	other := o.submit(t, carol, testModel, testInput, []byte{9})

	c.nextBlockAt(t, o.claim(t, other).SubmittedAt+testWindow)
	o.settle(t, erin, id, claimFinal)
	o.settle(t, erin, other, claimFinal)
	mustRevert(load(lie, testModel, inputHash, size, 0), "PreimageOracle: claim not final")

	// Mismatched calls.
	otherModel := testModel
	otherModel[31] ^= 1
	mustRevert(load(id, otherModel, inputHash, size, 0), "PreimageOracle: claim is about another model")
	mustRevert(load(id, testModel, crypto.Keccak256Hash([]byte("another input")), size, 0), "PreimageOracle: claim is about another input")
	mustRevert(load(id, testModel, inputHash, size+1, 0), "PreimageOracle: claim has another output size")
	mustRevert(load(id, testModel, inputHash, size, 9), "PreimageOracle: part offset out of range")

	// The final claim loads, under the key mipsevm computes.
	key := mipsevm.InferenceKey(testModel, inputHash, size)
	if got, err := oracleABI.UnpackInferenceKey(c.view(t, c.oracle, oracleABI.PackInferenceKey(testModel, inputHash, size))); err != nil || got != key {
		t.Fatalf("inferenceKey %x, %v; mipsevm's %x", got, err, key)
	}
	c.mustRevert(t, erin, &c.oracle, oracleABI.PackReadPreimage(key, big.NewInt(0)), nil, errorString("PreimageOracle: preimage not loaded"))
	c.send(t, erin, c.oracle, load(id, testModel, inputHash, size, 0), nil)
	out, err := oracleABI.UnpackReadPreimage(c.view(t, c.oracle, oracleABI.PackReadPreimage(key, big.NewInt(0))))
	if err != nil {
		t.Fatal(err)
	}
	want := append([]byte{0, 0, 0, 0, 0, 0, 0, byte(size)}, testOutput...)
	if out.DatLen.Uint64() != 8+size || !bytes.Equal(out.Dat[:len(want)], want) || out.Dat[len(want)] != 0 {
		t.Fatalf("readPreimage = %x (%v bytes), want %x", out.Dat, out.DatLen, want)
	}
	// Loading again from the same claim is harmless; another final claim
	// with another output cannot overwrite the value.
	c.send(t, erin, c.oracle, load(id, testModel, inputHash, size, 0), nil)
	mustRevert(load(other, testModel, inputHash, size, 0), "PreimageOracle: conflicting final claims")
}
