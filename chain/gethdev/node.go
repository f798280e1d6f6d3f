package gethdev

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/axonum/opml/chain/devnet"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

const (
	// password unlocks the developer key in the node's throw-away keystore.
	password = "opml gethdev insecure password"
	// stopTimeout is how long Stop waits after SIGINT before SIGKILL.
	stopTimeout = 15 * time.Second
	logName     = "geth.log"
)

// fundWei is what each Options.Fund address receives: 1000 ether.
var fundWei = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))

// Options says how Start runs geth. The zero value runs a freshly built
// geth that mines on demand, with devnet.DevKeys(1)[0] as its developer
// account.
type Options struct {
	// Binary is the geth to run; "" means the one Build returns.
	Binary string
	// Key becomes geth's developer account, which geth --dev funds in its
	// genesis and unlocks; nil means devnet.DevKeys(1)[0].
	Key *ecdsa.PrivateKey
	// Fund lists addresses that Start sends 1000 ether each from Key, and
	// waits for, before it returns.
	Fund []common.Address
	// Period is the block period, rounded up to whole seconds; 0 mines a
	// block as soon as a transaction arrives (--dev.period 0).
	Period time.Duration
	// GasLimit is the genesis block gas limit; 0 means
	// devnet.DefaultBlockGasLimit (geth's own default is 11.5M).
	GasLimit uint64
}

// Node is a running geth --dev process with a temporary data directory.
type Node struct {
	cmd     *exec.Cmd
	dir     string
	url     string
	key     *ecdsa.PrivateKey
	chainID *big.Int

	exited  chan struct{} // closed when cmd.Wait returns
	waitErr error         // cmd.Wait's result, set before exited is closed

	stopOnce sync.Once
	stopErr  error
}

// Start runs geth --dev with HTTP JSON-RPC (eth, net, web3) on a port of
// 127.0.0.1 that geth picks, no P2P, no IPC, and the engine API (if geth
// opens it) on loopback too; it returns once the RPC answers and the Fund
// transfers are mined. ctx bounds the start only: the node runs until Stop.
func Start(ctx context.Context, opts Options) (*Node, error) {
	if opts.Period < 0 {
		return nil, fmt.Errorf("start geth: negative block period %v", opts.Period)
	}
	if opts.Binary == "" {
		path, err := Build(ctx)
		if err != nil {
			return nil, err
		}
		opts.Binary = path
	}
	if opts.Key == nil {
		opts.Key = devnet.DevKeys(1)[0]
	}
	if opts.GasLimit == 0 {
		opts.GasLimit = devnet.DefaultBlockGasLimit
	}
	dir, err := os.MkdirTemp("", "opml-gethdev-")
	if err != nil {
		return nil, fmt.Errorf("start geth: %w", err)
	}
	n := &Node{dir: dir, key: opts.Key, exited: make(chan struct{})}
	if err := n.start(ctx, opts); err != nil {
		err = fmt.Errorf("start geth: %w\n--- geth log (tail) ---\n%s", err, n.Log())
		return nil, errors.Join(err, n.Stop())
	}
	return n, nil
}

func (n *Node) start(ctx context.Context, opts Options) error {
	if err := writeKeystore(n.dir, opts.Key); err != nil {
		return err
	}
	logFile, err := os.Create(filepath.Join(n.dir, logName))
	if err != nil {
		return err
	}
	defer logFile.Close() // the child has its own descriptor
	period := (opts.Period + time.Second - 1) / time.Second
	n.cmd = exec.Command(opts.Binary,
		"--dev",
		"--dev.period", strconv.FormatInt(int64(period), 10),
		"--dev.gaslimit", strconv.FormatUint(opts.GasLimit, 10),
		"--datadir", n.dir,
		"--password", filepath.Join(n.dir, "password"),
		"--http", "--http.addr", "127.0.0.1", "--http.port", "0", "--http.api", "eth,net,web3",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", "0",
		// --dev already turns P2P off; say so anyway, and keep NAT
		// traversal from probing the LAN.
		"--nodiscover", "--maxpeers", "0", "--port", "0", "--nat", "none",
		"--ipcdisable",
		"--log.format", "json", "--verbosity", "3",
	)
	n.cmd.Stdout = logFile
	n.cmd.Stderr = logFile
	n.cmd.SysProcAttr = childAttr()
	if err := n.cmd.Start(); err != nil {
		n.cmd = nil
		return err
	}
	go func() {
		n.waitErr = n.cmd.Wait()
		close(n.exited)
	}()

	endpoint, developer, err := n.waitForLog(ctx)
	if err != nil {
		return err
	}
	if want := crypto.PubkeyToAddress(opts.Key.PublicKey); developer != want {
		return fmt.Errorf("geth's developer account is %s, not our key's %s", developer, want)
	}
	n.url = "http://" + endpoint
	client, err := ethclient.DialContext(ctx, n.url)
	if err != nil {
		return err
	}
	defer client.Close()
	if n.chainID, err = client.ChainID(ctx); err != nil {
		return fmt.Errorf("eth_chainId on %s: %w", n.url, err)
	}
	return n.fund(ctx, client, opts.Fund)
}

// writeKeystore puts key, encrypted with password, into the keystore geth
// --dev reads: with an account there, geth makes the first one its
// developer account (and funds it) instead of its built-in key.
func writeKeystore(dir string, key *ecdsa.PrivateKey) error {
	k := &keystore.Key{Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	copy(k.Id[:], k.Address[:]) // any id will do in a throw-away keystore
	blob, err := keystore.EncryptKey(k, password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		return err
	}
	ks := filepath.Join(dir, "keystore")
	if err := os.MkdirAll(ks, 0o700); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(ks, "developer.json"), blob, 0o600); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "password"), []byte(password+"\n"), 0o600)
}

