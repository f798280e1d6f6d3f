package mipsevm

// EncodeProof returns the proof argument of the on-chain verifier's
// MIPS.step(stateData, proof, localContext) (contracts/src/MIPS.sol):
// ProofData (the fetch's leaf proof, then one proof per memory access in
// program order) followed by ThreadProof on a step that resumes a waiting
// thread. The verifier requires the proof to be used up exactly. stateData is
// w.State. A step that reads a preimage also needs that part of it loaded
// into the PreimageOracle contract (w.PreimageKey, w.PreimageValue,
// w.PreimageOffset).
func (w *Witness) EncodeProof() []byte {
	out := make([]byte, 0, len(w.ProofData)+len(w.ThreadProof))
	out = append(out, w.ProofData...)
	return append(out, w.ThreadProof...)
}
