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
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/bisection/trace"
	"github.com/axonum/opml/oracle"
	"github.com/spf13/cobra"
)

func newRunCmd(a *app) *cobra.Command {
	var cf chainFlags
	var program, nodeProgram, cacheDir, engine string
	var defend, challenge, repost bool
	var poll, checkTimeout, moveTimeout time.Duration
	var interval uint64
	var workers int
	var traceBudget int64
	var metricsAddr string
	var daServers []string
	var maxOpenDA int
	cmd := &cobra.Command{
		Use:   "run [--defend] [--challenge] [--poll D] [--metrics ADDR]",
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

It plays all its games at once: each claim and each game is a task of its
own, so one game's VM run or failed request holds up no other; the
computations (VM runs, native checks) run --workers at a time, most
urgent first (the game whose clock runs out soonest), each bounded by
--move-timeout or --check-timeout (a VM run cut short keeps its
snapshots and goes on at the next pass); and its transactions are
pipelined (nonces assigned locally, many moves in one block; one not
mined in 30 s is sent again with higher fees). The traces it keeps in memory stay within --trace-budget;
the rest are reloaded from --cache when needed, and a settled claim's are
dropped.

--metrics ADDR serves Prometheus metrics at http://ADDR/metrics: claims
seen and checked, games by stage, phase and outcome, the clock left in each
game, bonds at stake and credited, transactions and gas, failed RPC
requests, failures by cause (rpc, revert, vm, timeout), and the trace
cache (docs/cli.md lists them).

Models (docs/dispute.md, "Models"): a claim's model the store does not have
is fetched from the --da-server URLs; failing that, run challenges the
availability of each of its missing 64 KiB blocks on chain (at most
--max-open-da at once per model, each with the data-availability bond),
reads the blocks as they are posted, puts the model together and checks
the claim then (its window stays open meanwhile). A block nobody posts in
time makes the model unavailable: the claims on it are rejected and run
collects the registration bond. run also answers every open
data-availability challenge of a model in the store, which earns the
challenger's bond: a registrant must keep run going (or answer by other
means) or lose its models.

In a two-phase deployment (the default of deploy and devnet) a game's
graph phase is played on the claim's plan, computed natively (and kept in
--cache), and its node phase on the VM run of the node program
(--node-program) on the one disputed work item; in a single-phase one, on
the VM run of the claim-checking program (--program). Only the program the
deployment's games run is read; its initial state must be the
deployment's absolute prestate.

