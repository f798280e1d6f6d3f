package agent_test

import (
	"context"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/multiphase"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// inputReads runs a program to its exit and returns the step of its last
// read of input (a read syscall on the preimage fd while the key is the
// input's, the read that reaches the input's end) and the exit step.
func inputReads(t *testing.T, s *mipsevm.State, o mipsevm.PreimageOracle, input []byte) (last, exit uint64) {
	t.Helper()
	key, end := mipsevm.Keccak256Key(input), uint32(8+len(input))
	vm := mipsevm.NewVM(s, o, io.Discard, io.Discard)
	for read := false; !s.Exited; {
		if read {
			if err := vm.Run(0); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if s.PreimageKey == key && s.Memory.GetWord(s.PC) == 0x0000000c && // syscall
			s.Registers[2] == mipsevm.SysRead && s.Registers[4] == mipsevm.FdPreimageRead {
			last = s.Step
		}
		if _, err := vm.Step(false); err != nil {
			t.Fatal(err)
		}
		read = s.PreimageKey == key && s.PreimageOffset == end
	}
	if last == 0 {
		t.Fatal("the program never read the input")
	}
	return last, s.Step
}

// TestMaxInputLieAtLastPart: a claim whose input has the most bytes any
// deployment accepts (OpML.MAX_INPUT_BYTES, none of them zero: the
// costliest calldata) is disputed to the end, single-phase and two-phase,
// with the lying submitter's VM trace made up from just after the program
// reads the input's last part. The game comes down to that read, the
// honest challenger loads the part (the whole input as calldata) and
// executes the step, and wins; the load stays under a sixth of EIP-7825's
// cap. (Any claim on this input is wrong: the classifier takes 784 bytes,
// so the programs exit unusable after reading it.)
func TestMaxInputLieAtLastPart(t *testing.T) {
	data, err := os.ReadFile(modelPath)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(14, 64))
	input := make([]byte, onchain.MaxInputBytesLimit)
	for i := range input {
		input[i] = byte(1 + r.IntN(255))
	}
	wrong := []byte{3}
	for _, twoPhase := range []bool{false, true} {
		name := map[bool]string{false: "single-phase", true: "two-phase"}[twoPhase]
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			net, keys := fundedDevnet(t, 3)
			store, err := oracle.OpenStore(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			addr, err := store.Add(data)
			if err != nil {
				t.Fatal(err)
			}
			model, err := store.Open(addr)
			if err != nil {
				t.Fatal(err)
			}
			c := claim.Claim{Model: addr, Input: input, Output: wrong}
			// The program the deployment's VM game runs, and its run on the
			// claim: the claim-checking program, or the node program at
			// position 1, where the game's graph phase comes down (the
			// plan's first commitment: GraphUnusable for this input).
			path, host := testprograms.Inference(t), mipsevm.PreimageOracle(c.Host(store, model))
			if twoPhase {
				path = testprograms.Node(t)
			}
			elf, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var graphDepth uint32
			var opts []agentOpts
			if twoPhase {
				graphDepth = 1
				final := multiphase.GraphFinal(crypto.Keccak256Hash(wrong))
				if host, err = multiphase.NewHost(multiphase.Node{Claim: c, Position: 1, Start: onchain.GraphStart, End: final}, model, nil); err != nil {
					t.Fatal(err)
				}
				opts = append(opts, func(cfg *agent.Config) { cfg.NodeProgram = elf })
			}
			s, err := claim.Prestate(elf)
			if err != nil {
				t.Fatal(err)
			}
			prestate := s.Hash()
			last, exit := inputReads(t, s, host, input)
			t.Logf("%s: the program reads the input's last part at step %d, exits at %d", name, last, exit)
			const arity = 16
			depth, err := game.DepthFor(arity, exit+1)
			if err != nil {
				t.Fatal(err)
			}
			w := &world{t: t, net: net, backend: net.Client(), elf: elf, store: store, model: model, input: input, keys: keys,
				params: game.Params{Arity: arity, Depth: depth}}
			w.addr, _, err = onchain.Deploy(context.Background(), w.sender(0), onchain.DeployParams{
				Prestate: prestate, Game: w.params, GraphDepth: graphDepth, ChallengeWindow: window, Clock: clock,
				ClaimBond: claimBond, ChallengeBond: challengeBond, MaxInputBytes: onchain.MaxInputBytesLimit,
			})
			if err != nil {
				t.Fatal(err)
			}

			lie := append(opts, nodeLie(last+1))
			if twoPhase {
				// Phase 1: the claimed output's final commitment from
				// position 1 on.
				final := multiphase.GraphFinal(crypto.Keccak256Hash(wrong))
				lie = append(lie, func(cfg *agent.Config) {
					cfg.GraphTrace = func(_ onchain.Claim, honest game.Trace) game.Trace {
						return graphTrace(func(ctx context.Context, p uint64) ([32]byte, error) {
							if p == 0 {
								return honest.StateHash(ctx, p)
							}
							return final, nil
						})
					}
				})
			}
			liar := w.agent(1, "submitter", lie...)
			honest := w.agent(2, "challenger", opts...)
			id := w.submit(1, wrong)
			w.play(4*int(w.params.Depth+graphDepth)+10, w.resolved(id), liar, honest)
			chs := w.challenges(id)
			if len(chs) != 1 || !chs[0].ChallengerWon {
				t.Fatalf("challenges %+v: want one won by the challenger", chs)
			}
			g := w.game(chs[0].GameID)
			if g.Segment.Start != last || g.Segment.Length != 1 || (twoPhase && (g.Stage != onchain.StageNode || g.Node != 1)) {
				t.Fatalf("the game ended in %v (node %d) at step %d (length %d), want step %d, the last input read",
					g.Stage, g.Node, g.Segment.Start, g.Segment.Length, last)
			}
			if st := w.claim(id).Status; st != onchain.ClaimRejected {
				t.Fatalf("claim status %v, want rejected", st)
			}
			var loads, submits []uint64
			for _, tx := range w.sent {
				switch {
				case strings.HasSuffix(tx.what, "load preimage part"):
					loads = append(loads, tx.gas)
				case tx.what == "submit claim":
					submits = append(submits, tx.gas)
				}
			}
			bound := onchain.PreimageLoadGas(uint64(len(input)))
			if len(loads) != 1 || loads[0] > bound || bound >= params.MaxTxGas/6 {
				t.Fatalf("preimage loads %v gas, want one of at most %d (PreimageLoadGas), under a sixth of the cap %d",
					loads, bound, params.MaxTxGas)
			}
			t.Logf("%s: submit %v gas, load of the input's last part %d gas (%.3f of the cap), %d transactions, %d gas in all, %v",
				name, submits, loads[0], float64(loads[0])/float64(params.MaxTxGas), w.txs, w.gas, time.Since(start).Round(time.Millisecond))
		})
	}
}
