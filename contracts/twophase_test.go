package contracts_test

// The two-phase DisputeGame (graphDepth > 0): the graph phase over made-up
// graph traces, the switch to the node phase at one position, the node
// phase's local data and steps, clocks across the switch.

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/big"
	"testing"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/mipsevm"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// graphFinalOf is DisputeGame.graphFinal, computed here:
// keccak256("opml.graph.final" ‖ outputHash).
func graphFinalOf(outputHash [32]byte) [32]byte {
	return crypto.Keccak256Hash([]byte("opml.graph.final"), outputHash[:])
}

// nodeContextOf is DisputeGame.nodeContextOf, computed here.
func nodeContextOf(cd claimData, node uint64, nodeStart, nodeEnd [32]byte) [32]byte {
	var n [32]byte
	binary.BigEndian.PutUint64(n[24:], node)
	return crypto.Keccak256Hash(cd.model[:], cd.inputHash[:], cd.outputHash[:], n[:], nodeStart[:], nodeEnd[:])
}

// graphTrace is a made-up graph trace of n positions for a claim with
// output hash outputHash: GRAPH_START (0) at 0, graphFinal(outputHash) at
// n, invented commitments (named by tag) in between.
func graphTrace(tag string, n uint64, outputHash [32]byte) hashesFn {
	return func(pos uint64) [32]byte {
		switch {
		case pos == 0:
			return [32]byte{}
		case pos >= n:
			return graphFinalOf(outputHash)
		}
		return crypto.Keccak256Hash([]byte("graph commitment: "+tag), binary.BigEndian.AppendUint64(nil, pos))
	}
}

// divergeFrom is a before position x and b from x on.
func divergeFrom(a, b hashesFn, x uint64) hashesFn {
	return func(pos uint64) [32]byte {
		if pos < x {
			return a(pos)
		}
		return b(pos)
	}
}

// challengerGraph is an honest challenger's graph trace against a defender
// posting claims: the same before x, its own from x on (its final is not
// the claimed output's).
func challengerGraph(claims hashesFn, x uint64) hashesFn {
	own := func(pos uint64) [32]byte {
		return crypto.Keccak256Hash([]byte("the challenger's graph"), binary.BigEndian.AppendUint64(nil, pos))
	}
	return divergeFrom(claims, own, x)
}

// switched is the end of a graph phase.
type switched struct {
	node               uint64
	nodeStart, nodeEnd [32]byte
	bisects, chooses   []*types.Receipt // the last choose switched
}

