package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// testTimeout bounds every wait in these tests; a healthy devnet answers in
// milliseconds, so hitting it means a hang, not a slow machine.
const testTimeout = 30 * time.Second

// backend is what the tests need of a client: the in-process one and one
// dialled over HTTP both are.
type backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	ethereum.ChainReader
	ethereum.ChainStateReader
	ethereum.TransactionReader
	ethereum.GasEstimator
}

func newDevnet(t *testing.T, cfg Config) *Devnet {
	t.Helper()
	d, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if err := d.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return d
}

func dial(t *testing.T, d *Devnet) *ethclient.Client {
	t.Helper()
	if d.URL() == "" {
		t.Fatal("devnet has no URL")
	}
	c, err := ethclient.Dial(d.URL())
	if err != nil {
		t.Fatalf("dial %s: %v", d.URL(), err)
	}
	t.Cleanup(c.Close)
	return c
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// transfer signs and sends a value transfer at the key's pending nonce.
func transfer(ctx context.Context, t *testing.T, b backend, chainID *big.Int, key *ecdsa.PrivateKey, to common.Address, wei *big.Int) *types.Transaction {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := b.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatalf("pending nonce of %s: %v", from, err)
	}
	return sendTransfer(ctx, t, b, chainID, key, nonce, to, wei)
}

func sendTransfer(ctx context.Context, t testing.TB, b backend, chainID *big.Int, key *ecdsa.PrivateKey, nonce uint64, to common.Address, wei *big.Int) *types.Transaction {
	tip, err := b.SuggestGasTipCap(ctx)
	if err != nil {
		t.Errorf("suggest tip: %v", err)
		return nil
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Errorf("head: %v", err)
		return nil
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID:   chainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       params.TxGas,
		To:        &to,
		Value:     wei,
	})
	if err != nil {
		t.Errorf("sign: %v", err)
		return nil
	}
	if err := b.SendTransaction(ctx, tx); err != nil {
		t.Errorf("send nonce %d: %v", nonce, err)
		return nil
	}
	return tx
}

// receipt polls for a receipt much faster than bind.WaitMined, so the test
// can tell prompt auto-mining from a block that came by chance.
func receipt(ctx context.Context, t testing.TB, b backend, hash common.Hash) *types.Receipt {
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil {
			return r
		}
		if !errors.Is(err, ethereum.NotFound) {
			t.Errorf("receipt %s: %v", hash, err)
			return nil
		}
		select {
		case <-ctx.Done():
			t.Errorf("receipt %s: %v", hash, ctx.Err())
			return nil
		case <-tick.C:
		}
	}
}

