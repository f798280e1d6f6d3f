package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/trace"
	"github.com/spf13/cobra"
)

func newRunCmd(a *app) *cobra.Command {
	var cf chainFlags
	var program, cacheDir, engine string
	var defend, challenge bool
	var poll time.Duration
	var interval uint64
	cmd := &cobra.Command{
		Use:   "run [--defend] [--challenge] [--poll D]",
		Short: "Watch the registry and act: defend own claims, dispute wrong ones, collect bonds",
		Long: `run is the agent: every --poll it reads the registry and does what the chain's
state calls for, until SIGINT or SIGTERM.

  --challenge  checks every pending claim of others natively (the model must
               be in the store; 'model fetch' gets it from a DA server),
               challenges the ones whose output is wrong, and plays those
               games: it runs the claim in the fraud-proof VM only then.
  --defend     plays the games over the key's own claims: posts the trace's
               state hashes and, at the last round, executes the one step
               on chain when that proves the claim right.

It also records decided games (timeouts too), settles the claims it has a
stake in once their window is over, and withdraws the bonds it won.

run keeps no state of its own: killed and started again, it reads where
its games stand from the chain and reuses the VM snapshots in --cache, so
it loses nothing as long as it is back before its clock runs out.`,
		Example: `  export ` + envPrivateKey + `=0x...
  challenger run --rpc http://127.0.0.1:8545`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !defend && !challenge {
				return errors.New("nothing to do: both --defend and --challenge are off")
			}
			elf, err := os.ReadFile(program)
			if err != nil {
				return fmt.Errorf("--program: %w (build it with 'make inference')", err)
			}
			eng, err := claimEngine(engine)
			if err != nil {
				return err
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			if cacheDir == "" {
				cacheDir = filepath.Join(st.Dir(), "traces")
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			c, closeFn, err := a.connect(ctx, &cf, true)
			if err != nil {
				return err
			}
			defer closeFn()
			ag, err := agent.New(agent.Config{
				Client: c, Store: st, Program: elf, CacheDir: cacheDir, Engine: trace.Engine(eng),
				Interval: interval, Poll: poll, Log: a.log, Defend: defend, Challenge: challenge,
			})
			if err != nil {
				return err
			}
			a.log.Info("agent running", "account", ag.Address(), "opml", c.Addr.OpML, "defend", defend,
				"challenge", challenge, "arity", c.Config.Game.Arity, "traceLength", c.Config.TraceLength)
			err = ag.Run(ctx)
			if ctx.Err() != nil {
				a.log.Info("stopped")
				return nil
			}
			return err
		},
	}
	cf.add(cmd, true)
	cmd.Flags().StringVar(&program, "program", "build/inference/inference.elf", "the claim-checking program's `ELF` (make inference)")
	cmd.Flags().StringVar(&cacheDir, "cache", "", "`DIR` for VM snapshots (default: traces in the store directory)")
	cmd.Flags().StringVar(&engine, "engine", "go", "VM `ENGINE` for replays: go, unicorn or auto (times both, keeps the faster); identical results")
	cmd.Flags().BoolVar(&defend, "defend", true, "defend the key's own claims")
	cmd.Flags().BoolVar(&challenge, "challenge", true, "challenge others' wrong claims")
	cmd.Flags().DurationVar(&poll, "poll", 2*time.Second, "time between passes over the registry")
	cmd.Flags().Uint64Var(&interval, "snapshot-interval", 1<<22, "VM snapshot spacing in `STEPS`")
	return cmd
}
