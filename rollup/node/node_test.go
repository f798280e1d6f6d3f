package node

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/axonum/opml/rollup/host"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

const (
	testChainID = 902
	opmlWindow  = 60
	opmlClock   = 60
	window      = 120
	clock       = 3600
)

// world is an embedded L1 with opML and the rollup deployed, and a sender
// per role.
type world struct {
	l1                            *devnet.Devnet
	seq, prop, liar, verif, alice *onchain.Sender
	dep                           *Deployment
	prestate                      func() (*mipsevm.State, error)
}

func newWorld(t *testing.T, ctx context.Context) *world {
	t.Helper()
	elf, err := os.ReadFile(testprograms.BlockProgram(t))
	if err != nil {
		t.Fatal(err)
	}
	prestate := func() (*mipsevm.State, error) { return host.Prestate(elf) }
	s0, err := prestate()
	if err != nil {
		t.Fatal(err)
	}
	keys := devnet.DevKeys(5)
	l1, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l1.Close() })
	w := &world{l1: l1, prestate: prestate}
	ss := make([]*onchain.Sender, len(keys))
	for i, k := range keys {
		if ss[i], err = onchain.NewSender(ctx, l1.Client(), k, nil); err != nil {
			t.Fatal(err)
		}
		ss[i].Poll = 10 * time.Millisecond
	}
	w.seq, w.prop, w.liar, w.verif, w.alice = ss[0], ss[1], ss[2], ss[3], ss[4]
	opml, _, err := onchain.Deploy(ctx, w.seq, onchain.DeployParams{
		Game: game.Params{Arity: 2, Depth: 3}, ChallengeWindow: opmlWindow, Clock: opmlClock,
		ClaimBond: big.NewInt(1000), ChallengeBond: big.NewInt(100),
	})
	if err != nil {
		t.Fatal(err)
	}
	if w.dep, err = Deploy(ctx, w.seq, opml, DeployConfig{
		ChainID: testChainID, Sequencer: w.seq.Address(), Prestate: s0.Hash(),
		Output: output.Params{ChallengeWindow: window, Clock: clock, ProposalBond: big.NewInt(1_000_000), DisputeBond: big.NewInt(300_000)},
		Fund:   big.NewInt(params.Ether),
		Alloc:  l2Alloc,
	}); err != nil {
		t.Fatal(err)
	}
	return w
}

// l2Key is an L2 account funded in the genesis (l2Alloc).
var (
	l2Key, _ = crypto.ToECDSA(crypto.Keccak256([]byte("node test l2 key")))
	l2Alloc  = types.GenesisAlloc{crypto.PubkeyToAddress(l2Key.PublicKey): {Balance: big.NewInt(params.Ether)}}
)

