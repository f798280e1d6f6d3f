package contracts_test

// OutputOracle.sol (docs/rollup.md, "Output roots on L1") on the simulated
// chain, with games decided by their clocks: the block program's traces
// are played in rollup/host's TestOutputDispute.

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/rollup"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

var (
	outputABI = bindings.NewOutputOracle()
	inboxABI  = bindings.NewBatchInbox()
	// genesisID is OutputOracle.GENESIS, the parent a block-1 proposal
	// names; testGenesisRoot the L2 genesis output root the tests deploy
	// with.
	genesisID       = new(big.Int).Sub(new(big.Int).Lsh(common.Big1, 256), common.Big1)
	testGenesisRoot = [32]byte{0x6e, 0x0e}
)

// outputError is the revert data of one of OutputOracle's custom errors.
func outputError(name string, args ...any) []byte {
	e, ok := outputABI.GetABI().Errors[name]
	if !ok {
		panic("no OutputOracle error " + name)
	}
	packed, err := e.Inputs.Pack(args...)
	if err != nil {
		panic(err)
	}
	return append(bytes.Clone(e.ID[:4]), packed...)
}

// testBatch is a batch of L2 block number as rollup/batch encodes it:
// [number, parent hash, attributes].
func testBatch(t *testing.T, number uint64, parent common.Hash) (batch, attributes []byte) {
	t.Helper()
	a := &rollup.Attributes{Timestamp: 1700000000, Coinbase: common.Address{1}, GasLimit: 30_000_000, Transactions: [][]byte{[]byte("tx")}} // no deposits: the zero deposit hash
	attributes, err := a.Encode()
	if err != nil {
		t.Fatal(err)
	}
	batch, err = rlp.EncodeToBytes([]any{number, parent, rlp.RawValue(attributes)})
	if err != nil {
		t.Fatal(err)
	}
	return batch, attributes
}

