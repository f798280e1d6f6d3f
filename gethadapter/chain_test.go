package gethadapter

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// aiChain is the AI EVM dev chain of TestAIChain, with its models and the
// example contracts deployed.
type aiChain struct {
	d     *devnet.Devnet
	store *oracle.Store
	key   *ecdsa.PrivateKey
	from  common.Address

	mnist, llama, corrupt, junk oracle.Address
	long                        oracle.Address // a llama whose long prompts are beyond DefaultBounds
	mnistFile, llamaFile        []byte
	longFile                    []byte

	aiContract, gate common.Address
}

var (
	aiABI   = bindings.NewAIContract()
	gateABI = bindings.NewFashionGate()
)

// quiet drops the precompile's warnings about the tampered model.
var quiet = slog.New(slog.DiscardHandler)

// llamaPreset is the llama model of the chain tests.
const llamaPreset = "1m"

// longContext is a narrow llama with a long context: a prompt of P tokens
// makes an attention item of 64·P² multiply-accumulates, beyond
// DefaultItemMACs (2^26) from P = 1025 on.
var longContext = llama.Config{Dim: 64, Layers: 1, Heads: 1, FFN: 64, Vocab: 32, Context: 2048}

func newAIChain(t *testing.T) *aiChain {
	t.Helper()
	x := &aiChain{store: newStore(t), key: devnet.DevKeys(1)[0]}
	x.from = crypto.PubkeyToAddress(x.key.PublicKey)
	x.mnistFile = fashionModel(t)
	x.mnist = addModel(t, x.store, x.mnistFile)
	cfg, _ := llama.Preset(llamaPreset)
	x.llamaFile = randomLlama(t, cfg, ggml.Q8_0)
	x.llama = addModel(t, x.store, x.llamaFile)
	x.corrupt = addModel(t, x.store, randomLlama(t, smallLlama, ggml.Q4_0))
	corruptFile(t, x.store, x.corrupt)
	x.junk = addModel(t, x.store, []byte("not a model, but stored under its address all the same"))
	x.longFile = randomLlama(t, longContext, ggml.Q8_0)
	x.long = addModel(t, x.store, x.longFile)

	wei := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	var err error
	x.d, _, err = NewChain(x.store, Options{Log: quiet}, devnet.Config{
		Alloc: devnet.FundedAlloc([]*ecdsa.PrivateKey{x.key}, wei), Listen: "127.0.0.1:0", Debug: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := x.d.Close(); err != nil {
			t.Error(err)
		}
	})
	x.aiContract = x.deploy(t, common.FromHex(bindings.AIContractMetaData.Bin))
	x.gate = x.deploy(t, append(common.FromHex(bindings.FashionGateMetaData.Bin), gateABI.PackConstructor(x.mnist)...))
	return x
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func (x *aiChain) deploy(t *testing.T, code []byte) common.Address {
	t.Helper()
	r := x.send(t, nil, code, 0)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("deployment failed")
	}
	return r.ContractAddress
}

