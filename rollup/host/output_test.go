package host

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/bisection/trace"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
)

// outputL1 is an L1 (the embedded chain) with the opML contracts, a
// BatchInbox holding the test chain's blocks, the block program's
// DisputeGame and an OutputOracle, and a sender per role.
type outputL1 struct {
	l1                           *devnet.Devnet
	sequencer, proposer, challer *onchain.Sender
	inbox                        *batch.Inbox
	opml                         onchain.Addresses
	blockGame                    common.Address
	gameParams                   game.Params
	oracle                       common.Address // the OutputOracle
	gas                          map[string]uint64
	txs                          map[string]int
}

const (
	outputOpMLWindow = 60
	outputOpMLClock  = 60
	outputWindow     = 120
	outputClock      = 3600
)

var (
	oracleABI    = bindings.NewPreimageOracle()
	proposalBond = big.NewInt(1_000_000)
	disputeBond  = big.NewInt(300_000)
)

// genesisOutput is the root of c's genesis output: block 1's parent
// output, which the OutputOracle is deployed with.
func genesisOutput(t *testing.T, c *testChain) common.Hash {
	t.Helper()
	out, err := OutputAt(BlockChain{c.bc}, 0)
	if err != nil {
		t.Fatal(err)
	}
	return out.Root()
}

func newOutputL1(t *testing.T, ctx context.Context, c *testChain, prestate [32]byte) *outputL1 {
	t.Helper()
	keys := devnet.DevKeys(3)
	l1, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l1.Close() })
	o := &outputL1{l1: l1, gas: map[string]uint64{}, txs: map[string]int{}}
	senders := make([]*onchain.Sender, 3)
	for i, k := range keys {
		s, err := onchain.NewSender(ctx, l1.Client(), k, nil)
		if err != nil {
			t.Fatal(err)
		}
		s.Poll = 10 * time.Millisecond
		role := [...]string{"sequencer", "proposer", "challenger"}[i]
		s.OnReceipt = func(what string, r *types.Receipt) {
			o.gas[role+": "+kind(what)] += r.GasUsed
			o.txs[role+": "+kind(what)]++
		}
		senders[i] = s
	}
	o.sequencer, o.proposer, o.challer = senders[0], senders[1], senders[2]

	addr, r, err := batch.Deploy(ctx, o.sequencer, o.sequencer.Address())
	if err != nil {
		t.Fatal(err)
	}
	if o.inbox, err = batch.Connect(ctx, l1.Client(), addr, r.BlockNumber.Uint64(), o.sequencer); err != nil {
		t.Fatal(err)
	}
	for n := uint64(1); n <= c.transfers; n++ {
		b, err := batch.New(c.bc.GetBlockByNumber(n))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := o.inbox.Post(ctx, b, 0); err != nil {
			t.Fatal(err)
		}
	}
	// opML (its game is the claim program's; any prestate does here).
	if o.opml, _, err = onchain.Deploy(ctx, o.sequencer, onchain.DeployParams{
		Game: game.Params{Arity: 2, Depth: 3}, ChallengeWindow: outputOpMLWindow, Clock: outputOpMLClock,
		ClaimBond: big.NewInt(1000), ChallengeBond: big.NewInt(100),
	}); err != nil {
		t.Fatal(err)
	}
	// The block program's game: arity 4, 4^14 = 268M steps hold a block
	// of ~180M.
	o.gameParams = game.Params{Arity: 4, Depth: 14}
	if o.blockGame, _, err = onchain.DeployGame(ctx, o.sequencer, o.opml.MIPS, o.opml.Oracle, prestate, o.gameParams); err != nil {
		t.Fatal(err)
	}
	if o.oracle, r, err = output.Deploy(ctx, o.sequencer, addr, o.blockGame, o.opml.OpML, output.Params{
		ChainID: testChainID, ChallengeWindow: outputWindow, Clock: outputClock,
		ProposalBond: proposalBond, DisputeBond: disputeBond, GenesisOutput: genesisOutput(t, c),
	}); err != nil {
		t.Fatal(err)
	}
	t.Logf("OutputOracle deployed for %d gas", r.GasUsed)
	return o
}