// TestOutputOracle: the constructor's checks (a single-phase game that is
// not OpML's, a window at least OpML's, a clock at least OpML's window
// plus two of its clocks, nonzero bonds and chain id); propose only for a
// posted block, with the bond; dispute only with the committed batch,
// within the window, creating a chain-id game with the genesis output
// root (block 1's parent output), the batch's attributes hash and the
// proposal's word; a proposer that does not move
// loses by its clock (the proposal is rejected, the challenger gets its
// bond back and half the proposal's); a challenger that does not move
// loses by its clock (the proposal is final, the proposer gets both
// bonds); settle waits for the window and the open disputes.
func TestOutputOracle(t *testing.T) {
	c := newSimChain(t)
	const (
		opmlWindow, opmlClock = 60, 60
		window, clock         = 100, 200
		chainID               = 901
	)
	claimGame := c.deployGame(t, [32]byte{3}, 2, 1)
	opml := c.deployOpML(t, claimGame, opmlWindow, opmlClock, big.NewInt(1000), big.NewInt(100))
	blockGame := c.deployGame(t, [32]byte{7}, 2, 2)
	twoPhase := c.deployGamePhases(t, [32]byte{8}, 2, 2, 1)
	inbox := c.deploy(t, deployer, bindings.BatchInboxMetaData.Bin, inboxABI.PackConstructor(alice.addr))
	batch, attributes := testBatch(t, 1, common.Hash{0xaa, 0xbb})
	c.send(t, alice, inbox, inboxABI.PackPost(1, 0, batch), nil)

	bond, dbond := big.NewInt(1000), big.NewInt(300)
	ctor := func(game common.Address, chain, w, clk uint64, b *big.Int) []byte {
		return append(common.FromHex(bindings.OutputOracleMetaData.Bin),
			outputABI.PackConstructor(inbox, game, opml.addr, chain, w, clk, b, dbond, testGenesisRoot)...)
	}
	for _, tc := range []struct {
		name string
		code []byte
		want string
	}{
		{"two-phase game", ctor(twoPhase.addr, chainID, window, clock, bond), "OutputOracle: the block program's game must be single-phase"},
		{"OpML's game", ctor(claimGame.addr, chainID, window, clock, bond), "OutputOracle: the game is OpML's, not the block program's"},
		{"window below OpML's", ctor(blockGame.addr, chainID, opmlWindow-1, clock, bond), "OutputOracle: challenge window shorter than OpML's"},
		{"clock too short", ctor(blockGame.addr, chainID, window, opmlWindow+2*opmlClock-1, bond), "OutputOracle: clock shorter than OpML's window plus two OpML clocks"},
		{"zero chain id", ctor(blockGame.addr, 0, window, clock, bond), "OutputOracle: zero chain id"},
		{"zero bond", ctor(blockGame.addr, chainID, window, clock, big.NewInt(0)), "OutputOracle: zero bond"},
		{"zero genesis output", append(common.FromHex(bindings.OutputOracleMetaData.Bin),
			outputABI.PackConstructor(inbox, blockGame.addr, opml.addr, chainID, window, clock, bond, dbond, [32]byte{})...), "OutputOracle: zero genesis output root"},
	} {
		t.Run(tc.name, func(t *testing.T) { c.mustRevert(t, deployer, nil, tc.code, nil, errorString(tc.want)) })
	}
	// The game refuses chain-id games in a two-phase deployment, and a zero chain id.
	twoPhase.mustRevert(t, erin, gameABI.PackCreateWithChainId(bob.addr, carol.addr, [32]byte{1}, [32]byte{2}, [32]byte{3}, chainID, clock),
		errorString("DisputeGame: chain-id games need a single-phase deployment"))
	blockGame.mustRevert(t, erin, gameABI.PackCreateWithChainId(bob.addr, carol.addr, [32]byte{1}, [32]byte{2}, [32]byte{3}, 0, clock),
		errorString("DisputeGame: zero chain id"))

	oo := c.deploy(t, deployer, bindings.OutputOracleMetaData.Bin,
		outputABI.PackConstructor(inbox, blockGame.addr, opml.addr, chainID, window, clock, bond, dbond, testGenesisRoot))
	view := func(data []byte) []byte { return c.view(t, oo, data) }
	status := func(id int64) uint8 {
		s, err := outputABI.UnpackStatusOf(view(outputABI.PackStatusOf(big.NewInt(id))))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	credit := func(a actor) *big.Int {
		v, err := outputABI.UnpackCredit(view(outputABI.PackCredit(a.addr)))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	const pending, final, rejected = 1, 2, 3
	root := [32]byte{0x0c, 0x1a, 0x1e}

	word := rollup.ClaimedWord(root, nil)
	c.mustRevert(t, bob, &oo, outputABI.PackPropose(1, root, nil, genesisID), big.NewInt(999), errorString("OutputOracle: value must be the proposal bond"))
	c.mustRevert(t, bob, &oo, outputABI.PackPropose(2, root, nil, genesisID), bond, outputError("NotPosted", uint64(2)))
	c.send(t, bob, oo, outputABI.PackPropose(1, root, nil, genesisID), bond) // proposal 0: its proposer will not move
	c.send(t, bob, oo, outputABI.PackPropose(1, root, nil, genesisID), bond) // proposal 1: its challenger will not move

	other, _ := testBatch(t, 1, common.Hash{0xcc})
	c.mustRevert(t, carol, &oo, outputABI.PackDispute(common.Big0, batch), big.NewInt(1), errorString("OutputOracle: value must be the dispute bond"))
	c.mustRevert(t, carol, &oo, outputABI.PackDispute(common.Big0, other), dbond, outputError("BadBatch", "not the committed batch"))
	c.send(t, carol, oo, outputABI.PackDispute(common.Big0, batch), dbond) // dispute 0, game 0
	c.send(t, carol, oo, outputABI.PackDispute(common.Big1, batch), dbond) // dispute 1, game 1

	// The games: the proposer defends; the genesis output root (not the
	// batch's parent hash), the batch's attributes hash and the proposal's
	// word are the local data, the chain id is datum 4 and in the context.
	for id := int64(0); id < 2; id++ {
		g := blockGame.get(t, big.NewInt(id))
		if g.Creator != oo || g.Defender != bob.addr || g.Challenger != carol.addr || g.Model != testGenesisRoot ||
			g.InputHash != crypto.Keccak256Hash(attributes) || g.OutputHash != word {
			t.Fatalf("game %d: %+v", id, g)
		}
		wantCtx := crypto.Keccak256Hash(testGenesisRoot[:], crypto.Keccak256(attributes), word[:], common.LeftPadBytes(big.NewInt(chainID).Bytes(), 32))
		if g.LocalContext != wantCtx {
			t.Fatalf("game %d: local context %x, want %x", id, g.LocalContext, wantCtx)
		}
		if cid, err := gameABI.UnpackChainIdOf(c.view(t, blockGame.addr, gameABI.PackChainIdOf(big.NewInt(id)))); err != nil || cid != chainID {
			t.Fatalf("game %d: chain id %d, %v", id, cid, err)
		}
	}
	blockGame.loadLocalData(t, erin, common.Big0, 4, 0)
	// A claim game still has no datum 4.
	claimID := claimGame.create(t, erin, alice, bob, claimDataOf(testClaim("x")), 100)
	claimGame.mustRevert(t, erin, gameABI.PackLoadLocalData(claimID, big.NewInt(4), common.Big0), errorString("DisputeGame: no such local datum"))

	// Game 1: the proposer bisects (its first move: a cut and a valid
	// final state); the challenger will not choose.
	blockGame.bisect(t, bob, common.Big1, [][32]byte{{0x03, 1}, {0x00, 2}})

	c.mustRevert(t, erin, &oo, outputABI.PackResolveDispute(common.Big0), nil, errorString("DisputeGame: not decided"))
	c.mustRevert(t, erin, &oo, outputABI.PackSettle(common.Big0), nil, errorString("OutputOracle: challenge window is not over"))
	if s := status(0); s != pending {
		t.Fatalf("status %d, want pending", s)
	}

	p0, err := outputABI.UnpackGetProposal(view(outputABI.PackGetProposal(common.Big0)))
	if err != nil || p0.Proposer != bob.addr || p0.L2Block != 1 || p0.OutputRoot != root || p0.Disputes != 1 || p0.Open != 1 {
		t.Fatalf("proposal 0: %+v, %v", p0, err)
	}
	proposedAt := p0.ProposedAt
	c.nextBlockAt(t, proposedAt+window+10)
	c.mustRevert(t, dave, &oo, outputABI.PackDispute(common.Big0, batch), dbond, errorString("OutputOracle: challenge window is over"))
	c.mustRevert(t, erin, &oo, outputABI.PackSettle(common.Big0), nil, errorString("OutputOracle: disputes still open"))

	// Past both clocks: game 0 to the challenger (the proposer never
	// moved), game 1 to the proposer (the challenger never chose).
	c.nextBlockAt(t, c.now(t)+clock+10)
	c.send(t, erin, oo, outputABI.PackResolveDispute(common.Big0), nil)
	c.send(t, erin, oo, outputABI.PackResolveDispute(common.Big1), nil)
	c.mustRevert(t, erin, &oo, outputABI.PackResolveDispute(common.Big0), nil, errorString("OutputOracle: dispute already resolved"))
	if s := status(0); s != rejected {
		t.Fatalf("proposal 0: status %d, want rejected", s)
	}
	c.mustRevert(t, erin, &oo, outputABI.PackClaimReward(common.Big0), nil, errorString("OutputOracle: proposal not settled"))
	c.send(t, erin, oo, outputABI.PackSettle(common.Big0), nil)
	c.send(t, erin, oo, outputABI.PackSettle(common.Big1), nil)
	c.mustRevert(t, erin, &oo, outputABI.PackSettle(common.Big1), nil, errorString("OutputOracle: proposal already settled"))
	c.send(t, erin, oo, outputABI.PackClaimReward(common.Big0), nil)
	c.mustRevert(t, erin, &oo, outputABI.PackClaimReward(common.Big0), nil, errorString("OutputOracle: reward already credited"))
	c.mustRevert(t, erin, &oo, outputABI.PackClaimReward(common.Big1), nil, errorString("OutputOracle: the challenger did not win"))
	if s0, s1 := status(0), status(1); s0 != rejected || s1 != final {
		t.Fatalf("statuses %d, %d; want rejected, final", s0, s1)
	}
	if got, err := outputABI.UnpackFinalOutputs(view(outputABI.PackFinalOutputs(1))); err != nil || got != root {
		t.Fatalf("final output %x, %v", got, err)
	}
	// carol: dispute 0's bond back and half of proposal 0's; bob: proposal
	// 1's bond and dispute 1's.
	if got, want := credit(carol), new(big.Int).Add(dbond, big.NewInt(500)); got.Cmp(want) != 0 {
		t.Fatalf("challenger's credit %v, want %v", got, want)
	}
	if got, want := credit(bob), new(big.Int).Add(bond, dbond); got.Cmp(want) != 0 {
		t.Fatalf("proposer's credit %v, want %v", got, want)
	}
	before := c.balanceOf(t, oo)
	c.send(t, carol, oo, outputABI.PackWithdraw(), nil)
	if got := new(big.Int).Sub(before, c.balanceOf(t, oo)); got.Cmp(big.NewInt(800)) != 0 {
		t.Fatalf("withdrew %v, want 800", got)
	}
	c.mustRevert(t, carol, &oo, outputABI.PackWithdraw(), nil, errorString("OutputOracle: nothing to withdraw"))
}

// TestOutputOracleInferences: a proposal lists the OpML claims its block
// reads; the contract derives each claim's inference key (mipsevm's, the
// block program's) and the games' disputed word rollup.ClaimedWord (folded
// for an empty list too; the order matters); an unknown or Rejected
// claim cannot be listed; settle waits while a listed claim is Pending; a
// proposal whose listed claim opML rejects is rejected (its whole bond
// burned when no challenger won); an honest proposal with its claims Final
// settles Final.
func TestOutputOracleInferences(t *testing.T) {
	c := newSimChain(t)
	o, _ := timeoutRegistry(t, c)
	blockGame := c.deployGame(t, [32]byte{7}, 2, 2)
	inbox := c.deploy(t, deployer, bindings.BatchInboxMetaData.Bin, inboxABI.PackConstructor(alice.addr))
	batch, _ := testBatch(t, 1, common.Hash{0xaa})
	c.send(t, alice, inbox, inboxABI.PackPost(1, 0, batch), nil)
	const window, clock = testWindow, testWindow + 2*testClock
	bond, dbond := big.NewInt(1000), big.NewInt(300)
	oo := c.deploy(t, deployer, bindings.OutputOracleMetaData.Bin,
		outputABI.PackConstructor(inbox, blockGame.addr, o.addr, uint64(901), uint64(window), uint64(clock), bond, dbond, testGenesisRoot))
	view := func(data []byte) []byte { return c.view(t, oo, data) }
	status := func(id int64) uint8 {
		s, err := outputABI.UnpackStatusOf(view(outputABI.PackStatusOf(big.NewInt(id))))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	proposal := func(id int64) bindings.OutputOracleProposal {
		p, err := outputABI.UnpackGetProposal(view(outputABI.PackGetProposal(big.NewInt(id))))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	const pending, final, rejected = 1, 2, 3

	input2, output2 := []byte("another input"), []byte{1, 2, 3}
	honest := o.submit(t, alice, testModel, testInput, testOutput)
	other := o.submit(t, alice, testModel, input2, output2)
	lie := o.submit(t, carol, testModel, testInput, []byte{8})
	k1 := mipsevm.InferenceKey(testModel, crypto.Keccak256Hash(testInput), uint64(len(testOutput)))
	k2 := mipsevm.InferenceKey(testModel, crypto.Keccak256Hash(input2), uint64(len(output2)))
	for _, tc := range []struct {
		id   *big.Int
		want common.Hash
	}{{honest, common.Hash(k1)}, {other, common.Hash(k2)}, {lie, common.Hash(k1)}} {
		got, err := outputABI.UnpackClaimKey(view(outputABI.PackClaimKey(tc.id)))
		if err != nil || got != tc.want {
			t.Fatalf("claimKey(%d) = %x, %v; want %s", tc.id, got, err, tc.want)
		}
	}

	root, root2 := [32]byte{0x0c, 1}, [32]byte{0x0c, 2}
	c.mustRevert(t, bob, &oo, outputABI.PackPropose(1, root, []*big.Int{honest, big.NewInt(99)}, genesisID), bond, outputError("UnknownClaim", big.NewInt(99)))
	c.send(t, bob, oo, outputABI.PackPropose(1, root, []*big.Int{honest, other}, genesisID), bond)  // 0: honest
	c.send(t, dave, oo, outputABI.PackPropose(1, root2, []*big.Int{lie}, genesisID), bond)          // 1: lists the lie
	c.send(t, bob, oo, outputABI.PackPropose(1, root, nil, genesisID), bond)                        // 2: no inferences
	c.send(t, dave, oo, outputABI.PackPropose(1, root, []*big.Int{other, honest}, genesisID), bond) // 3: reordered
	for id, want := range map[int64]common.Hash{
		0: rollup.ClaimedWord(root, []common.Hash{common.Hash(k1), common.Hash(k2)}),
		1: rollup.ClaimedWord(root2, []common.Hash{common.Hash(k1)}),
		2: rollup.ClaimedWord(root, nil),
		3: rollup.ClaimedWord(root, []common.Hash{common.Hash(k2), common.Hash(k1)}),
	} {
		w, err := outputABI.UnpackWordOf(view(outputABI.PackWordOf(big.NewInt(id))))
		if err != nil || w != want {
			t.Fatalf("proposal %d: word %x, %v; want %s", id, w, err, want)
		}
	}
	if w0, w2, w3 := proposal(0).Word, proposal(2).Word, proposal(3).Word; w0 == w3 || w0 == root || w2 == root || w2 != rollup.ClaimedWord(root, nil) {
		t.Fatal("the word does not depend on the claims and their order, or is the bare root for no claims")
	}
	if ids, err := outputABI.UnpackClaimsOf(view(outputABI.PackClaimsOf(common.Big0))); err != nil || len(ids) != 2 || ids[0].Cmp(honest) != 0 || ids[1].Cmp(other) != 0 {
		t.Fatalf("claimsOf(0) = %v, %v", ids, err)
	}
	// The reordered proposal's game disputes its own word.
	c.send(t, carol, oo, outputABI.PackDispute(big.NewInt(3), batch), dbond)
	if g := blockGame.get(t, common.Big0); g.OutputHash != proposal(3).Word || g.OutputHash == root {
		t.Fatalf("game output hash %x, the proposal's word %x", g.OutputHash, proposal(3).Word)
	}

	// opML rejects the lie: the proposal listing it is rejected at once,
	// and the lie can no longer be listed.
	ch, game := o.challenge(t, bob, lie)
	o.timeOut(t, game)
	o.resolveChallenge(t, erin, ch)
	if s := status(1); s != rejected {
		t.Fatalf("proposal listing a rejected claim: status %d", s)
	}
	c.mustRevert(t, dave, &oo, outputABI.PackPropose(1, root2, []*big.Int{lie}, genesisID), bond, outputError("RejectedClaim", lie))

	// After the window: the honest proposal waits for its claims.
	c.nextBlockAt(t, proposal(3).ProposedAt+clock+10)
	if s := status(0); s != pending {
		t.Fatalf("proposal 0: status %d, want pending", s)
	}
	c.mustRevert(t, erin, &oo, outputABI.PackSettle(common.Big0), nil, outputError("ClaimNotFinal", honest))
	o.settle(t, erin, honest, claimFinal)
	c.mustRevert(t, erin, &oo, outputABI.PackSettle(common.Big0), nil, outputError("ClaimNotFinal", other))
	o.settle(t, erin, other, claimFinal)
	before := c.view(t, oo, outputABI.PackCredit(bob.addr))
	c.send(t, erin, oo, outputABI.PackSettle(common.Big0), nil)
	c.send(t, erin, oo, outputABI.PackSettle(big.NewInt(2)), nil)
	r := c.send(t, erin, oo, outputABI.PackSettle(common.Big1), nil)
	burned := false
	for _, l := range r.Logs {
		if e, err := outputABI.UnpackBurnedEvent(l); err == nil && e.Amount.Cmp(bond) == 0 {
			burned = true
		}
	}
	if !burned {
		t.Fatal("the rejected proposal's bond was not burned whole")
	}
	c.send(t, erin, oo, outputABI.PackResolveDispute(common.Big0), nil) // the proposer never moved
	c.send(t, erin, oo, outputABI.PackSettle(big.NewInt(3)), nil)
	if s0, s1, s2, s3 := status(0), status(1), status(2), status(3); s0 != final || s1 != rejected || s2 != final || s3 != rejected {
		t.Fatalf("statuses %d %d %d %d; want final, rejected, final, rejected", s0, s1, s2, s3)
	}
	if got, err := outputABI.UnpackFinalOutputs(view(outputABI.PackFinalOutputs(1))); err != nil || got != root {
		t.Fatalf("final output %x, %v", got, err)
	}
	b0, _ := outputABI.UnpackCredit(before)
	if got, _ := outputABI.UnpackCredit(view(outputABI.PackCredit(bob.addr))); new(big.Int).Sub(got, b0).Cmp(new(big.Int).Mul(bond, big.NewInt(2))) != 0 {
		t.Fatalf("bob's credit %v (before %v), want both bonds back", got, b0)
	}
	if got, _ := outputABI.UnpackCredit(view(outputABI.PackCredit(dave.addr))); got.Sign() != 0 {
		t.Fatalf("dave's credit %v, want nothing", got)
	}
}

// TestOutputOracleParents: each proposal names its parent proposal
// (docs/rollup.md, "The parent output"). Block 1's parent is the genesis
// output (GENESIS) and only block 1's; a parent must exist, be of the
// block before and not be Rejected. A game's local datum 1 is the parent's
// output root (the genesis output root for block 1). A proposal on a
// rejected parent shows Rejected and settles Rejected, its whole bond
// burned, without any dispute; a proposal settles only after its parent
// (ParentNotSettled), and on a Final parent settles Final.
func TestOutputOracleParents(t *testing.T) {
	c := newSimChain(t)
	const window, clock, chainID = 100, 200, 901
	claimGame := c.deployGame(t, [32]byte{3}, 2, 1)
	opml := c.deployOpML(t, claimGame, 60, 60, big.NewInt(1000), big.NewInt(100))
	blockGame := c.deployGame(t, [32]byte{7}, 2, 2)
	inbox := c.deploy(t, deployer, bindings.BatchInboxMetaData.Bin, inboxABI.PackConstructor(alice.addr))
	batches := map[uint64][]byte{}
	for n := uint64(1); n <= 3; n++ {
		batches[n], _ = testBatch(t, n, common.Hash{byte(n)})
		c.send(t, alice, inbox, inboxABI.PackPost(n, 0, batches[n]), nil)
	}
	bond, dbond := big.NewInt(1000), big.NewInt(300)
	oo := c.deploy(t, deployer, bindings.OutputOracleMetaData.Bin,
		outputABI.PackConstructor(inbox, blockGame.addr, opml.addr, uint64(chainID), uint64(window), uint64(clock), bond, dbond, testGenesisRoot))
	view := func(data []byte) []byte { return c.view(t, oo, data) }
	status := func(id int64) uint8 {
		s, err := outputABI.UnpackStatusOf(view(outputABI.PackStatusOf(big.NewInt(id))))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	proposal := func(id int64) bindings.OutputOracleProposal {
		p, err := outputABI.UnpackGetProposal(view(outputABI.PackGetProposal(big.NewInt(id))))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	parentOutput := func(id int64) common.Hash {
		r, err := outputABI.UnpackParentOutputOf(view(outputABI.PackParentOutputOf(big.NewInt(id))))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	const pending, final, rejected = 1, 2, 3
	r1, x1, r2, y2, r3 := [32]byte{0x01}, [32]byte{0xba, 1}, [32]byte{0x02}, [32]byte{0xba, 2}, [32]byte{0x03}

	c.send(t, bob, oo, outputABI.PackPropose(1, r1, nil, genesisID), bond)      // 0: block 1, honest
	c.send(t, dave, oo, outputABI.PackPropose(1, x1, nil, genesisID), bond)     // 1: block 1, a lie
	c.send(t, bob, oo, outputABI.PackPropose(2, r2, nil, big.NewInt(0)), bond)  // 2: block 2 on 0
	c.send(t, dave, oo, outputABI.PackPropose(2, y2, nil, big.NewInt(1)), bond) // 3: block 2 on the lie
	for _, tc := range []struct {
		name   string
		block  uint64
		parent *big.Int
		want   []byte
	}{
		{"the genesis for block 2", 2, genesisID, outputError("BadParent", genesisID, "the genesis is block 1's parent only")},
		{"no such proposal", 2, big.NewInt(7), outputError("BadParent", big.NewInt(7), "no such proposal")},
		{"a proposal of block 1 for block 3", 3, big.NewInt(0), outputError("BadParent", big.NewInt(0), "not a proposal of the block before")},
		{"a proposal of block 1 for block 1", 1, big.NewInt(0), outputError("BadParent", big.NewInt(0), "not a proposal of the block before")},
		{"a proposal of block 2 for block 2", 2, big.NewInt(2), outputError("BadParent", big.NewInt(2), "not a proposal of the block before")},
	} {
		c.mustRevert(t, erin, &oo, outputABI.PackPropose(tc.block, r3, nil, tc.parent), bond, tc.want)
	}
	if p := proposal(3); p.Parent.Cmp(common.Big1) != 0 || proposal(0).Parent.Cmp(genesisID) != 0 {
		t.Fatalf("parents %v, %v", p.Parent, proposal(0).Parent)
	}
	if parentOutput(0) != testGenesisRoot || parentOutput(2) != r1 || parentOutput(3) != x1 {
		t.Fatal("parentOutputOf: not the parent's root")
	}

	// The lie of block 1 is disputed (its proposer will not move); the
	// honest block 2 too (its challenger will not choose). Their games'
	// datum 1 is the parent output: the genesis's, proposal 0's root.
	c.send(t, carol, oo, outputABI.PackDispute(common.Big1, batches[1]), dbond) // dispute 0, game 0
	c.send(t, carol, oo, outputABI.PackDispute(common.Big2, batches[2]), dbond) // dispute 1, game 1
	if g := blockGame.get(t, common.Big0); g.Model != testGenesisRoot || g.OutputHash != rollup.ClaimedWord(x1, nil) {
		t.Fatalf("game 0: parent output %x, word %x", g.Model, g.OutputHash)
	}
	if g := blockGame.get(t, common.Big1); g.Model != r1 || g.OutputHash != rollup.ClaimedWord(r2, nil) {
		t.Fatalf("game 1: parent output %x, word %x", g.Model, g.OutputHash)
	}
	blockGame.bisect(t, bob, common.Big1, [][32]byte{{0x03, 1}, {0x00, 2}})
	c.nextBlockAt(t, c.now(t)+clock+10)
	c.send(t, erin, oo, outputABI.PackResolveDispute(common.Big0), nil)
	c.send(t, erin, oo, outputABI.PackResolveDispute(common.Big1), nil)
	if s1, s2, s3 := status(1), status(2), status(3); s1 != rejected || s2 != pending || s3 != rejected {
		t.Fatalf("statuses %d %d %d; want rejected, pending, rejected (the child of the rejected lie, never disputed)", s1, s2, s3)
	}
	c.mustRevert(t, erin, &oo, outputABI.PackPropose(2, r2, nil, common.Big1), bond, outputError("BadParent", common.Big1, "rejected"))
	c.send(t, bob, oo, outputABI.PackPropose(3, r3, nil, common.Big2), bond) // 4: block 3 on 2

	// Settling goes parent first.
	c.mustRevert(t, erin, &oo, outputABI.PackSettle(common.Big3), nil, outputError("ParentNotSettled", common.Big1))
	c.mustRevert(t, erin, &oo, outputABI.PackSettle(common.Big2), nil, outputError("ParentNotSettled", common.Big0))
	c.send(t, erin, oo, outputABI.PackSettle(common.Big0), nil)
	c.send(t, erin, oo, outputABI.PackSettle(common.Big1), nil)
	r := c.send(t, erin, oo, outputABI.PackSettle(common.Big3), nil)
	burned := false
	for _, l := range r.Logs {
		if e, err := outputABI.UnpackBurnedEvent(l); err == nil && e.Amount.Cmp(bond) == 0 {
			burned = true
		}
	}
	if pr, err := outputABI.UnpackParentRejected(view(outputABI.PackParentRejected(common.Big3))); err != nil || !pr || !burned {
		t.Fatalf("the child of the rejected lie: parentRejected %v (%v), bond burned whole %v", pr, err, burned)
	}
	c.send(t, erin, oo, outputABI.PackSettle(common.Big2), nil)
	c.nextBlockAt(t, proposal(4).ProposedAt+window+1)
	c.send(t, erin, oo, outputABI.PackSettle(big.NewInt(4)), nil)
	if s := []uint8{status(0), status(1), status(2), status(3), status(4)}; s[0] != final || s[1] != rejected || s[2] != final || s[3] != rejected || s[4] != final {
		t.Fatalf("statuses %v; want final, rejected, final, rejected, final", s)
	}
	for n, want := range map[uint64][32]byte{1: r1, 2: r2, 3: r3} {
		if got, err := outputABI.UnpackFinalOutputs(view(outputABI.PackFinalOutputs(n))); err != nil || got != want {
			t.Fatalf("final output of block %d: %x, %v; want %x", n, got, err, want)
		}
	}
	if got, _ := outputABI.UnpackCredit(view(outputABI.PackCredit(dave.addr))); got.Sign() != 0 {
		t.Fatalf("the liar's credit %v, want nothing", got)
	}
}
