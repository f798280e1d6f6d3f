package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/axonum/opml/mipsevm"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrNoFinalClaim is FinalClaimFor's error when no claim on the call is
// Final (yet): the result cannot be loaded until one is.
var ErrNoFinalClaim = errors.New("no Final opML claim on the call")

// InferenceKey is the preimage key (type 4) of a claim's call: its model,
// input hash and output size.
func (cl Claim) InferenceKey() [32]byte {
	return mipsevm.InferenceKey(cl.Model, cl.InputHash, uint64(len(cl.Output)))
}

// FinalClaimFor finds a Final claim whose call has inference key key (the
// newest if several are), reading the registry's claims from the newest
// down; it returns an error wrapping ErrNoFinalClaim if none is. The key
// names the call by a hash, so every claim is read: fine for a registry of
// thousands of claims, an index by event for more.
func (c *Client) FinalClaimFor(ctx context.Context, key [32]byte) (Claim, error) {
	if mipsevm.KeyType(key[0]) != mipsevm.KeyTypeInference {
		return Claim{}, fmt.Errorf("key %x is not an inference key (type %d)", key, key[0])
	}
	n, err := c.ClaimCount(ctx)
	if err != nil {
		return Claim{}, err
	}
	for id := n; id > 0; id-- {
		cl, err := c.Claim(ctx, id-1)
		if err != nil {
			return Claim{}, err
		}
		if cl.Status == ClaimFinal && cl.InferenceKey() == key {
			return cl, nil
		}
	}
	return Claim{}, fmt.Errorf("inference key %x (%d claims read): %w", key, n, ErrNoFinalClaim)
}

// LoadInferencePart has the PreimageOracle load the part at partOffset of
// the output of model on the input with hash inputHash, outputSize bytes,
// from OpML claim claimID (PreimageOracle.loadInferencePart). The oracle
// refuses, and this returns its revert, unless the claim is Final and
// about exactly that call.
func (c *Client) LoadInferencePart(ctx context.Context, claimID uint64, model, inputHash [32]byte, outputSize, partOffset uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("load inference part from claim %d", claimID), c.Addr.Oracle,
		oracleABI.PackLoadInferencePart(new(big.Int).SetUint64(claimID), model, inputHash, outputSize, new(big.Int).SetUint64(partOffset)), nil)
}

// StepLoaded executes the disputed step on chain without loading the
// preimage part it reads: for a step whose part was loaded already, such
// as an inference result (LoadInferencePart), which Step cannot load.
func (c *Client) StepLoaded(ctx context.Context, gameID uint64, w *mipsevm.Witness) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("game %d: step", gameID), c.Addr.Game,
		gameABI.PackStep(new(big.Int).SetUint64(gameID), w.State, w.EncodeProof()), nil)
}