func (w *world) genesis(t *testing.T) *batch.Chain {
	t.Helper()
	g, err := Genesis(testChainID, l2Alloc)
	if err != nil {
		t.Fatal(err)
	}
	c, err := batch.NewChain(g)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func (w *world) outputs(t *testing.T, ctx context.Context, s *onchain.Sender) *output.Client {
	t.Helper()
	o, err := output.Connect(ctx, w.l1.Client(), w.dep.OutputOracle, s)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func (w *world) games(t *testing.T, ctx context.Context, s *onchain.Sender, dir string) *Games {
	t.Helper()
	g, err := onchain.ConnectGame(ctx, w.l1.Client(), w.dep.Game, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &Games{Game: g, Prestate: w.prestate, Dir: dir}
}

func (w *world) inbox(t *testing.T, ctx context.Context, s *onchain.Sender) *batch.Inbox {
	t.Helper()
	in, err := batch.Connect(ctx, w.l1.Client(), w.dep.Inbox, w.dep.InboxFrom, s)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// TestPlayers: on the embedded L1, Alice deposits; the sequencer builds
// block 1 of two L2 transfers and the deposit and posts it; an honest
// proposer proposes its root and a lying one a root in which the last
// transfer's recipient got one wei more. The verifier derives the block
// from L1 (Alice credited), disputes the lie and plays the game against
// the liar's proposer; half way through both the verifier and the liar are
// restarted from L1 and their state files (new processes' objects) and go
// on without a repeated move (a move out of turn would revert and fail
// Step) or a second dispute. The lie is rejected, the honest root is final
// after the window, and the verifier claims its reward.
func TestPlayers(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	w := newWorld(t, ctx)
	dir := t.TempDir()

	br, err := bridge.Connect(ctx, w.l1.Client(), w.dep.Bridge, w.alice)
	if err != nil {
		t.Fatal(err)
	}
	aliceL2 := common.Address{0xa1}
	if _, _, err := br.Deposit(ctx, aliceL2, big.NewInt(params.GWei)); err != nil {
		t.Fatal(err)
	}

	seqChain := w.genesis(t)
	ts := uint64(1000)
	seq := &Sequencer{Chain: seqChain, Inbox: w.inbox(t, ctx, w.seq), Bridge: w.dep.Bridge, BridgeFrom: w.dep.BridgeFrom,
		L1: w.l1.Client(), Now: func() uint64 { ts += 2; return ts }}
	signer := types.LatestSigner(seqChain.BC.Config())
	from := crypto.PubkeyToAddress(l2Key.PublicKey)
	for i, to := range []common.Address{{0xb0}, {0xb1}} {
		tx := types.MustSignNewTx(l2Key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: uint64(i),
			GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(1e12)})
		if err := seq.Submit(tx); err != nil {
			t.Fatal(err)
		}
	}
	// A transaction with a nonce gap is dropped, not a failed block.
	gap := types.MustSignNewTx(l2Key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 9,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21000, To: &from, Value: big.NewInt(1)})
	if err := seq.Submit(gap); err != nil {
		t.Fatal(err)
	}
	b1, err := seq.Build(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if b1 == nil || b1.NumberU64() != 1 || len(b1.Transactions()) != 2 {
		t.Fatalf("block 1: %v", b1)
	}
	if b, err := seq.Build(ctx); err != nil || b != nil {
		t.Fatalf("nothing to include: block %v, %v", b, err)
	}

	honest := &Proposer{Chain: seqChain, Inbox: w.inbox(t, ctx, nil), Outputs: w.outputs(t, ctx, w.prop),
		Games: w.games(t, ctx, w.prop, filepath.Join(dir, "prop")), StateFile: filepath.Join(dir, "prop.json")}
	lie := func(n uint64, out rollup.Output) rollup.Output {
		b := seqChain.BC.GetBlockByNumber(n)
		st, err := seqChain.BC.StateAt(b.Root(), b.Number(), b.Time())
		if err != nil {
			t.Fatal(err)
		}
		txs := b.Transactions()
		st.AddBalance(*txs[len(txs)-1].To(), uint256.NewInt(1), 0)
		h := types.CopyHeader(b.Header())
		h.Root = st.IntermediateRoot(seqChain.BC.Config().Rules(b.Number(), true, b.Time()))
		return rollup.Output{StateRoot: h.Root, WithdrawalStorageRoot: out.WithdrawalStorageRoot, BlockHash: h.Hash()}
	}
	newLiar := func() *Proposer {
		return &Proposer{Chain: seqChain, Inbox: w.inbox(t, ctx, nil), Outputs: w.outputs(t, ctx, w.liar),
			Games: w.games(t, ctx, w.liar, filepath.Join(dir, "liar")), StateFile: filepath.Join(dir, "liar.json"), Lie: lie}
	}
	newVerifier := func() *Verifier {
		return &Verifier{Chain: w.genesis(t), Inbox: w.inbox(t, ctx, nil), Outputs: w.outputs(t, ctx, w.verif),
			Games: w.games(t, ctx, w.verif, filepath.Join(dir, "verif")), StateFile: filepath.Join(dir, "verif.json")}
	}
	liar, verif := newLiar(), newVerifier()
	for _, p := range []Stepper{honest, liar} {
		if err := p.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	oc := w.outputs(t, ctx, nil)
	if n, err := proposalCount(ctx, w.l1.Client(), w.dep.OutputOracle); err != nil || n != 2 {
		t.Fatalf("%d proposals, %v", n, err)
	}
	honestID, liarID := uint64(0), uint64(1)

	restarted := false
	start := time.Now()
	for i := 0; ; i++ {
		if i > 60 {
			t.Fatal("the dispute does not end")
		}
		for _, p := range []Stepper{seq, honest, liar, verif} {
			if err := p.Step(ctx); err != nil {
				t.Fatalf("round %d: %v", i, err)
			}
		}
		if i == 0 {
			// The verifier derived block 1 from L1, Alice's deposit in it.
			st, err := verif.Chain.BC.State()
			if err != nil {
				t.Fatal(err)
			}
			if got := st.GetBalance(aliceL2); got.Cmp(uint256.NewInt(params.GWei)) != 0 {
				t.Fatalf("Alice's L2 balance after the deposit: %v", got)
			}
			if verif.Chain.Head().Hash() != b1.Hash() {
				t.Fatal("the derived head is not the sequencer's")
			}
		}
		if i == 6 && !restarted {
			liar.Games.Close()
			verif.Games.Close()
			liar, verif = newLiar(), newVerifier()
			restarted = true
		}
		p, err := oc.Proposal(ctx, liarID)
		if err != nil {
			t.Fatal(err)
		}
		if p.Disputes > 1 {
			t.Fatalf("the lie was disputed %d times", p.Disputes)
		}
		if p.Disputes == 1 && p.Open == 0 {
			if p.Status != output.Rejected {
				t.Fatalf("the lie after its game: %v", p.Status)
			}
			t.Logf("the lie rejected after %d rounds (%v)", i+1, time.Since(start).Round(time.Millisecond))
			break
		}
	}
	if !restarted {
		t.Fatal("the game ended before the restart")
	}
	if err := w.l1.AdjustTime(window * time.Second); err != nil {
		t.Fatal(err)
	}
	for _, p := range []Stepper{honest, liar, verif} {
		if err := p.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	for id, want := range map[uint64]output.Status{honestID: output.Final, liarID: output.Rejected} {
		if p, err := oc.Proposal(ctx, id); err != nil || !p.Settled || p.Status != want {
			t.Fatalf("proposal %d: %+v, %v; want %v", id, p, err, want)
		}
	}
	if root, err := oc.FinalOutput(ctx, 1); err != nil || root != mustRoot(t, verif, 1) {
		t.Fatalf("final output of block 1: %s, %v", root, err)
	}
	if !verif.st.Rewarded[0] {
		t.Fatal("the verifier did not claim its reward")
	}
	if c, err := oc.Credit(ctx, w.verif.Address()); err != nil || c.Sign() != 0 {
		t.Fatalf("the verifier's credit left: %v, %v", c, err)
	}
}

func mustRoot(t *testing.T, v *Verifier, n uint64) common.Hash {
	t.Helper()
	r, err := v.HonestRoot(n)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
