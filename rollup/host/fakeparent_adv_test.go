package host

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// TestAdvFabricatedParent: a batch names its parent hash, and nothing on
// L1 checks it. A poster (the sequencer, or anyone while a deposit is
// overdue) posts block 1 on a fabricated parent: a header whose state
// holds, in L2Withdrawals' storage, a 1000-ether withdrawal never made on
// L2. When the game's local datum 1 was the batch's parent hash, the block
// program accepted the output root of block 1 built on that parent, its
// proposal won every dispute, and Bridge.finalizeWithdrawal paid the
// planted withdrawal.
//
// The fix (docs/rollup.md, "The parent output"): a proposal names its
// parent proposal (the genesis output for block 1), the game's datum 1 is
// the parent's output root, and the program builds the block on that
// output's block; the batch's parent field is not an input. Checked here:
//
//   - derivation builds the batch's block on the real genesis (no halt);
//   - natively, the program on the OutputOracle's inputs for block 1 (the
//     real genesis output, the batch's attributes) rejects the attacker's
//     root (exit 1) and computes the derived block's;
//   - on the real contracts on the embedded L1: block 1's proposal can
//     name no parent but the genesis; its game's datum 1 is the genesis
//     output root; the attacker's block-1 proposal, disputed, loses (by
//     its clock here: the step it would have to win is the native run's
//     verdict), and its block-2 proposal built on it, never disputed,
//     settles Rejected with it; the honest proposals of both blocks settle
//     Final; the bridge refuses the planted withdrawal against every
//     proposal and pays nothing.
func TestAdvFabricatedParent(t *testing.T) {
	code, err := bridge.WithdrawalsCode()
	if err != nil {
		t.Fatal(err)
	}
	real := advGenesis(30_000_000)
	real.Alloc[rollup.WithdrawalContract] = types.Account{Code: code, Nonce: 1}
	d, err := batch.NewChain(real)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	genesisOut, err := d.Output(0)
	if err != nil {
		t.Fatal(err)
	}

	// The fabricated parent: the same chain configuration, with a
	// withdrawal of 1000 ether to the attacker planted in L2Withdrawals.
	attacker := common.Address{0xba, 0xd}
	w := bridge.Withdrawal{Nonce: big.NewInt(0), Sender: attacker, Recipient: attacker,
		Value: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	fake := advGenesis(30_000_000)
	fake.Alloc[rollup.WithdrawalContract] = types.Account{Code: code, Nonce: 1,
		Storage: map[common.Hash]common.Hash{bridge.Slot(w.Hash()): {31: 1}, {31: 1}: {31: 1}}}
	f, err := batch.NewChain(fake)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fakeParent := f.Head().Hash()
	if fakeParent == d.Head().Hash() {
		t.Fatal("the fabricated parent is the real genesis")
	}

	b1, err := batch.FromAttributes(1, fakeParent, &rollup.Attributes{Timestamp: 12, GasLimit: 30_000_000})
	if err != nil {
		t.Fatal(err)
	}
	// Derivation: the block goes on the real genesis, whatever the batch
	// names.
	real1, err := d.Apply(b1)
	if err != nil {
		t.Fatalf("derivation of the batch naming the fabricated parent: %v", err)
	}
	if real1.ParentHash() != d.BC.Genesis().Hash() {
		t.Fatalf("derived block 1's parent %s, not the genesis", real1.ParentHash())
	}
	b2, err := batch.FromAttributes(2, real1.Hash(), &rollup.Attributes{Timestamp: 24, GasLimit: 30_000_000})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Apply(b2); err != nil {
		t.Fatal(err)
	}

	// The attacker's block 1: the batch on the fabricated parent. Its
	// withdrawal storage proves the planted withdrawal.
	if _, err := f.Apply(b1); err != nil {
		t.Fatal(err)
	}
	attack, err := PrepareBatch(BlockChain{f.BC}, testChainID, 1, b1.Attributes)
	if err != nil {
		t.Fatal(err)
	}
	attackOut := attack.Output
	proof, err := bridge.StorageProof(f.BC.TrieDB(), attackOut.StateRoot, attackOut.WithdrawalStorageRoot, w.Hash())
	if err != nil {
		t.Fatalf("the planted withdrawal's proof: %v", err)
	}
	// Given the fabricated parent's output as datum 1 the program accepts
	// the attacker's root: so datum 1 must be an agreed output, never a
	// poster's choice.
	if r := RunNative(attack.Host(rollup.ClaimedWord(attackOut.Root(), nil)), nil); r.Code != blockprog.ExitMatch {
		t.Fatalf("the attacker's block on its own parent output: exit %d (%v)", r.Code, r.Err)
	}

	// What a dispute of block 1's proposal runs: datum 1 the genesis
	// output root (OutputOracle.genesisOutputRoot), 2 the batch's
	// attributes hash.
	honest, err := PrepareBatch(BlockChain{d.BC}, testChainID, 1, b1.Attributes)
	if err != nil {
		t.Fatal(err)
	}
	local := honest.LocalData(common.Hash{})
	if common.Hash(local[blockprog.LocalParentOutput]) != genesisOut.Root() || common.Hash(local[blockprog.LocalAttributesHash]) != b1.AttributesHash() {
		t.Fatal("the claim's local data 1 and 2 are not the genesis output and the batch's attributes")
	}
	r := RunNative(honest.Host(rollup.ClaimedWord(attackOut.Root(), nil)), nil)
	if r.Code != blockprog.ExitMismatch || r.Root != honest.Output.Root() || r.Output.BlockHash != real1.Hash() {
		t.Fatalf("the attacker's root %s on the genesis output: exit %d (%v), root %s; want exit 1 and the derived block's root %s",
			attackOut.Root(), r.Code, r.Err, r.Root, honest.Output.Root())
	}
	honest2, err := Prepare(BlockChain{d.BC}, testChainID, 2)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("block 1 on the fabricated parent %s: output root %s; the program on the genesis output computes %s (exit %d)", fakeParent, attackOut.Root(), r.Root, r.Code)

	// On chain.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	keys := devnet.DevKeys(3)
	l1, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))})
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	ss := make([]*onchain.Sender, 3)
	for i, k := range keys {
		if ss[i], err = onchain.NewSender(ctx, l1.Client(), k, nil); err != nil {
			t.Fatal(err)
		}
		ss[i].Poll = 10 * time.Millisecond
	}
	poster, honestS, attackerS := ss[0], ss[1], ss[2]
	inboxAddr, rc, err := batch.Deploy(ctx, poster, poster.Address())
	if err != nil {
		t.Fatal(err)
	}
	inbox, err := batch.Connect(ctx, l1.Client(), inboxAddr, rc.BlockNumber.Uint64(), poster)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range []*batch.Batch{b1, b2} {
		if _, err := inbox.Post(ctx, b, 0); err != nil {
			t.Fatal(err)
		}
	}
	opml, _, err := onchain.Deploy(ctx, poster, onchain.DeployParams{
		Game: game.Params{Arity: 2, Depth: 3}, ChallengeWindow: outputOpMLWindow, Clock: outputOpMLClock,
		ClaimBond: big.NewInt(1000), ChallengeBond: big.NewInt(100),
	})
	if err != nil {
		t.Fatal(err)
	}
	// No step is played here (the game is decided by the attacker's
	// clock), so any prestate serves.
	blockGame, _, err := onchain.DeployGame(ctx, poster, opml.MIPS, opml.Oracle, [32]byte{3, 7}, game.Params{Arity: 4, Depth: 14})
	if err != nil {
		t.Fatal(err)
	}
	oracleAddr, _, err := output.Deploy(ctx, poster, inboxAddr, blockGame, opml.OpML, output.Params{
		ChainID: testChainID, ChallengeWindow: outputWindow, Clock: outputClock,
		ProposalBond: proposalBond, DisputeBond: disputeBond, GenesisOutput: genesisOut.Root(),
	})
	if err != nil {
		t.Fatal(err)
	}
	bridgeAddr, _, err := bridge.Deploy(ctx, poster, oracleAddr, new(big.Int).Mul(big.NewInt(50), big.NewInt(params.Ether)))
	if err != nil {
		t.Fatal(err)
	}
	hon, err := output.Connect(ctx, l1.Client(), oracleAddr, honestS)
	if err != nil {
		t.Fatal(err)
	}
	att, err := output.Connect(ctx, l1.Client(), oracleAddr, attackerS)
	if err != nil {
		t.Fatal(err)
	}
	if att.GenesisOutput != genesisOut.Root() {
		t.Fatalf("the oracle's genesis output %s, want %s", att.GenesisOutput, genesisOut.Root())
	}
	br, err := bridge.Connect(ctx, l1.Client(), bridgeAddr, attackerS)
	if err != nil {
		t.Fatal(err)
	}
	reverts := func(what, want string, err error) {
		t.Helper()
		if !onchain.IsRevert(err) || !strings.Contains(onchain.RevertReason(err), want) {
			t.Fatalf("%s: %v, want a revert with %q", what, err, want)
		}
	}

	a1, _, err := att.Propose(ctx, 1, attackOut.Root(), output.Genesis)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = att.Propose(ctx, 1, attackOut.Root(), a1)
	reverts("block 1 on another parent than the genesis", "BadParent", err)
	// Block 2 on the attacker's block 1: its root keeps the planted
	// withdrawal (any root serves: it is never disputed).
	a2, _, err := att.Propose(ctx, 2, attackOut.Root(), a1)
	if err != nil {
		t.Fatal(err)
	}
	h1, _, err := hon.Propose(ctx, 1, honest.Output.Root(), output.Genesis)
	if err != nil {
		t.Fatal(err)
	}
	h2, _, err := hon.Propose(ctx, 2, honest2.Output.Root(), h1)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := inbox.Raw(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	disp, _, err := hon.Dispute(ctx, a1, raw)
	if err != nil {
		t.Fatal(err)
	}
	gameClient, err := onchain.ConnectGame(ctx, l1.Client(), blockGame, honestS, nil)
	if err != nil {
		t.Fatal(err)
	}
	g, err := gameClient.Game(ctx, disp.GameID)
	if err != nil {
		t.Fatal(err)
	}
	if g.Model != genesisOut.Root() || g.InputHash != b1.AttributesHash() || g.OutputHash != rollup.ClaimedWord(attackOut.Root(), nil) {
		t.Fatalf("the game's local data %x %x %x; want the genesis output %s, the batch's attributes %s, the attacker's word", g.Model, g.InputHash, g.OutputHash, genesisOut.Root(), b1.AttributesHash())
	}
	if p, err := att.Proposal(ctx, a2); err != nil || p.ParentOutput != attackOut.Root() || p.Parent != a1 {
		t.Fatalf("the attacker's block 2: %+v, %v", p, err)
	}

	// The attacker never moves (its step would be the program's exit 1
	// above): past its clock the challenger wins.
	if err := l1.AdjustTime((outputClock + 10) * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := hon.ResolveDispute(ctx, disp.ID); err != nil {
		t.Fatal(err)
	}
	if p, err := att.Proposal(ctx, a2); err != nil || p.Status != output.Rejected || p.Disputes != 0 {
		t.Fatalf("the attacker's block 2 once its parent lost: %v, %d disputes (%v); want rejected, undisputed", p.Status, p.Disputes, err)
	}
	_, _, err = att.Propose(ctx, 2, attackOut.Root(), a1)
	reverts("block 2 on the rejected block 1", "BadParent", err)
	for _, id := range []uint64{a1, h1, a2, h2} {
		if _, err := hon.Settle(ctx, id); err != nil {
			t.Fatalf("settle %d: %v", id, err)
		}
	}
	for id, want := range map[uint64]output.Status{a1: output.Rejected, a2: output.Rejected, h1: output.Final, h2: output.Final} {
		if p, err := hon.Proposal(ctx, id); err != nil || p.Status != want {
			t.Fatalf("proposal %d: %v (%v), want %v", id, p.Status, err, want)
		}
	}
	for n, want := range map[uint64]common.Hash{1: honest.Output.Root(), 2: honest2.Output.Root()} {
		if got, err := hon.FinalOutput(ctx, n); err != nil || got != want {
			t.Fatalf("final output of block %d: %s (%v), want %s", n, got, err, want)
		}
	}

	before, err := l1.Client().BalanceAt(ctx, bridgeAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = br.FinalizeWithdrawal(ctx, w, a1, attackOut, proof)
	reverts("the planted withdrawal against the attacker's block 1", "NotFinal", err)
	_, err = br.FinalizeWithdrawal(ctx, w, a2, attackOut, proof)
	reverts("the planted withdrawal against the attacker's block 2", "NotFinal", err)
	_, err = br.FinalizeWithdrawal(ctx, w, h1, attackOut, proof)
	reverts("the planted withdrawal with the attacker's output against the honest block 1", "BadOutputPreimage", err)
	for _, h := range []struct {
		id  uint64
		out rollup.Output
	}{{h1, honest.Output}, {h2, honest2.Output}} {
		_, err = br.FinalizeWithdrawal(ctx, w, h.id, h.out, proof)
		if !onchain.IsRevert(err) {
			t.Fatalf("the planted withdrawal's proof against the honest proposal %d: %v", h.id, err)
		}
	}
	after, err := l1.Client().BalanceAt(ctx, bridgeAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after.Cmp(before) != 0 {
		t.Fatalf("the bridge paid out %s wei", new(big.Int).Sub(before, after))
	}
}
