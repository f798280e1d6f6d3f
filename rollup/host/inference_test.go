package host

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/gethadapter/spec"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
)

// inferenceClaim is the claim of c's inference block with the results
// the node's precompile computed honestly (what opML finalizes) and the
// model.
func inferenceClaim(t *testing.T, c *testChain) *BlockClaim {
	t.Helper()
	claim, err := Prepare(BlockChain{c.bc}, testChainID, c.infer)
	if err != nil {
		t.Fatal(err)
	}
	claim.AddInferences(c.inferences, c.models)
	return claim
}

// TestInferenceBlock: the inference block's calls did what they should on
// the node: the two classifications succeeded (the contract stored
// success and the class), the refused ones reverted inside the contract.
func TestInferenceBlock(t *testing.T) {
	c := newTestChain(t, 0)
	r := c.receipts(c.infer)
	if len(r) != 4 {
		t.Fatalf("block %d: %d receipts, want 4", c.infer, len(r))
	}
	for i, rc := range r {
		if rc.Status != types.ReceiptStatusSuccessful {
			t.Errorf("tx %d failed", i)
		}
	}
	if len(c.inferences) != 2 {
		t.Fatalf("the node ran %d inferences, want 2: %+v", len(c.inferences), c.inferences)
	}
	// The last call stored success 0 (the precompile reverted).
	hd := c.bc.GetBlockByNumber(c.infer).Header()
	st, err := c.bc.StateAt(hd.Root, hd.Number, hd.Time)
	if err != nil {
		t.Fatal(err)
	}
	if ok := st.GetState(inferAddr, common.Hash{31: 1}); ok != (common.Hash{}) {
		t.Errorf("the call naming no model stored success %s", ok)
	}
	// The refused calls (keys 2 and 3) stored the first word of the
	// revert data, Error(string)'s selector first; the first (key 0) the
	// class, 9.
	for k, want := range map[int]byte{0: 9, 2: 0x08, 3: 0x08} {
		slot := common.BytesToHash(crypto.PubkeyToAddress(c.keys[k].PublicKey).Bytes())
		if v := st.GetState(inferAddr, slot); v[0] != want {
			t.Errorf("the call from key %d stored %s, want first byte %#x", k, v, want)
		}
	}
}

// TestNativeInference: natively, the program re-executes the inference
// block with the results served under their inference keys and gets the
// node's output root; without a result it fails (exit 4, naming the
// key), and with another result than the node's it computes another root.
func TestNativeInference(t *testing.T) {
	c := newTestChain(t, 0)
	claim := inferenceClaim(t, c)
	root := claim.Output.Root()
	want := claim.Word()
	var log bytes.Buffer
	r := RunNative(claim.Host(want), &log)
	if r.Code != blockprog.ExitMatch || r.Root != root || r.Word != want || r.Block.Hash() != c.bc.GetBlockByNumber(c.infer).Hash() {
		t.Fatalf("exit %d (%v), root %s, want %s\n%s", r.Code, r.Err, r.Root, root, log.String())
	}

	noResults := *claim
	noResults.Inferences = nil
	h := noResults.Host(want)
	if r := RunNative(h, nil); r.Code != blockprog.ExitNoState || !strings.Contains(r.Err.Error(), blockprog.HintInference) || !errors.Is(r.Err, oracle.ErrNotFound) {
		t.Fatalf("without results: exit %d (%v)", r.Code, r.Err)
	}

	noModel := *claim
	noModel.Models = nil
	if r := RunNative(noModel.Host(want), nil); r.Code != blockprog.ExitNoState || !errors.Is(r.Err, oracle.ErrNotFound) {
		t.Fatalf("without the model: exit %d (%v)", r.Code, r.Err)
	}

	other := *claim
	other.Inferences = append([]Inference{}, claim.Inferences...)
	out := append([]byte{}, other.Inferences[0].Output...)
	out[0] = (out[0] + 1) % 10
	other.Inferences[0].Output = out
	if r := RunNative(other.Host(want), nil); r.Code != blockprog.ExitMismatch || r.Root == root {
		t.Fatalf("with another result: exit %d (%v), root %s", r.Code, r.Err, r.Root)
	}
}

// TestNativeInferenceLie: a sequencer whose precompile lies about one
// classification gets another output root than the honest chain; the
// program, reading the result opML finalized (the honest one), rejects the
// sequencer's root and computes the honest chain's.
func TestNativeInferenceLie(t *testing.T) {
	honest := newTestChain(t, 0)
	hclaim := inferenceClaim(t, honest)
	honestRoot, honestWord := hclaim.Output.Root(), hclaim.Word()

	lying := newTestChainLying(t, 0, func(c gethadapter.Call, out []byte) []byte {
		if bytes.Equal(c.Input, honest.inferences[0].Input) {
			return []byte{(out[0] + 1) % 10}
		}
		return out
	})
	claim := inferenceClaim(t, lying)
	lie := claim.Word()
	if claim.Output.Root() == honestRoot {
		t.Fatal("the lie did not change the node's output root")
	}
	r := RunNative(claim.Host(lie), nil)
	if r.Code != blockprog.ExitMismatch || r.Root != honestRoot {
		t.Fatalf("the sequencer's root: exit %d (%v), root %s, want the honest %s", r.Code, r.Err, r.Root, honestRoot)
	}
	if r := RunNative(claim.Host(honestWord), nil); r.Code != blockprog.ExitMatch {
		t.Fatalf("the honest root on the sequencer's chain: exit %d (%v)", r.Code, r.Err)
	}
}

