package agent_test

import (
	"bytes"
	"testing"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/ethereum/go-ethereum/crypto"
)

func repost(c *agent.Config) { c.Repost = true }

// TestRepostAfterWin: an agent that wins a dispute as challenger posts the
// honest claim on the rejected claim's call (same model, input and output
// size, the native output) when configured to (Config.Repost), once: an
// agent without it posts nothing; one with it, started afresh on the same
// key after the dispute (it remembers nothing), posts it; another restart
// does not post it again, nor does a second rejected lie on the same call
// while the honest claim is pending. The honest claim, defended by its
// poster, settles Final with the native output.
func TestRepostAfterWin(t *testing.T) {
	w := newWorld(t, 4)
	liar := w.agent(1, "submitter", lieFrom(func(exit, _ uint64) uint64 { return exit }))
	off := w.agent(2, "challenger")
	lie := w.submit(1, w.wrongOutput())
	w.play(4*int(w.params.Depth)+10, w.resolved(lie), liar, off)
	if st := w.claim(lie).Status; st != onchain.ClaimRejected {
		t.Fatalf("the lie: status %v, want rejected", st)
	}
	count := func() uint64 {
		t.Helper()
		n, err := w.client(0).ClaimCount(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	w.tick(3, off)
	if n := count(); n != 1 {
		t.Fatalf("an agent without Repost: %d claims, want the lie alone", n)
	}

	on := w.agent(2, "challenger-repost", repost)
	w.tick(2, on)
	if n := count(); n != 2 {
		t.Fatalf("after the won dispute with Repost: %d claims, want 2", n)
	}
	honest := w.claim(1)
	me := crypto.PubkeyToAddress(w.keys[2].PublicKey)
	if honest.Submitter != me || honest.Model != w.model.Address() || honest.InputHash != crypto.Keccak256Hash(w.input) ||
		!bytes.Equal(honest.Output, w.native) || honest.Status != onchain.ClaimPending {
		t.Fatalf("the reposted claim %+v: want the challenger's, pending, on the lie's call with the native output %x", honest, w.native)
	}

	// A second lie on the same call, rejected too: the honest claim is
	// pending, so nothing is posted, by this agent or a restarted one.
	lie2 := w.submit(1, w.wrongOutput())
	w.play(4*int(w.params.Depth)+10, w.resolved(lie2), liar, on)
	if st := w.claim(lie2).Status; st != onchain.ClaimRejected {
		t.Fatalf("the second lie: status %v, want rejected", st)
	}
	w.tick(2, on)
	restarted := w.agent(2, "challenger-restarted", repost)
	w.tick(3, restarted)
	if n := count(); n != 3 {
		t.Fatalf("after a restart and a second rejected lie: %d claims, want 3 (two lies, one honest claim)", n)
	}

	w.passWindow()
	w.play(6, w.settled(1), liar, restarted)
	if c := w.claim(1); c.Status != onchain.ClaimFinal || !bytes.Equal(c.Output, w.native) {
		t.Fatalf("the honest claim: %v with output %x, want Final with %x", c.Status, c.Output, w.native)
	}
	w.tick(2, restarted)
	if n := count(); n != 3 {
		t.Fatalf("after the settlement: %d claims, want 3", n)
	}
}