// waitForLog reads geth's JSON log until it names the HTTP endpoint it
// listens on (it picked the port) and its developer account.
func (n *Node) waitForLog(ctx context.Context) (endpoint string, developer common.Address, err error) {
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		endpoint, developer = n.scanLog()
		if endpoint != "" && developer != (common.Address{}) {
			return endpoint, developer, nil
		}
		select {
		case <-n.exited:
			return "", common.Address{}, fmt.Errorf("geth exited during start: %v", n.waitErr)
		case <-ctx.Done():
			return "", common.Address{}, fmt.Errorf("waiting for geth's HTTP endpoint: %w", ctx.Err())
		case <-tick.C:
		}
	}
}

func (n *Node) scanLog() (endpoint string, developer common.Address) {
	f, err := os.Open(filepath.Join(n.dir, logName))
	if err != nil {
		return "", common.Address{}
	}
	defer f.Close()
	scanner := bufio.NewScanner(f)
	scanner.Buffer(nil, 1<<20)
	for scanner.Scan() {
		var entry struct {
			Msg      string `json:"msg"`
			Endpoint string `json:"endpoint"`
			Auth     bool   `json:"auth"`
			Address  string `json:"address"`
		}
		if json.Unmarshal(scanner.Bytes(), &entry) != nil {
			continue
		}
		switch {
		case entry.Msg == "HTTP server started" && !entry.Auth:
			endpoint = entry.Endpoint
		case entry.Msg == "Using developer account" && common.IsHexAddress(entry.Address):
			developer = common.HexToAddress(entry.Address)
		}
	}
	return endpoint, developer
}

// fund sends fundWei to each address from the developer key and waits for
// the receipts.
func (n *Node) fund(ctx context.Context, client *ethclient.Client, to []common.Address) error {
	if len(to) == 0 {
		return nil
	}
	from := crypto.PubkeyToAddress(n.key.PublicKey)
	nonce, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	tip, err := client.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	signer := types.LatestSignerForChainID(n.chainID)
	var sent []common.Hash
	for i, addr := range to {
		tx, err := types.SignNewTx(n.key, signer, &types.DynamicFeeTx{
			ChainID: n.chainID, Nonce: nonce + uint64(i), GasTipCap: tip, GasFeeCap: feeCap,
			Gas: params.TxGas, To: &addr, Value: fundWei,
		})
		if err != nil {
			return err
		}
		if err := client.SendTransaction(ctx, tx); err != nil {
			return fmt.Errorf("fund %s: %w", addr, err)
		}
		sent = append(sent, tx.Hash())
	}
	for i, hash := range sent {
		if err := waitReceipt(ctx, client, hash); err != nil {
			return fmt.Errorf("fund %s: %w", to[i], err)
		}
	}
	return nil
}

func waitReceipt(ctx context.Context, client *ethclient.Client, hash common.Hash) error {
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		r, err := client.TransactionReceipt(ctx, hash)
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("transaction %s failed", hash)
			}
			return nil
		}
		// Anything but not-found (such as geth's "transaction indexing is
		// in progress" just after start) is worth another look too.
		select {
		case <-ctx.Done():
			return fmt.Errorf("receipt of %s: %w (last error: %v)", hash, ctx.Err(), err)
		case <-tick.C:
		}
	}
}

// URL returns the HTTP JSON-RPC endpoint, http://127.0.0.1:port.
func (n *Node) URL() string { return n.url }

// Key returns the developer account's key, funded in genesis.
func (n *Node) Key() *ecdsa.PrivateKey { return n.key }

// ChainID returns the node's chain id (1337 for geth --dev).
func (n *Node) ChainID() *big.Int { return new(big.Int).Set(n.chainID) }

// Log returns the end of geth's log, for failure messages. It is empty
// after Stop, which removes the data directory the log is in.
func (n *Node) Log() string {
	b, err := os.ReadFile(filepath.Join(n.dir, logName))
	if err != nil {
		return ""
	}
	return string(bytes.TrimSpace(tail(b, 16<<10)))
}

// Stop interrupts the geth process Start began (by its pid, and nothing
// else), kills it if it has not exited stopTimeout later, waits for it, and
// removes the data directory. It reports a geth that had already exited.
// Calling it again returns the first call's result.
func (n *Node) Stop() error {
	n.stopOnce.Do(func() {
		var errs []error
		if n.cmd != nil {
			select {
			case <-n.exited:
				errs = append(errs, fmt.Errorf("geth (pid %d) had exited before Stop: %v", n.cmd.Process.Pid, n.waitErr))
			default:
				if err := n.cmd.Process.Signal(os.Interrupt); err != nil && !errors.Is(err, os.ErrProcessDone) {
					errs = append(errs, fmt.Errorf("interrupt geth (pid %d): %w", n.cmd.Process.Pid, err))
				}
				select {
				case <-n.exited:
				case <-time.After(stopTimeout):
					errs = append(errs, fmt.Errorf("geth (pid %d) still running %v after SIGINT; killed", n.cmd.Process.Pid, stopTimeout))
					n.cmd.Process.Kill()
					<-n.exited
				}
			}
		}
		if err := os.RemoveAll(n.dir); err != nil {
			errs = append(errs, err)
		}
		n.stopErr = errors.Join(errs...)
	})
	return n.stopErr
}
