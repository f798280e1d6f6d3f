package agent_test

import (
	"context"
	"crypto/ecdsa"
	"testing"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/gethdev"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TestDisputeOnGethDev plays the dishonest-submitter dispute against a real
// `geth --dev` node on loopback, built from go.mod's go-ethereum version,
// over JSON-RPC: the same agents, the same contracts.
func TestDisputeOnGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: starting geth takes seconds (and building it minutes, the first time)")
	}
	keys := []*ecdsa.PrivateKey{testKey(0), testKey(1), testKey(2)}
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
	w := setupWorld(t, 16, client, keys)
	liar := w.agent(1, "submitter", lieFrom(func(exit, _ uint64) uint64 { return exit }))
	honest := w.agent(2, "challenger")
	w.txs, w.gas = 0, 0 // count the dispute, not the deployment
	id := w.submit(1, w.wrongOutput())
	w.play(4*int(w.params.Depth)+10, w.resolved(id), liar, honest)
	chs := w.challenges(id)
	if len(chs) != 1 || !chs[0].ChallengerWon {
		t.Fatalf("challenges %+v: want one won by the challenger", chs)
	}
	if st := w.claim(id).Status; st != onchain.ClaimRejected {
		t.Fatalf("claim status %v, want rejected", st)
	}
	t.Logf("dispute on geth --dev: %d transactions, %d gas", w.txs, w.gas)
}