// playGraph plays a two-phase game's graph phase from its first move to
// the switch: the defender posts claims at the cuts (and graphFinal of the
// claim's output as the final one), the challenger chooses with choose.
// Every move's events and the game's fields are checked; in every phase of
// the graph phase a step reverts (w: a real witness, of the node program's
// first step). At one position the switching choose must leave the game in
// the node phase exactly as the spec says (NodeDisputed after Chosen, the
// node's data, the node context, the VM trace's start, rounds 0, the
// defender to move, the clocks carried).
func (g *disputeGame) playGraph(t *testing.T, id *big.Int, defender, challenger actor, cd claimData, claims hashesFn, choose chooser, w *mipsevm.Witness) switched {
	t.Helper()
	start, length := uint64(0), g.graphLength
	var startHash, endHash [32]byte // GRAPH_START; none yet
	var res switched
	stepData := gameABI.PackStep(id, w.State, w.EncodeProof())
	for round := uint32(0); ; round++ {
		g.mustRevert(t, erin, stepData, notYourTurn(id, phaseBisect))
		partLen := length / g.arity
		hashes := make([][32]byte, 0, g.arity)
		for j := uint64(1); j < g.arity; j++ {
			hashes = append(hashes, claims(start+j*partLen))
		}
		cuts := hashes
		var final [32]byte
		if round == 0 {
			final = claims(g.graphLength)
			if final != graphFinalOf(cd.outputHash) {
				t.Fatalf("the defender's graph ends in %x, not graphFinal(outputHash)", final)
			}
			hashes = append(hashes[:len(hashes):len(hashes)], final)
			endHash = final
		}
		r := g.bisect(t, defender, id, hashes)
		res.bisects = append(res.bisects, r)
		bis := oneEvent(t, r, g.addr, gameABI.UnpackBisectedEvent)
		if bis.GameId.Cmp(id) != 0 || bis.Round != round || bis.Start != start || bis.Length != length ||
			!equalHashes(bis.Cuts, cuts) || bis.FinalHash != final {
			t.Fatalf("graph round %d: Bisected %+v", round, bis)
		}
		g.expectStage(t, id, stageGraph, gameView{start, length, startHash, endHash, phaseChoose, statusInProgress, round + 1})
		g.mustRevert(t, erin, stepData, notYourTurn(id, phaseChoose))

		ends := append(cuts[:len(cuts):len(cuts)], endHash)
		part := choose(start, partLen, ends)
		before := g.get(t, id)
		r = g.choose(t, challenger, id, part)
		res.chooses = append(res.chooses, r)
		if part > 0 {
			startHash = cuts[part-1]
		}
		endHash = ends[part]
		start += part * partLen
		length = partLen
		ch := oneEvent(t, r, g.addr, gameABI.UnpackChosenEvent)
		if ch.GameId.Cmp(id) != 0 || ch.Part != part || ch.Start != start || ch.Length != length {
			t.Fatalf("graph round %d: Chosen %+v, want part %d of [%d, +%d]", round, ch, part, start, length)
		}
		if length > 1 {
			if evs := eventsOf(r, g.addr, gameABI.UnpackNodeDisputedEvent); len(evs) != 0 {
				t.Fatalf("graph round %d: NodeDisputed before one position", round)
			}
			g.expectStage(t, id, stageGraph, gameView{start, length, startHash, endHash, phaseBisect, statusInProgress, round + 1})
			continue
		}

		// One position, [start, start + 1]: the switch.
		if round+1 != g.graphDepth {
			t.Fatalf("one position after %d graph rounds, want %d", round+1, g.graphDepth)
		}
		res.node, res.nodeStart, res.nodeEnd = start+1, startHash, endHash
		nd := oneEvent(t, r, g.addr, gameABI.UnpackNodeDisputedEvent)
		if nd.GameId.Cmp(id) != 0 || nd.Node != res.node || nd.NodeStart != startHash || nd.NodeEnd != endHash {
			t.Fatalf("NodeDisputed %+v, want node %d from %x to %x", nd, res.node, startHash, endHash)
		}
		if chosenAt, disputedAt := logIndex(t, r, g.addr, "Chosen"), logIndex(t, r, g.addr, "NodeDisputed"); chosenAt > disputedAt {
			t.Fatalf("NodeDisputed (log %d) before Chosen (log %d)", disputedAt, chosenAt)
		}
		at := g.c.blockTime(t, r)
		want := before
		want.Stage, want.Node, want.NodeStart, want.NodeEnd = stageNode, res.node, startHash, endHash
		want.LocalContext = g.nodeContext(t, cd, res.node, startHash, endHash)
		want.Start, want.Length, want.StartHash, want.EndHash = 0, g.length, g.prestate, [32]byte{}
		want.Rounds, want.Phase = 0, phaseBisect
		want.ChallengerUsed += at - before.LastMoveAt // the choose's time; nothing else changes on the clocks
		want.LastMoveAt = at
		if got := g.get(t, id); got != want {
			t.Fatalf("after the switch:\n%+v, want\n%+v", got, want)
		}
		// The defender to move: the challenger cannot, nor can anyone step.
		g.mustRevert(t, challenger, gameABI.PackChoose(id, 0), notYourTurn(id, phaseBisect))
		g.mustRevert(t, erin, stepData, notYourTurn(id, phaseBisect))
		return res
	}
}

// logIndex is the index in the receipt of the only log of event name.
func logIndex(t testing.TB, r *types.Receipt, addr common.Address, name string) uint {
	t.Helper()
	id := gameABI.GetABI().Events[name].ID
	for _, l := range r.Logs {
		if l.Address == addr && len(l.Topics) > 0 && l.Topics[0] == id {
			return l.Index
		}
	}
	t.Fatalf("no %s event", name)
	return 0
}

// expectStage checks a game's stage and moving fields.
func (g *disputeGame) expectStage(t *testing.T, id *big.Int, stage uint8, want gameView) {
	t.Helper()
	if s := g.get(t, id).Stage; s != stage {
		t.Fatalf("game %d: stage %d, want %d", id, s, stage)
	}
	g.expect(t, id, want)
}

// nodeContext is the contract's nodeContextOf, checked against the Go one.
func (g *disputeGame) nodeContext(t testing.TB, cd claimData, node uint64, nodeStart, nodeEnd [32]byte) [32]byte {
	t.Helper()
	ctx, err := gameABI.UnpackNodeContextOf(g.c.view(t, g.addr, gameABI.PackNodeContextOf(cd.model, cd.inputHash, cd.outputHash, node, nodeStart, nodeEnd)))
	if err != nil {
		t.Fatal(err)
	}
	if want := nodeContextOf(cd, node, nodeStart, nodeEnd); ctx != want {
		t.Fatalf("nodeContextOf %x, want %x", ctx, want)
	}
	return ctx
}