run keeps no state of its own: killed and started again, it reads where
its games stand from the chain and reuses the VM snapshots in --cache, so
it loses nothing as long as it is back before its clock runs out.`,
		Example: `  export ` + envPrivateKey + `=0x...
  challenger run --rpc http://127.0.0.1:8545
  challenger run --metrics 127.0.0.1:7300 --trace-budget 8192   # scrape http://127.0.0.1:7300/metrics`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !defend && !challenge {
				return errors.New("nothing to do: both --defend and --challenge are off")
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
			metrics := agent.NewMetrics()
			if metricsAddr != "" {
				cf.wrap = func(b onchain.Backend) onchain.Backend { return agent.InstrumentBackend(b, metrics) }
			}
			c, closeFn, err := a.connect(ctx, &cf, true)
			if err != nil {
				return err
			}
			defer closeFn()
			elf, node, err := agentPrograms(c.Config, program, nodeProgram)
			if err != nil {
				return err
			}
			if traceBudget <= 0 || workers < 0 || checkTimeout <= 0 || moveTimeout <= 0 {
				return errors.New("--trace-budget, --check-timeout and --move-timeout must be positive, --workers not negative")
			}
			ag, err := agent.New(agent.Config{
				Client: c, Store: st, Program: elf, NodeProgram: node, CacheDir: cacheDir, Engine: trace.Engine(eng),
				Interval: interval, Poll: poll, Log: a.log, Defend: defend, Challenge: challenge, Repost: repost,
				Workers: workers, CheckTimeout: checkTimeout, MoveTimeout: moveTimeout, TraceBudget: traceBudget << 20,
				Metrics: metrics,
				DA:      daClients(daServers), MaxOpenDA: maxOpenDA,
			})
			if err != nil {
				return err
			}
			if metricsAddr != "" {
				addr, err := agent.ServeMetrics(ctx, metricsAddr, metrics, a.log)
				if err != nil {
					return fmt.Errorf("--metrics: %w", err)
				}
				a.log.Info("serving metrics", "url", "http://"+addr.String()+"/metrics")
			}
			a.log.Info("agent running", "account", ag.Address(), "opml", c.Addr.OpML, "defend", defend,
				"challenge", challenge, "mode", mode(c.Config), "arity", c.Config.Game.Arity, "graphLength", c.Config.GraphLength,
				"traceLength", c.Config.TraceLength)
			err = ag.Run(ctx)
			if ctx.Err() != nil {
				a.log.Info("stopped")
				return nil
			}
			return err
		},
	}
	cf.add(cmd, true)
	addProgramFlags(cmd, &program, &nodeProgram, "")
	cmd.Flags().StringVar(&cacheDir, "cache", "", "`DIR` for VM snapshots (default: traces in the store directory)")
	cmd.Flags().StringVar(&engine, "engine", "go", "VM `ENGINE` for replays: go, unicorn or auto (times both, keeps the faster); identical results")
	cmd.Flags().BoolVar(&defend, "defend", true, "defend the key's own claims")
	cmd.Flags().BoolVar(&challenge, "challenge", true, "challenge others' wrong claims")
	cmd.Flags().BoolVar(&repost, "repost", true, "after winning a dispute, post the honest claim on the rejected claim's call (unless one is Final or pending): the rollup's block program reads only Final results")
	cmd.Flags().DurationVar(&poll, "poll", 2*time.Second, "time between passes over the registry")
	cmd.Flags().Uint64Var(&interval, "snapshot-interval", 1<<22, "VM snapshot spacing in `STEPS`")
	cmd.Flags().IntVar(&workers, "workers", 0, "`N` computations (VM runs, native checks) at once, most urgent first (0: one per CPU)")
	cmd.Flags().DurationVar(&checkTimeout, "check-timeout", agent.DefaultCheckTimeout,
		"bound on a claim's native check (tried again twice, then the claim is given up)")
	cmd.Flags().DurationVar(&moveTimeout, "move-timeout", agent.DefaultMoveTimeout,
		"bound on computing one move (a VM run cut short goes on from its snapshots at the next pass)")
	cmd.Flags().Int64Var(&traceBudget, "trace-budget", agent.DefaultTraceBudget>>20,
		"`MiB` of memory for the traces kept between moves (the least recently used are dropped and reloaded from --cache)")
	cmd.Flags().StringVar(&metricsAddr, "metrics", "", "serve Prometheus metrics at http://`ADDR`/metrics (host:port, e.g. 127.0.0.1:7300)")
	cmd.Flags().StringArrayVar(&daServers, "da-server", nil, "`URL` of a data-availability server to fetch missing models from (repeatable)")
	cmd.Flags().IntVar(&maxOpenDA, "max-open-da", agent.DefaultMaxOpenDA, "the most data-availability challenges of one model to keep open at once (each costs the bond)")
	return cmd
}

// daClients are the clients of the data-availability servers at urls.
func daClients(urls []string) []*oracle.Client {
	out := make([]*oracle.Client, len(urls))
	for i, u := range urls {
		out[i] = &oracle.Client{BaseURL: u}
	}
	return out
}

// addProgramFlags adds --program and --node-program to an agent's command;
// what says what for (e.g. ", for --defend").
func addProgramFlags(cmd *cobra.Command, program, nodeProgram *string, what string) {
	cmd.Flags().StringVar(nodeProgram, "node-program", defaultNodeProgram,
		"the node program's `ELF` (make inference): the VM program of a two-phase deployment's node phase"+what)
	cmd.Flags().StringVar(program, "program", defaultProgram,
		"the claim-checking program's `ELF` (make inference): the VM program of a single-phase deployment"+what)
}

// agentPrograms reads the program the deployment's games run in the VM:
// the node program in a two-phase deployment, the claim-checking program
// in a single-phase one. The other is not needed and not read.
func agentPrograms(cfg onchain.Config, program, nodeProgram string) (elf, node []byte, err error) {
	if cfg.TwoPhase() {
		if node, err = os.ReadFile(nodeProgram); err != nil {
			return nil, nil, fmt.Errorf("--node-program: %w: the deployment is two-phase (graph depth %d), and the node phase of its games runs the node program: build it with 'make inference'",
				err, cfg.GraphDepth)
		}
		return nil, node, nil
	}
	if elf, err = os.ReadFile(program); err != nil {
		return nil, nil, fmt.Errorf("--program: %w: the deployment is single-phase, and its games run the claim-checking program: build it with 'make inference'", err)
	}
	return elf, nil, nil
}

// mode names a deployment's kind of game.
func mode(cfg onchain.Config) string {
	if cfg.TwoPhase() {
		return "two-phase"
	}
	return "single-phase"
}
