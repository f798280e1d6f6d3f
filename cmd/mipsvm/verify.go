package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/axonum/opml/contracts/evm"
)

// verifyResult is the on-chain verifier's replay of one witness.
type verifyResult struct {
	post   [32]byte // MIPS.step's post-state hash (when it did not revert)
	gas    uint64   // execution gas of MIPS.step
	revert string   // the revert reason, if it reverted
}

// verifyProof replays a witness in the MIPS.sol bytecode of the committed
// bindings, deployed with PreimageOracle in an in-memory EVM. The preimage
// part the step reads, if any, is loaded into the oracle first (a local key
// for the zero local context). The witness is taken from its JSON form, so
// what is checked is exactly what mipsvm hands to a submitter.
func verifyProof(p *proofJSON) (*verifyResult, error) {
	pre, err := unhex("pre", p.Pre)
	if err != nil {
		return nil, err
	}
	proof, err := unhex("proof", p.Proof)
	if err != nil {
		return nil, err
	}
	if p.ThreadProof != "" {
		tp, err := unhex("threadProof", p.ThreadProof)
		if err != nil {
			return nil, err
		}
		proof = append(proof, tp...)
	}
	v, err := evm.NewVerifier()
	if err != nil {
		return nil, fmt.Errorf("set up the EVM: %w", err)
	}
	var localContext [32]byte
	if p.Preimage != nil {
		k, err := unhex("preimage key", p.Preimage.Key)
		if err != nil {
			return nil, err
		}
		value, err := unhex("preimage value", p.Preimage.Value)
		if err != nil {
			return nil, err
		}
		if len(k) != 32 {
			return nil, fmt.Errorf("witness: preimage key is %d bytes, want 32", len(k))
		}
		if err := v.LoadPreimage([32]byte(k), value, p.Preimage.Offset, localContext); err != nil {
			return nil, err
		}
	}
	post, gas, err := v.Step(pre, proof, localContext)
	var re *evm.RevertError
	switch {
	case errors.As(err, &re):
		return &verifyResult{gas: gas, revert: re.Reason}, nil
	case err != nil:
		return nil, fmt.Errorf("MIPS.step: %w", err)
	}
	return &verifyResult{post: post, gas: gas}, nil
}

// report prints the verifier's result under the Go VM's lines of mipsvm step
// and returns an error if the verifier reverted or disagrees with goPost.
func (r *verifyResult) report(w io.Writer, goPost string) error {
	if r.revert != "" {
		fmt.Fprintf(w, "evm:   reverted: %s\n", r.revert)
		fmt.Fprintf(w, "gas:   %d\n", r.gas)
		return fmt.Errorf("verify: MIPS.step reverted: %s", r.revert)
	}
	evmPost := hex0x(r.post[:])
	match := evmPost == goPost
	fmt.Fprintf(w, "evm:   %s\n", evmPost)
	fmt.Fprintf(w, "match: %t\n", match)
	fmt.Fprintf(w, "gas:   %d\n", r.gas)
	if !match {
		return fmt.Errorf("verify: MIPS.step returned post-state %s, the Go VM %s", evmPost, goPost)
	}
	return nil
}

func unhex(field, s string) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		return nil, fmt.Errorf("witness: %s: %w", field, err)
	}
	return b, nil
}
