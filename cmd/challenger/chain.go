package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"
)

// Environment variables for keys: never flags, which other users see in ps.
const (
	envPrivateKey       = "OPML_PRIVATE_KEY"       // hex private key
	envKeystorePassword = "OPML_KEYSTORE_PASSWORD" // password of --keystore
)

const defaultRPC = "http://127.0.0.1:8545"

// chainFlags are the flags of every command that talks to a chain.
type chainFlags struct {
	rpc        string
	deployment string
	keystore   string
	// wrap, if set, wraps the chain connection (run --metrics counts its
	// failed requests).
	wrap func(onchain.Backend) onchain.Backend
}

func (f *chainFlags) add(cmd *cobra.Command, needsKey bool) {
	cmd.Flags().StringVar(&f.rpc, "rpc", defaultRPC, "Ethereum JSON-RPC `URL` (http, ws or an IPC path)")
	cmd.Flags().StringVar(&f.deployment, "deployment", "",
		"`FILE` with the contracts' addresses, written by deploy or devnet (default: deployment.json in the store directory)")
	if needsKey {
		cmd.Flags().StringVar(&f.keystore, "keystore", "",
			"encrypted key `FILE` (go-ethereum keystore JSON; password in $"+envKeystorePassword+"); without it the key is $"+envPrivateKey)
	}
}

// deploymentPath is --deployment or the store's deployment.json.
func (a *app) deploymentPath(f *chainFlags) (string, error) {
	if f.deployment != "" {
		return f.deployment, nil
	}
	if a.storeDir == "" {
		return "", errors.New("no deployment file: give --deployment FILE")
	}
	return filepath.Join(a.storeDir, "deployment.json"), nil
}

// dial connects to --rpc.
func (a *app) dial(ctx context.Context, f *chainFlags) (*ethclient.Client, error) {
	c, err := ethclient.DialContext(ctx, f.rpc)
	if err != nil {
		return nil, fmt.Errorf("--rpc %s: %w", f.rpc, err)
	}
	if _, err := c.ChainID(ctx); err != nil {
		c.Close()
		return nil, fmt.Errorf("--rpc %s: %w (is the node running? 'challenger devnet' starts one)", f.rpc, err)
	}
	return c, nil
}

// key loads the signing key from --keystore or the environment.
func (f *chainFlags) key() (*ecdsa.PrivateKey, error) {
	if f.keystore != "" {
		data, err := os.ReadFile(f.keystore)
		if err != nil {
			return nil, fmt.Errorf("--keystore: %w", err)
		}
		k, err := keystore.DecryptKey(data, os.Getenv(envKeystorePassword))
		if err != nil {
			return nil, fmt.Errorf("--keystore %s: %w (the password is read from $%s)", f.keystore, err, envKeystorePassword)
		}
		return k.PrivateKey, nil
	}
	hexKey := strings.TrimPrefix(strings.TrimSpace(os.Getenv(envPrivateKey)), "0x")
	if hexKey == "" {
		return nil, fmt.Errorf("no key: set $%s to a hex private key, or give --keystore FILE", envPrivateKey)
	}
	k, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		return nil, fmt.Errorf("$%s: %w", envPrivateKey, err)
	}
	return k, nil
}

// connect dials the chain and opens the deployment, with a sender if
// withKey.
func (a *app) connect(ctx context.Context, f *chainFlags, withKey bool) (*onchain.Client, func(), error) {
	path, err := a.deploymentPath(f)
	if err != nil {
		return nil, nil, err
	}
	addrs, err := onchain.ReadAddresses(path)
	if err != nil {
		return nil, nil, err
	}
	ec, err := a.dial(ctx, f)
	if err != nil {
		return nil, nil, err
	}
	var b onchain.Backend = ec
	if f.wrap != nil {
		b = f.wrap(ec)
	}
	var s *onchain.Sender
	if withKey {
		k, err := f.key()
		if err != nil {
			ec.Close()
			return nil, nil, err
		}
		if s, err = onchain.NewSender(ctx, b, k, a.log); err != nil {
			ec.Close()
			return nil, nil, err
		}
	}
	c, err := onchain.Connect(ctx, b, addrs, s, a.log)
	if err != nil {
		ec.Close()
		return nil, nil, err
	}
	return c, ec.Close, nil
}

// parseEther reads an amount such as "1", "0.3" or "250gwei" into wei.
func parseEther(s string) (*big.Int, error) {
	unit := big.NewFloat(params.Ether)
	num := strings.TrimSpace(s)
	switch {
	case strings.HasSuffix(num, "gwei"):
		unit, num = big.NewFloat(params.GWei), strings.TrimSuffix(num, "gwei")
	case strings.HasSuffix(num, "wei"):
		unit, num = big.NewFloat(1), strings.TrimSuffix(num, "wei")
	case strings.HasSuffix(num, "ether"):
		num = strings.TrimSuffix(num, "ether")
	}
	f, ok := new(big.Float).SetPrec(256).SetString(strings.TrimSpace(num))
	if !ok || f.Sign() < 0 {
		return nil, fmt.Errorf("amount %q: want a number of ether, e.g. 0.5, or with a unit: 250gwei, 1000wei", s)
	}
	wei, _ := new(big.Float).SetPrec(256).Mul(f, unit).Int(nil)
	return wei, nil
}

// formatEther prints wei as ether.
func formatEther(wei *big.Int) string {
	f := new(big.Float).SetPrec(256).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether))
	return strings.TrimRight(strings.TrimRight(f.Text('f', 6), "0"), ".") + " ETH"
}
