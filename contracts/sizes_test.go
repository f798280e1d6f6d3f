package contracts_test

// OpML's size bounds and bonds (docs/dispute.md, "Input and output
// sizes"): what the constructor refuses, what submit refuses, and the gas
// of loading a part of the longest input, measured on the simulated chain
// (Osaka rules: EIP-7623's calldata floor, EIP-7825's transaction gas cap).

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/mipsevm"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// nonZeroBytes are n random bytes none of which is zero: the most a
// transaction carrying them pays for calldata.
func nonZeroBytes(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, 0x6f704d4c))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(1 + r.IntN(255))
	}
	return b
}

// TestOpMLConstructorRefuses: zero bonds (the registry's too) and a zero
// data-availability window, and size bounds of 0 or past MAX_INPUT_BYTES
// and MAX_OUTPUT_BYTES, revert with their reasons; the contract's ceilings
// are onchain's.
func TestOpMLConstructorRefuses(t *testing.T) {
	c := newSimChain(t)
	g := c.deployGame(t, [32]byte{3}, 2, 1)
	bin := common.FromHex(bindings.OpMLMetaData.Bin)
	in, out := uint64(onchain.DefaultMaxInputBytes), uint64(onchain.DefaultMaxOutputBytes)
	for _, tc := range []struct {
		name          string
		claim, chal   *big.Int
		maxIn, maxOut uint64
		reg, da       *big.Int
		daWindow      uint64
		reason        string
	}{
		{"zero claim bond", wei(0), challengeBond, in, out, registrationBond, daBond, testWindow, "OpML: zero claim bond"},
		{"zero challenge bond", oddClaimBond, wei(0), in, out, registrationBond, daBond, testWindow, "OpML: zero challenge bond"},
		{"zero max input", oddClaimBond, challengeBond, 0, out, registrationBond, daBond, testWindow, "OpML: maxInputBytes must be 1 to MAX_INPUT_BYTES"},
		{"max input past the ceiling", oddClaimBond, challengeBond, onchain.MaxInputBytesLimit + 1, out, registrationBond, daBond, testWindow, "OpML: maxInputBytes must be 1 to MAX_INPUT_BYTES"},
		{"zero max output", oddClaimBond, challengeBond, in, 0, registrationBond, daBond, testWindow, "OpML: maxOutputBytes must be 1 to MAX_OUTPUT_BYTES"},
		{"max output past the ceiling", oddClaimBond, challengeBond, in, onchain.MaxOutputBytesLimit + 1, registrationBond, daBond, testWindow, "OpML: maxOutputBytes must be 1 to MAX_OUTPUT_BYTES"},
		{"zero registration bond", oddClaimBond, challengeBond, in, out, wei(0), daBond, testWindow, "ModelRegistry: zero registration bond"},
		{"zero data-availability bond", oddClaimBond, challengeBond, in, out, registrationBond, wei(0), testWindow, "ModelRegistry: zero data-availability bond"},
		{"zero data-availability window", oddClaimBond, challengeBond, in, out, registrationBond, daBond, 0, "ModelRegistry: zero data-availability window"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code := append(bytes.Clone(bin), opmlABI.PackConstructor(g.addr, testWindow, testClock, tc.claim, tc.chal, tc.maxIn, tc.maxOut,
				tc.reg, tc.da, tc.daWindow)...)
			c.mustRevert(t, deployer, nil, code, nil, errorString(tc.reason))
		})
	}
	// One wei each and the ceilings are accepted.
	o := c.deployOpMLSized(t, g, testWindow, testClock, wei(1), wei(1), onchain.MaxInputBytesLimit, onchain.MaxOutputBytesLimit)
	for _, v := range []struct {
		name      string
		get, want uint64
	}{
		{"MAX_INPUT_BYTES", o.uint64View(t, opmlABI.PackMAXINPUTBYTES(), opmlABI.UnpackMAXINPUTBYTES), onchain.MaxInputBytesLimit},
		{"MAX_OUTPUT_BYTES", o.uint64View(t, opmlABI.PackMAXOUTPUTBYTES(), opmlABI.UnpackMAXOUTPUTBYTES), onchain.MaxOutputBytesLimit},
		{"maxInputBytes", o.uint64View(t, opmlABI.PackMaxInputBytes(), opmlABI.UnpackMaxInputBytes), onchain.MaxInputBytesLimit},
		{"maxOutputBytes", o.uint64View(t, opmlABI.PackMaxOutputBytes(), opmlABI.UnpackMaxOutputBytes), onchain.MaxOutputBytesLimit},
	} {
		if v.get != v.want {
			t.Errorf("%s = %d, want %d", v.name, v.get, v.want)
		}
	}
}