// send signs a transaction from the funded key and returns its receipt;
// gas 0 means eth_estimateGas's figure.
func (x *aiChain) send(t *testing.T, to *common.Address, data []byte, gas uint64) *types.Receipt {
	t.Helper()
	ctx, c := ctxT(t), x.d.Client()
	if gas == 0 {
		var err error
		if gas, err = c.EstimateGas(ctx, ethereum.CallMsg{From: x.from, To: to, Data: data}); err != nil {
			t.Fatalf("estimate gas: %v", err)
		}
	}
	nonce, err := c.PendingNonceAt(ctx, x.from)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	tx, err := types.SignNewTx(x.key, types.LatestSignerForChainID(x.d.ChainID()), &types.DynamicFeeTx{
		ChainID: x.d.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas: gas, To: to, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	for {
		r, err := c.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r
		}
		if !errors.Is(err, ethereum.NotFound) {
			t.Fatalf("receipt: %v", err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("receipt of %s: %v", tx.Hash(), ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// call is eth_call on the in-process client; it returns the output, or the
// revert data of a revert.
func (x *aiChain) call(t *testing.T, c interface {
	CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error)
}, to common.Address, data []byte, gas uint64) (out, revert []byte) {
	t.Helper()
	out, err := c.CallContract(ctxT(t), ethereum.CallMsg{From: x.from, To: &to, Data: data, Gas: gas}, nil)
	if err == nil {
		return out, nil
	}
	var de rpc.DataError
	if !errors.As(err, &de) {
		t.Fatalf("eth_call failed without revert data: %v", err)
	}
	s, _ := de.ErrorData().(string)
	return nil, common.FromHex(s)
}

// inference sends AIContract.inference(c) and returns the receipt and the
// Inference event's output.
func (x *aiChain) inference(t *testing.T, c Call) (*types.Receipt, []byte) {
	t.Helper()
	r := x.send(t, &x.aiContract, aiABI.PackInference(c.Model, c.Input, new(big.Int).SetUint64(c.OutputSize)), 0)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("inference transaction failed (gas used %d)", r.GasUsed)
	}
	if len(r.Logs) != 1 {
		t.Fatalf("%d logs, want the Inference event", len(r.Logs))
	}
	ev, err := aiABI.UnpackInferenceEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if ev.ModelAddress != c.Model || !bytes.Equal(ev.InputData, c.Input) || ev.OutputSize.Uint64() != c.OutputSize {
		t.Fatalf("the event names another call: %+v", ev)
	}
	return r, ev.Output
}

// txGas is what a transaction to the precompile with data pays besides
// the precompile's own gas: 21000 and the calldata, or, if higher, the
// EIP-7623 floor (Prague), which replaces the whole sum.
func txGas(data []byte, precompile uint64) uint64 {
	zeros := uint64(bytes.Count(data, []byte{0}))
	nonzeros := uint64(len(data)) - zeros
	standard := params.TxGas + zeros*params.TxDataZeroGas + nonzeros*params.TxDataNonZeroGasEIP2028 + precompile
	floor := params.TxGas + (zeros+nonzeros*params.TxTokenPerNonZeroByte)*params.TxCostFloorPerToken
	return max(standard, floor)
}

func TestAIChain(t *testing.T) {
	x := newAIChain(t)

	t.Run("mnist through AIContract, checked in the VM", func(t *testing.T) {
		var elf []byte
		for i, img := range expectedImages(t) {
			image := testImage(t, img.File)
			c := mnistCall(x.mnist, image)
			_, out := x.inference(t, c)
			native, err := models.Infer(x.mnistFile, image)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out, native) || !bytes.Equal(out, []byte{byte(img.Predicted)}) {
				t.Fatalf("%s: chain %x, native %x, expected.json %d", img.File, out, native, img.Predicted)
			}
			// The claim-checking program accepts exactly what the chain said.
			if elf == nil {
				var err error
				if elf, err = os.ReadFile(testprograms.Inference(t)); err != nil {
					t.Fatal(err)
				}
			}
			cl := claim.Claim{Model: x.mnist, Input: image, Output: out}
			if res := runClaim(t, elf, cl, x.store); !res.Valid() || !bytes.Equal(res.Output, out) {
				t.Fatalf("%s: the VM does not accept the chain's output %x: %v (VM output %x)", img.File, out, res, res.Output)
			}
			if i == 0 { // and refuses another
				cl.Output = []byte{out[0] ^ 1}
				if res := runClaim(t, elf, cl, x.store); res.Valid() {
					t.Fatalf("%s: the VM accepts a wrong output: %v", img.File, res)
				}
			}
		}
	})

	t.Run("llama through AIContract", func(t *testing.T) {
		c := Call{Model: x.llama, Input: llama.EncodeInput([]int32{1, 17, 200, 42}, 8), OutputSize: 32}
		_, out := x.inference(t, c)
		native, err := models.Infer(x.llamaFile, c.Input)
		if err != nil || !bytes.Equal(out, native) {
			t.Fatalf("chain %x, native %x (%v)", out, native, err)
		}
	})

	t.Run("a call over Osaka's transaction gas cap", func(t *testing.T) {
		// A 1000-token prompt and 600 tokens on a narrow model: about 26M
		// gas, over EIP-7825's cap, which the AI EVM does not have
		// (NewChain).
		prompt := make([]int32, 1000)
		for i := range prompt {
			prompt[i] = int32(i % longContext.Vocab)
		}
		c := Call{Model: x.long, Input: llama.EncodeInput(prompt, 600), OutputSize: 4 * 600}
		r, out := x.inference(t, c)
		if r.GasUsed <= params.MaxTxGas {
			t.Fatalf("the call used %d gas, not more than Osaka's cap %d: pick a larger one", r.GasUsed, params.MaxTxGas)
		}
		native, err := models.Infer(x.longFile, c.Input)
		if err != nil || !bytes.Equal(out, native) {
			t.Fatalf("chain %x, native %x (%v)", out, native, err)
		}
	})

	t.Run("eth_call", func(t *testing.T) {
		c := mnistCall(x.mnist, testImage(t, "0009-7.bin"))
		for name, client := range map[string]*ethclient.Client{"in-process": x.d.Client(), "http": dialHTTP(t, x.d)} {
			out, rev := x.call(t, client, x.aiContract, aiABI.PackInference(c.Model, c.Input, big.NewInt(1)), 0)
			if rev != nil {
				t.Fatalf("%s: AIContract reverts: %s", name, revertReason(t, rev))
			}
			if got, err := aiABI.UnpackInference(out); err != nil || !bytes.Equal(got, []byte{7}) {
				t.Errorf("%s: AIContract.inference = %x, %v", name, got, err)
			}
			if out, rev := x.call(t, client, Address, EncodeCall(c), 0); rev != nil || !bytes.Equal(out, []byte{7}) {
				t.Errorf("%s: the precompile = %x (revert %x)", name, out, rev)
			}
		}
	})

	t.Run("gas is the formula", func(t *testing.T) {
		cfg, _ := llama.Preset(llamaPreset)
		for _, tc := range []struct {
			name string
			c    Call
			file []byte
		}{
			{"mnist", mnistCall(x.mnist, testImage(t, "0001-2.bin")), x.mnistFile},
			{"llama", Call{Model: x.llama, Input: llama.EncodeInput([]int32{3, 4}, 5), OutputSize: 20}, x.llamaFile},
			{"refused", Call{Model: x.llama, Input: llama.EncodeInput([]int32{int32(cfg.Vocab)}, 5), OutputSize: 20}, x.llamaFile},
		} {
			want, err := Gas(tc.file, tc.c)
			if (err != nil) != (tc.name == "refused") {
				t.Fatalf("%s: Gas: %d, %v", tc.name, want, err)
			}
			data := EncodeCall(tc.c)
			// Sent to the precompile: 21000 + calldata + the formula, no more.
			r := x.send(t, &Address, data, txGas(data, want)+100_000)
			if r.GasUsed != txGas(data, want) || (r.Status == types.ReceiptStatusSuccessful) != (err == nil) {
				t.Errorf("%s: direct: status %d, gas used %d, want %d (precompile %d)", tc.name, r.Status, r.GasUsed, txGas(data, want), want)
			}
			// eth_estimateGas finds enough (go-ethereum's estimator stops
			// within 1.5% above the least), and a transaction with one gas
			// less than exactly needed fails, spending all it has.
			if err == nil {
				exact := txGas(data, want)
				est, eerr := x.d.Client().EstimateGas(ctxT(t), ethereum.CallMsg{From: x.from, To: &Address, Data: data})
				if eerr != nil || est < exact || est > exact+exact/50 {
					t.Errorf("%s: estimate %d, %v; want %d to 2%% more", tc.name, est, eerr, exact)
				}
				if r := x.send(t, &Address, data, txGas(data, want)-1); r.Status != types.ReceiptStatusFailed || r.GasUsed != txGas(data, want)-1 {
					t.Errorf("%s: one gas short: status %d, gas used %d", tc.name, r.Status, r.GasUsed)
				}
			}
			// Through AIContract, the precompile's frame costs the formula.
			if err == nil {
				r, _ := x.inference(t, tc.c)
				f := precompileFrame(t, traceTx(t, x.d.Client().Client(), r.TxHash))
				if uint64(f.GasUsed) != want {
					t.Errorf("%s: the precompile's frame used %d gas, want %d", tc.name, f.GasUsed, want)
				}
			}
		}
	})

	t.Run("estimate and out of gas through AIContract", func(t *testing.T) {
		c := mnistCall(x.mnist, testImage(t, "0008-5.bin"))
		data := aiABI.PackInference(c.Model, c.Input, big.NewInt(1))
		est, err := x.d.Client().EstimateGas(ctxT(t), ethereum.CallMsg{From: x.from, To: &x.aiContract, Data: data})
		if err != nil {
			t.Fatal(err)
		}
		if r := x.send(t, &x.aiContract, data, est); r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("a transaction with the estimate %d fails", est)
		}
		// Too little for the precompile: AILib says so, and the chain goes on.
		short := txGas(data, 0) + 30_000
		_, rev := x.call(t, x.d.Client(), x.aiContract, data, short)
		if reason := revertReason(t, rev); reason != "AILib: inference failed (out of gas?)" {
			t.Errorf("eth_call with %d gas: %q", short, reason)
		}
		if r := x.send(t, &x.aiContract, data, short); r.Status != types.ReceiptStatusFailed {
			t.Errorf("a transaction with %d gas succeeds", short)
		}
		if _, out := x.inference(t, c); !bytes.Equal(out, []byte{5}) {
			t.Errorf("after running out of gas: %x", out)
		}
	})

	t.Run("refusals", func(t *testing.T) {
		image := testImage(t, "0000-9.bin")
		for _, tc := range []struct {
			name, want string
			c          Call
		}{
			{"unknown model", "unknown model", mnistCall(oracle.AddressOf([]byte("not stored")), image)},
			{"aliased address", "not a model address: byte 0 is 0xde", mnistCall(func() oracle.Address { a := x.mnist; a[0] = 0xde; return a }(), image)},
			{"tampered model", "does not match its address", Call{Model: x.corrupt, Input: llama.EncodeInput([]int32{1}, 1), OutputSize: 4}},
			{"not a model", "cannot be loaded", mnistCall(x.junk, image)},
			{"wrong input length", "input is 28 bytes, want 784", mnistCall(x.mnist, image[:28])},
			{"output_size mismatch", "output_size is 10", Call{Model: x.mnist, Input: image, OutputSize: 10}},
			{"llama token", "prompt token 0 is 4096", Call{Model: x.llama, Input: llama.EncodeInput([]int32{4096}, 1), OutputSize: 4}},
			// NewChain's default bounds: a prompt opML could not adjudicate.
			{"beyond the dispute's bounds", "opML could not adjudicate this call: a prompt of 1025 tokens is beyond the deployment's bounds, as every prompt of 1024 or more is: an item maps 269094912 bytes, more than the node program's 268435456-byte window",
				Call{Model: x.long, Input: llama.EncodeInput(make([]int32, 1025), 1), OutputSize: 4}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				data := aiABI.PackInference(tc.c.Model, tc.c.Input, new(big.Int).SetUint64(tc.c.OutputSize))
				for name, client := range map[string]*ethclient.Client{"in-process": x.d.Client(), "http": dialHTTP(t, x.d)} {
					// AILib bubbles the precompile's reason up through AIContract.
					if _, rev := x.call(t, client, x.aiContract, data, 0); rev == nil {
						t.Errorf("%s: AIContract does not revert", name)
					} else {
						wantReason(t, revertReason(t, rev), tc.want)
					}
					if _, rev := x.call(t, client, Address, EncodeCall(tc.c), 0); rev == nil {
						t.Errorf("%s: the precompile does not revert", name)
					} else {
						wantReason(t, revertReason(t, rev), tc.want)
					}
				}
				// A transaction fails, and keeps the gas a revert leaves.
				const gas = 1_000_000
				if r := x.send(t, &x.aiContract, data, gas); r.Status != types.ReceiptStatusFailed || r.GasUsed > gas/2 {
					t.Errorf("transaction: status %d, gas used %d of %d", r.Status, r.GasUsed, gas)
				}
			})
		}
		t.Run("malformed ABI", func(t *testing.T) {
			data := []byte("this is not abi.encode(bytes32, bytes, uint256)")
			_, rev := x.call(t, x.d.Client(), Address, data, 0)
			wantReason(t, revertReason(t, rev), "malformed input")
			if r := x.send(t, &Address, data, 100_000); r.Status != types.ReceiptStatusFailed || r.GasUsed != txGas(data, GasBase) {
				t.Errorf("transaction: status %d, gas used %d, want %d", r.Status, r.GasUsed, txGas(data, GasBase))
			}
		})
		// The node still serves.
		if _, out := x.inference(t, mnistCall(x.mnist, image)); !bytes.Equal(out, []byte{9}) {
			t.Errorf("after the refusals: %x", out)
		}
	})

	t.Run("FashionGate", func(t *testing.T) {
		for _, tc := range []struct {
			image string
			class uint8
			in    bool
		}{
			{"0009-7.bin", 7, true},  // sneaker
			{"0008-5.bin", 5, true},  // sandal
			{"0000-9.bin", 9, true},  // ankle boot
			{"0004-6.bin", 6, false}, // shirt
			{"0012-7.bin", 5, true},  // a sneaker the model takes for a sandal: the model decides
		} {
			data := gateABI.PackEnter(testImage(t, tc.image))
			out, rev := x.call(t, x.d.Client(), x.gate, data, 0)
			r := x.send(t, &x.gate, data, 500_000)
			if !tc.in {
				if len(rev) < 4 {
					t.Errorf("%s: no revert (output %x); want NotFootwear(%d)", tc.image, out, tc.class)
					continue
				}
				e, err := gateABI.UnpackError(rev)
				if nf, ok := e.(*bindings.FashionGateNotFootwear); !ok || nf.Class != tc.class || r.Status != types.ReceiptStatusFailed {
					t.Errorf("%s: revert %x (%v, %+v), transaction status %d; want NotFootwear(%d)", tc.image, rev, err, e, r.Status, tc.class)
				}
				continue
			}
			if class, err := gateABI.UnpackEnter(out); err != nil || class != tc.class || r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("%s: enter = %d, %v; status %d", tc.image, class, err, r.Status)
			}
			ev, err := gateABI.UnpackAdmittedEvent(r.Logs[0])
			if err != nil || ev.Visitor != x.from || ev.Class != tc.class {
				t.Errorf("%s: event %+v, %v", tc.image, ev, err)
			}
		}
		_, rev := x.call(t, x.d.Client(), x.gate, gateABI.PackEnter(make([]byte, 10)), 0)
		e, err := gateABI.UnpackError(rev)
		if na, ok := e.(*bindings.FashionGateNotAnImage); !ok || na.Length.Uint64() != 10 {
			t.Errorf("a 10-byte image: revert %x (%v)", rev, err)
		}
		out, _ := x.call(t, x.d.Client(), x.gate, gateABI.PackAdmissions(), 0)
		if n, err := gateABI.UnpackAdmissions(out); err != nil || n.Uint64() != 4 {
			t.Errorf("admissions = %v, %v; want 4", n, err)
		}
		out, _ = x.call(t, x.d.Client(), x.gate, gateABI.PackFootwearOf(x.from), 0)
		if c, err := gateABI.UnpackFootwearOf(out); err != nil || c != 5 {
			t.Errorf("footwearOf = %d, %v; want 5 (the last one)", c, err)
		}
	})

	t.Run("callTracer shows the inference", func(t *testing.T) {
		c := Call{Model: x.llama, Input: llama.EncodeInput([]int32{9, 8, 7}, 2), OutputSize: 8}
		r, out := x.inference(t, c)
		for name, client := range map[string]*rpc.Client{"in-process": x.d.Client().Client(), "http": dialRPC(t, x.d)} {
			f := precompileFrame(t, traceTx(t, client, r.TxHash))
			if f.Type != "STATICCALL" || !bytes.Equal(f.Input, EncodeCall(c)) || !bytes.Equal(f.Output, out) || f.Error != "" {
				t.Errorf("%s: frame %+v", name, f)
			}
			var block []struct {
				TxHash common.Hash `json:"txHash"`
				Result traceFrame  `json:"result"`
			}
			if err := client.CallContext(ctxT(t), &block, "debug_traceBlockByNumber", hexutil.EncodeBig(r.BlockNumber),
				map[string]any{"tracer": "callTracer"}); err != nil {
				t.Fatalf("%s: debug_traceBlockByNumber: %v", name, err)
			}
			if len(block) != 1 || block[0].TxHash != r.TxHash || !bytes.Equal(precompileFrame(t, block[0].Result).Output, out) {
				t.Errorf("%s: block trace %+v", name, block)
			}
		}
	})
}

