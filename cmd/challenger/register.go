package main

import (
	"context"
	"fmt"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/ggml-mips/plan"
	"github.com/axonum/opml/oracle"
	"github.com/spf13/cobra"
)

func newModelRegisterCmd(a *app) *cobra.Command {
	var cf chainFlags
	var modelArg string
	var maxInput, maxOutput uint64
	cmd := &cobra.Command{
		Use:   "register --model FILE|ADDRESS [--max-input-bytes N] [--max-output-bytes N]",
		Short: "Register a model in the deployment, with its claim limits, so that claims may name it",
		Long: `register registers a model in the deployment's model registry with the
registration bond: OpML takes claims only on registered models, within
their limits (docs/dispute.md, "Models").

The limits are the longest input and output a claim on the model may have,
computed so that the deployment's game can adjudicate every honest claim
within them: in a two-phase deployment, the claim's plan must fit its
bounds (ggml-mips/plan; gethadapter.ClaimLimits). For the Fashion-MNIST
classifier they are its one image and its one class byte. For llama (input
N ‖ P prompt tokens, output N tokens) they are the most tokens a one-token
prompt may generate, up to half the context, and the longest prompt that
fits with them: a plan's needs grow with both, so every claim within the
two fits. --max-input-bytes and --max-output-bytes cap them (given both,
they are checked as they are instead). In a single-phase deployment no plan
describes the VM trace: the model's input shape and the deployment's size
bounds only.

The model is added to the store (from a FILE): the registrant is expected
to serve it ('challenger da serve') and to answer data-availability
challenges of it, which 'challenger run' does for every model in the store.
A registrant that withholds it loses the registration bond and every claim
on it.`,
		Example: `  challenger model register --model ggml-mips/models/mnist/testdata/fashion-mnist.gguf
  challenger model register --model llama.gguf --max-output-bytes 256`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			model, err := a.loadModel(modelArg)
			if err != nil {
				return err
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			if _, err := st.Add(model.Bytes()); err != nil {
				return err
			}
			c, closeFn, err := a.connect(cmd.Context(), &cf, true)
			if err != nil {
				return err
			}
			defer closeFn()
			var l onchain.Limits
			if maxInput > 0 && maxOutput > 0 {
				l = onchain.Limits{MaxInputBytes: maxInput, MaxOutputBytes: maxOutput}
				if err := c.Config.CheckSizes(int(maxInput), int(maxOutput)); err != nil {
					return fmt.Errorf("--max-input-bytes/--max-output-bytes: %w", err)
				}
				if err := gethadapter.CheckLimits(model.Bytes(), deploymentBounds(c.Config), l); err != nil {
					return fmt.Errorf("--max-input-bytes %d, --max-output-bytes %d: the deployment could not adjudicate every claim within them: %w",
						maxInput, maxOutput, err)
				}
			} else {
				caps := onchain.Limits{MaxInputBytes: c.Config.MaxInputBytes, MaxOutputBytes: c.Config.MaxOutputBytes}
				if maxInput > 0 {
					caps.MaxInputBytes = min(caps.MaxInputBytes, maxInput)
				}
				if maxOutput > 0 {
					caps.MaxOutputBytes = min(caps.MaxOutputBytes, maxOutput)
				}
				if l, err = gethadapter.ClaimLimits(model.Bytes(), deploymentBounds(c.Config), caps); err != nil {
					return fmt.Errorf("model %s: the claim limits for this deployment: %w", model.Address(), err)
				}
			}
			reg, err := register(cmd.Context(), a, c, model, l)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s  registered  max input %d bytes, max output %d bytes, %d blocks\n",
				model.Address(), reg.Limits.MaxInputBytes, reg.Limits.MaxOutputBytes, reg.Blocks())
			return nil
		},
	}
	cf.add(cmd, true)
	cmd.Flags().StringVar(&modelArg, "model", "", "the model: a GGUF `FILE`, or the ADDRESS of a model in the store (required)")
	cmd.Flags().Uint64Var(&maxInput, "max-input-bytes", 0, "the longest input a claim may have, in `BYTES` (0: computed)")
	cmd.Flags().Uint64Var(&maxOutput, "max-output-bytes", 0, "the longest output a claim may have, in `BYTES` (0: computed)")
	cmd.MarkFlagRequired("model")
	return cmd
}

// deploymentBounds are the plan bounds of a two-phase deployment, nil for a
// single-phase one.
func deploymentBounds(cfg onchain.Config) *plan.Bounds {
	if !cfg.TwoPhase() {
		return nil
	}
	b := gethadapter.BoundsFor(cfg.GraphLength)
	return &b
}

// register registers model with limits l and logs it.
func register(ctx context.Context, a *app, c *onchain.Client, model *oracle.Model, l onchain.Limits) (onchain.Model, error) {
	r, err := c.RegisterModel(ctx, model.Root(), model.Len(), l)
	if err != nil {
		return onchain.Model{}, err
	}
	// As registered: a read right after the receipt may see the state
	// before it on some nodes.
	reg := onchain.Model{Address: [32]byte(model.Address()), Registrant: c.Sender().Address(), Status: onchain.ModelAvailable,
		Root: model.Root(), Length: model.Len(), Limits: l, RegisteredBlock: r.BlockNumber.Uint64()}
	a.log.Info("model registered", "model", model.Address(), "maxInputBytes", reg.Limits.MaxInputBytes,
		"maxOutputBytes", reg.Limits.MaxOutputBytes, "bond", formatEther(c.Config.RegistrationBond), "gas", r.GasUsed)
	return reg, nil
}

// registerIfNeeded registers model, with the limits computed for the
// deployment (gethadapter.DeploymentLimits), unless it is registered.
func registerIfNeeded(ctx context.Context, a *app, c *onchain.Client, model *oracle.Model) error {
	reg, r, err := gethadapter.RegisterModel(ctx, c, model)
	if err != nil {
		return fmt.Errorf("register model %s: %w", model.Address(), err)
	}
	if r != nil {
		a.log.Info("model registered", "model", model.Address(), "maxInputBytes", reg.Limits.MaxInputBytes,
			"maxOutputBytes", reg.Limits.MaxOutputBytes, "bond", formatEther(c.Config.RegistrationBond), "gas", r.GasUsed)
	}
	return nil
}