// localValue reads what the game loaded into the oracle for local datum
// index under localContext: the value's length and the 32 bytes at offset
// of uint64be(len) ‖ value.
func (g *disputeGame) localValue(t testing.TB, index uint64, localContext [32]byte, offset uint64) (length uint64, dat [32]byte, datLen uint64) {
	t.Helper()
	key, err := oracleABI.UnpackLocalizeKey(g.c.view(t, g.c.oracle, oracleABI.PackLocalizeKey(mipsevm.LocalKey(index), g.addr, localContext)))
	if err != nil {
		t.Fatal(err)
	}
	l, err := oracleABI.UnpackPreimageLengths(g.c.view(t, g.c.oracle, oracleABI.PackPreimageLengths(key)))
	if err != nil {
		t.Fatal(err)
	}
	if !l.Known {
		t.Fatalf("local datum %d is not loaded under context %x", index, localContext)
	}
	out, err := oracleABI.UnpackReadPreimage(g.c.view(t, g.c.oracle, oracleABI.PackReadPreimage(key, new(big.Int).SetUint64(offset))))
	if err != nil {
		t.Fatal(err)
	}
	return l.Length, out.Dat, out.DatLen.Uint64()
}

// twoPhaseClaim is a claim whose graphFinal does not start with byte 0, so
// that a single-phase game would refuse it as a final hash: the graph phase
// checks something else.
func twoPhaseClaim(t testing.TB) claimData {
	t.Helper()
	for i := 0; ; i++ {
		cd := claimDataOf(testClaim(fmt.Sprintf("a two-phase claim's output %d", i)))
		if graphFinalOf(cd.outputHash)[0] != 0 {
			return cd
		}
	}
}

// TestTwoPhaseCreate: the constructor's graph depth, the constants it
// sets, and a new game in the graph phase.
func TestTwoPhaseCreate(t *testing.T) {
	tr := llscTrace(t)
	c := newSimChain(t)

	// Single-phase: graph depth and length 0; games in stage 0 (create checks).
	single := c.deployGame(t, tr.at(0), 4, 2)
	single.create(t, erin, alice, bob, twoPhaseClaim(t), day)

	g := c.deployGamePhases(t, tr.at(0), 4, 2, 3)
	if g.graphLength != 64 {
		t.Fatalf("graph length %d", g.graphLength)
	}
	if s, err := gameABI.UnpackGRAPHSTART(c.view(t, g.addr, gameABI.PackGRAPHSTART())); err != nil || s != [32]byte{} {
		t.Fatalf("GRAPH_START %x (%v), want 0", s, err)
	}
	if p, err := gameABI.UnpackAbsolutePrestate(c.view(t, g.addr, gameABI.PackAbsolutePrestate())); err != nil || p != tr.at(0) {
		t.Fatalf("absolutePrestate %x (%v)", p, err)
	}
	cd := twoPhaseClaim(t)
	id := g.create(t, erin, alice, bob, cd, day) // checks stage 1, [0, 64] from 0, the claim's context
	if gm := g.get(t, id); gm.Stage != stageGraph || gm.Length != 64 || gm.StartHash != ([32]byte{}) || gm.Node != 0 {
		t.Fatalf("new two-phase game %+v", gm)
	}
	if s := g.statusOf(t, id); s != statusInProgress {
		t.Fatalf("statusOf %d", s)
	}

	t.Run("constructor", func(t *testing.T) {
		bin := common.FromHex(bindings.DisputeGameMetaData.Bin)
		for _, tc := range []struct {
			arity        uint64
			depth, graph uint32
		}{{2, 1, 63}, {2, 62, 63}, {256, 1, 8}, {16, 2, 16}} {
			code := append(bytes.Clone(bin), gameABI.PackConstructor(c.mips, c.oracle, tr.at(0), tc.arity, tc.depth, tc.graph)...)
			c.mustRevert(t, deployer, nil, code, nil, errorString("DisputeGame: arity^graphDepth must be below 2^63"))
		}
		// The depth is still checked first.
		code := append(bytes.Clone(bin), gameABI.PackConstructor(c.mips, c.oracle, tr.at(0), 2, 0, 3)...)
		c.mustRevert(t, deployer, nil, code, nil, errorString("DisputeGame: depth must be at least 1"))
		for _, p := range []struct {
			arity        uint64
			depth, graph uint32
		}{{2, 1, 62}, {256, 7, 7}, {3, 5, 1}} {
			dg := c.deployGamePhases(t, tr.at(0), p.arity, p.depth, p.graph)
			t.Logf("arity %d, depth %d, graph depth %d: graph length %d, trace length %d", p.arity, p.depth, p.graph, dg.graphLength, dg.length)
		}
	})
}