func (o *registry) uint64View(t testing.TB, data []byte, unpack func([]byte) (uint64, error)) uint64 {
	t.Helper()
	v, err := unpack(o.c.view(t, o.addr, data))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// sendWithGas sends a transaction with the given gas limit (the tests'
// usual limit, txGasLimit, is below what the largest submits use) and
// returns its receipt, which must be a success.
func (c *simChain) sendWithGas(t testing.TB, from actor, to common.Address, data []byte, value *big.Int, gas uint64) *types.Receipt {
	t.Helper()
	opts := c.opts(from, value)
	opts.GasLimit = gas
	tx, err := bind.Transact(c.contract(to), opts, data)
	if err != nil {
		t.Fatalf("%s's transaction: %v", from.name, describeCallError(err))
	}
	r := c.mine(t, from, tx)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("%s's transaction failed (gas used %d of %d)", from.name, r.GasUsed, gas)
	}
	return r
}

// TestSubmitSizes: submit accepts an input and an output of exactly the
// deployment's bounds and refuses one byte more of either, with the
// reason; a submit of the longest input and output the ceilings allow, by
// an account, costs under half EIP-7825's cap.
func TestSubmitSizes(t *testing.T) {
	c := newSimChain(t)
	g := c.deployGame(t, [32]byte{3}, 2, 1)
	for _, sz := range []struct {
		name          string
		maxIn, maxOut int
	}{
		{"defaults", onchain.DefaultMaxInputBytes, onchain.DefaultMaxOutputBytes},
		{"ceilings", onchain.MaxInputBytesLimit, onchain.MaxOutputBytesLimit},
	} {
		t.Run(sz.name, func(t *testing.T) {
			o := c.deployOpMLSized(t, g, testWindow, testClock, oddClaimBond, challengeBond, uint64(sz.maxIn), uint64(sz.maxOut))
			input, output := nonZeroBytes(1, sz.maxIn+1), nonZeroBytes(2, sz.maxOut+1)
			o.mustRevert(t, alice, opmlABI.PackSubmit(testModel, input, output[:sz.maxOut]), o.claimBond,
				"OpML: input longer than maxInputBytes")
			o.mustRevert(t, alice, opmlABI.PackSubmit(testModel, input[:sz.maxIn], output), o.claimBond,
				"OpML: output longer than maxOutputBytes")
			r := c.sendWithGas(t, alice, o.addr, opmlABI.PackSubmit(testModel, input[:sz.maxIn], output[:sz.maxOut]), o.claimBond, params.MaxTxGas)
			ev := oneEvent(t, r, o.addr, opmlABI.UnpackClaimSubmittedEvent)
			if !bytes.Equal(ev.Input, input[:sz.maxIn]) || !bytes.Equal(ev.Output, output[:sz.maxOut]) {
				t.Fatal("ClaimSubmitted does not carry the input and output")
			}
			if st, out := o.result(t, ev.ClaimId); st != claimPending || !bytes.Equal(out, output[:sz.maxOut]) {
				t.Fatalf("getResult: %d, %d bytes", st, len(out))
			}
			t.Logf("submit of a %d-byte input and a %d-byte output by an account: %d gas (%.2f of the cap)",
				sz.maxIn, sz.maxOut, r.GasUsed, float64(r.GasUsed)/float64(params.MaxTxGas))
			if r.GasUsed >= params.MaxTxGas/2 {
				t.Fatalf("the submit used %d gas, more than half the cap %d", r.GasUsed, params.MaxTxGas)
			}
		})
	}
}

