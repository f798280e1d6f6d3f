package contracts_test

// ModelRegistry.sol, through OpML, on the simulated chain of game_test.go:
// registrations, the claim limits submit enforces, data-availability
// challenges answered, answered wrongly and unanswered, and what an
// unavailable model does to the claims on it.

import (
	"bytes"
	"context"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// ModelRegistry.ModelStatus and DAStatus.
const (
	modelNone uint8 = iota
	modelAvailable
	modelUnavailable
)

const (
	daNone uint8 = iota
	daOpen
	daAnswered
	daExpired
)

// txMaxSize is the largest transaction go-ethereum's pool takes
// (core/txpool/legacypool: 4 slots of 32 KiB).
const txMaxSize = 128 << 10

// randomModel is n pseudo-random bytes, as a model.
func randomModel(seed uint64, n int) *oracle.Model {
	r := rand.New(rand.NewPCG(seed, 0x6d6f64656c))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return oracle.NewModel(b)
}

// registerModel registers m with limits as alice and returns its address.
func (o *registry) registerModel(t testing.TB, m *oracle.Model, maxInput, maxOutput uint64) [32]byte {
	t.Helper()
	o.register(t, alice, m.Root(), m.Len(), maxInput, maxOutput)
	return [32]byte(m.Address())
}

// openDA opens a data-availability challenge of block index and checks
// DAChallengeOpened and the challenge.
func (o *registry) openDA(t testing.TB, from actor, model [32]byte, index uint64) (*big.Int, *types.Receipt) {
	t.Helper()
	open := o.model(t, model).OpenDA
	r := o.send(t, from, opmlABI.PackOpenDAChallenge(model, index), daBond)
	ev := oneEvent(t, r, o.addr, opmlABI.UnpackDAChallengeOpenedEvent)
	deadline := o.c.blockTime(t, r) + o.window
	if ev.Model != model || ev.Index != index || ev.Challenger != from.addr || ev.Deadline != deadline {
		t.Fatalf("DAChallengeOpened %+v", ev)
	}
	if ch := o.daChallenge(t, ev.DaChallengeId); ch.Model != model || ch.Index != index || ch.Challenger != from.addr ||
		ch.Status != daOpen || ch.Deadline != deadline || ch.Responder != (common.Address{}) {
		t.Fatalf("challenge %d: %+v", ev.DaChallengeId, ch)
	}
	if got := o.model(t, model).OpenDA; got != open+1 {
		t.Fatalf("openDA %d after opening a challenge, was %d", got, open)
	}
	return ev.DaChallengeId, r
}

func (o *registry) daChallenge(t testing.TB, id *big.Int) bindings.ModelRegistryDAChallenge {
	t.Helper()
	ch, err := bind.Call(opmlABI.Instance(o.c.client, o.addr), nil, opmlABI.PackGetDAChallenge(id), opmlABI.UnpackGetDAChallenge)
	if err != nil {
		t.Fatal(err)
	}
	return ch
}

// respond answers a data-availability challenge with block b and checks
// BlockPosted (the block's bytes), the credit and the model's record.
func (o *registry) respond(t testing.TB, from actor, id *big.Int, b oracle.Block) *types.Receipt {
	t.Helper()
	r := o.c.sendWithGas(t, from, o.addr, opmlABI.PackRespondDA(id, b.Data, b.Proof), nil, params.MaxTxGas)
	ev := oneEvent(t, r, o.addr, opmlABI.UnpackBlockPostedEvent)
	if ev.DaChallengeId.Cmp(id) != 0 || ev.Model != [32]byte(b.Model) || ev.Index != b.Index || !bytes.Equal(ev.Data, b.Data) {
		t.Fatalf("BlockPosted: challenge %v, model %x, block %d, %d bytes", ev.DaChallengeId, ev.Model, ev.Index, len(ev.Data))
	}
	expectCredits(t, r, o.addr, map[common.Address]*big.Int{from.addr: daBond})
	if ch := o.daChallenge(t, id); ch.Status != daAnswered || ch.Responder != from.addr {
		t.Fatalf("challenge %d after the answer: %+v", id, ch)
	}
	if m := o.model(t, [32]byte(b.Model)); m.LastAnsweredAt != o.c.blockTime(t, r) || m.Status != modelAvailable {
		t.Fatalf("model after the answer: %+v", m)
	}
	if in := o.uint64View(t, opmlABI.PackPostedIn([32]byte(b.Model), new(big.Int).SetUint64(b.Index)), opmlABI.UnpackPostedIn); in != r.BlockNumber.Uint64() {
		t.Fatalf("postedIn %d, the answer is in block %d", in, r.BlockNumber)
	}
	return r
}

// TestModelRegistration: the registration bond, a model registered once,
// no empty model and no zero limits; the registry's addresses are the
// oracle's; blockCount is oracle.BlockCount.
func TestModelRegistration(t *testing.T) {
	c := newSimChain(t)
	o, _ := timeoutRegistry(t, c)
	m := randomModel(1, 70_000)
	reg := opmlABI.PackRegisterModel(m.Root(), m.Len(), 100, 10)
	for _, v := range []*big.Int{wei(0), new(big.Int).Sub(registrationBond, common.Big1)} {
		o.mustRevert(t, alice, reg, v, "ModelRegistry: value must be the registration bond")
	}
	o.mustRevert(t, alice, opmlABI.PackRegisterModel(m.Root(), 0, 100, 10), registrationBond, "ModelRegistry: empty model")
	o.mustRevert(t, alice, opmlABI.PackRegisterModel(m.Root(), m.Len(), 0, 10), registrationBond, "ModelRegistry: zero claim limits")
	o.mustRevert(t, alice, opmlABI.PackRegisterModel(m.Root(), m.Len(), 100, 0), registrationBond, "ModelRegistry: zero claim limits")
	if got := o.model(t, [32]byte(m.Address())); got.Status != modelNone {
		t.Fatalf("an unregistered model: %+v", got)
	}
	r := o.register(t, alice, m.Root(), m.Len(), 100, 10)
	t.Logf("registerModel: %d gas", r.GasUsed)
	o.mustRevert(t, bob, reg, registrationBond, "ModelRegistry: model already registered")

	for _, n := range []int{1, 32, 33, 4096, 64 << 10, 64<<10 + 1, 1 << 20} {
		m := randomModel(uint64(n), n)
		addr, err := opmlABI.UnpackModelAddress(c.view(t, o.addr, opmlABI.PackModelAddress(m.Root(), m.Len())))
		if err != nil || addr != [32]byte(m.Address()) {
			t.Fatalf("%d bytes: modelAddress %x (%v), oracle %s", n, addr, err, m.Address())
		}
		count, err := opmlABI.UnpackBlockCount(c.view(t, o.addr, opmlABI.PackBlockCount(m.Len())))
		if err != nil || count.Uint64() != oracle.BlockCount(m.Len()) {
			t.Fatalf("%d bytes: blockCount %v (%v), oracle %d", n, count, err, oracle.BlockCount(m.Len()))
		}
	}
}

// TestSubmitRefusesModels: a claim on a model that is not registered, that
// is unavailable, or beyond the model's limits is refused with the
// reason; the deployment's bounds are checked first.
func TestSubmitRefusesModels(t *testing.T) {
	c := newSimChain(t)
	o, _ := timeoutRegistry(t, c)
	unregistered := [32]byte(randomModel(2, 100).Address())
	o.mustRevert(t, alice, opmlABI.PackSubmit(unregistered, testInput, testOutput), o.claimBond, "OpML: model not registered")
	model := o.registerModel(t, randomModel(3, 5000), 8, 2)
	o.mustRevert(t, alice, opmlABI.PackSubmit(model, make([]byte, 9), []byte{1}), o.claimBond,
		"OpML: input longer than the model's maxInputBytes")
	o.mustRevert(t, alice, opmlABI.PackSubmit(model, make([]byte, 8), []byte{1, 2, 3}), o.claimBond,
		"OpML: output longer than the model's maxOutputBytes")
	o.mustRevert(t, alice, opmlABI.PackSubmit(model, make([]byte, 40_000), []byte{1}), o.claimBond,
		"OpML: input longer than maxInputBytes")
	r := o.send(t, alice, opmlABI.PackSubmit(model, make([]byte, 8), []byte{1, 2}), o.claimBond)
	t.Logf("submit at the model's limits: %d gas", r.GasUsed)

	// Unavailable: a data-availability challenge nobody answers.
	id, _ := o.openDA(t, bob, model, 0)
	c.nextBlockAt(t, c.now(t)+o.window)
	o.send(t, erin, opmlABI.PackResolveDA(id), nil)
	o.mustRevert(t, alice, opmlABI.PackSubmit(model, make([]byte, 8), []byte{1, 2}), o.claimBond, "OpML: model unavailable")
}

// TestDAChallengeAnswered: a block of a model of four blocks (the last
// short) and the only block of a model smaller than a block are posted
// with their proofs; the contract checks them, emits the bytes and credits
// the responder the challenger's bond, and the model stays available. The
// largest answer stays well within a transaction's gas and size. A block
// is challenged once at a time and never again once posted; blocks past
// the model's end cannot be challenged, nor unregistered models.
func TestDAChallengeAnswered(t *testing.T) {
	c := newSimChain(t)
	o, _ := timeoutRegistry(t, c)
	big4 := randomModel(4, 200_000) // blocks 0-2 of 64 KiB, block 3 of 3,392 bytes
	small := randomModel(5, 3000)   // one block of a height-7 tree
	bigModel := o.registerModel(t, big4, 100, 10)
	smallModel := o.registerModel(t, small, 100, 10)

	open := opmlABI.PackOpenDAChallenge(bigModel, 1)
	o.mustRevert(t, bob, open, wei(0), "ModelRegistry: value must be the data-availability bond")
	o.mustRevert(t, bob, opmlABI.PackOpenDAChallenge(bigModel, 4), daBond, "ModelRegistry: no such block")
	o.mustRevert(t, bob, opmlABI.PackOpenDAChallenge(smallModel, 1), daBond, "ModelRegistry: no such block")
	o.mustRevert(t, bob, opmlABI.PackOpenDAChallenge([32]byte{9}, 0), daBond, "ModelRegistry: model not registered")
	for _, tc := range []struct {
		name  string
		model [32]byte
		m     *oracle.Model
		index uint64
	}{
		{"a 64 KiB block of a 200,000-byte model", bigModel, big4, 1},
		{"the last block (3,392 bytes) of a 200,000-byte model", bigModel, big4, 3},
		{"the only block of a 3,000-byte model", smallModel, small, 0},
	} {
		id, r := o.openDA(t, bob, tc.model, tc.index)
		t.Logf("%s: openDAChallenge %d gas", tc.name, r.GasUsed)
		o.mustRevert(t, carol, opmlABI.PackOpenDAChallenge(tc.model, tc.index), daBond, "ModelRegistry: block already challenged")
		b, err := tc.m.Block(tc.index)
		if err != nil {
			t.Fatal(err)
		}
		r = o.respond(t, erin, id, b)
		tx, _, err := c.client.TransactionByHash(context.Background(), r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: respondDA %d gas (%.3f of EIP-7825's cap), %d calldata bytes, a %d-byte transaction (%.2f of the pool's limit)",
			tc.name, r.GasUsed, float64(r.GasUsed)/float64(params.MaxTxGas), len(tx.Data()), tx.Size(), float64(tx.Size())/txMaxSize)
		if r.GasUsed > params.MaxTxGas/4 || tx.Size() > txMaxSize*3/5 {
			t.Fatalf("respondDA used %d gas in a %d-byte transaction: want at most a quarter of the cap and 60%% of the pool's size limit",
				r.GasUsed, tx.Size())
		}
		o.mustRevert(t, erin, opmlABI.PackRespondDA(id, b.Data, b.Proof), nil, "ModelRegistry: challenge not open")
		o.mustRevert(t, carol, opmlABI.PackOpenDAChallenge(tc.model, tc.index), daBond, "ModelRegistry: block already posted")
		o.mustRevert(t, erin, opmlABI.PackResolveDA(id), nil, "ModelRegistry: challenge not open")
		if m := o.model(t, tc.model); m.OpenDA != 0 || m.Status != modelAvailable {
			t.Fatalf("model after the answer: %+v", m)
		}
	}
	// The challenger lost its bond to the responder: erin was credited
	// three bonds, bob nothing.
	o.withdraw(t, erin, times(3, daBond))
	o.mustRevert(t, bob, opmlABI.PackWithdraw(), nil, "OpML: nothing to withdraw")
	if held := o.held(t); held.Sign() != 0 {
		t.Fatalf("OpML holds %v besides the registration bonds", held)
	}
}

// TestDAWrongAnswers: an answer with a changed byte, a changed sibling,
// another block's bytes and proof, the block with its zero padding, a
// short proof and a long one are all refused; the right one after the
// window is refused too, and the challenge is then resolved for the
// challenger. A second challenge, opened meanwhile, cannot be answered
// once the model is unavailable, and its challenger gets only its bond
// back.
func TestDAWrongAnswers(t *testing.T) {
	c := newSimChain(t)
	o, _ := timeoutRegistry(t, c)
	m := randomModel(6, 200_000)
	model := o.registerModel(t, m, 100, 10)
	id, _ := o.openDA(t, bob, model, 3)
	c.nextBlockAt(t, c.now(t)+100)
	second, _ := o.openDA(t, carol, model, 0) // its window ends 100 s after the first's
	good, err := m.Block(3)
	if err != nil {
		t.Fatal(err)
	}
	other, err := m.Block(2)
	if err != nil {
		t.Fatal(err)
	}
	flip := func(b []byte, i int) []byte { b = bytes.Clone(b); b[i] ^= 1; return b }
	sibling := append([][32]byte(nil), good.Proof...)
	sibling[0][31] ^= 1
	for _, tc := range []struct {
		name   string
		data   []byte
		proof  [][32]byte
		reason string
	}{
		{"a changed byte", flip(good.Data, 1000), good.Proof, "ModelRegistry: block does not match the model"},
		{"a changed sibling", good.Data, sibling, "ModelRegistry: block does not match the model"},
		{"another block", other.Data[:len(good.Data)], other.Proof, "ModelRegistry: block does not match the model"},
		{"with its zero padding", append(bytes.Clone(good.Data), make([]byte, 32)...), good.Proof, "ModelRegistry: wrong block length"},
		{"a short proof", good.Data, good.Proof[1:], "ModelRegistry: wrong proof length"},
		{"a long proof", good.Data, append(append([][32]byte(nil), good.Proof...), [32]byte{}), "ModelRegistry: wrong proof length"},
	} {
		o.mustRevert(t, erin, opmlABI.PackRespondDA(id, tc.data, tc.proof), nil, tc.reason)
	}
	o.mustRevert(t, erin, opmlABI.PackResolveDA(id), nil, "ModelRegistry: response window is not over")
	o.mustRevert(t, erin, opmlABI.PackResolveDA(big.NewInt(2)), nil, "ModelRegistry: no such challenge")
	c.nextBlockAt(t, o.daChallenge(t, id).Deadline)
	o.mustRevert(t, erin, opmlABI.PackRespondDA(id, good.Data, good.Proof), nil, "ModelRegistry: response window is over")
	r := o.send(t, erin, opmlABI.PackResolveDA(id), nil)
	t.Logf("resolveDA (the model becomes unavailable): %d gas", r.GasUsed)
	if ev := oneEvent(t, r, o.addr, opmlABI.UnpackModelUnavailableEvent); ev.Model != model || ev.DaChallengeId.Cmp(id) != 0 {
		t.Fatalf("ModelUnavailable %+v", ev)
	}
	expectCredits(t, r, o.addr, map[common.Address]*big.Int{bob.addr: sum(daBond, registrationBond)})
	if ch := o.daChallenge(t, id); ch.Status != daExpired {
		t.Fatalf("challenge after resolveDA: %+v", ch)
	}
	if got := o.model(t, model); got.Status != modelUnavailable || got.OpenDA != 1 {
		t.Fatalf("model after resolveDA: %+v", got)
	}
	o.mustRevert(t, carol, opmlABI.PackOpenDAChallenge(model, 1), daBond, "ModelRegistry: model unavailable")
	b0, err := m.Block(0)
	if err != nil {
		t.Fatal(err)
	}
	o.mustRevert(t, erin, opmlABI.PackRespondDA(second, b0.Data, b0.Proof), nil, "ModelRegistry: model unavailable")
	c.nextBlockAt(t, o.daChallenge(t, second).Deadline)
	r = o.send(t, erin, opmlABI.PackResolveDA(second), nil)
	expectCredits(t, r, o.addr, map[common.Address]*big.Int{carol.addr: daBond})
	if got := o.model(t, model); got.Status != modelUnavailable || got.OpenDA != 0 {
		t.Fatalf("model after the second resolveDA: %+v", got)
	}
}

// TestWithheldModel: a registrant who does not answer a data-availability
// challenge loses its model. Of the claims on it, the one already settled
// stays final; the pending ones are rejected at once: a challenge of one,
// whose game was still being played, is won by its challenger (bond back,
// then its share of the claim bond), one without challenges is rejected
// and its bond burned. The data-availability challenger gets its bond and
// the registration bond. While the challenge was open, settling waited and
// the claims' windows stayed open.
func TestWithheldModel(t *testing.T) {
	c := newSimChain(t)
	o, _ := timeoutRegistry(t, c)
	m := randomModel(7, 100_000)
	model := o.registerModel(t, m, 100, 10)
	early := o.submit(t, alice, model, testInput, testOutput)
	c.nextBlockAt(t, o.claim(t, early).SubmittedAt+o.window)
	o.settle(t, erin, early, claimFinal)

	challenged := o.submit(t, alice, model, testInput, []byte{8})
	quiet := o.submit(t, alice, model, testInput, testOutput)
	chID, _ := o.challenge(t, carol, challenged)
	daID, _ := o.openDA(t, dave, model, 1)
	if s := o.statusOf(t, challenged); s != claimPending {
		t.Fatalf("status while the challenge is open: %d", s)
	}
	// Past the claims' window, but a data-availability challenge is open:
	// they can still be challenged, and not settled.
	c.nextBlockAt(t, o.claim(t, quiet).SubmittedAt+o.window)
	o.mustRevert(t, erin, opmlABI.PackSettle(quiet), nil, "OpML: a data-availability challenge of the model is open")
	if !o.challengeable(t, quiet) { // as of the block mustRevert made, past the window
		t.Fatal("a claim is not challengeable while a data-availability challenge of its model is open")
	}
	c.nextBlockAt(t, o.daChallenge(t, daID).Deadline)
	r := o.send(t, erin, opmlABI.PackResolveDA(daID), nil)
	expectCredits(t, r, o.addr, map[common.Address]*big.Int{dave.addr: sum(daBond, registrationBond)})

	if s := o.statusOf(t, early); s != claimFinal {
		t.Fatalf("the claim settled before: status %d, want final", s)
	}
	for _, id := range []*big.Int{challenged, quiet} {
		if s := o.statusOf(t, id); s != claimRejected {
			t.Fatalf("claim %v on the unavailable model: status %d, want rejected", id, s)
		}
	}
	o.mustRevert(t, alice, opmlABI.PackSubmit(model, testInput, testOutput), o.claimBond, "OpML: model unavailable")
	o.mustRevert(t, bob, opmlABI.PackChallenge(quiet), o.challengeBond, "OpML: model unavailable (the claim is rejected)")
	o.mustRevert(t, erin, opmlABI.PackSettle(challenged), nil, "OpML: challenges still open")

	// The game is undecided; the challenge is won all the same.
	r = o.send(t, erin, opmlABI.PackResolveChallenge(chID), nil)
	if ev := oneEvent(t, r, o.addr, opmlABI.UnpackChallengeResolvedEvent); !ev.ChallengerWon {
		t.Fatalf("ChallengeResolved %+v, want the challenger to win", ev)
	}
	expectCredits(t, r, o.addr, map[common.Address]*big.Int{carol.addr: challengeBond})
	share := new(big.Int).Div(oddClaimBond, big.NewInt(2))
	r = o.settle(t, erin, challenged, claimRejected)
	if ev := oneEvent(t, r, o.addr, opmlABI.UnpackBurnedEvent); ev.Amount.Cmp(new(big.Int).Sub(oddClaimBond, share)) != 0 {
		t.Fatalf("Burned %v, want half the claim bond rounded up", ev.Amount)
	}
	r = o.settle(t, erin, quiet, claimRejected)
	if ev := oneEvent(t, r, o.addr, opmlABI.UnpackBurnedEvent); ev.Amount.Cmp(oddClaimBond) != 0 {
		t.Fatalf("Burned %v, want the whole claim bond (no challenger)", ev.Amount)
	}
	for _, id := range []*big.Int{challenged, quiet} {
		if cl := o.claim(t, id); !cl.Settled || !cl.ModelUnavailable || o.statusOf(t, id) != claimRejected {
			t.Fatalf("claim %v after settling: %+v", id, cl)
		}
	}
	o.send(t, erin, opmlABI.PackClaimReward(chID), nil)
	o.withdraw(t, carol, sum(challengeBond, share))
	o.withdraw(t, dave, sum(daBond, registrationBond))
	o.withdraw(t, alice, oddClaimBond) // the early claim's bond
}

// TestDAAnswerReopensWindow: a claim whose window passed while a
// data-availability challenge of its model was open can be challenged for
// a whole window after the answer (whoever needed the data got it only
// then), and settles after that.
func TestDAAnswerReopensWindow(t *testing.T) {
	c := newSimChain(t)
	o, _ := timeoutRegistry(t, c)
	m := randomModel(8, 100_000)
	model := o.registerModel(t, m, 100, 10)
	id := o.submit(t, alice, model, testInput, testOutput)
	submittedAt := o.claim(t, id).SubmittedAt
	c.nextBlockAt(t, submittedAt+o.window-100)
	daID, _ := o.openDA(t, bob, model, 0) // late in the claim's window
	c.nextBlockAt(t, submittedAt+o.window+10)
	o.mustRevert(t, erin, opmlABI.PackSettle(id), nil, "OpML: a data-availability challenge of the model is open")
	b, err := m.Block(0)
	if err != nil {
		t.Fatal(err)
	}
	r := o.respond(t, alice, daID, b)
	answeredAt := c.blockTime(t, r)
	o.mustRevert(t, erin, opmlABI.PackSettle(id), nil, "OpML: challenge window is not over")
	c.nextBlockAt(t, answeredAt+o.window-1)
	// A challenge in the block at answeredAt + window - 1 is taken, one in
	// the next refused.
	o.challenge(t, carol, id)
	o.mustRevert(t, dave, opmlABI.PackChallenge(id), o.challengeBond, "OpML: challenge window is over")
	if o.challengeable(t, id) {
		t.Fatal("challengeable a window after the answer")
	}
	o.mustRevert(t, erin, opmlABI.PackSettle(id), nil, "OpML: challenges still open")
}

func (o *registry) challengeable(t testing.TB, id *big.Int) bool {
	t.Helper()
	ok, err := opmlABI.UnpackChallengeable(o.c.view(t, o.addr, opmlABI.PackChallengeable(id)))
	if err != nil {
		t.Fatal(err)
	}
	return ok
}