// TestTwoPhaseFirstBisect: the graph phase's first move must end in
// graphFinal(outputHash), whatever its status byte; the node phase's first
// move in a valid exit, as a single-phase game's.
func TestTwoPhaseFirstBisect(t *testing.T) {
	tr := llscTrace(t)
	c := newSimChain(t)
	g := c.deployGamePhases(t, tr.at(0), 2, 2, 2)
	cd := twoPhaseClaim(t)
	other := claimDataOf(testClaim("another output"))
	final := graphFinalOf(cd.outputHash)
	if got, err := gameABI.UnpackGraphFinal(c.view(t, g.addr, gameABI.PackGraphFinal(cd.outputHash))); err != nil || got != final {
		t.Fatalf("graphFinal %x (%v), want %x", got, err, final)
	}
	id := g.create(t, erin, alice, bob, cd, day)
	cut := crypto.Keccak256Hash([]byte("graph position 2"))
	reject := errorString("DisputeGame: final commitment must accept the claimed output")
	for _, bad := range [][32]byte{
		{},                             // GRAPH_START
		validLie("a valid exit"),       // what a single-phase game takes
		graphFinalOf(other.outputHash), // another output's
		graphFinalOf(cd.inputHash),     // the input's
		crypto.Keccak256Hash(final[:]), // anything else
		func() [32]byte { f := final; f[31] ^= 1; return f }(),
	} {
		g.mustRevert(t, alice, gameABI.PackBisect(id, [][32]byte{cut, bad}), reject)
	}
	for _, n := range []int{0, 1, 3} {
		hashes := make([][32]byte, n)
		if n > 0 {
			hashes[n-1] = final
		}
		g.mustRevert(t, alice, gameABI.PackBisect(id, hashes), errorString("DisputeGame: first move takes arity hashes"))
	}
	g.mustRevert(t, bob, gameABI.PackBisect(id, [][32]byte{cut, final}), notYourTurn(id, phaseBisect))
	g.expectStage(t, id, stageGraph, gameView{0, 4, [32]byte{}, [32]byte{}, phaseBisect, statusInProgress, 0})

	r := g.bisect(t, alice, id, [][32]byte{cut, final})
	if bis := oneEvent(t, r, g.addr, gameABI.UnpackBisectedEvent); bis.FinalHash != final || !equalHashes(bis.Cuts, [][32]byte{cut}) {
		t.Fatalf("Bisected %+v", bis)
	}
	g.expectStage(t, id, stageGraph, gameView{0, 4, [32]byte{}, final, phaseChoose, statusInProgress, 1})
	g.choose(t, bob, id, 1) // [2, 4]
	g.mustRevert(t, alice, gameABI.PackBisect(id, [][32]byte{cut, final}), errorString("DisputeGame: a move takes arity - 1 hashes"))
	g.bisect(t, alice, id, [][32]byte{crypto.Keccak256Hash([]byte("graph position 3"))})
	g.choose(t, bob, id, 1) // [3, 4]: node 4, the switch
	gm := g.get(t, id)
	if gm.Stage != stageNode || gm.Node != 4 || gm.NodeEnd != final {
		t.Fatalf("after the switch %+v", gm)
	}

	// The node phase's first move: a valid exit, arity hashes.
	g.mustRevert(t, alice, gameABI.PackBisect(id, [][32]byte{tr.at(2), final}), errorString("DisputeGame: final state must be a valid exit"))
	g.mustRevert(t, alice, gameABI.PackBisect(id, [][32]byte{tr.at(2)}), errorString("DisputeGame: first move takes arity hashes"))
	g.bisect(t, alice, id, [][32]byte{tr.at(2), validLie("node program exit")})
	g.expectStage(t, id, stageNode, gameView{0, 4, tr.at(0), validLie("node program exit"), phaseChoose, statusInProgress, 1})
}