// kind is a transaction's description without its numbers ("game 3:
// choose part 2" → "game: choose part").
func kind(what string) string {
	var out []string
	for _, f := range strings.Fields(what) {
		if strings.Trim(f, "0123456789:") == "" {
			if strings.HasSuffix(f, ":") && len(out) > 0 {
				out[len(out)-1] += ":"
			}
			continue
		}
		out = append(out, f)
	}
	return strings.Join(out, " ")
}

// lyingOutput is the output root of a sequencer that lies about block n's
// effect: the last transfer's recipient gets one wei more than it was
// sent. Its block hash is that of the block with the lying state root.
func lyingOutput(t *testing.T, c *testChain, n uint64, honest rollup.Output) rollup.Output {
	t.Helper()
	b := c.bc.GetBlockByNumber(n)
	st, err := c.bc.StateAt(b.Root(), b.Number(), b.Time())
	if err != nil {
		t.Fatal(err)
	}
	txs := b.Transactions()
	to := txs[len(txs)-1].To()
	st.AddBalance(*to, uint256.NewInt(1), 0)
	h := types.CopyHeader(b.Header())
	h.Root = st.IntermediateRoot(c.config.Rules(b.Number(), true, b.Time()))
	return rollup.Output{StateRoot: h.Root, WithdrawalStorageRoot: honest.WithdrawalStorageRoot, BlockHash: h.Hash()}
}

// splitBatch is a batch's three RLP items, each with its header.
func splitBatch(t *testing.T, raw []byte) [][]byte {
	t.Helper()
	content, rest, err := rlp.SplitList(raw)
	if err != nil || len(rest) != 0 {
		t.Fatalf("batch: %v", err)
	}
	var items [][]byte
	for len(content) > 0 {
		_, _, tail, err := rlp.Split(content)
		if err != nil {
			t.Fatal(err)
		}
		items = append(items, content[:len(content)-len(tail)])
		content = tail
	}
	if len(items) != 3 {
		t.Fatalf("batch of %d items", len(items))
	}
	return items
}

