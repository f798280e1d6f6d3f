package agent_test

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/mipsevm"
)

// lieFrom makes an agent play the made-up trace game.Lie from position pos
// (a function of the honest trace's exit step and the trace length).
func lieFrom(pos func(exit, length uint64) uint64) agentOpts {
	return func(c *agent.Config) {
		c.Trace = func(cl onchain.Claim, honest game.Trace) game.Trace {
			length := c.Client.Config.TraceLength
			exit, err := honest.(interface {
				ExitStep(context.Context) (uint64, error)
			}).ExitStep(context.Background())
			if err != nil {
				panic(err)
			}
			return game.Lie{Honest: honest, From: pos(exit, length), Length: length}
		}
	}
}

func disputeAll(c *agent.Config) { c.Dispute = func(onchain.Claim, bool) bool { return true } }

func TestDishonestSubmitterLoses(t *testing.T) {
	for _, arity := range []uint64{2, 4, 16} {
		t.Run("arity"+big.NewInt(int64(arity)).String(), func(t *testing.T) {
			w := newWorld(t, arity)
			liar := w.agent(1, "submitter", lieFrom(func(exit, _ uint64) uint64 { return exit }))
			honest := w.agent(2, "challenger")
			before := w.balance(2)
			id := w.submit(1, w.wrongOutput())
			w.play(4*int(w.params.Depth)+10, w.resolved(id), liar, honest)
			if st := w.claim(id).Status; st != onchain.ClaimRejected {
				t.Fatalf("claim status %v, want rejected", st)
			}
			chs := w.challenges(id)
			if len(chs) != 1 || !chs[0].ChallengerWon {
				t.Fatalf("challenges %+v: want one won by the challenger", chs)
			}
			g := w.game(chs[0].GameID)
			if g.Rounds != w.params.Depth || g.Segment.Length != 1 {
				t.Fatalf("game ended after %d rounds at %+v, want %d rounds and one step", g.Rounds, g.Segment, w.params.Depth)
			}
			w.passWindow()
			w.play(5, w.settled(id), liar, honest)
			w.tick(2, honest)
			gain := new(big.Int).Sub(w.balance(2), before)
			// Half the claim bond (the other half is burned), less gas; the
			// challenge bond came back.
			half := new(big.Int).Div(claimBond, big.NewInt(2))
			if gain.Cmp(new(big.Int).Sub(half, big.NewInt(1e16))) < 0 || gain.Cmp(half) > 0 {
				t.Fatalf("challenger's balance changed by %v, want half the claim bond %v less gas", gain, half)
			}
		})
	}
}

func TestHonestSubmitterWins(t *testing.T) {
	w := newWorld(t, 4)
	honest := w.agent(1, "submitter")
	// A challenger that disputes everything, with a trace made up from
	// step 1,000,000 on.
	liar := w.agent(2, "challenger", disputeAll, lieFrom(func(uint64, uint64) uint64 { return 1_000_000 }))
	before := w.balance(1)
	id := w.submit(1, w.native)
	w.play(4*int(w.params.Depth)+10, w.resolved(id), honest, liar)
	chs := w.challenges(id)
	if len(chs) != 1 || chs[0].ChallengerWon {
		t.Fatalf("challenges %+v: want one lost by the challenger", chs)
	}
	if g := w.game(chs[0].GameID); g.Segment.Start != 1_000_000-1 {
		t.Fatalf("the disputed step is %d, want 999,999 (the first made-up hash is at 1,000,000)", g.Segment.Start)
	}
	w.passWindow()
	w.play(5, w.settled(id), honest, liar)
	if c := w.claim(id); c.Status != onchain.ClaimFinal || string(c.Output) != string(w.native) {
		t.Fatalf("claim %+v: want final with the native output", c)
	}
	// The claim bond back and the challenger's bond, less gas.
	gain := new(big.Int).Sub(w.balance(1), before)
	if gain.Cmp(big.NewInt(2e17)) < 0 || gain.Cmp(challengeBond) > 0 {
		t.Fatalf("submitter's balance changed by %v since before submitting, want about +%v (challenge bond) less gas", gain, challengeBond)
	}
}

// steps are positions of interest in a claim's trace.
type steps struct {
	syscall, preimage, mapping, exit uint64
}