// TestTwoPhaseSwitch: the graph phase played down to one position, the
// disputed node at the first position, in the middle and at the last, for
// arity 2 and 4; then the node phase played to a real MIPS.step over the
// node program (here asm/llsc), which the honest defender wins and a lying
// one loses. The clocks carry over the switch.
func TestTwoPhaseSwitch(t *testing.T) {
	tr := llscTrace(t)
	c := newSimChain(t)
	for _, p := range []struct {
		arity uint64
		graph uint32
	}{{2, 3}, {4, 2}} {
		g := c.deployGamePhases(t, tr.at(0), p.arity, depthFor(p.arity, tr.exit()), p.graph)
		n := g.graphLength
		for _, x := range []uint64{1, n / 2, n/2 + 1, n} {
			for _, honest := range []bool{true, false} {
				t.Run(fmt.Sprintf("arity %d/node %d/honest %v", p.arity, x, honest), func(t *testing.T) {
					cd := twoPhaseClaim(t)
					id := g.create(t, erin, alice, bob, cd, day)
					claims := graphTrace("the defender's", n, cd.outputHash)
					truth := challengerGraph(claims, x)
					// Some time on each clock before the switch.
					c.nextBlockAt(t, g.get(t, id).LastMoveAt+7)
					sw := g.playGraph(t, id, alice, bob, cd, claims, firstDisagreement(truth), tr.witness(t, 0))
					if sw.node != x || sw.nodeStart != truth(x-1) || sw.nodeStart != claims(x-1) || sw.nodeEnd != claims(x) || sw.nodeEnd == truth(x) {
						t.Fatalf("node %d from %x to %x; want node %d from the agreed %x to the defender's %x", sw.node, sw.nodeStart, sw.nodeEnd, x, truth(x-1), claims(x))
					}
					if x == 1 && sw.nodeStart != ([32]byte{}) {
						t.Fatalf("node 1 starts from %x, want GRAPH_START", sw.nodeStart)
					}
					if x == n && sw.nodeEnd != graphFinalOf(cd.outputHash) {
						t.Fatalf("node %d ends in %x, want graphFinal", x, sw.nodeEnd)
					}
					gm := g.get(t, id)
					if gm.DefenderUsed < 7 || gm.ChallengerUsed < uint64(len(sw.chooses)) {
						t.Fatalf("clocks used (%d, %d): the graph phase's time is not counted", gm.DefenderUsed, gm.ChallengerUsed)
					}
					c.nextBlockAt(t, gm.LastMoveAt+11)
					if d, ch := g.clocksLeft(t, id); d != day-gm.DefenderUsed-10 || ch != day-gm.ChallengerUsed {
						t.Fatalf("clocksLeft (%d, %d) 10 s after the switch, want (%d, %d)", d, ch, day-gm.DefenderUsed-10, day-gm.ChallengerUsed)
					}

					// The node phase: a single-phase game over the node program.
					lie := uint64(tr.exit() / 2)
					claimsVM := tr.at
					if !honest {
						claimsVM = lieFrom(tr.at, lie, g.length)
					}
					res := g.play(t, id, alice, bob, claimsVM, firstDisagreement(tr.at), tr)
					want := statusDefenderWon
					if !honest {
						want = statusChallengerWon
						if res.position != lie-1 {
							t.Fatalf("the step at %d, want %d", res.position, lie-1)
						}
					}
					if res.status != want {
						t.Fatalf("status %d, want %d", res.status, want)
					}
					after := g.get(t, id)
					if after.Stage != stageNode || after.Node != x || after.NodeStart != sw.nodeStart || after.NodeEnd != sw.nodeEnd ||
						after.LocalContext != nodeContextOf(cd, x, sw.nodeStart, sw.nodeEnd) {
						t.Fatalf("after the node phase %+v", after)
					}
				})
			}
		}
	}
}

// nodeReadStep is the first step of a made-up node program that reads
// local datum index (4 bytes at the datum's part offset: the node's low
// bytes, or the first bytes of a commitment) with the oracle serving the
// node data values; pre is the program's prestate (the same whatever the
// values), post the state after the read.
func nodeReadStep(t testing.TB, index uint64, values map[uint64][]byte) (pre [32]byte, w *mipsevm.Witness, post [32]byte) {
	t.Helper()
	o := &testOracle{preimages: map[[32]byte][]byte{}}
	for i, v := range values {
		o.preimages[mipsevm.LocalKey(i)] = v
	}
	s, vmach := newVM(o, syscalls(2)...)
	s.PreimageKey = mipsevm.LocalKey(index)
	s.PreimageOffset = 8 // the value's first bytes
	if index == 4 {
		s.PreimageOffset = 12 // the node's low bytes
	}
	s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = mipsevm.SysRead, mipsevm.FdPreimageRead, 0x6000, 4
	pre = s.Hash()
	w, err := vmach.Step(true)
	if err != nil {
		t.Fatal(err)
	}
	if !w.HasPreimage || w.PreimageKey != mipsevm.LocalKey(index) || s.Registers[2] != 4 {
		t.Fatalf("the read of local datum %d: %d bytes read, witness %+v", index, s.Registers[2], w)
	}
	return pre, w, s.Hash()
}

// dummyValues are node data for the node program's prestate and a step
// that no game executes.
var dummyValues = map[uint64][]byte{
	1: bytes.Repeat([]byte{1}, 32), 2: bytes.Repeat([]byte{2}, 32), 3: bytes.Repeat([]byte{3}, 32),
	4: bytes.Repeat([]byte{4}, 8), 5: bytes.Repeat([]byte{5}, 32), 6: bytes.Repeat([]byte{6}, 32),
}