// TestPrecompileAgrees: for accepted and refused calls, the program's
// precompile charges the gas the node's does and returns what it returns
// (output, or the same revert data), without running the model.
func TestPrecompileAgrees(t *testing.T) {
	if blockprog.MaxInputBytes != onchain.DefaultMaxInputBytes || blockprog.MaxOutputBytes != onchain.DefaultMaxOutputBytes {
		t.Fatal("the program's size bounds are not the node's defaults")
	}
	if blockprog.KeyTypeInference != byte(mipsevm.KeyTypeInference) {
		t.Fatal("key types differ")
	}
	model, calls := inferenceCalls(t)
	store, err := oracle.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.Add(model.Bytes()); err != nil {
		t.Fatal(err)
	}
	node := gethadapter.New(store, gethadapter.Options{Bounds: gethadapter.DefaultBounds()})
	h := oracle.NewHost(nil)
	h.AddModel(model)
	var inputs [][]byte
	for _, c := range calls {
		enc := gethadapter.EncodeCall(c)
		inputs = append(inputs, enc)
		if out, err := node.Run(enc); err == nil {
			h.AddInference(c.Model, c.Input, out)
			if got, want := blockprog.InferenceKey(c.Spec()), common.Hash(mipsevm.InferenceKey(c.Model, crypto.Keccak256Hash(c.Input), c.OutputSize)); got != want {
				t.Fatalf("inference keys differ: %s, %s", got, want)
			}
		}
	}
	long := calls[0]
	long.Input = make([]byte, onchain.DefaultMaxInputBytes+1)
	short := calls[0]
	short.Input = short.Input[:100]
	inputs = append(inputs, gethadapter.EncodeCall(long), gethadapter.EncodeCall(short),
		append(gethadapter.EncodeCall(calls[0]), 0), []byte("garbage"), nil)
	prog := blockprog.NewPrecompile(Native{h})
	for i, in := range inputs {
		if g, w := prog.RequiredGas(in), node.RequiredGas(in); g != w {
			t.Errorf("input %d: program charges %d gas, node %d", i, g, w)
		}
		got, gotErr := prog.Run(in)
		want, wantErr := node.Run(in)
		if !bytes.Equal(got, want) || gotErr != wantErr {
			t.Errorf("input %d: program returns %x, %v; node %x, %v", i, got, gotErr, want, wantErr)
		}
		if i == 0 && (gotErr != nil || prog.RequiredGas(in) == spec.GasBase) {
			t.Errorf("input 0 is not an accepted call")
		}
		if i == 2 && gotErr != vm.ErrExecutionReverted {
			t.Errorf("input 2 (output_size 2) not refused")
		}
	}
	if err := prog.Err(); err != nil {
		t.Fatal(err)
	}
	// The refusal of an address naming no model says what the node's
	// oracle.Address.Check says.
	a := calls[3].Model
	if got, want := spec.CheckModel(a), a.Check(); got == nil || want == nil || got.Error() != want.Error() {
		t.Fatalf("CheckModel %v, Address.Check %v", got, want)
	}
}

// TestNativeInferenceWord: the program accepts the node's output root
// folded with the block's inference keys in first-read order
// (rollup.ClaimedWord: what OutputOracle.propose makes of the OpML claims
// a proposal lists), and rejects (exit 1) the bare root, a list missing a
// key, with an extra key, with a key twice, or reordered.
func TestNativeInferenceWord(t *testing.T) {
	c := newTestChain(t, 0)
	claim := inferenceClaim(t, c)
	root := claim.Output.Root()
	keys := claim.InferenceKeys()
	r := RunNative(claim.Host(claim.Word()), nil)
	if r.Code != blockprog.ExitMatch || len(r.Inferences) != 2 || r.Inferences[0] != keys[0] || r.Inferences[1] != keys[1] {
		t.Fatalf("the right list: exit %d (%v), keys %v, the node's %v", r.Code, r.Err, r.Inferences, keys)
	}
	extra := keys[0]
	extra[31] ^= 1
	for name, list := range map[string][]common.Hash{
		"none (the bare root)": nil,
		"missing the second":   keys[:1],
		"missing the first":    keys[1:],
		"an extra key":         {keys[0], keys[1], extra},
		"a key twice":          {keys[0], keys[1], keys[0]},
		"reordered":            {keys[1], keys[0]},
	} {
		r := RunNative(claim.Host(rollup.ClaimedWord(root, list)), nil)
		if r.Code != blockprog.ExitMismatch || r.Root != root {
			t.Errorf("%s: exit %d (%v), root %s; want exit 1 with the node's root", name, r.Code, r.Err, r.Root)
		}
	}
}
