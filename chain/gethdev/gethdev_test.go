package gethdev

import (
	"context"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

func TestBuild(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), buildTimeout)
	defer cancel()
	path, err := Build(ctx)
	if err != nil {
		if os.Getenv(RequireEnv) != "" {
			t.Fatal(err)
		}
		t.Skipf("skipping: %v", err)
	}
	_, version, err := gethVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(path) != "geth-"+version {
		t.Errorf("built %s, want geth-%s", path, version)
	}
	// The cached binary comes back at once, without another build.
	start := time.Now()
	again, err := Build(ctx)
	if err != nil || again != path {
		t.Fatalf("second Build: %s, %v; want %s", again, err, path)
	}
	if took := time.Since(start); took > 30*time.Second {
		t.Errorf("cached Build took %v", took)
	}
	out, err := exec.CommandContext(ctx, path, "version").CombinedOutput()
	if err != nil {
		t.Fatalf("%s version: %v\n%s", path, err, out)
	}
	if want := "Version: " + strings.TrimPrefix(version, "v"); !strings.Contains(string(out), want) {
		t.Errorf("%s version says\n%s\nwant a line %q", path, out, want)
	}
}

func TestLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.lock")
	unlock, err := lock(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if _, err := lock(ctx, path); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("second lock while held: %v, want a deadline error", err)
	}
	unlock()
	unlock2, err := lock(context.Background(), path)
	if err != nil {
		t.Fatalf("lock after unlock: %v", err)
	}
	unlock2()
}

func TestNode(t *testing.T) {
	other := common.HexToAddress("0x00000000000000000000000000000000000000f1")
	n := StartForTest(t, Options{Fund: []common.Address{other}})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	client, err := ethclient.DialContext(ctx, n.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if got := n.ChainID().Int64(); got != 1337 {
		t.Errorf("chain id %d, want geth --dev's 1337", got)
	}

	// The developer account is our key, funded by geth's genesis, and Fund
	// paid the other address.
	from := crypto.PubkeyToAddress(n.Key().PublicKey)
	if bal, err := client.BalanceAt(ctx, from, nil); err != nil || bal.Sign() <= 0 {
		t.Fatalf("developer %s balance %v, %v", from, bal, err)
	}
	if bal, err := client.BalanceAt(ctx, other, nil); err != nil || bal.Cmp(fundWei) != 0 {
		t.Errorf("funded %s has %v (%v), want %v", other, bal, err, fundWei)
	}

	// A transfer, mined on demand.
	to := common.HexToAddress("0x00000000000000000000000000000000000000f2")
	nonce, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := client.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(n.Key(), types.LatestSignerForChainID(n.ChainID()), &types.DynamicFeeTx{
		ChainID: n.ChainID(), Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas:       params.TxGas, To: &to, Value: big.NewInt(42),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := waitReceipt(ctx, client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	if bal, err := client.BalanceAt(ctx, to, nil); err != nil || bal.Int64() != 42 {
		t.Errorf("recipient has %v (%v), want 42", bal, err)
	}

	// PreimageOracle deploys and has code.
	opts := bind.NewKeyedTransactor(n.Key(), n.ChainID())
	opts.Context = ctx
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.PreimageOracleMetaData.Bin), client, nil)
	if err != nil {
		t.Fatalf("deploy PreimageOracle: %v", err)
	}
	if got, err := bind.WaitDeployed(ctx, client, tx.Hash()); err != nil || got != addr {
		t.Fatalf("WaitDeployed: %s, %v; want %s", got, err, addr)
	}
	code, err := client.CodeAt(ctx, addr, nil)
	if err != nil || len(code) == 0 {
		t.Fatalf("code at %s: %d bytes, %v", addr, len(code), err)
	}

	pid, dir := n.cmd.Process.Pid, n.dir
	if err := n.Stop(); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	// Waited for, so the pid is gone rather than a zombie.
	if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("geth pid %d after Stop: kill -0 says %v, want ESRCH", pid, err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("data directory %s after Stop: %v", dir, err)
	}
	if err := n.Stop(); err != nil {
		t.Errorf("second Stop: %v", err)
	}
}

// TestStartFailure runs a "geth" that dies at once: Start must say so,
// with its output, and not hang.
func TestStartFailure(t *testing.T) {
	fake := filepath.Join(t.TempDir(), "geth")
	if err := os.WriteFile(fake, []byte("#!/bin/sh\necho 'fatal: no such chain' >&2\nexit 3\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	n, err := Start(ctx, Options{Binary: fake})
	if err == nil {
		n.Stop()
		t.Fatal("Start with a failing binary succeeded")
	}
	for _, want := range []string{"exited during start", "fatal: no such chain"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}
