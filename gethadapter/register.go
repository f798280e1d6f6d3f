package gethadapter

import (
	"context"
	"fmt"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/core/types"
)

// DeploymentLimits are the claim limits of model (its GGUF bytes) for a
// deployment: ClaimLimits under its size bounds and, if it is two-phase,
// its plan bounds (BoundsFor its graph length). A single-phase
// deployment's VM trace is no plan's: only the model's input shape and the
// size bounds are used ('challenger check' runs a claim in the VM).
func DeploymentLimits(model []byte, cfg onchain.Config) (onchain.Limits, error) {
	caps := onchain.Limits{MaxInputBytes: cfg.MaxInputBytes, MaxOutputBytes: cfg.MaxOutputBytes}
	if !cfg.TwoPhase() {
		return ClaimLimits(model, nil, caps)
	}
	b := BoundsFor(cfg.GraphLength)
	return ClaimLimits(model, &b, caps)
}

// RegisterModel registers m in c's deployment, with DeploymentLimits,
// unless it is registered already. It returns the registration and the
// receipt (nil if nothing was sent).
func RegisterModel(ctx context.Context, c *onchain.Client, m *oracle.Model) (onchain.Model, *types.Receipt, error) {
	reg, err := c.Model(ctx, [32]byte(m.Address()))
	if err != nil || reg.Registered() {
		return reg, nil, err
	}
	l, err := DeploymentLimits(m.Bytes(), c.Config)
	if err != nil {
		return reg, nil, fmt.Errorf("model %s: the claim limits for this deployment: %w", m.Address(), err)
	}
	r, err := c.RegisterModel(ctx, m.Root(), m.Len(), l)
	if err != nil {
		return reg, r, err
	}
	// As registered (a read right after the receipt may see the state
	// before it on some nodes).
	return onchain.Model{Address: [32]byte(m.Address()), Registrant: c.Sender().Address(), Status: onchain.ModelAvailable,
		Root: m.Root(), Length: m.Len(), Limits: l, RegisteredBlock: r.BlockNumber.Uint64()}, r, nil
}

// registered makes sure the L1 registry knows a model before the adapter
// posts a claim on it: with AdapterConfig.RegisterFrom, it registers one
// it does not know from that store (the sequencer serves the models its
// chain runs), else it leaves the refusal to Submit.
func (a *Adapter) registered(ctx context.Context, model oracle.Address) error {
	if a.cfg.RegisterFrom == nil || a.known[model] {
		return nil
	}
	m, err := a.cfg.RegisterFrom.Open(model)
	if err != nil {
		return fmt.Errorf("register model %s: %w", model, err)
	}
	reg, r, err := RegisterModel(ctx, a.cfg.L1, m)
	if err != nil {
		return err
	}
	if r != nil {
		a.log.Info("model registered on L1", "model", model, "maxInputBytes", reg.Limits.MaxInputBytes,
			"maxOutputBytes", reg.Limits.MaxOutputBytes, "gas", r.GasUsed)
	}
	a.known[model] = true
	return nil
}