// findSteps runs the claim-checking program on claim c and finds the first
// syscall, the first preimage read, the mapping syscall and the exit.
func (w *world) findSteps(output []byte) steps {
	w.t.Helper()
	s, err := claim.Prestate(w.elf)
	if err != nil {
		w.t.Fatal(err)
	}
	c := claim.Claim{Model: w.model.Address(), Input: w.input, Output: output}
	vm := mipsevm.NewVM(s, c.Host(w.store, w.model), io.Discard, io.Discard)
	var found steps
	for !s.Exited {
		if found.mapping == 0 || found.preimage == 0 || found.syscall == 0 {
			if s.Memory.GetWord(s.PC) == 0x0000000c { // syscall
				switch v0, a0 := s.Registers[2], s.Registers[4]; {
				case found.syscall == 0:
					found.syscall = s.Step
				case v0 == mipsevm.SysRead && a0 == mipsevm.FdPreimageRead && found.preimage == 0:
					found.preimage = s.Step
				case v0 == mipsevm.SysMapCommitted && found.mapping == 0:
					found.mapping = s.Step
				}
			}
			if _, err := vm.Step(false); err != nil {
				w.t.Fatal(err)
			}
			continue
		}
		if err := vm.Run(0); err != nil {
			w.t.Fatal(err)
		}
	}
	found.exit = s.Step
	if found.syscall == 0 || found.preimage == 0 || found.mapping == 0 {
		w.t.Fatalf("steps %+v: not all found", found)
	}
	return found
}

// TestLiesAreCaught: a submitter that lies from some step on loses the game
// at exactly that step, whatever the step does.
func TestLiesAreCaught(t *testing.T) {
	w := newWorld(t, 16)
	wrong := w.wrongOutput()
	at := w.findSteps(wrong)
	t.Logf("trace of the wrong claim: first syscall at step %d, first preimage read at %d, mapping at %d, exit at %d",
		at.syscall, at.preimage, at.mapping, at.exit)
	length := w.params.TraceLength()
	cases := []struct {
		name string
		from uint64 // the first made-up position: the disputed step is from − 1
	}{
		{"first step", 1},
		{"syscall", at.syscall + 1},
		{"preimage read", at.preimage + 1},
		{"mapping syscall", at.mapping + 1},
		{"exit status", at.exit},
		{"last step", length},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			liar := w.agent(1, fmt.Sprintf("submitter-%d", i), lieFrom(func(uint64, uint64) uint64 { return tc.from }))
			honest := w.agent(2, fmt.Sprintf("challenger-%d", i))
			id := w.submit(1, wrong)
			w.play(4*int(w.params.Depth)+10, w.resolved(id), liar, honest)
			chs := w.challenges(id)
			if len(chs) != 1 || !chs[0].ChallengerWon {
				t.Fatalf("challenges %+v: want one won by the challenger", chs)
			}
			if g := w.game(chs[0].GameID); g.Segment.Start != tc.from-1 {
				t.Fatalf("the disputed step is %d, want %d", g.Segment.Start, tc.from-1)
			}
			if st := w.claim(id).Status; st != onchain.ClaimRejected {
				t.Fatalf("claim status %v, want rejected", st)
			}
		})
	}
}

func TestTimeouts(t *testing.T) {
	t.Run("defender", func(t *testing.T) {
		w := newWorld(t, 16)
		idle := w.agent(1, "submitter", func(c *agent.Config) { c.Defend = false })
		honest := w.agent(2, "challenger", disputeAll)
		id := w.submit(1, w.native) // even a right claim is lost if not defended
		w.play(2, func() bool { return len(w.challenges(id)) == 1 }, honest, idle)
		if err := w.net.AdjustTime((clock + 1) * time.Second); err != nil {
			t.Fatal(err)
		}
		w.play(3, w.resolved(id), honest, idle)
		if chs := w.challenges(id); !chs[0].ChallengerWon {
			t.Fatalf("challenge %+v: the defender ran out of time, want the challenger to win", chs[0])
		}
	})
	t.Run("challenger", func(t *testing.T) {
		w := newWorld(t, 16)
		honest := w.agent(1, "submitter")
		id := w.submit(1, w.native)
		ch, _, err := w.client(3).OpenChallenge(context.Background(), id) // and never plays
		if err != nil {
			t.Fatal(err)
		}
		w.play(2, func() bool { return w.game(ch.GameID).Phase == onchain.PhaseChoose }, honest)
		if err := w.net.AdjustTime((clock + 1) * time.Second); err != nil {
			t.Fatal(err)
		}
		w.play(3, w.resolved(id), honest)
		if chs := w.challenges(id); chs[0].ChallengerWon {
			t.Fatalf("challenge %+v: the challenger ran out of time, want the defender to win", chs[0])
		}
		w.play(3, w.settled(id), honest)
		if st := w.claim(id).Status; st != onchain.ClaimFinal {
			t.Fatalf("claim status %v, want final", st)
		}
	})
}