// nodeValues are the local data of a node phase, as the node program reads
// them: the claim's (1–3) and the node's (4–6).
func nodeValues(cd claimData, sw switched) map[uint64][]byte {
	return map[uint64][]byte{
		1: cd.model[:], 2: cd.inputHash[:], 3: cd.outputHash[:],
		4: binary.BigEndian.AppendUint64(nil, sw.node), 5: sw.nodeStart[:], 6: sw.nodeEnd[:],
	}
}

// TestTwoPhaseLocalData: loadLocalData's node data (4 node, 5 nodeStart, 6
// nodeEnd) exist in the node phase only, with exactly the values of the
// game's record, under the node context; a node program's step reads them
// through MIPS.step once the game has loaded them, and only what this game
// recorded: the same step in a game over another node gives another
// post-state.
func TestTwoPhaseLocalData(t *testing.T) {
	c := newSimChain(t)
	cd := twoPhaseClaim(t)
	const graphDepth = 3 // 8 positions
	claims := graphTrace("the defender's", 8, cd.outputHash)
	// A node phase over node x of claims (arity 2, one VM step).
	start := func(t *testing.T, g *disputeGame, x uint64, claims hashesFn, w *mipsevm.Witness) (*big.Int, switched) {
		t.Helper()
		id := g.create(t, erin, alice, bob, cd, day)
		return id, g.playGraph(t, id, alice, bob, cd, claims, firstDisagreement(challengerGraph(claims, x)), w)
	}

	t.Run("values", func(t *testing.T) {
		pre, _, _ := nodeReadStep(t, 5, dummyValues)
		g := c.deployGamePhases(t, pre, 2, 1, graphDepth)
		id := g.create(t, erin, alice, bob, cd, day)
		graphCtx := g.localContext(t, cd)
		noDatum := errorString("DisputeGame: no such local datum")
		for _, index := range []uint64{0, 4, 5, 6, 7} {
			g.mustRevert(t, erin, gameABI.PackLoadLocalData(id, new(big.Int).SetUint64(index), common.Big0), noDatum)
		}
		// The claim's data load in the graph phase, under the claim's context.
		g.loadLocalData(t, erin, id, 3, 8)
		if l, dat, n := g.localValue(t, 3, graphCtx, 8); l != 32 || dat != cd.outputHash || n != 32 {
			t.Fatalf("output hash in the graph phase: length %d, %x (%d bytes)", l, dat, n)
		}
		// Revert in every phase of the graph phase.
		g.bisect(t, alice, id, [][32]byte{claims(4), claims(8)})
		g.mustRevert(t, erin, gameABI.PackLoadLocalData(id, big.NewInt(5), common.Big0), noDatum)
		g.choose(t, bob, id, 0)
		g.mustRevert(t, erin, gameABI.PackLoadLocalData(id, big.NewInt(6), common.Big0), noDatum)
		g.bisect(t, alice, id, [][32]byte{claims(2)})
		g.choose(t, bob, id, 1) // [2, 4]
		g.bisect(t, alice, id, [][32]byte{claims(3)})
		g.mustRevert(t, erin, gameABI.PackLoadLocalData(id, big.NewInt(4), common.Big0), noDatum)
		g.choose(t, bob, id, 0) // [2, 3]: node 3
		gm := g.get(t, id)
		if gm.Stage != stageNode || gm.Node != 3 || gm.NodeStart != claims(2) || gm.NodeEnd != claims(3) {
			t.Fatalf("after the switch %+v", gm)
		}
		ctx := nodeContextOf(cd, 3, claims(2), claims(3))
		g.loadLocalData(t, erin, id, 4, 0)
		var want [32]byte
		binary.BigEndian.PutUint64(want[:], 8)
		binary.BigEndian.PutUint64(want[8:], 3)
		if l, dat, n := g.localValue(t, 4, ctx, 0); l != 8 || dat != want || n != 16 {
			t.Fatalf("node: length %d, %x (%d bytes), want 8, %x (16)", l, dat, n, want)
		}
		g.loadLocalData(t, erin, id, 4, 8)
		binary.BigEndian.PutUint64(want[:], 3)
		clear(want[8:])
		if _, dat, n := g.localValue(t, 4, ctx, 8); dat != want || n != 8 {
			t.Fatalf("node at 8: %x (%d bytes), want %x (8)", dat, n, want)
		}
		for _, d := range []struct {
			index uint64
			value [32]byte
		}{{5, claims(2)}, {6, claims(3)}, {1, cd.model}, {2, cd.inputHash}, {3, cd.outputHash}} {
			g.loadLocalData(t, erin, id, d.index, 8)
			if l, dat, n := g.localValue(t, d.index, ctx, 8); l != 32 || dat != d.value || n != 32 {
				t.Fatalf("datum %d: length %d, %x (%d bytes), want %x", d.index, l, dat, n, d.value)
			}
			g.loadLocalData(t, erin, id, d.index, 0)
			var head [32]byte
			binary.BigEndian.PutUint64(head[:], 32)
			copy(head[8:], d.value[:24])
			if _, dat, _ := g.localValue(t, d.index, ctx, 0); dat != head {
				t.Fatalf("datum %d at 0: %x, want %x", d.index, dat, head)
			}
		}
		for _, index := range []uint64{0, 7, 1 << 63} {
			g.mustRevert(t, erin, gameABI.PackLoadLocalData(id, new(big.Int).SetUint64(index), common.Big0), noDatum)
		}
		g.mustRevert(t, erin, gameABI.PackLoadLocalData(id, big.NewInt(4), big.NewInt(16)), errorString("PreimageOracle: part offset out of range"))
	})

	for _, index := range []uint64{1, 4, 5, 6} {
		t.Run(fmt.Sprintf("a step reads datum %d", index), func(t *testing.T) {
			pre, w0, _ := nodeReadStep(t, index, dummyValues)
			g := c.deployGamePhases(t, pre, 2, 1, graphDepth)
			if index == 1 {
				// Loaded in the graph phase (the claim's context): not what
				// the node phase reads.
				id := g.create(t, erin, alice, bob, cd, day)
				g.loadLocalData(t, erin, id, 1, 8)
			}
			id, sw := start(t, g, 3, claims, w0)
			_, w, post := nodeReadStep(t, index, nodeValues(cd, sw))
			if w.StateHash != pre {
				t.Fatal("the node program's prestate depends on the data")
			}
			g.bisect(t, alice, id, [][32]byte{post, validLie("node program")})
			g.choose(t, bob, id, 0)
			g.expectStage(t, id, stageNode, gameView{0, 1, pre, post, phaseStep, statusInProgress, 1})
			step := gameABI.PackStep(id, w.State, w.EncodeProof())
			g.mustRevert(t, erin, step, errorString("PreimageOracle: preimage not loaded"))
			g.loadPreimage(t, erin, id, w)
			r := g.step(t, erin, id, w)
			if st := oneEvent(t, r, g.addr, gameABI.UnpackSteppedEvent); st.PostStateHash != post || !st.DefenderWon {
				t.Fatalf("Stepped %+v, want post-state %x", st, post)
			}
			if index == 1 {
				return
			}

			// Another node (2, with another defender's graph: other node
			// data): the defender's hash is the read of this game's data,
			// the step reads the other game's.
			otherClaims := graphTrace("another defender's", 8, cd.outputHash)
			id2, sw2 := start(t, g, 2, otherClaims, w0)
			_, w2, post2 := nodeReadStep(t, index, nodeValues(cd, sw2))
			if post2 == post {
				t.Fatalf("the read of datum %d gives the same state in both games", index)
			}
			g.bisect(t, alice, id2, [][32]byte{post, validLie("node program")})
			g.choose(t, bob, id2, 0)
			g.loadPreimage(t, erin, id2, w2)
			r = g.step(t, erin, id2, w) // the first game's witness: same pre-state and proof
			if st := oneEvent(t, r, g.addr, gameABI.UnpackSteppedEvent); st.PostStateHash != post2 || st.DefenderWon {
				t.Fatalf("Stepped %+v, want post-state %x and the challenger winning", st, post2)
			}
		})
	}
}

