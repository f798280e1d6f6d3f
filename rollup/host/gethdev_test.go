package host

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/chain/gethdev"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TestOutputLiesOnGethDev: TestOutputLies' disputes with a real `geth
// --dev` node as L1 (built from go.mod's go-ethereum version, over
// JSON-RPC, mining a block per transaction): a storage lie proposed by the
// liar, whose trace departs at a keccak256 preimage read, rejected after
// an honest challenger wins its game; the honest root defended against a
// liar whose trace is the program's run on the lie (departing at the read
// of the claimed root), and final once the window has passed in real time.
func TestOutputLiesOnGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: two disputes over block program traces take a minute or more")
	}
	_, calls, _, _, _ := lieBlocks(t, false)
	newPrestate := blockPrestate(t)
	keys := devnet.DevKeys(4)[1:]
	var fund []common.Address
	for _, k := range keys {
		fund = append(fund, crypto.PubkeyToAddress(k.PublicKey))
	}
	node := gethdev.StartForTest(t, gethdev.Options{Fund: fund})
	client, err := ethclient.DialContext(context.Background(), node.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	// Short windows: a real L1's time cannot be moved on, the test waits.
	// The clock (each side's total) is well above OpML's window plus two of
	// its clocks, the least the contract allows, for the players' traces.
	times := lieTimes{opmlWindow: 5, opmlClock: 20, window: 10, clock: 600}
	o := newLieL1(t, ctx, client, keys, calls.c, calls.n, newPrestate().Hash(), times)
	r := &lieRun{t: t, l1: o, prestate: newPrestate, traces: map[common.Hash]*lieTrace{}, proposals: map[uint64]output.Status{}}
	r.play(ctx, lieGame{calls, "storage", atKeccak})
	r.play(ctx, lieGame{calls, "", atClaimed})
	r.settle(ctx, calls)
	t.Logf("disputes on geth --dev (from the dispute to its resolution: both parties' transactions):\n%s", strings.Join(r.results, "\n"))
	t.Logf("gas by kind:\n%s", o.gasByKind())
}
