package contracts_test

// Adversarial tests of OutputOracle.sol's bonds and settlement order.

import (
	"math/big"
	"testing"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/ethereum/go-ethereum/common"
)

// TestAdvOutputBonds: every wei the oracle takes is credited once or
// burned, never more. A lying proposal (bob) is disputed three times: by
// carol twice and by dave; bob never moves in two of the games and
// bisects in the third (dave's), where dave never chooses, so bob wins
// that one. An honest proposal (alice) is disputed by erin, who never
// moves. Checks: a settled proposal cannot be disputed (window over) nor
// settled again; a dispute can be resolved once; claimReward credits only
// winning disputes of a rejected proposal, once each (carol twice, for
// her two wins), not a lost one and not a dispute of a final proposal;
// the rejected bond is split (1000/2)/2 per win, the rest burned; the
// defended final proposal's proposer gets its bond and the losers'
// dispute bonds; after everyone withdraws, the oracle holds exactly the
// burned amount, and a second withdraw is refused.
func TestAdvOutputBonds(t *testing.T) {
	c := newSimChain(t)
	const (
		opmlWindow, opmlClock = 60, 60
		window, clock         = 100, 200
	)
	claimGame := c.deployGame(t, [32]byte{3}, 2, 1)
	opml := c.deployOpML(t, claimGame, opmlWindow, opmlClock, big.NewInt(1000), big.NewInt(100))
	blockGame := c.deployGame(t, [32]byte{7}, 2, 2)
	inbox := c.deploy(t, deployer, bindings.BatchInboxMetaData.Bin, inboxABI.PackConstructor(alice.addr))
	batch, _ := testBatch(t, 1, common.Hash{0xaa})
	c.send(t, alice, inbox, inboxABI.PackPost(1, 0, batch), nil)
	bond, dbond := big.NewInt(1000), big.NewInt(300)
	oo := c.deploy(t, deployer, bindings.OutputOracleMetaData.Bin,
		outputABI.PackConstructor(inbox, blockGame.addr, opml.addr, uint64(901), uint64(window), uint64(clock), bond, dbond, testGenesisRoot))
	credit := func(a actor) *big.Int {
		v, err := outputABI.UnpackCredit(c.view(t, oo, outputABI.PackCredit(a.addr)))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	status := func(id int64) uint8 {
		s, err := outputABI.UnpackStatusOf(c.view(t, oo, outputABI.PackStatusOf(big.NewInt(id))))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	const final, rejected = 2, 3
	start := c.balanceOf(t, oo)

	c.send(t, bob, oo, outputABI.PackPropose(1, [32]byte{0x1e}, nil, genesisID), bond)   // 0: the lie
	c.send(t, alice, oo, outputABI.PackPropose(1, [32]byte{0x0c}, nil, genesisID), bond) // 1: honest
	c.send(t, carol, oo, outputABI.PackDispute(common.Big0, batch), dbond)               // dispute 0, game 0
	c.send(t, carol, oo, outputABI.PackDispute(common.Big0, batch), dbond)               // dispute 1, game 1
	c.send(t, dave, oo, outputABI.PackDispute(common.Big0, batch), dbond)                // dispute 2, game 2
	c.send(t, erin, oo, outputABI.PackDispute(common.Big1, batch), dbond)                // dispute 3, game 3
	blockGame.bisect(t, bob, big.NewInt(2), [][32]byte{{0x03, 1}, {0x00, 2}})            // bob defends game 2
	blockGame.bisect(t, alice, big.NewInt(3), [][32]byte{{0x03, 1}, {0x00, 2}})          // alice defends game 3

	c.nextBlockAt(t, c.now(t)+window+clock+10)
	c.mustRevert(t, erin, &oo, outputABI.PackSettle(common.Big0), nil, errorString("OutputOracle: disputes still open"))
	for id := int64(0); id < 4; id++ {
		c.send(t, erin, oo, outputABI.PackResolveDispute(big.NewInt(id)), nil)
	}
	c.mustRevert(t, erin, &oo, outputABI.PackResolveDispute(big.NewInt(2)), nil, errorString("OutputOracle: dispute already resolved"))
	c.mustRevert(t, erin, &oo, outputABI.PackClaimReward(common.Big0), nil, errorString("OutputOracle: proposal not settled"))
	c.send(t, erin, oo, outputABI.PackSettle(common.Big0), nil)
	c.send(t, erin, oo, outputABI.PackSettle(common.Big1), nil)
	c.mustRevert(t, erin, &oo, outputABI.PackSettle(common.Big0), nil, errorString("OutputOracle: proposal already settled"))
	c.mustRevert(t, dave, &oo, outputABI.PackDispute(common.Big1, batch), dbond, errorString("OutputOracle: proposal already settled"))
	if s0, s1 := status(0), status(1); s0 != rejected || s1 != final {
		t.Fatalf("statuses %d %d, want rejected, final", s0, s1)
	}
	c.send(t, erin, oo, outputABI.PackClaimReward(common.Big0), nil)
	c.send(t, erin, oo, outputABI.PackClaimReward(common.Big1), nil)
	for _, id := range []int64{0, 1} {
		c.mustRevert(t, erin, &oo, outputABI.PackClaimReward(big.NewInt(id)), nil, errorString("OutputOracle: reward already credited"))
	}
	for _, id := range []int64{2, 3} {
		c.mustRevert(t, erin, &oo, outputABI.PackClaimReward(big.NewInt(id)), nil, errorString("OutputOracle: the challenger did not win"))
	}

	share := int64(1000 / 2 / 2)
	want := map[actor]*big.Int{
		carol: big.NewInt(2*300 + 2*share),
		dave:  big.NewInt(0),
		bob:   big.NewInt(300),        // dave's lost dispute bond
		alice: big.NewInt(1000 + 300), // her bond and erin's dispute bond
		erin:  big.NewInt(0),
	}
	paid := new(big.Int)
	for a, w := range want {
		if got := credit(a); got.Cmp(w) != 0 {
			t.Errorf("%s's credit %v, want %v", a.name, got, w)
		}
		paid.Add(paid, w)
	}
	in := big.NewInt(2*1000 + 4*300)
	burned := new(big.Int).Sub(in, paid)
	if burned.Cmp(big.NewInt(1000-2*share)) != 0 {
		t.Errorf("burned %v, want %v", burned, 1000-2*share)
	}
	for a, w := range want {
		if w.Sign() > 0 {
			c.send(t, a, oo, outputABI.PackWithdraw(), nil)
			c.mustRevert(t, a, &oo, outputABI.PackWithdraw(), nil, errorString("OutputOracle: nothing to withdraw"))
		}
	}
	if got := new(big.Int).Sub(c.balanceOf(t, oo), start); got.Cmp(burned) != 0 {
		t.Errorf("the oracle holds %v after every withdrawal, want the burned %v", got, burned)
	}
}