// TestOutputDispute: on the embedded L1, a proposer posts the output root
// of a sequencer that lied about a transfer's effect (block 1, three
// transfers); a challenger disputes it with the block's committed batch;
// the game over the block program's VM trace (the proposer's trace honest
// up to a step in the middle of the run, made up after) is bisected to one
// step, MIPS.sol executes it, the challenger wins, the proposal is
// rejected and the challenger is credited its bond back and its share of
// the proposal's. The honest root, proposed twice: undisputed once, and
// disputed once by a lying challenger whose trace goes wrong a third of
// the way in, who executes the last step itself and loses; both finalize
// after the window, and the root is the block's final output. The
// contract's reading of a batch refuses the malformed batches batch.Decode
// refuses. Bad calls are refused: a proposal for a block not posted, a
// dispute with another batch, a settle before the window ends, an
// OutputOracle whose window is shorter than OpML's or whose clock is
// shorter than OpML's window plus two of its clocks.
func TestOutputDispute(t *testing.T) {
	c := newTestChain(t, 0)
	n := c.transfers
	claim, err := Prepare(BlockChain{c.bc}, testChainID, n)
	if err != nil {
		t.Fatal(err)
	}
	honest := claim.Output
	lie := lyingOutput(t, c, n, honest)
	if lie.Root() == honest.Root() {
		t.Fatal("the lie is the honest output")
	}
	if res := RunNative(claim.Host(rollup.ClaimedWord(lie.Root(), nil)), nil); res.Code != blockprog.ExitMismatch {
		t.Fatalf("natively the lie gives exit %d (%v), want %d", res.Code, res.Err, blockprog.ExitMismatch)
	}
	newPrestate := blockPrestate(t)
	prestate := newPrestate().Hash()

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	o := newOutputL1(t, ctx, c, prestate)
	l1 := o.l1.Client()

	// The contract refuses a window shorter than OpML's.
	if _, _, err := output.Deploy(ctx, o.sequencer, o.inbox.Address(), o.blockGame, o.opml.OpML, output.Params{
		ChainID: testChainID, ChallengeWindow: outputOpMLWindow - 1, Clock: outputClock, ProposalBond: proposalBond, DisputeBond: disputeBond, GenesisOutput: genesisOutput(t, c),
	}); !onchain.IsRevert(err) || !strings.Contains(onchain.RevertReason(err), "shorter than OpML's") {
		t.Fatalf("a window shorter than OpML's: %v", err)
	}
	// ... and a clock shorter than OpML's window plus two of its clocks.
	if _, _, err := output.Deploy(ctx, o.sequencer, o.inbox.Address(), o.blockGame, o.opml.OpML, output.Params{
		ChainID: testChainID, ChallengeWindow: outputWindow, Clock: outputOpMLWindow + 2*outputOpMLClock - 1, ProposalBond: proposalBond, DisputeBond: disputeBond, GenesisOutput: genesisOutput(t, c),
	}); !onchain.IsRevert(err) || !strings.Contains(onchain.RevertReason(err), "clock shorter") {
		t.Fatalf("a clock too short: %v", err)
	}

	prop, err := output.Connect(ctx, l1, o.oracle, o.proposer)
	if err != nil {
		t.Fatal(err)
	}
	chal, err := output.Connect(ctx, l1, o.oracle, o.challer)
	if err != nil {
		t.Fatal(err)
	}
	if chal.Prestate != prestate || chal.Game != o.blockGame || chal.ChainID != testChainID {
		t.Fatalf("the output oracle's game %s, prestate %x, chain %d", chal.Game, chal.Prestate, chal.ChainID)
	}
	if _, _, err := prop.Propose(ctx, n+1, honest.Root(), output.Genesis); !onchain.IsRevert(err) {
		t.Fatalf("a proposal for a block not posted: %v", err)
	}
	wrongID, r, err := prop.Propose(ctx, n, lie.Root(), output.Genesis)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("proposal: %d gas", r.GasUsed)
	honestID, _, err := prop.Propose(ctx, n, honest.Root(), output.Genesis)
	if err != nil {
		t.Fatal(err)
	}
	// The same honest root again: a lying challenger disputes this one.
	defendedID, _, err := prop.Propose(ctx, n, honest.Root(), output.Genesis)
	if err != nil {
		t.Fatal(err)
	}
	// Not before the window's end.
	if _, err := chal.Settle(ctx, honestID); !onchain.IsRevert(err) {
		t.Fatalf("settle before the window's end: %v", err)
	}

	raw, err := o.inbox.Raw(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	// The contract reads the program's local datum 2 from the batch (and
	// the parent hash it names, which is not an input); datum 1 is the
	// parent's output, for block 1 the genesis output the oracle was
	// deployed with.
	local := claim.LocalData(rollup.ClaimedWord(lie.Root(), nil))
	ph, ah, err := chal.BatchInputs(ctx, raw, n)
	if err != nil {
		t.Fatal(err)
	}
	if ah != common.Hash(local[blockprog.LocalAttributesHash]) || ph != claim.ParentOutput.BlockHash {
		t.Fatalf("the contract reads parent %s, attributes %s from the batch; the program's attributes are %x, its parent block %s", ph, ah, local[2], claim.ParentOutput.BlockHash)
	}
	if chal.GenesisOutput != common.Hash(local[blockprog.LocalParentOutput]) {
		t.Fatalf("the oracle's genesis output %s, the program's parent output %x", chal.GenesisOutput, local[1])
	}
	// The contract's reading of a batch agrees with batch.Decode: what one
	// refuses the other refuses.
	items := splitBatch(t, raw)
	list := func(parts ...[]byte) []byte {
		vals := make([]rlp.RawValue, len(parts))
		for i, p := range parts {
			vals[i] = p
		}
		b, err := rlp.EncodeToBytes(vals)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if !bytes.Equal(list(items...), raw) {
		t.Fatal("the batch is not the list of its items")
	}
	for _, tc := range []struct {
		name   string
		batch  []byte
		number uint64
	}{
		{"empty", nil, n},
		{"truncated", raw[:len(raw)-1], n},
		{"a trailing byte", append(append([]byte(nil), raw...), 0), n},
		{"another block's number", raw, n + 1},
		{"a non-canonical number", list([]byte{0x81, byte(n)}, items[1], items[2]), n},
		{"a short parent hash", list(items[0], items[1][:32], items[2]), n},
		{"attributes not a list", list(items[0], items[1], []byte{0x80}), n},
		{"a fourth item", list(items[0], items[1], items[2], []byte{0x80}), n},
		{"not a list", items[1], n},
	} {
		_, _, err := chal.BatchInputs(ctx, tc.batch, tc.number)
		if !onchain.IsRevert(err) || !strings.Contains(onchain.RevertReason(err), "BadBatch") {
			t.Errorf("%s: the contract reads it (%v)", tc.name, err)
		}
		if b, err := batch.Decode(tc.batch); err == nil && b.Number == tc.number {
			t.Errorf("%s: batch.Decode reads it", tc.name)
		}
	}
	other := append([]byte(nil), raw...)
	other[len(other)-1] ^= 1
	if _, _, err := chal.Dispute(ctx, wrongID, other); !onchain.IsRevert(err) {
		t.Fatalf("a dispute with another batch: %v", err)
	}
	d, r, err := chal.Dispute(ctx, wrongID, raw)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dispute opened: %d gas (batch of %d bytes)", r.GasUsed, len(raw))
	liar, err := output.Connect(ctx, l1, o.oracle, o.sequencer)
	if err != nil {
		t.Fatal(err)
	}
	d2, _, err := liar.Dispute(ctx, defendedID, raw)
	if err != nil {
		t.Fatal(err)
	}

	defGame, err := onchain.ConnectGame(ctx, l1, o.blockGame, o.proposer, nil)
	if err != nil {
		t.Fatal(err)
	}
	chalGame, err := onchain.ConnectGame(ctx, l1, o.blockGame, o.challer, nil)
	if err != nil {
		t.Fatal(err)
	}
	if defGame.Config.Prestate != prestate || defGame.Config.Game != o.gameParams || defGame.Addr.Oracle != o.opml.Oracle {
		t.Fatalf("game config %+v, oracle %s", defGame.Config, defGame.Addr.Oracle)
	}
	// The game's local data are the program's, datum 4 (the chain id)
	// included, under a context that names the chain id.
	g, err := chalGame.Game(ctx, d.GameID)
	if err != nil {
		t.Fatal(err)
	}
	wantCtx := onchain.ChainContext([32]byte(local[1]), [32]byte(local[2]), [32]byte(local[3]), testChainID)
	if g.Model != [32]byte(local[1]) || g.InputHash != [32]byte(local[2]) || g.OutputHash != rollup.ClaimedWord(lie.Root(), nil) || g.LocalContext != wantCtx {
		t.Fatalf("the game's local data %x %x %x (context %x), the program's %x %x %x (context %x)",
			g.Model, g.InputHash, g.OutputHash, g.LocalContext, local[1], local[2], local[3], wantCtx)
	}
	for i := uint64(1); i <= blockprog.LocalChainID; i++ {
		if _, err := chalGame.LoadLocalData(ctx, d.GameID, i, 0); err != nil {
			t.Fatalf("load local datum %d: %v", i, err)
		}
		key, err := bind.Call(oracleABI.Instance(l1, o.opml.Oracle), &bind.CallOpts{Context: ctx},
			oracleABI.PackLocalizeKey(mipsevm.LocalKey(i), o.blockGame, wantCtx), oracleABI.UnpackLocalizeKey)
		if err != nil {
			t.Fatal(err)
		}
		part, err := bind.Call(oracleABI.Instance(l1, o.opml.Oracle), &bind.CallOpts{Context: ctx},
			oracleABI.PackPreimageParts(key, big.NewInt(0)), oracleABI.UnpackPreimageParts)
		if err != nil {
			t.Fatal(err)
		}
		var want [32]byte
		binary.BigEndian.PutUint64(want[:8], uint64(len(local[i])))
		copy(want[8:], local[i])
		if part != want {
			t.Fatalf("local datum %d on chain: %x, the program's %x", i, part, want)
		}
	}
	if _, err := chalGame.LoadLocalData(ctx, d.GameID, blockprog.LocalChainID+1, 0); !onchain.IsRevert(err) {
		t.Fatalf("local datum 5 of a block game: %v", err)
	}

	// The trace of the block program on the game's inputs. Both players
	// read it; the proposer's is made up from the middle of the run on.
	start := time.Now()
	provider, err := trace.New(trace.Config{
		Prestate: func() (*mipsevm.State, error) { return newPrestate(), nil },
		Oracle:   claim.Host(rollup.ClaimedWord(lie.Root(), nil)),
		Identity: "output dispute " + lie.Root().Hex(),
		Dir:      t.TempDir(),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer provider.Close()
	if provider.PrestateHash() != prestate {
		t.Fatal("the provider's prestate is not the game's")
	}
	exit, err := provider.ExitStep(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if exit > o.gameParams.TraceLength() {
		t.Fatalf("the run takes %d steps, the game holds %d", exit, o.gameParams.TraceLength())
	}
	t.Logf("block program: %d steps to its exit (%v)", exit, time.Since(start).Round(time.Millisecond))

	from := exit/2 + 12345
	defender := &output.Player{Game: defGame, ID: d.GameID, Me: o.proposer.Address(),
		Trace: game.Lie{Honest: provider, From: from, Length: o.gameParams.TraceLength()}}
	challenger := &output.Player{Game: chalGame, ID: d.GameID, Me: o.challer.Address(), Trace: provider, Witness: provider}
	var last onchain.Game
	for i := 0; ; i++ {
		if i > 2*int(o.gameParams.Depth)+4 {
			t.Fatal("the game does not end")
		}
		g, _, err := defender.Move(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if g.Status != onchain.GameInProgress {
			last = g
			break
		}
		if _, _, err := challenger.Move(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if last.Status != onchain.GameChallengerWon {
		t.Fatalf("game ended %v, want the challenger's win", last.Status)
	}
	if last.Segment.Start != from-1 || last.Segment.Length != 1 {
		t.Fatalf("the step executed was %v, want the one into the first made-up position %d", last.Segment, from)
	}
	t.Logf("game over after %v: the step from %d executed on chain", time.Since(start).Round(time.Millisecond), last.Segment.Start)

	if _, err := chal.ResolveDispute(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if p, err := prop.Proposal(ctx, wrongID); err != nil || p.Status != output.Rejected {
		t.Fatalf("the lie after its dispute: %+v, %v", p, err)
	}

	// The honest proposal disputed by a lying challenger, whose trace is
	// made up from a third of the way on: the game narrows to the step
	// into its first made-up position, which the liar executes and loses.
	start = time.Now()
	provider2, err := trace.New(trace.Config{
		Prestate: func() (*mipsevm.State, error) { return newPrestate(), nil },
		Oracle:   claim.Host(rollup.ClaimedWord(honest.Root(), nil)),
		Identity: "output dispute " + honest.Root().Hex(),
		Dir:      t.TempDir(),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer provider2.Close()
	exit2, err := provider2.ExitStep(ctx)
	if err != nil {
		t.Fatal(err)
	}
	liarGame, err := onchain.ConnectGame(ctx, l1, o.blockGame, o.sequencer, nil)
	if err != nil {
		t.Fatal(err)
	}
	from2 := exit2/3 + 777
	defender2 := &output.Player{Game: defGame, ID: d2.GameID, Me: o.proposer.Address(), Trace: provider2}
	challenger2 := &output.Player{Game: liarGame, ID: d2.GameID, Me: o.sequencer.Address(),
		Trace: game.Lie{Honest: provider2, From: from2, Length: o.gameParams.TraceLength()}, Witness: provider2}
	for i := 0; ; i++ {
		if i > 2*int(o.gameParams.Depth)+4 {
			t.Fatal("the second game does not reach its step")
		}
		g, _, err := defender2.Move(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if g.Phase == onchain.PhaseStep {
			last = g
			break
		}
		if _, _, err := challenger2.Move(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if last.Segment.Start != from2-1 {
		t.Fatalf("the liar's game narrowed to %v, want the step into its first made-up position %d", last.Segment, from2)
	}
	// The liar believes its trace and executes the step: MIPS.sol's
	// post-state is the proposer's hash.
	if _, _, err := challenger2.Move(ctx); err != nil {
		t.Fatalf("the lying challenger's step: %v", err)
	}
	if g, err := defGame.Game(ctx, d2.GameID); err != nil || g.Status != onchain.GameDefenderWon {
		t.Fatalf("the second game: %v, %v; want the proposer's win", g.Status, err)
	}
	t.Logf("second game (%d steps, honest root) over after %v: the step from %d executed on chain", exit2, time.Since(start).Round(time.Millisecond), last.Segment.Start)
	if _, err := prop.ResolveDispute(ctx, d2.ID); err != nil {
		t.Fatal(err)
	}
	if err := o.l1.AdjustTime(outputWindow * time.Second); err != nil {
		t.Fatal(err)
	}
	for _, id := range []uint64{wrongID, honestID, defendedID} {
		if _, err := chal.Settle(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if p, err := prop.Proposal(ctx, wrongID); err != nil || p.Status != output.Rejected {
		t.Fatalf("the lie settled: %+v, %v", p, err)
	}
	for _, id := range []uint64{honestID, defendedID} {
		if p, err := prop.Proposal(ctx, id); err != nil || p.Status != output.Final {
			t.Fatalf("the honest proposal %d settled: %+v, %v", id, p, err)
		}
	}
	if root, err := prop.FinalOutput(ctx, n); err != nil || root != honest.Root() {
		t.Fatalf("final output of block %d: %s, %v; want %s", n, root, err, honest.Root())
	}
	if _, err := chal.ClaimReward(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	// The challenger: its dispute bond back and half the lie's bond (the
	// other half burned).
	wantChal := new(big.Int).Add(disputeBond, new(big.Int).Div(proposalBond, big.NewInt(2)))
	if got, err := chal.Credit(ctx, o.challer.Address()); err != nil || got.Cmp(wantChal) != 0 {
		t.Fatalf("challenger's credit %v, %v; want %v", got, err, wantChal)
	}
	// The proposer: both honest proposals' bonds and the liar's dispute bond.
	wantProp := new(big.Int).Add(new(big.Int).Mul(proposalBond, big.NewInt(2)), disputeBond)
	if got, err := prop.Credit(ctx, o.proposer.Address()); err != nil || got.Cmp(wantProp) != 0 {
		t.Fatalf("proposer's credit %v, %v; want %v", got, err, wantProp)
	}
	if got, err := liar.Credit(ctx, o.sequencer.Address()); err != nil || got.Sign() != 0 {
		t.Fatalf("the lying challenger's credit %v, %v; want 0", got, err)
	}
	before, err := l1.BalanceAt(ctx, o.challer.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err = chal.Withdraw(ctx)
	if err != nil {
		t.Fatal(err)
	}
	after, err := l1.BalanceAt(ctx, o.challer.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if got := new(big.Int).Sub(new(big.Int).Add(after, fee), before); got.Cmp(wantChal) != 0 {
		t.Fatalf("the challenger withdrew %v, want %v", got, wantChal)
	}
	for k, g := range o.gas {
		t.Logf("gas: %-40s %3d transactions %10d gas", k, o.txs[k], g)
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Fatal("out of time")
	}
}