// traceFrame is a frame of go-ethereum's callTracer.
type traceFrame struct {
	Type    string         `json:"type"`
	To      common.Address `json:"to"`
	Input   hexutil.Bytes  `json:"input"`
	Output  hexutil.Bytes  `json:"output"`
	GasUsed hexutil.Uint64 `json:"gasUsed"`
	Error   string         `json:"error"`
	Calls   []traceFrame   `json:"calls"`
}

func traceTx(t *testing.T, c *rpc.Client, tx common.Hash) traceFrame {
	t.Helper()
	var f traceFrame
	if err := c.CallContext(ctxT(t), &f, "debug_traceTransaction", tx, map[string]any{"tracer": "callTracer"}); err != nil {
		t.Fatalf("debug_traceTransaction: %v", err)
	}
	return f
}

// precompileFrame finds the one call to the precompile in a trace.
func precompileFrame(t *testing.T, root traceFrame) traceFrame {
	t.Helper()
	var found []traceFrame
	var walk func(traceFrame)
	walk = func(f traceFrame) {
		if f.To == Address {
			found = append(found, f)
		}
		for _, s := range f.Calls {
			walk(s)
		}
	}
	walk(root)
	if len(found) != 1 {
		t.Fatalf("%d calls to the precompile in the trace, want 1", len(found))
	}
	return found[0]
}

func dialRPC(t *testing.T, d *devnet.Devnet) *rpc.Client {
	t.Helper()
	c, err := rpc.Dial(d.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func dialHTTP(t *testing.T, d *devnet.Devnet) *ethclient.Client {
	return ethclient.NewClient(dialRPC(t, d))
}

func runClaim(t *testing.T, elf []byte, c claim.Claim, store *oracle.Store) claim.Result {
	t.Helper()
	s, err := claim.Prestate(elf)
	if err != nil {
		t.Fatal(err)
	}
	res, err := claim.Run(s, c.Host(store), claim.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}