func TestTwoChallenges(t *testing.T) {
	w := newWorld(t, 16)
	liar := w.agent(1, "submitter", lieFrom(func(exit, _ uint64) uint64 { return exit }))
	first := w.agent(2, "challenger-a")
	second := w.agent(3, "challenger-b")
	id := w.submit(1, w.wrongOutput())
	w.play(4*int(w.params.Depth)+10, w.resolved(id), liar, first, second)
	chs := w.challenges(id)
	if len(chs) != 2 || !chs[0].ChallengerWon || !chs[1].ChallengerWon || chs[0].GameID == chs[1].GameID {
		t.Fatalf("challenges %+v: want two games, both won by their challengers", chs)
	}
	before2, before3 := w.balance(2), w.balance(3)
	w.passWindow()
	w.play(3, w.settled(id), liar)
	// Settled by the submitter's agent; on their next pass the challengers
	// collect a quarter of the claim bond each (half of it is burned) and
	// withdraw (their own bonds came back earlier).
	share := new(big.Int).Div(claimBond, big.NewInt(4))
	w.tick(1, first, second)
	for i, before := range []*big.Int{before2, before3} {
		gain := new(big.Int).Sub(w.balance(i+2), before)
		if gain.Cmp(new(big.Int).Sub(share, big.NewInt(1e15))) < 0 || gain.Cmp(share) > 0 {
			t.Fatalf("challenger %d gained %v, want a quarter of the claim bond, %v, less gas", i, gain, share)
		}
	}
	for _, ch := range w.challenges(id) {
		if !ch.Rewarded {
			t.Fatalf("challenge %+v: reward not credited", ch)
		}
	}
}

// TestChallengerRestarts: a challenger stopped in the middle of a game and
// started again (same key, same cache directory, no other state) wins it.
func TestChallengerRestarts(t *testing.T) {
	w := newWorld(t, 4)
	cache := t.TempDir()
	inCache := func(c *agent.Config) { c.CacheDir = cache }
	liar := w.agent(1, "submitter", lieFrom(func(exit, _ uint64) uint64 { return exit }))
	before := w.agent(2, "challenger", inCache)
	id := w.submit(1, w.wrongOutput())
	w.play(20, func() bool {
		chs := w.challenges(id)
		return len(chs) == 1 && w.game(chs[0].GameID).Rounds >= 4
	}, liar, before)
	before.Close()
	after := w.agent(2, "challenger-restarted", inCache)
	w.play(4*int(w.params.Depth)+10, w.resolved(id), liar, after)
	if chs := w.challenges(id); len(chs) != 1 || !chs[0].ChallengerWon {
		t.Fatalf("challenges %+v: want the restarted challenger to win its one game", chs)
	}
}

// TestBystanderGamesRecorded: a liar challenges its own claim from another
// account and leaves that game undecided on the registry; the honest
// challenger records it (a timeout) so that the claim can be settled and
// its reward paid.
func TestBystanderGamesRecorded(t *testing.T) {
	w := newWorld(t, 16)
	honest := w.agent(2, "challenger")
	id := w.submit(1, w.wrongOutput()) // no agent defends it
	if _, _, err := w.client(3).OpenChallenge(context.Background(), id); err != nil {
		t.Fatal(err) // the accomplice's challenge, never played nor recorded
	}
	w.tick(2, honest)
	if err := w.net.AdjustTime((clock + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	w.passWindow()
	w.play(4, w.settled(id), honest)
	for _, ch := range w.challenges(id) {
		if !ch.Resolved || !ch.ChallengerWon {
			t.Fatalf("challenge %+v: want recorded, won by its challenger", ch)
		}
	}
	w.tick(1, honest)
	if ch := w.challenges(id)[1]; !ch.Rewarded {
		t.Fatalf("the honest challenger's reward was not collected: %+v", ch)
	}
}
