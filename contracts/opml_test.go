package contracts_test

// OpML.sol, the claim registry, on the simulated chain of game_test.go:
// bonds, windows, challenges as DisputeGame games, settlement and
// withdrawals, to the wei.

import (
	"bytes"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// OpML.ClaimStatus.
const (
	claimNone uint8 = iota
	claimPending
	claimFinal
	claimRejected
)

// registry is an OpML deployment over a DisputeGame deployment.
type registry struct {
	c             *simChain
	addr          common.Address
	game          *disputeGame
	window, clock uint64
	claimBond     *big.Int
	challengeBond *big.Int
	registered    int64 // models registered: OpML holds their bonds for good
}

// The model registry's bonds of the registries the tests deploy; the
// data-availability window is the challenge window.
var (
	registrationBond = new(big.Int).Mul(big.NewInt(2), ether)
	daBond           = new(big.Int).Div(ether, big.NewInt(10))
)

func (c *simChain) deployOpML(t testing.TB, g *disputeGame, window, clock uint64, claimBond, challengeBond *big.Int) *registry {
	t.Helper()
	return c.deployOpMLSized(t, g, window, clock, claimBond, challengeBond, onchain.DefaultMaxInputBytes, onchain.DefaultMaxOutputBytes)
}

// deployOpMLSized is deployOpML with the size bounds given. The deployer
// registers testModel and testClaim's model, with the size bounds as their
// limits.
func (c *simChain) deployOpMLSized(t testing.TB, g *disputeGame, window, clock uint64, claimBond, challengeBond *big.Int,
	maxInput, maxOutput uint64) *registry {
	t.Helper()
	addr := c.deploy(t, deployer, bindings.OpMLMetaData.Bin,
		opmlABI.PackConstructor(g.addr, window, clock, claimBond, challengeBond, maxInput, maxOutput, registrationBond, daBond, window))
	o := &registry{c: c, addr: addr, game: g, window: window, clock: clock, claimBond: claimBond, challengeBond: challengeBond}
	o.register(t, deployer, testModelRoot, testModelLength, maxInput, maxOutput)
	o.register(t, deployer, testClaimRoot, testClaimLength, maxInput, maxOutput)
	return o
}

// register registers a model with the registration bond and checks
// ModelRegistered and the registration.
func (o *registry) register(t testing.TB, from actor, root [32]byte, length, maxInput, maxOutput uint64) *types.Receipt {
	t.Helper()
	r := o.send(t, from, opmlABI.PackRegisterModel(root, length, maxInput, maxOutput), registrationBond)
	ev := oneEvent(t, r, o.addr, opmlABI.UnpackModelRegisteredEvent)
	model := oracle.ModelAddress(root, length)
	if ev.Model != model || ev.Registrant != from.addr || ev.Root != root || ev.Length != length ||
		ev.MaxInputBytes != maxInput || ev.MaxOutputBytes != maxOutput {
		t.Fatalf("ModelRegistered %+v", ev)
	}
	if m := o.model(t, model); m.Status != modelAvailable || m.Registrant != from.addr || m.Root != root || m.Length != length ||
		m.MaxInputBytes != maxInput || m.MaxOutputBytes != maxOutput || m.RegisteredBlock != r.BlockNumber.Uint64() {
		t.Fatalf("model %x: %+v", model, m)
	}
	o.registered++
	return r
}

func (o *registry) model(t testing.TB, model [32]byte) bindings.ModelRegistryModel {
	t.Helper()
	m, err := bind.Call(opmlABI.Instance(o.c.client, o.addr), nil, opmlABI.PackGetModel(model), opmlABI.UnpackGetModel)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// held is what OpML holds besides the registration bonds.
func (o *registry) held(t testing.TB) *big.Int {
	t.Helper()
	return new(big.Int).Sub(o.c.balanceOf(t, o.addr), times(o.registered, registrationBond))
}

func (o *registry) send(t testing.TB, from actor, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	return o.c.send(t, from, o.addr, data, value)
}

func (o *registry) mustRevert(t testing.TB, from actor, data []byte, value *big.Int, reason string) {
	t.Helper()
	o.c.mustRevert(t, from, &o.addr, data, value, errorString(reason))
}

// submit posts a claim with the claim bond and checks ClaimSubmitted and
// the stored claim.
func (o *registry) submit(t testing.TB, from actor, model [32]byte, input, output []byte) *big.Int {
	t.Helper()
	r := o.send(t, from, opmlABI.PackSubmit(model, input, output), o.claimBond)
	ev := oneEvent(t, r, o.addr, opmlABI.UnpackClaimSubmittedEvent)
	if ev.Submitter != from.addr || ev.Model != model || !bytes.Equal(ev.Input, input) || !bytes.Equal(ev.Output, output) {
		t.Fatalf("ClaimSubmitted %+v", ev)
	}
	want := bindings.OpMLClaim{
		Submitter: from.addr, SubmittedAt: o.c.blockTime(t, r), SubmittedBlock: r.BlockNumber.Uint64(),
		Model: model, InputHash: crypto.Keccak256Hash(input), OutputHash: crypto.Keccak256Hash(output),
	}
	if got := o.claim(t, ev.ClaimId); got != want {
		t.Fatalf("claim %d:\n%+v, want\n%+v", ev.ClaimId, got, want)
	}
	if s, out := o.result(t, ev.ClaimId); s != claimPending || !bytes.Equal(out, output) {
		t.Fatalf("getResult of a new claim: %d, %x", s, out)
	}
	return ev.ClaimId
}

// challenge challenges a claim with the challenge bond and checks
// ChallengeOpened and the game it started: created by the registry, the
// submitter defending, the claim's data.
func (o *registry) challenge(t testing.TB, from actor, claimID *big.Int) (challengeID, gameID *big.Int) {
	t.Helper()
	cl := o.claim(t, claimID)
	r := o.send(t, from, opmlABI.PackChallenge(claimID), o.challengeBond)
	ev := oneEvent(t, r, o.addr, opmlABI.UnpackChallengeOpenedEvent)
	if ev.ClaimId.Cmp(claimID) != 0 || ev.Challenger != from.addr {
		t.Fatalf("ChallengeOpened %+v", ev)
	}
	created := oneEvent(t, r, o.game.addr, gameABI.UnpackGameCreatedEvent)
	if created.GameId.Cmp(ev.GameId) != 0 {
		t.Fatalf("GameCreated %+v for challenge %+v", created, ev)
	}
	gm := o.game.get(t, ev.GameId)
	if gm.Creator != o.addr || gm.Defender != cl.Submitter || gm.Challenger != from.addr ||
		gm.Model != cl.Model || gm.InputHash != cl.InputHash || gm.OutputHash != cl.OutputHash ||
		gm.Clock != o.clock || gm.Status != statusInProgress {
		t.Fatalf("the challenge's game: %+v", gm)
	}
	if ch := o.getChallenge(t, ev.ChallengeId); ch.ClaimId.Cmp(claimID) != 0 || ch.Challenger != from.addr ||
		ch.GameId.Cmp(ev.GameId) != 0 || ch.Resolved || ch.ChallengerWon {
		t.Fatalf("challenge %d: %+v", ev.ChallengeId, ch)
	}
	return ev.ChallengeId, ev.GameId
}

// resolveChallenge records a decided challenge and checks what it
// credited.
func (o *registry) resolveChallenge(t testing.TB, from actor, challengeID *big.Int) *types.Receipt {
	t.Helper()
	ch := o.getChallenge(t, challengeID)
	cl := o.claim(t, ch.ClaimId)
	r := o.send(t, from, opmlABI.PackResolveChallenge(challengeID), nil)
	ev := oneEvent(t, r, o.addr, opmlABI.UnpackChallengeResolvedEvent)
	won := o.game.get(t, ch.GameId).Status == statusChallengerWon
	if ev.ClaimId.Cmp(ch.ClaimId) != 0 || ev.ChallengeId.Cmp(challengeID) != 0 || ev.ChallengerWon != won {
		t.Fatalf("ChallengeResolved %+v, want challengerWon %v", ev, won)
	}
	winner := cl.Submitter
	if won {
		winner = ch.Challenger
	}
	expectCredits(t, r, o.addr, map[common.Address]*big.Int{winner: o.challengeBond})
	if after := o.getChallenge(t, challengeID); !after.Resolved || after.ChallengerWon != won {
		t.Fatalf("challenge after resolveChallenge: %+v", after)
	}
	return r
}

// expectCredits checks a receipt's Credited events: exactly want, in any
// order.
func expectCredits(t testing.TB, r *types.Receipt, opml common.Address, want map[common.Address]*big.Int) {
	t.Helper()
	evs := eventsOf(r, opml, opmlABI.UnpackCreditedEvent)
	got := map[common.Address]*big.Int{}
	for _, ev := range evs {
		if got[ev.Who] != nil {
			t.Fatalf("%s credited twice", ev.Who)
		}
		got[ev.Who] = ev.Amount
	}
	if len(got) != len(want) {
		t.Fatalf("credited %v, want %v", got, want)
	}
	for who, amount := range want {
		if got[who] == nil || got[who].Cmp(amount) != 0 {
			t.Fatalf("credited %v, want %v", got, want)
		}
	}
}

func (o *registry) settle(t testing.TB, from actor, claimID *big.Int, status uint8) *types.Receipt {
	t.Helper()
	r := o.send(t, from, opmlABI.PackSettle(claimID), nil)
	ev := oneEvent(t, r, o.addr, opmlABI.UnpackClaimSettledEvent)
	if ev.ClaimId.Cmp(claimID) != 0 || ev.Status != status {
		t.Fatalf("ClaimSettled %+v, want status %d", ev, status)
	}
	return r
}

// withdraw pays out an actor's credit and checks that its balance grew by
// exactly the credit less the transaction's fee.
func (o *registry) withdraw(t testing.TB, who actor, want *big.Int) *types.Receipt {
	t.Helper()
	if got := o.credit(t, who); got.Cmp(want) != 0 {
		t.Fatalf("%s's credit is %v, want %v", who.name, got, want)
	}
	before := o.c.balance(t, who)
	r := o.send(t, who, opmlABI.PackWithdraw(), nil)
	if ev := oneEvent(t, r, o.addr, opmlABI.UnpackWithdrawnEvent); ev.Who != who.addr || ev.Amount.Cmp(want) != 0 {
		t.Fatalf("Withdrawn %+v, want %v to %s", ev, want, who.name)
	}
	gained := new(big.Int).Sub(o.c.balance(t, who), before)
	if wantGain := new(big.Int).Sub(want, fee(r)); gained.Cmp(wantGain) != 0 {
		t.Fatalf("%s's balance changed by %v, want %v (credit %v, fee %v)", who.name, gained, wantGain, want, fee(r))
	}
	if left := o.credit(t, who); left.Sign() != 0 {
		t.Fatalf("%s's credit after withdrawing: %v", who.name, left)
	}
	o.mustRevert(t, who, opmlABI.PackWithdraw(), nil, "OpML: nothing to withdraw")
	return r
}

func (o *registry) claim(t testing.TB, id *big.Int) bindings.OpMLClaim {
	t.Helper()
	cl, err := opmlABI.UnpackGetClaim(o.c.view(t, o.addr, opmlABI.PackGetClaim(id)))
	if err != nil {
		t.Fatal(err)
	}
	return cl
}

func (o *registry) getChallenge(t testing.TB, id *big.Int) bindings.OpMLChallenge {
	t.Helper()
	ch, err := opmlABI.UnpackGetChallenge(o.c.view(t, o.addr, opmlABI.PackGetChallenge(id)))
	if err != nil {
		t.Fatal(err)
	}
	return ch
}

func (o *registry) statusOf(t testing.TB, id *big.Int) uint8 {
	t.Helper()
	s, err := opmlABI.UnpackStatusOf(o.c.view(t, o.addr, opmlABI.PackStatusOf(id)))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (o *registry) result(t testing.TB, id *big.Int) (uint8, []byte) {
	t.Helper()
	res, err := opmlABI.UnpackGetResult(o.c.view(t, o.addr, opmlABI.PackGetResult(id)))
	if err != nil {
		t.Fatal(err)
	}
	if s := o.statusOf(t, id); s != res.Status {
		t.Fatalf("getResult's status %d, statusOf %d", res.Status, s)
	}
	return res.Status, res.Output
}

func (o *registry) credit(t testing.TB, who actor) *big.Int {
	t.Helper()
	v, err := opmlABI.UnpackCredit(o.c.view(t, o.addr, opmlABI.PackCredit(who.addr)))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (o *registry) challengesOf(t testing.TB, id *big.Int) []*big.Int {
	t.Helper()
	ids, err := opmlABI.UnpackChallengesOf(o.c.view(t, o.addr, opmlABI.PackChallengesOf(id)))
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// timeOut makes the next block one second past a game's clock for the
// side whose turn it is.
func (o *registry) timeOut(t testing.TB, gameID *big.Int) {
	t.Helper()
	gm := o.game.get(t, gameID)
	used := gm.DefenderUsed
	if gm.Phase != phaseBisect {
		used = gm.ChallengerUsed
	}
	if next := gm.LastMoveAt + gm.Clock - used + 1; next > o.c.now(t)+1 {
		o.c.nextBlockAt(t, next)
	}
}

func wei(v int64) *big.Int { return big.NewInt(v) }

func sum(vs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, v := range vs {
		s.Add(s, v)
	}
	return s
}

func times(n int64, v *big.Int) *big.Int { return new(big.Int).Mul(big.NewInt(n), v) }

var (
	// An odd claim bond: split between two winners it leaves 1 wei over.
	oddClaimBond  = new(big.Int).Add(ether, common.Big1)
	challengeBond = new(big.Int).Div(ether, big.NewInt(4))
)

const (
	testWindow = 3600
	testClock  = 600
)

// timeoutRegistry is an OpML over a one-round game (arity 2, depth 1, from
// asm/llsc's first state), for tests whose games end by timeouts.
func timeoutRegistry(t testing.TB, c *simChain) (*registry, *programTrace) {
	t.Helper()
	tr := llscTrace(t)
	g := c.deployGame(t, tr.at(0), 2, 1)
	return c.deployOpML(t, g, testWindow, testClock, oddClaimBond, challengeBond), tr
}

// defend is the defender's first (and, at depth 1, only) move: the real
// state after one step of asm/llsc and a made-up valid exit.
func defend(t testing.TB, o *registry, tr *programTrace, gameID *big.Int) {
	t.Helper()
	o.game.bisect(t, alice, gameID, [][32]byte{tr.at(1), validLie("llsc at 2")})
}

var (
	testModelRoot          = [32]byte{31: 0x4d}
	testModelLength uint64 = 1000
	testModel              = [32]byte(oracle.ModelAddress(testModelRoot, testModelLength))
	testInput              = []byte("an input")
	testOutput             = []byte{7}
)

// TestOpMLSubmitAndChallenge: the bonds and the window are enforced; one
// claim's challenges are separate games, all defended by the submitter.
func TestOpMLSubmitAndChallenge(t *testing.T) {
	c := newSimChain(t)
	o, _ := timeoutRegistry(t, c)

	t.Run("constructor", func(t *testing.T) {
		bin := common.FromHex(bindings.OpMLMetaData.Bin)
		for _, wc := range [][2]uint64{{0, testClock}, {testWindow, 0}} {
			code := append(bytes.Clone(bin), opmlABI.PackConstructor(o.game.addr, wc[0], wc[1], oddClaimBond, challengeBond,
				onchain.DefaultMaxInputBytes, onchain.DefaultMaxOutputBytes, registrationBond, daBond, testWindow)...)
			c.mustRevert(t, deployer, nil, code, nil, errorString("OpML: zero window or clock"))
		}
	})

	submit := opmlABI.PackSubmit(testModel, testInput, testOutput)
	for _, v := range []*big.Int{wei(0), new(big.Int).Sub(oddClaimBond, common.Big1), sum(oddClaimBond, common.Big1)} {
		o.mustRevert(t, alice, submit, v, "OpML: value must be the claim bond")
	}
	id := o.submit(t, alice, testModel, testInput, testOutput)
	submittedAt := o.claim(t, id).SubmittedAt
	if s := o.statusOf(t, big.NewInt(1)); s != claimNone {
		t.Fatalf("statusOf an unknown claim: %d", s)
	}
	o.mustRevert(t, erin, opmlABI.PackGetClaim(big.NewInt(1)), nil, "OpML: no such claim")

	challenge := opmlABI.PackChallenge(id)
	for _, v := range []*big.Int{wei(0), new(big.Int).Sub(challengeBond, common.Big1), sum(challengeBond, challengeBond)} {
		o.mustRevert(t, bob, challenge, v, "OpML: value must be the challenge bond")
	}
	o.mustRevert(t, bob, opmlABI.PackChallenge(big.NewInt(1)), challengeBond, "OpML: no such claim")

	// Three challenges at once: three games, each between alice and one
	// challenger.
	var challenges []*big.Int
	games := map[string]bool{}
	for _, who := range []actor{bob, carol, dave} {
		ch, gameID := o.challenge(t, who, id)
		challenges = append(challenges, ch)
		games[gameID.String()] = true
	}
	if len(games) != 3 {
		t.Fatalf("3 challenges started %d games", len(games))
	}
	if got := o.challengesOf(t, id); fmt.Sprint(got) != fmt.Sprint(challenges) {
		t.Fatalf("challengesOf %v, want %v", got, challenges)
	}
	if cl := o.claim(t, id); cl.Challenges != 3 || cl.Open != 3 || cl.Wins != 0 || cl.Settled {
		t.Fatalf("claim after 3 challenges: %+v", cl)
	}
	if b := o.held(t); b.Cmp(sum(oddClaimBond, times(3, challengeBond))) != 0 {
		t.Fatalf("OpML holds %v", b)
	}
	o.mustRevert(t, erin, opmlABI.PackResolveChallenge(big.NewInt(3)), nil, "OpML: no such challenge")
	o.mustRevert(t, erin, opmlABI.PackGetChallenge(big.NewInt(3)), nil, "OpML: no such challenge")
	o.mustRevert(t, erin, opmlABI.PackSettle(big.NewInt(1)), nil, "OpML: no such claim")

	// The window: challenges until its last second, settling from its end.
	c.nextBlockAt(t, submittedAt+testWindow-2)
	o.mustRevert(t, erin, opmlABI.PackSettle(id), nil, "OpML: challenge window is not over")
	if now := c.now(t); now != submittedAt+testWindow-2 {
		t.Fatalf("at %d, want %d", now, submittedAt+testWindow-2)
	}
	o.challenge(t, erin, id) // in the window's last second
	o.mustRevert(t, erin, challenge, challengeBond, "OpML: challenge window is over")
	o.mustRevert(t, erin, opmlABI.PackSettle(id), nil, "OpML: challenges still open")
	if cl := o.claim(t, id); cl.Challenges != 4 || cl.Open != 4 {
		t.Fatalf("claim after 4 challenges: %+v", cl)
	}
}

// TestOpMLFinalClaim: a claim whose challengers all lose (here by letting
// their clocks run out after the defender's move) is final once the window
// is over: getResult gives it, and the submitter gets its claim bond back
// and the losers' challenge bonds, paid once.
func TestOpMLFinalClaim(t *testing.T) {
	c := newSimChain(t)
	o, tr := timeoutRegistry(t, c)
	start := map[string]*big.Int{}
	for _, a := range actors {
		start[a.name] = c.balance(t, a)
	}
	id := o.submit(t, alice, testModel, testInput, testOutput)
	submittedAt := o.claim(t, id).SubmittedAt
	chBob, gameBob := o.challenge(t, bob, id)
	chCarol, gameCarol := o.challenge(t, carol, id)
	defend(t, o, tr, gameBob)
	defend(t, o, tr, gameCarol)

	// The games are undecided: DisputeGame.resolve's revert comes through.
	o.mustRevert(t, erin, opmlABI.PackResolveChallenge(chBob), nil, "DisputeGame: not decided")
	o.timeOut(t, gameCarol) // the later of the two
	if s := o.game.statusOf(t, gameBob); s != statusDefenderWon {
		t.Fatalf("bob's game: %d, want DefenderWon", s)
	}
	// resolveChallenge records the timeout in the game.
	r := o.resolveChallenge(t, erin, chBob)
	if ev := oneEvent(t, r, o.game.addr, gameABI.UnpackResolvedEvent); ev.GameId.Cmp(gameBob) != 0 || ev.Status != statusDefenderWon {
		t.Fatalf("Resolved %+v", ev)
	}
	o.mustRevert(t, erin, opmlABI.PackResolveChallenge(chBob), nil, "OpML: challenge already resolved")
	if s := o.statusOf(t, id); s != claimPending {
		t.Fatalf("status with a challenge open: %d", s)
	}
	// A game resolved directly in DisputeGame first is recorded the same.
	o.game.resolve(t, erin, gameCarol)
	o.resolveChallenge(t, erin, chCarol)
	if cl := o.claim(t, id); cl.Open != 0 || cl.Wins != 0 {
		t.Fatalf("claim after its challenges: %+v", cl)
	}
	// Every challenge resolved, but the window is not over.
	if now := c.now(t); now+1 >= submittedAt+testWindow {
		t.Fatalf("the games took until %d, past the window (%d)", now, submittedAt+testWindow)
	}
	o.mustRevert(t, erin, opmlABI.PackSettle(id), nil, "OpML: challenge window is not over")
	c.nextBlockAt(t, submittedAt+testWindow)
	o.settle(t, erin, id, claimFinal)
	if s, out := o.result(t, id); s != claimFinal || !bytes.Equal(out, testOutput) {
		t.Fatalf("getResult: %d, %x", s, out)
	}
	o.mustRevert(t, erin, opmlABI.PackSettle(id), nil, "OpML: claim already settled")

	aliceGets := sum(oddClaimBond, times(2, challengeBond))
	o.withdraw(t, alice, aliceGets)
	for _, a := range []actor{bob, carol, erin} {
		o.mustRevert(t, a, opmlABI.PackWithdraw(), nil, "OpML: nothing to withdraw")
	}
	if b := o.held(t); b.Sign() != 0 {
		t.Fatalf("OpML holds %v after paying out", b)
	}
	// Every wei accounted for: bonds, payouts and gas fees.
	for _, tc := range []struct {
		a      actor
		change *big.Int
	}{
		{alice, new(big.Int).Sub(aliceGets, oddClaimBond)},
		{bob, new(big.Int).Neg(challengeBond)},
		{carol, new(big.Int).Neg(challengeBond)},
		{erin, new(big.Int)},
	} {
		want := new(big.Int).Sub(new(big.Int).Add(start[tc.a.name], tc.change), c.feesOf(tc.a))
		if got := c.balance(t, tc.a); got.Cmp(want) != 0 {
			t.Errorf("%s's balance %v, want %v", tc.a.name, got, want)
		}
	}
}

// TestOpMLRejectedClaim: a claim is rejected as soon as one challenger's
// win is recorded; half the claim bond (odd here) is burned, the other half
// shared by the two winners, each collecting its share with claimReward
// (the division's remainder is burned too), and the loser's bond goes to the
// submitter. Each is paid exactly once.
func TestOpMLRejectedClaim(t *testing.T) {
	c := newSimChain(t)
	o, tr := timeoutRegistry(t, c)
	id := o.submit(t, alice, testModel, testInput, testOutput)
	submittedAt := o.claim(t, id).SubmittedAt
	chBob, gameBob := o.challenge(t, bob, id)
	chCarol, gameCarol := o.challenge(t, carol, id)
	chDave, gameDave := o.challenge(t, dave, id)
	defend(t, o, tr, gameDave) // alice defends only against dave
	o.timeOut(t, gameDave)
	for _, g := range []*big.Int{gameBob, gameCarol} {
		if s := o.game.statusOf(t, g); s != statusChallengerWon {
			t.Fatalf("game %d: %d, want ChallengerWon", g, s)
		}
	}

	// Carol's win, recorded first, rejects the claim at once.
	o.resolveChallenge(t, erin, chCarol)
	if s, out := o.result(t, id); s != claimRejected || !bytes.Equal(out, testOutput) {
		t.Fatalf("getResult after a challenger won: %d, %x", s, out)
	}
	if cl := o.claim(t, id); cl.Open != 2 || cl.Wins != 1 || cl.Settled {
		t.Fatalf("claim: %+v", cl)
	}
	o.mustRevert(t, erin, opmlABI.PackClaimReward(chCarol), nil, "OpML: claim not settled")
	o.resolveChallenge(t, erin, chDave)
	o.resolveChallenge(t, erin, chBob)
	o.mustRevert(t, erin, opmlABI.PackSettle(id), nil, "OpML: challenge window is not over")
	c.nextBlockAt(t, submittedAt+testWindow)
	r := o.settle(t, erin, id, claimRejected)
	share := new(big.Int).Div(new(big.Int).Div(oddClaimBond, big.NewInt(2)), big.NewInt(2))
	burned := new(big.Int).Sub(oddClaimBond, times(2, share))
	expectCredits(t, r, o.addr, map[common.Address]*big.Int{})
	for _, l := range r.Logs {
		if e, err := opmlABI.UnpackBurnedEvent(l); err == nil && e.Amount.Cmp(burned) != 0 {
			t.Fatalf("burned %v, want %v", e.Amount, burned)
		}
	}
	for _, ch := range []struct {
		id  *big.Int
		who actor
	}{{chBob, bob}, {chCarol, carol}} {
		r := o.send(t, erin, opmlABI.PackClaimReward(ch.id), nil) // anyone may
		expectCredits(t, r, o.addr, map[common.Address]*big.Int{ch.who.addr: share})
		o.mustRevert(t, ch.who, opmlABI.PackClaimReward(ch.id), nil, "OpML: reward already credited")
	}
	o.mustRevert(t, erin, opmlABI.PackClaimReward(chDave), nil, "OpML: the challenger did not win")
	o.mustRevert(t, erin, opmlABI.PackClaimReward(big.NewInt(99)), nil, "OpML: no such challenge")
	if s := o.statusOf(t, id); s != claimRejected {
		t.Fatalf("status after settling: %d", s)
	}
	o.mustRevert(t, erin, opmlABI.PackSettle(id), nil, "OpML: claim already settled")

	credits := []struct {
		a      actor
		amount *big.Int
	}{
		{bob, sum(challengeBond, share)},
		{carol, sum(challengeBond, share)},
		{alice, challengeBond}, // dave's
	}
	total := new(big.Int)
	for _, cr := range credits {
		total.Add(total, cr.amount)
	}
	if held := o.held(t); held.Cmp(sum(total, burned)) != 0 || sum(total, burned).Cmp(sum(oddClaimBond, times(3, challengeBond))) != 0 {
		t.Fatalf("OpML holds %v, credits total %v, burned %v", held, total, burned)
	}
	for _, cr := range credits {
		o.withdraw(t, cr.a, cr.amount)
	}
	o.mustRevert(t, dave, opmlABI.PackWithdraw(), nil, "OpML: nothing to withdraw")
	if b := o.held(t); b.Cmp(burned) != 0 {
		t.Fatalf("OpML holds %v after paying out, want the burned %v", b, burned)
	}
}

// TestOpMLDecidedByStep: games over the real trace of asm/llsc (arity 4,
// depth 6) decided by MIPS.step. A claim whose submitter lies in its game
// is rejected by the honest challenger's win at the step; a claim whose
// submitter defends with the real trace survives a wrong challenger and is
// final. (asm/llsc reads no local data, so the trace is the same for both
// claims.)
func TestOpMLDecidedByStep(t *testing.T) {
	tr := llscTrace(t)
	c := newSimChain(t)
	g := c.deployGame(t, tr.at(0), 4, depthFor(4, tr.exit()))
	o := c.deployOpML(t, g, testWindow, day, oddClaimBond, challengeBond)

	lie := o.submit(t, alice, testModel, testInput, []byte{8})
	honest := o.submit(t, alice, testModel, testInput, testOutput)
	submittedAt := o.claim(t, honest).SubmittedAt
	chLie, gameLie := o.challenge(t, bob, lie)
	chHonest, gameHonest := o.challenge(t, carol, honest)

	res := g.play(t, gameLie, alice, bob, lieFrom(tr.at, 1000, g.length), firstDisagreement(tr.at), tr)
	if res.status != statusChallengerWon || res.position != 999 {
		t.Fatalf("the lie's game: status %d at step %d", res.status, res.position)
	}
	o.resolveChallenge(t, erin, chLie)
	if s := o.statusOf(t, lie); s != claimRejected {
		t.Fatalf("the lie: %d, want Rejected", s)
	}

	res = g.play(t, gameHonest, alice, carol, tr.at, randomParts(7), tr)
	if res.status != statusDefenderWon {
		t.Fatalf("the honest claim's game: status %d", res.status)
	}
	o.resolveChallenge(t, erin, chHonest)
	if s := o.statusOf(t, honest); s != claimPending {
		t.Fatalf("the honest claim before the window's end: %d", s)
	}
	c.nextBlockAt(t, submittedAt+testWindow)
	o.settle(t, erin, lie, claimRejected)
	o.settle(t, erin, honest, claimFinal)
	if s, out := o.result(t, honest); s != claimFinal || !bytes.Equal(out, testOutput) {
		t.Fatalf("getResult: %d, %x", s, out)
	}
	o.send(t, bob, opmlABI.PackClaimReward(chLie), nil)
	o.withdraw(t, bob, sum(challengeBond, new(big.Int).Div(oddClaimBond, big.NewInt(2))))
	o.withdraw(t, alice, sum(challengeBond, oddClaimBond))
	o.mustRevert(t, carol, opmlABI.PackWithdraw(), nil, "OpML: nothing to withdraw")
}

// TestOpMLLocalDataStep: a claim's data reaches MIPS.step through OpML, the
// game's local context and the oracle. The game is over one step of the
// claim-checking program, the one that reads the first bytes of the
// claimed output's hash (local datum 3). The submitter cuts at the state
// after that step when the program checks claim cl: it survives on cl,
// and loses on a claim with another output, where the program reads
// another hash.
func TestOpMLLocalDataStep(t *testing.T) {
	elf := inferenceELF(t)
	cl := testClaim("the claimed output")
	other := testClaim("another output")
	k := readKey{3, 8}
	rd := localReads(t, elf, cl)[k]
	theirs := localReads(t, elf, other)[k]
	c := newSimChain(t)
	g := c.deployGame(t, rd.w.StateHash, 2, 1)
	o := c.deployOpML(t, g, testWindow, testClock, oddClaimBond, challengeBond)

	for _, tc := range []struct {
		claim  claim.Claim
		status uint8 // of the game
		post   [32]byte
	}{
		{cl, statusDefenderWon, rd.post},
		{other, statusChallengerWon, theirs.post},
	} {
		id := o.submit(t, alice, tc.claim.Model, tc.claim.Input, tc.claim.Output)
		ch, gameID := o.challenge(t, bob, id)
		o.game.bisect(t, alice, gameID, [][32]byte{rd.post, validLie("inference at 2")})
		o.game.choose(t, bob, gameID, 0)
		o.game.loadLocalData(t, erin, gameID, k.index, k.offset)
		r := o.game.step(t, erin, gameID, rd.w)
		if st := oneEvent(t, r, g.addr, gameABI.UnpackSteppedEvent); st.PostStateHash != tc.post || o.game.get(t, gameID).Status != tc.status {
			t.Fatalf("output %q: Stepped %+v, want post-state %x and status %d", tc.claim.Output, st, tc.post, tc.status)
		}
		o.resolveChallenge(t, erin, ch)
		want := claimPending
		if tc.status == statusChallengerWon {
			want = claimRejected
		}
		if s := o.statusOf(t, id); s != want {
			t.Fatalf("output %q: claim status %d, want %d", tc.claim.Output, s, want)
		}
	}
}

// claimTrace is the trace of the claim-checking program on a claim, with
// its model, computed by running the interpreter: a position at or after
// the last one asked for continues the run, an earlier one starts again
// from the prestate (a game asks for increasing positions within a round;
// the whole Fashion-MNIST run takes 0.06 s).
type claimTrace struct {
	t     testing.TB // for at, a hashesFn: the test that made the trace
	elf   []byte
	host  mipsevm.PreimageOracle
	s     *mipsevm.State
	vm    *mipsevm.VM
	exit  uint64 // the step count
	final [32]byte
}

func newClaimTrace(t testing.TB, elf []byte, cl claim.Claim, model *oracle.Model) *claimTrace {
	t.Helper()
	ct := &claimTrace{t: t, elf: elf, host: cl.Host(nil, model)}
	ct.restart()
	if err := ct.vm.Run(0); err != nil {
		t.Fatal(err)
	}
	ct.exit, ct.final = ct.s.Step, ct.s.Hash()
	return ct
}

func (ct *claimTrace) restart() {
	s, err := claim.Prestate(ct.elf)
	if err != nil {
		ct.t.Fatal(err)
	}
	ct.s, ct.vm = s, mipsevm.NewVM(s, ct.host, nil, nil)
}

// runTo leaves the VM at position pos (pos < exit).
func (ct *claimTrace) runTo(pos uint64) {
	if pos < ct.s.Step {
		ct.restart()
	}
	if err := ct.vm.RunTo(pos); err != nil {
		ct.t.Fatal(err)
	}
}

func (ct *claimTrace) at(pos uint64) [32]byte {
	if pos >= ct.exit {
		return ct.final
	}
	ct.runTo(pos)
	return ct.s.Hash()
}

func (ct *claimTrace) witness(t testing.TB, pos uint64) *mipsevm.Witness {
	t.Helper()
	ct.runTo(min(pos, ct.exit))
	w, err := ct.vm.Step(true)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// The committed Fashion-MNIST classifier and a test image (`make model`).
var (
	mnistModelPath = filepath.Join("..", "ggml-mips", "models", "mnist", "testdata", "fashion-mnist.gguf")
	mnistImagePath = filepath.Join("..", "ggml-mips", "models", "mnist", "testdata", "images", "0000-9.bin")
)

// TestOpMLFashionMNIST: a whole dispute over real claims: the committed
// Fashion-MNIST model on a test image, checked by the claim-checking
// program (about 7.2 million steps; arity 16, depth 6). The honest claim
// survives a challenger choosing parts at random and is final; a claim
// with another class is rejected: its submitter, claiming a valid exit,
// must make up the exit step's state, and the honest challenger wins the
// step there (the program exits 1).
func TestOpMLFashionMNIST(t *testing.T) {
	elf := inferenceELF(t)
	file, err := os.ReadFile(mnistModelPath)
	if err != nil {
		t.Fatal(err)
	}
	input, err := os.ReadFile(mnistImagePath)
	if err != nil {
		t.Fatal(err)
	}
	output, err := models.Infer(file, input)
	if err != nil {
		t.Fatal(err)
	}
	model := oracle.NewModel(file)
	honest := claim.Claim{Model: model.Address(), Input: input, Output: output}
	wrong := honest
	wrong.Output = []byte{(output[0] + 1) % 10}
	honestTrace := newClaimTrace(t, elf, honest, model)
	wrongTrace := newClaimTrace(t, elf, wrong, model)
	if s := mipsevm.Status(honestTrace.final[0]); s != mipsevm.StatusValid {
		t.Fatalf("the honest claim's run ends %v", s)
	}
	if s := mipsevm.Status(wrongTrace.final[0]); s != mipsevm.StatusInvalid {
		t.Fatalf("the wrong claim's run ends %v", s)
	}
	t.Logf("class %d: %d steps; class %d: %d steps", output[0], honestTrace.exit, wrong.Output[0], wrongTrace.exit)

	c := newSimChain(t)
	prestate, err := claim.Prestate(elf)
	if err != nil {
		t.Fatal(err)
	}
	g := c.deployGame(t, prestate.Hash(), 16, depthFor(16, max(honestTrace.exit, wrongTrace.exit)))
	o := c.deployOpML(t, g, testWindow, day, oddClaimBond, challengeBond)
	o.register(t, alice, model.Root(), model.Len(), uint64(len(input)), uint64(len(output)))
	// The program maps the model: its root and length must be on chain.
	c.send(t, erin, c.oracle, oracleABI.PackRegisterCommitted(model.Root(), model.Len()), nil)

	honestID := o.submit(t, alice, honest.Model, honest.Input, honest.Output)
	wrongID := o.submit(t, alice, wrong.Model, wrong.Input, wrong.Output)
	submittedAt := o.claim(t, wrongID).SubmittedAt
	chHonest, gameHonest := o.challenge(t, carol, honestID)
	chWrong, gameWrong := o.challenge(t, bob, wrongID)

	res := g.play(t, gameHonest, alice, carol, honestTrace.at, randomPartsBefore(9, honestTrace.exit), honestTrace)
	if res.status != statusDefenderWon || res.position >= honestTrace.exit {
		t.Fatalf("the honest claim's game: %d at step %d", res.status, res.position)
	}
	t.Logf("the honest claim's game: step %d (%s)", res.position, stepClass(res.witness))
	res = g.play(t, gameWrong, alice, bob, lieFrom(wrongTrace.at, wrongTrace.exit, g.length), firstDisagreement(wrongTrace.at), wrongTrace)
	if res.status != statusChallengerWon || res.position != wrongTrace.exit-1 {
		t.Fatalf("the wrong claim's game: %d at step %d, want ChallengerWon at %d", res.status, res.position, wrongTrace.exit-1)
	}
	o.resolveChallenge(t, erin, chHonest)
	o.resolveChallenge(t, erin, chWrong)
	c.nextBlockAt(t, submittedAt+testWindow)
	o.settle(t, erin, honestID, claimFinal)
	o.settle(t, erin, wrongID, claimRejected)
	if s, out := o.result(t, honestID); s != claimFinal || !bytes.Equal(out, output) {
		t.Fatalf("getResult of the honest claim: %d, %x", s, out)
	}
	if s, _ := o.result(t, wrongID); s != claimRejected {
		t.Fatalf("getResult of the wrong claim: %d", s)
	}
}

// gasTable collects the gas used by transactions, by what they did.
type gasTable struct {
	rows  []string
	gases map[string][]uint64
}

// add records receipts under a row; rows are listed in the order first
// named (by add or order).
func (g *gasTable) add(name string, rs ...*types.Receipt) {
	g.order(name)
	for _, r := range rs {
		g.gases[name] = append(g.gases[name], r.GasUsed)
	}
}

func (g *gasTable) order(names ...string) {
	if g.gases == nil {
		g.gases = map[string][]uint64{}
	}
	for _, name := range names {
		if _, ok := g.gases[name]; !ok {
			g.rows = append(g.rows, name)
			g.gases[name] = nil
		}
	}
}

func (g *gasTable) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-58s %5s %9s %9s\n", "transaction", "txs", "min", "max")
	for _, name := range g.rows {
		v := g.gases[name]
		if len(v) == 0 {
			continue
		}
		sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
		fmt.Fprintf(&b, "%-58s %5d %9d %9d\n", name, len(v), v[0], v[len(v)-1])
	}
	return b.String()
}

// TestGameGas measures the gas of every kind of transaction of a dispute,
// from the receipts (intrinsic and calldata gas included; Osaka rules), and
// logs the table. settle of a rejected claim is measured with 2 and with 21
// winners, to show that its cost does not grow with them.
//
//	go test ./contracts -run TestGameGas -v
func TestGameGas(t *testing.T) {
	tr := llscTrace(t)
	c := newSimChain(t)
	var gas gasTable

	_, r := c.deployReceipt(t, deployer, bindings.PreimageOracleMetaData.Bin, nil)
	gas.add("deploy PreimageOracle", r)
	_, r = c.deployReceipt(t, deployer, bindings.MIPSMetaData.Bin, mipsABI.PackConstructor(c.oracle))
	gas.add("deploy MIPS", r)
	games := map[uint64]*disputeGame{}
	for _, arity := range []uint64{2, 16} {
		depth := depthFor(arity, tr.exit())
		addr, r := c.deployReceipt(t, deployer, bindings.DisputeGameMetaData.Bin, gameABI.PackConstructor(c.mips, c.oracle, tr.at(0), arity, depth, 0))
		gas.add("deploy DisputeGame", r)
		gas.order("deploy DisputeGame (two-phase)")
		games[arity] = &disputeGame{c: c, addr: addr, prestate: tr.at(0), arity: arity, depth: depth, length: pow(arity, depth)}
	}
	_, r = c.deployReceipt(t, deployer, bindings.OpMLMetaData.Bin, opmlABI.PackConstructor(games[2].addr, testWindow, day, oddClaimBond, challengeBond,
		onchain.DefaultMaxInputBytes, onchain.DefaultMaxOutputBytes, registrationBond, daBond, testWindow))
	gas.add("deploy OpML", r)

	// Whole games, through OpML, the defender lying from a step of each
	// instruction class on (the honest challenger wins there).
	steps := map[string]uint64{}
	for pos := uint64(0); pos < tr.exit(); pos++ {
		class := stepClass(tr.witness(t, pos))
		if _, ok := steps[class]; !ok {
			steps[class] = pos
		}
	}
	steps["exited (padding)"] = tr.exit()
	classes := make([]string, 0, len(steps))
	for class := range steps {
		classes = append(classes, class)
	}
	sort.Strings(classes)
	for _, arity := range []uint64{2, 16} {
		gas.order(fmt.Sprintf("bisect, first (arity %d: %d hashes)", arity, arity),
			fmt.Sprintf("bisect, later (arity %d: %d hashes)", arity, arity-1),
			fmt.Sprintf("choose (arity %d)", arity))
	}
	for _, class := range classes {
		gas.order("step: " + class)
	}
	for _, arity := range []uint64{2, 16} {
		gas.order(fmt.Sprintf("two-phase: bisect, graph phase, first (arity %d: %d hashes)", arity, arity),
			fmt.Sprintf("two-phase: bisect, graph phase, later (arity %d: %d hashes)", arity, arity-1),
			fmt.Sprintf("two-phase: choose, graph phase (arity %d)", arity),
			fmt.Sprintf("two-phase: choose, switching to the node phase (arity %d)", arity),
			fmt.Sprintf("two-phase: bisect, node phase, first (arity %d: %d hashes)", arity, arity))
	}
	gas.order("step: preimage read (local datum)", "loadLocalData (first part of a datum)", "loadLocalData (another part)",
		"resolve (records a timeout)",
		"submit (784-byte input, 1-byte output)", "submit (8-byte input, 1-byte output)", "challenge (starts a game)", "challenge (starts a two-phase game)",
		"resolveChallenge (challenger won at the step)", "resolveChallenge (challenger won; game resolved)",
		"resolveChallenge (challenger won; records the timeout)", "resolveChallenge (defender won; records the timeout)",
		"settle (final)", "settle (rejected, 2 winners)", "settle (rejected, 21 winners)",
		"settle (rejected, 1 winner and 20 losers)", "claimReward", "withdraw")
	for _, arity := range []uint64{2, 16} {
		g := games[arity]
		o := c.deployOpML(t, g, 10*day, day, oddClaimBond, challengeBond)
		for _, class := range classes {
			pos := steps[class]
			id := o.submit(t, alice, testModel, testInput, testOutput)
			chID, gameID := o.challenge(t, bob, id)
			res := g.play(t, gameID, alice, bob, lieFrom(tr.at, pos+1, g.length), firstDisagreement(tr.at), tr)
			if res.position != pos || res.status != statusChallengerWon {
				t.Fatalf("%s step at %d: %+v", class, pos, res)
			}
			gas.add(fmt.Sprintf("bisect, first (arity %d: %d hashes)", arity, arity), res.bisects[0])
			gas.add(fmt.Sprintf("bisect, later (arity %d: %d hashes)", arity, arity-1), res.bisects[1:]...)
			gas.add(fmt.Sprintf("choose (arity %d)", arity), res.chooses...)
			gas.add(fmt.Sprintf("step: %s", class), res.step)
			gas.add("resolveChallenge (challenger won at the step)", o.resolveChallenge(t, erin, chID))
		}
	}

	// OpML's own transactions, over the arity-2 game; these games end by
	// timeouts. One claim is defended and final, the other undefended and
	// rejected by two challengers.
	o := c.deployOpML(t, games[2], testWindow, testClock, oddClaimBond, challengeBond)
	image := bytes.Repeat([]byte{0x80}, 784) // a Fashion-MNIST input's size
	r = o.send(t, alice, opmlABI.PackSubmit(testModel, image, []byte{9}), o.claimBond)
	gas.add("submit (784-byte input, 1-byte output)", r)
	final := oneEvent(t, r, o.addr, opmlABI.UnpackClaimSubmittedEvent).ClaimId
	submittedAt := c.blockTime(t, r)
	r = o.send(t, alice, opmlABI.PackSubmit(testModel, testInput, testOutput), o.claimBond)
	gas.add("submit (8-byte input, 1-byte output)", r)
	rejected := oneEvent(t, r, o.addr, opmlABI.UnpackClaimSubmittedEvent).ClaimId
	var chs, gms []*big.Int
	for _, ch := range []struct {
		who     actor
		claimID *big.Int
	}{{dave, final}, {bob, rejected}, {carol, rejected}} {
		r := o.send(t, ch.who, opmlABI.PackChallenge(ch.claimID), o.challengeBond)
		gas.add("challenge (starts a game)", r)
		ev := oneEvent(t, r, o.addr, opmlABI.UnpackChallengeOpenedEvent)
		chs, gms = append(chs, ev.ChallengeId), append(gms, ev.GameId)
	}
	o.game.bisect(t, alice, gms[0], [][32]byte{tr.at(o.game.length / 2), tr.at(o.game.length)})
	o.timeOut(t, gms[0]) // the last game to time out
	gas.add("resolve (records a timeout)", o.game.resolve(t, erin, gms[1]))
	gas.add("resolveChallenge (defender won; records the timeout)", o.resolveChallenge(t, erin, chs[0]))
	gas.add("resolveChallenge (challenger won; game resolved)", o.resolveChallenge(t, erin, chs[1]))
	gas.add("resolveChallenge (challenger won; records the timeout)", o.resolveChallenge(t, erin, chs[2]))
	c.nextBlockAt(t, submittedAt+testWindow)
	gas.add("settle (final)", o.settle(t, erin, final, claimFinal))
	gas.add("settle (rejected, 2 winners)", o.settle(t, erin, rejected, claimRejected))
	share := new(big.Int).Div(new(big.Int).Div(oddClaimBond, big.NewInt(2)), big.NewInt(2))
	gas.add("claimReward", o.send(t, erin, opmlABI.PackClaimReward(chs[1]), nil))
	gas.add("claimReward", o.send(t, erin, opmlABI.PackClaimReward(chs[2]), nil))
	gas.add("withdraw", o.withdraw(t, alice, sum(oddClaimBond, challengeBond)))
	gas.add("withdraw", o.withdraw(t, bob, sum(challengeBond, share)))
	gas.add("withdraw", o.withdraw(t, carol, sum(challengeBond, share)))

	// settle costs the same whatever the number of challenges: two claims
	// with 21 challenges each, one won by all its challengers, one by one of
	// them (alice defends the other 20).
	o = c.deployOpML(t, games[2], testWindow, testClock, oddClaimBond, challengeBond)
	allWon := o.submit(t, alice, testModel, testInput, testOutput)
	oneWon := o.submit(t, alice, testModel, testInput, []byte{8})
	submittedAt = o.claim(t, oneWon).SubmittedAt
	var open []*big.Int
	for i := range 42 {
		claimID := allWon
		if i%2 == 1 {
			claimID = oneWon
		}
		chID, gameID := o.challenge(t, bob, claimID)
		if claimID == oneWon && i > 1 {
			o.game.bisect(t, alice, gameID, [][32]byte{tr.at(o.game.length / 2), tr.at(o.game.length)})
		}
		open = append(open, chID)
	}
	o.timeOut(t, o.getChallenge(t, open[len(open)-1]).GameId)
	for _, chID := range open {
		o.resolveChallenge(t, erin, chID)
	}
	c.nextBlockAt(t, submittedAt+testWindow)
	gas.add("settle (rejected, 21 winners)", o.settle(t, erin, allWon, claimRejected))
	gas.add("settle (rejected, 1 winner and 20 losers)", o.settle(t, erin, oneWon, claimRejected))

	// Two-phase games (graph depth 10 and 3: 1,024 and 4,096 work items;
	// the node program here is asm/llsc), through OpML, the defender's graph
	// made up and the honest challenger disputing the middle work item, then
	// the node phase to its step (the defender lying from the first step).
	for _, p := range []struct {
		arity uint64
		graph uint32
	}{{2, 10}, {16, 3}} {
		depth := depthFor(p.arity, tr.exit())
		addr, r := c.deployReceipt(t, deployer, bindings.DisputeGameMetaData.Bin, gameABI.PackConstructor(c.mips, c.oracle, tr.at(0), p.arity, depth, p.graph))
		gas.add("deploy DisputeGame (two-phase)", r)
		g := &disputeGame{c: c, addr: addr, prestate: tr.at(0), arity: p.arity, depth: depth, length: pow(p.arity, depth),
			graphDepth: p.graph, graphLength: pow(p.arity, p.graph)}
		o := c.deployOpML(t, g, 10*day, day, oddClaimBond, challengeBond)
		id := o.submit(t, alice, testModel, testInput, testOutput)
		r = o.send(t, bob, opmlABI.PackChallenge(id), o.challengeBond)
		gas.add("challenge (starts a two-phase game)", r)
		gameID := oneEvent(t, r, o.addr, opmlABI.UnpackChallengeOpenedEvent).GameId
		cd := claimData{model: testModel, inputHash: crypto.Keccak256Hash(testInput), outputHash: crypto.Keccak256Hash(testOutput)}
		claims := graphTrace("the defender's", g.graphLength, cd.outputHash)
		sw := g.playGraph(t, gameID, alice, bob, cd, claims, firstDisagreement(challengerGraph(claims, g.graphLength/2)), tr.witness(t, 0))
		if sw.node != g.graphLength/2 {
			t.Fatalf("node %d", sw.node)
		}
		last := len(sw.chooses) - 1
		gas.add(fmt.Sprintf("two-phase: bisect, graph phase, first (arity %d: %d hashes)", p.arity, p.arity), sw.bisects[0])
		gas.add(fmt.Sprintf("two-phase: bisect, graph phase, later (arity %d: %d hashes)", p.arity, p.arity-1), sw.bisects[1:]...)
		gas.add(fmt.Sprintf("two-phase: choose, graph phase (arity %d)", p.arity), sw.chooses[:last]...)
		gas.add(fmt.Sprintf("two-phase: choose, switching to the node phase (arity %d)", p.arity), sw.chooses[last])
		res := g.play(t, gameID, alice, bob, lieFrom(tr.at, 1, g.length), firstDisagreement(tr.at), tr)
		if res.position != 0 || res.status != statusChallengerWon {
			t.Fatalf("node phase: %+v", res)
		}
		gas.add(fmt.Sprintf("two-phase: bisect, node phase, first (arity %d: %d hashes)", p.arity, p.arity), res.bisects[0])
	}

	t.Run("local data", func(t *testing.T) {
		elf := inferenceELF(t)
		cl := testClaim("the claimed output")
		rd := localReads(t, elf, cl)[readKey{3, 8}]
		g := c.deployGame(t, rd.w.StateHash, 2, 1)
		id := c.oneStepGame(t, g, claimDataOf(cl), rd.post)
		gas.add("loadLocalData (first part of a datum)", g.loadLocalData(t, erin, id, 3, 8))
		gas.add("loadLocalData (another part)", g.loadLocalData(t, erin, id, 3, 12))
		gas.add("step: preimage read (local datum)", g.step(t, erin, id, rd.w))
	})
	t.Logf("gas used (receipts, Osaka rules; intrinsic and calldata gas included):%v", &gas)
}

func pow(a uint64, n uint32) uint64 {
	p := uint64(1)
	for range n {
		p *= a
	}
	return p
}