// TestAutoMine sends a transfer and a deployment through each kind of client
// and expects receipts without anyone calling Commit.
func TestAutoMine(t *testing.T) {
	keys := DevKeys(1)
	d := newDevnet(t, Config{Alloc: FundedAlloc(keys, ether(100)), Listen: "127.0.0.1:0"})
	clients := []struct {
		name string
		b    backend
	}{
		{"in-process", d.Client()},
		{"http", dial(t, d)},
	}
	for _, c := range clients {
		t.Run(c.name+"/transfer", func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
			defer cancel()
			to := common.HexToAddress("0x000000000000000000000000000000000000beef")
			before, err := c.b.BalanceAt(ctx, to, nil)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			tx := transfer(ctx, t, c.b, d.ChainID(), keys[0], to, big.NewInt(12345))
			r := receipt(ctx, t, c.b, tx.Hash())
			if r == nil {
				t.FailNow()
			}
			// Generous for -race on a loaded machine; without auto-mining
			// there would be no receipt at all.
			took := time.Since(start)
			if took > 5*time.Second {
				t.Errorf("receipt took %v", took)
			}
			t.Logf("receipt %v after sending", took)
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("status %d", r.Status)
			}
			after, err := c.b.BalanceAt(ctx, to, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := new(big.Int).Sub(after, before); got.Cmp(big.NewInt(12345)) != 0 {
				t.Errorf("recipient gained %v wei, want 12345", got)
			}
		})
		t.Run(c.name+"/deploy", func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
			defer cancel()
			opts := bind.NewKeyedTransactor(keys[0], d.ChainID())
			opts.Context = ctx
			addr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.PreimageOracleMetaData.Bin), c.b, nil)
			if err != nil {
				t.Fatalf("deploy: %v", err)
			}
			// The unchanged bind helper: it works because the devnet mines.
			got, err := bind.WaitDeployed(ctx, c.b, tx.Hash())
			if err != nil {
				t.Fatalf("WaitDeployed: %v", err)
			}
			if got != addr {
				t.Errorf("deployed at %s, want %s", got, addr)
			}
			code, err := c.b.CodeAt(ctx, addr, nil)
			if err != nil || len(code) == 0 {
				t.Fatalf("code at %s: %d bytes, %v", addr, len(code), err)
			}
			// A call, an estimate, a transaction with an event, and the
			// event through eth_getLogs.
			oracle := bindings.NewPreimageOracle()
			inst := oracle.Instance(c.b, addr)
			height, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, oracle.PackNaturalHeight(big.NewInt(1024)), oracle.UnpackNaturalHeight)
			if err != nil {
				t.Fatalf("naturalHeight: %v", err)
			}
			if height.Int64() != 5 { // 1024 bytes = 32 leaves of 32 bytes = height 5
				t.Errorf("naturalHeight(1024) = %v, want 5", height)
			}
			root := crypto.Keccak256Hash([]byte(c.name))
			calldata := oracle.PackRegisterCommitted(root, 1024)
			from := crypto.PubkeyToAddress(keys[0].PublicKey)
			if _, err := c.b.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &addr, Data: calldata}); err != nil {
				t.Fatalf("estimate registerCommitted: %v", err)
			}
			tx, err = inst.RawTransact(opts, calldata)
			if err != nil {
				t.Fatalf("registerCommitted: %v", err)
			}
			r, err := bind.WaitMined(ctx, c.b, tx.Hash())
			if err != nil {
				t.Fatalf("WaitMined: %v", err)
			}
			logs, err := c.b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: r.BlockNumber, ToBlock: r.BlockNumber, Addresses: []common.Address{addr}})
			if err != nil {
				t.Fatalf("getLogs: %v", err)
			}
			if len(logs) != 1 {
				t.Fatalf("%d logs, want 1", len(logs))
			}
			ev, err := oracle.UnpackCommittedRegisteredEvent(&logs[0])
			if err != nil {
				t.Fatalf("unpack event: %v", err)
			}
			if ev.Root != root || ev.Length != 1024 {
				t.Errorf("event root %x length %d, want %x 1024", ev.Root, ev.Length, root)
			}
		})
	}
}

