package node

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/gethadapter/spec"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// Deployment is where a rollup's L1 contracts are, and the L1 block each
// was deployed in (where their logs start).
type Deployment struct {
	ChainID      uint64             `json:"l2ChainId"`
	OpML         onchain.Addresses  `json:"opml"`
	Inbox        common.Address     `json:"batchInbox"`
	InboxFrom    uint64             `json:"batchInboxBlock"`
	OutputOracle common.Address     `json:"outputOracle"`
	Game         common.Address     `json:"blockGame"`
	Bridge       common.Address     `json:"bridge"`
	BridgeFrom   uint64             `json:"bridgeBlock"`
	Sequencer    common.Address     `json:"sequencer"`
	Genesis      types.GenesisAlloc `json:"l2GenesisBalances,omitempty"` // accounts funded in the L2 genesis besides the system's
}

// DeployConfig is what Deploy needs besides an opML deployment.
type DeployConfig struct {
	ChainID   uint64
	Sequencer common.Address
	Prestate  [32]byte    // the block program's (rollup/cmd/blockprog/prestate.txt)
	Game      game.Params // arity 4, depth 14 hold a block of ~184M steps
	Output    output.Params
	// Fund is the L1 ETH the bridge starts with: what backs the L2
	// genesis's balances (nil: none).
	Fund *big.Int
	// Alloc are the accounts the L2 genesis funds besides the system's
	// (Genesis): the OutputOracle takes the genesis's output root as
	// block 1's parent output, and the deployment records them.
	Alloc types.GenesisAlloc
}

// DefaultGame is the block program's game: 4^14 = 268M steps.
var DefaultGame = game.Params{Arity: 4, Depth: 14}

// NodeRunSteps is the longest node-program run on one work item that an
// opML deployment's VM game must hold for the L2's inference calls: the
// CLI's default deployment's (challenger deploy --max-steps).
const NodeRunSteps = 1 << 30

// CheckOpML checks that an opML deployment can settle every inference
// result the L2 accepts. The L2's inference precompile and its block
// program accept a call whose dispute plan fits spec.DefaultBounds and
// whose sizes are within blockprog.MaxInputBytes and MaxOutputBytes (the
// L2's consensus rules); a proposal of a block settles only once opML
// finalized the result of each call the block reads, so a deployment that
// cannot take or adjudicate such a claim would stall the L2's outputs (no
// claim can be posted) or let a wrong result stand (no dispute can reach
// a step). So it must be two-phase with at least the default graph
// length, a VM game of at least NodeRunSteps, and size limits at least
// the L2's.
func CheckOpML(cfg onchain.Config) error {
	b := spec.DefaultBounds()
	switch {
	case !cfg.TwoPhase():
		return fmt.Errorf("the opML deployment is single-phase (one VM game of %d steps over the claim program's whole run): the L2 accepts inference calls whose runs only a two-phase deployment can adjudicate (graph length at least %d); deploy one with 'challenger deploy' (two-phase by default)",
			cfg.TraceLength, b.Positions)
	case cfg.GraphLength < b.Positions:
		return fmt.Errorf("the opML deployment's graph phase has %d positions: the L2 accepts inference calls whose plans have up to %d (spec.DefaultBounds)", cfg.GraphLength, b.Positions)
	case cfg.TraceLength < NodeRunSteps:
		return fmt.Errorf("the opML deployment's VM game holds %d steps: a node-program run on one work item may take up to %d", cfg.TraceLength, uint64(NodeRunSteps))
	case cfg.MaxInputBytes < blockprog.MaxInputBytes || cfg.MaxOutputBytes < blockprog.MaxOutputBytes:
		return fmt.Errorf("the opML deployment takes inputs up to %d bytes and outputs up to %d: the L2 accepts inference calls with inputs up to %d and outputs up to %d",
			cfg.MaxInputBytes, cfg.MaxOutputBytes, blockprog.MaxInputBytes, blockprog.MaxOutputBytes)
	}
	return nil
}

// Deploy deploys the rollup's L1 contracts next to the opML deployment
// opml: the BatchInbox, the block program's DisputeGame (on opML's MIPS
// and PreimageOracle), the OutputOracle and the Bridge, and tells the
// inbox the bridge. s must be the sequencer's key or any other: the
// inbox's setBridge is the deployer's.
func Deploy(ctx context.Context, s *onchain.Sender, opml onchain.Addresses, cfg DeployConfig) (*Deployment, error) {
	if cfg.ChainID == 0 {
		return nil, fmt.Errorf("deploy: the L2 chain id must be set")
	}
	if cfg.Game == (game.Params{}) {
		cfg.Game = DefaultGame
	}
	cfg.Output.ChainID = cfg.ChainID
	g, err := Genesis(cfg.ChainID, cfg.Alloc)
	if err != nil {
		return nil, fmt.Errorf("deploy: L2 genesis: %w", err)
	}
	gout, err := batch.GenesisOutput(g)
	if err != nil {
		return nil, fmt.Errorf("deploy: L2 genesis output: %w", err)
	}
	cfg.Output.GenesisOutput = gout.Root()
	d := &Deployment{ChainID: cfg.ChainID, OpML: opml, Sequencer: cfg.Sequencer, Genesis: cfg.Alloc}
	var r *types.Receipt
	if d.Inbox, r, err = batch.Deploy(ctx, s, cfg.Sequencer); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	d.InboxFrom = r.BlockNumber.Uint64()
	if d.Game, _, err = onchain.DeployGame(ctx, s, opml.MIPS, opml.Oracle, cfg.Prestate, cfg.Game); err != nil {
		return nil, fmt.Errorf("deploy the block program's game: %w", err)
	}
	if d.OutputOracle, _, err = output.Deploy(ctx, s, d.Inbox, d.Game, opml.OpML, cfg.Output); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	if d.Bridge, r, err = bridge.Deploy(ctx, s, d.OutputOracle, cfg.Fund); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	d.BridgeFrom = r.BlockNumber.Uint64()
	if _, err := batch.SetBridge(ctx, s, d.Inbox, d.Bridge); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	return d, nil
}

// Write writes the deployment as JSON.
func (d *Deployment) Write(path string) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// ReadDeployment reads a file Write wrote.
func ReadDeployment(path string) (*Deployment, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("rollup deployment: %w (run 'rollup deploy' first)", err)
	}
	var d Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("rollup deployment %s: %w", path, err)
	}
	if d.ChainID == 0 || d.Inbox == (common.Address{}) || d.OutputOracle == (common.Address{}) {
		return nil, fmt.Errorf("rollup deployment %s: no chain id, inbox or output oracle", path)
	}
	return &d, nil
}

// Genesis is the L2 genesis of the deployment: rollup.ChainConfig, the
// system contracts, L2Withdrawals at rollup.WithdrawalContract, and the
// accounts of alloc. Every player builds the same one from the
// deployment.
func Genesis(chainID uint64, alloc types.GenesisAlloc) (*core.Genesis, error) {
	code, err := bridge.WithdrawalsCode()
	if err != nil {
		return nil, err
	}
	a := core.SystemContractAllocs()
	for k, v := range alloc {
		a[k] = v
	}
	a[rollup.WithdrawalContract] = types.Account{Code: code, Balance: new(big.Int)}
	return &core.Genesis{Config: rollup.ChainConfig(chainID), GasLimit: 30_000_000, Alloc: a, BaseFee: big.NewInt(params.InitialBaseFee)}, nil
}