// floorGas is EIP-7623's floor for a transaction with this calldata:
// 21,000 + 10 per token, a zero byte one token, any other four.
func floorGas(data []byte) uint64 {
	var tokens uint64
	for _, b := range data {
		if b == 0 {
			tokens++
		} else {
			tokens += params.TxTokenPerNonZeroByte
		}
	}
	return params.TxGas + params.TxCostFloorPerToken*tokens
}

// TestInputLoadGas: loading the part of an input that holds its last byte
// (what the step reading it needs), for the longest input the default
// deployment and the ceiling allow, by an account: the transaction pays
// EIP-7623's floor for its calldata (the whole input), which
// onchain.PreimageLoadGas bounds, and that stays under a sixth of
// EIP-7825's cap at the ceiling (a twelfth at the default). The issue's
// 512 KiB input could not be loaded at all: its floor is above the cap, and
// the transaction is four times the size go-ethereum's pool accepts.
func TestInputLoadGas(t *testing.T) {
	c := newSimChain(t)
	for _, tc := range []struct {
		n      int
		margin uint64 // the load must cost less than cap/margin
	}{
		{onchain.DefaultMaxInputBytes, 12},
		{onchain.MaxInputBytesLimit, 6},
	} {
		input := nonZeroBytes(uint64(tc.n), tc.n)
		last := uint64(8 + tc.n - 4) // the guest's last read: the input's last word
		data := oracleABI.PackLoadKeccak256PreimagePart(new(big.Int).SetUint64(last), input)
		r := c.sendWithGas(t, erin, c.oracle, data, nil, params.MaxTxGas)
		bound := onchain.PreimageLoadGas(uint64(tc.n))
		t.Logf("load of the last part of a %d-byte input: %d gas (floor %d, PreimageLoadGas %d, cap/%d = %d)",
			tc.n, r.GasUsed, floorGas(data), bound, tc.margin, params.MaxTxGas/tc.margin)
		if r.GasUsed != floorGas(data) {
			t.Errorf("%d bytes: the load used %d gas, want the calldata floor %d", tc.n, r.GasUsed, floorGas(data))
		}
		if r.GasUsed > bound || bound >= params.MaxTxGas/tc.margin {
			t.Errorf("%d bytes: used %d, PreimageLoadGas %d, want both under cap/%d = %d", tc.n, r.GasUsed, bound, tc.margin, params.MaxTxGas/tc.margin)
		}
		// The part is there: the oracle reads the input's last word.
		key := mipsevm.Keccak256Key(input)
		part, err := oracleABI.UnpackReadPreimage(c.view(t, c.oracle, oracleABI.PackReadPreimage(key, new(big.Int).SetUint64(last))))
		if err != nil {
			t.Fatal(err)
		}
		if part.DatLen.Uint64() != 4 || !bytes.Equal(part.Dat[:4], input[tc.n-4:]) {
			t.Fatalf("%d bytes: readPreimage at %d: %d bytes %x, want %x", tc.n, last, part.DatLen, part.Dat[:4], input[tc.n-4:])
		}
	}
	// Under EIP-7976 (Amsterdam: 64 gas a calldata byte) the ceiling still
	// loads within the cap.
	ceiling := uint64(21_000 + 64*(4+3*32+onchain.MaxInputBytesLimit))
	if ceiling >= params.MaxTxGas/3 {
		t.Errorf("under EIP-7976 a ceiling load would cost %d, more than a third of the cap", ceiling)
	}

	huge := nonZeroBytes(7, 512<<10)
	if g := onchain.PreimageLoadGas(uint64(len(huge))); g <= params.MaxTxGas {
		t.Fatalf("PreimageLoadGas(512 KiB) = %d, want above the cap %d", g, params.MaxTxGas)
	}
	opts := c.opts(erin, nil)
	opts.GasLimit = params.MaxTxGas
	if _, err := bind.Transact(c.contract(c.oracle), opts, oracleABI.PackLoadKeccak256PreimagePart(big.NewInt(8), huge)); err == nil {
		t.Fatal("a transaction loading a part of a 512 KiB input was accepted")
	} else {
		t.Logf("a load of a part of a 512 KiB input: %v", err)
	}
}