// TestTwoPhaseClocks: timeouts in both phases, and the time used in the
// graph phase counted in the node phase.
func TestTwoPhaseClocks(t *testing.T) {
	const clock = 1000
	tr := llscTrace(t)
	c := newSimChain(t)
	g := c.deployGamePhases(t, tr.at(0), 2, 1, 1) // one graph round, one VM round
	cd := twoPhaseClaim(t)
	final := graphFinalOf(cd.outputHash)
	cut := crypto.Keccak256Hash([]byte("graph position 1"))
	w := tr.witness(t, 0)
	// ranOut makes the next block one second past the clock of the side
	// whose turn it is.
	ranOut := func(id *big.Int) {
		t.Helper()
		gm := g.get(t, id)
		used := gm.DefenderUsed
		if gm.Phase != phaseBisect {
			used = gm.ChallengerUsed
		}
		c.nextBlockAt(t, gm.LastMoveAt+(clock-used)+1)
	}
	resolved := func(id *big.Int, stage, status uint8) {
		t.Helper()
		if s := g.statusOf(t, id); s != status {
			t.Fatalf("statusOf %d, want %d", s, status)
		}
		r := g.resolve(t, erin, id)
		if res := oneEvent(t, r, g.addr, gameABI.UnpackResolvedEvent); res.Status != status {
			t.Fatalf("Resolved %+v", res)
		}
		if gm := g.get(t, id); gm.Stage != stage || gm.Status != status || gm.Phase != phaseOver {
			t.Fatalf("after resolve %+v", gm)
		}
	}

	t.Run("graph phase: the defender does not move", func(t *testing.T) {
		id := g.create(t, erin, alice, bob, cd, clock)
		c.nextBlockAt(t, g.get(t, id).LastMoveAt+clock)
		g.mustRevert(t, erin, gameABI.PackResolve(id), errorString("DisputeGame: not decided"))
		g.mustRevert(t, alice, gameABI.PackBisect(id, [][32]byte{cut, final}), outOfTime(id))
		resolved(id, stageGraph, statusChallengerWon)
	})
	t.Run("graph phase: the challenger does not choose", func(t *testing.T) {
		id := g.create(t, erin, alice, bob, cd, clock)
		g.bisect(t, alice, id, [][32]byte{cut, final})
		ranOut(id)
		g.mustRevert(t, bob, gameABI.PackChoose(id, 0), outOfTime(id))
		resolved(id, stageGraph, statusDefenderWon)
	})
	t.Run("node phase: the defender's graph time counts", func(t *testing.T) {
		id := g.create(t, erin, alice, bob, cd, clock)
		c.nextBlockAt(t, g.get(t, id).LastMoveAt+600)
		g.bisect(t, alice, id, [][32]byte{cut, final})
		g.choose(t, bob, id, 0) // the switch
		gm := g.get(t, id)
		if gm.Stage != stageNode || gm.DefenderUsed != 600 || gm.ChallengerUsed != 1 {
			t.Fatalf("after the switch %+v", gm)
		}
		if d, ch := g.clocksLeft(t, id); d != 400 || ch != clock-1 {
			t.Fatalf("clocksLeft (%d, %d), want (400, %d)", d, ch, clock-1)
		}
		c.nextBlockAt(t, gm.LastMoveAt+401) // 400 s would still do
		g.mustRevert(t, alice, gameABI.PackBisect(id, [][32]byte{tr.at(1), validLie("node")}), outOfTime(id))
		resolved(id, stageNode, statusChallengerWon)
	})
	t.Run("node phase: the defender moves at its last second", func(t *testing.T) {
		id := g.create(t, erin, alice, bob, cd, clock)
		c.nextBlockAt(t, g.get(t, id).LastMoveAt+600)
		g.bisect(t, alice, id, [][32]byte{cut, final})
		g.choose(t, bob, id, 0)
		c.nextBlockAt(t, g.get(t, id).LastMoveAt+400)
		g.bisect(t, alice, id, [][32]byte{tr.at(1), validLie("node")})
		if gm := g.get(t, id); gm.DefenderUsed != clock || gm.Stage != stageNode {
			t.Fatalf("after the node phase's first move %+v", gm)
		}
	})
	t.Run("node phase: the challenger's graph time counts", func(t *testing.T) {
		id := g.create(t, erin, alice, bob, cd, clock)
		g.bisect(t, alice, id, [][32]byte{cut, final})
		c.nextBlockAt(t, g.get(t, id).LastMoveAt+600)
		g.choose(t, bob, id, 1) // node 2
		g.bisect(t, alice, id, [][32]byte{tr.at(1), validLie("node")})
		if _, ch := g.clocksLeft(t, id); ch != 400 {
			t.Fatalf("challenger has %d s left, want 400", ch)
		}
		ranOut(id)
		g.mustRevert(t, bob, gameABI.PackChoose(id, 0), outOfTime(id))
		resolved(id, stageNode, statusDefenderWon)
	})
	t.Run("node phase: the challenger never steps", func(t *testing.T) {
		id := g.create(t, erin, alice, bob, cd, clock)
		g.bisect(t, alice, id, [][32]byte{cut, final})
		g.choose(t, bob, id, 0)
		g.bisect(t, alice, id, [][32]byte{validLie("not step 1"), validLie("node")})
		g.choose(t, bob, id, 0)
		ranOut(id)
		g.mustRevert(t, bob, gameABI.PackStep(id, w.State, w.EncodeProof()), outOfTime(id))
		resolved(id, stageNode, statusDefenderWon)
		g.mustRevert(t, bob, gameABI.PackStep(id, w.State, w.EncodeProof()), gameOver(id))
	})
}