func TestChainIDAndGasLimit(t *testing.T) {
	for _, tc := range []struct {
		name              string
		cfg               Config
		chainID, gasLimit uint64
	}{
		{"defaults", Config{Listen: "127.0.0.1:0"}, DefaultChainID, DefaultBlockGasLimit},
		{"set", Config{Listen: "127.0.0.1:0", ChainID: 901, BlockGasLimit: 100_000_000}, 901, 100_000_000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
			defer cancel()
			d := newDevnet(t, tc.cfg)
			for _, b := range []backend{d.Client(), dial(t, d)} {
				id, err := b.ChainID(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if id.Uint64() != tc.chainID {
					t.Errorf("chain id %v, want %d", id, tc.chainID)
				}
				before, err := b.BlockNumber(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := d.Commit(); err != nil {
					t.Fatal(err)
				}
				if n, err := b.BlockNumber(ctx); err != nil || n != before+1 {
					t.Errorf("block number %d after Commit on %d (%v)", n, before, err)
				}
				head, err := b.HeaderByNumber(ctx, nil)
				if err != nil {
					t.Fatal(err)
				}
				if head.GasLimit != tc.gasLimit {
					t.Errorf("block gas limit %d, want %d", head.GasLimit, tc.gasLimit)
				}
			}
		})
	}
}

func TestAdjustTime(t *testing.T) {
	keys := DevKeys(1)
	d := newDevnet(t, Config{Alloc: FundedAlloc(keys, ether(1))})
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	c := d.Client()
	for _, dt := range []time.Duration{time.Hour, 7 * 24 * time.Hour, 90 * time.Second, 0, 300 * time.Millisecond} {
		before, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		// A transaction in flight must not make AdjustTime fail.
		tx := transfer(ctx, t, c, d.ChainID(), keys[0], common.Address{1}, big.NewInt(1))
		if err := d.AdjustTime(dt); err != nil {
			t.Fatalf("AdjustTime(%v): %v", dt, err)
		}
		after, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		moved := time.Duration(after.Time-before.Time) * time.Second
		if moved < dt || after.Time <= before.Time {
			t.Errorf("AdjustTime(%v): block time moved %v (block %d to %d)", dt, moved, before.Number, after.Number)
		}
		if receipt(ctx, t, c, tx.Hash()) == nil {
			t.FailNow()
		}
	}
	// The clock never goes back: a later block is later still.
	last, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	next, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if next.Time <= last.Time {
		t.Errorf("block after the adjustments at %d, not after %d", next.Time, last.Time)
	}
	if err := d.AdjustTime(-time.Second); err == nil {
		t.Error("AdjustTime(-1s) succeeded")
	}
}

// TestConcurrentSenders has two keys send a burst each, at once, through
// both clients, and expects every transaction mined and no deadlock between
// the miner, the pool and Commit.
func TestConcurrentSenders(t *testing.T) {
	const perKey = 20
	keys := DevKeys(2)
	d := newDevnet(t, Config{Alloc: FundedAlloc(keys, ether(10)), Listen: "127.0.0.1:0"})
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	clients := []backend{d.Client(), dial(t, d)}
	var wg sync.WaitGroup
	for i, key := range keys {
		wg.Go(func() {
			b := clients[i]
			var sent []*types.Transaction
			for nonce := range uint64(perKey) {
				tx := sendTransfer(ctx, t, b, d.ChainID(), key, nonce, common.Address{byte(i + 1)}, big.NewInt(1))
				if tx == nil {
					return
				}
				sent = append(sent, tx)
			}
			for _, tx := range sent {
				if r := receipt(ctx, t, b, tx.Hash()); r != nil && r.Status != types.ReceiptStatusSuccessful {
					t.Errorf("tx %s: status %d", tx.Hash(), r.Status)
				}
			}
		})
	}
	// Manual blocks in between must not get in the miner's way.
	wg.Go(func() {
		for range 5 {
			if _, err := d.Commit(); err != nil {
				t.Errorf("Commit: %v", err)
			}
		}
	})
	wg.Wait()
	for _, key := range keys {
		from := crypto.PubkeyToAddress(key.PublicKey)
		nonce, err := d.Client().NonceAt(ctx, from, nil)
		if err != nil {
			t.Fatal(err)
		}
		if nonce != perKey {
			t.Errorf("%s: mined nonce %d, want %d", from, nonce, perKey)
		}
	}
}

func TestCloseReleasesPort(t *testing.T) {
	d, err := New(Config{Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	host := strings.TrimPrefix(d.URL(), "http://")
	if err := d.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	l, err := net.Listen("tcp", host)
	if err != nil {
		t.Fatalf("port of %s still taken after Close: %v", d.URL(), err)
	}
	l.Close()
	if err := d.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := d.Commit(); !errors.Is(err, ErrClosed) {
		t.Errorf("Commit after Close: %v, want ErrClosed", err)
	}
	if err := d.AdjustTime(time.Hour); !errors.Is(err, ErrClosed) {
		t.Errorf("AdjustTime after Close: %v, want ErrClosed", err)
	}
}

func TestListen(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	for _, tc := range []struct {
		listen string
		ok     bool
	}{
		{"", true},
		{"127.0.0.1:0", true},
		{"localhost:0", true},
		{"0.0.0.0:0", false},
		{"192.0.2.1:0", false},
		{"127.0.0.1", false},
		{"127.0.0.1:port", false},
		{taken.Addr().String(), false},
	} {
		t.Run(tc.listen, func(t *testing.T) {
			d, err := New(Config{Listen: tc.listen})
			if d != nil {
				defer d.Close()
			}
			if tc.ok != (err == nil) {
				t.Fatalf("New(Listen %q): %v, want ok=%v", tc.listen, err, tc.ok)
			}
			if tc.ok && (tc.listen == "") != (d.URL() == "") {
				t.Errorf("Listen %q gave URL %q", tc.listen, d.URL())
			}
		})
	}
}

func TestDevKeys(t *testing.T) {
	a, b := DevKeys(3), DevKeys(4)
	seen := map[common.Address]bool{}
	for i, key := range a {
		addr := crypto.PubkeyToAddress(key.PublicKey)
		if addr != crypto.PubkeyToAddress(b[i].PublicKey) {
			t.Errorf("key %d differs between calls", i)
		}
		if seen[addr] {
			t.Errorf("key %d repeats %s", i, addr)
		}
		seen[addr] = true
	}
	wei := big.NewInt(7)
	alloc := FundedAlloc(a, wei)
	wei.SetInt64(8) // the alloc must not alias the caller's amount
	for addr := range seen {
		if got := alloc[addr].Balance; got == nil || got.Int64() != 7 {
			t.Errorf("%s funded with %v, want 7", addr, got)
		}
	}
}

// TestBlockTime: with BlockTime set, the chain makes empty blocks when idle,
// so block time follows the wall clock; without it, it stands still.
func TestBlockTime(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	for _, bt := range []time.Duration{0, time.Second} {
		d := newDevnet(t, Config{BlockTime: bt})
		before, err := d.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		time.Sleep(3500 * time.Millisecond)
		after, err := d.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case bt == 0 && after != before:
			t.Errorf("no block time: blocks %d → %d while idle, want none", before, after)
		case bt > 0 && after < before+2:
			t.Errorf("block time %v: blocks %d → %d in 3.5 s, want at least 2", bt, before, after)
		}
	}
}

// TestPeriod: with a period the chain seals a block per period, so a burst
// of transactions from one key lands in one or two blocks (not a block
// each, as auto-mining does), and blocks come while idle too.
func TestPeriod(t *testing.T) {
	const burst = 40
	keys := DevKeys(1)
	d := newDevnet(t, Config{Alloc: FundedAlloc(keys, ether(10)), Period: 300 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	var sent []*types.Transaction
	for nonce := range uint64(burst) {
		tx := sendTransfer(ctx, t, d.Client(), d.ChainID(), keys[0], nonce, common.Address{1}, big.NewInt(1))
		if tx == nil {
			t.FailNow()
		}
		sent = append(sent, tx)
	}
	blocks := map[uint64]bool{}
	for _, tx := range sent {
		r := receipt(ctx, t, d.Client(), tx.Hash())
		if r == nil {
			t.FailNow()
		}
		blocks[r.BlockNumber.Uint64()] = true
	}
	if len(blocks) > 2 {
		t.Errorf("%d transfers sent at once landed in %d blocks, want at most 2", burst, len(blocks))
	}
	before, err := d.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	if after, err := d.Client().BlockNumber(ctx); err != nil || after < before+2 {
		t.Errorf("idle for 1 s with a 300 ms period: blocks %d → %d (%v), want at least 2 more", before, after, err)
	}
}
