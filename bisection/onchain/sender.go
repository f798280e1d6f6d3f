// Package onchain is the dispute contracts (OpML.sol, DisputeGame.sol,
// MIPS.sol, PreimageOracle.sol) as a Go API over any Ethereum JSON-RPC
// backend: an embedded chain's in-process client or an ethclient dialled on
// a node. It deploys them, reads claims and games, and sends transactions
// that are signed, retried on RPC errors with backoff, and confirmed (mined
// with success) before the call returns. It has no strategy: package agent
// decides the moves.
package onchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Backend is what the package needs from a chain connection;
// *ethclient.Client and the embedded chain's client have it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
}

// ErrEarlierPending is returned by Send, without sending, while a
// transaction an earlier Send broadcast but could not confirm may still be
// mined: the caller's decision may already be on chain, so it must read the
// chain again before deciding anew (the agents do, on their next pass).
var ErrEarlierPending = errors.New("an earlier transaction from this account is not confirmed yet; re-read the chain before retrying")

// Retry is how RPC calls that fail for reasons other than a revert are
// retried: up to Attempts tries, waiting Backoff, then twice as long each
// time, at most MaxBackoff.
type Retry struct {
	Attempts   int
	Backoff    time.Duration
	MaxBackoff time.Duration
}

// DefaultRetry suits a local node and a public endpoint alike: eight tries
// over about half a minute.
var DefaultRetry = Retry{Attempts: 8, Backoff: 200 * time.Millisecond, MaxBackoff: 8 * time.Second}

// Do calls fn until it succeeds, returns a revert (which a retry cannot
// change), or the attempts or ctx run out.
func (r Retry) Do(ctx context.Context, log *slog.Logger, what string, fn func() error) error {
	wait := r.Backoff
	var err error
	for attempt := 1; ; attempt++ {
		if err = fn(); err == nil || IsRevert(err) || ctx.Err() != nil || attempt >= r.Attempts {
			return err
		}
		log.Warn("RPC call failed; retrying", "call", what, "attempt", attempt, "wait", wait, "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, r.MaxBackoff)
	}
}

// RevertError is a call or transaction the EVM reverted.
type RevertError struct {
	Reason string // the Error(string) message or the custom error, decoded
	Data   []byte
}

func (e *RevertError) Error() string { return "execution reverted: " + e.Reason }

// IsRevert reports whether err is (or wraps) a revert.
func IsRevert(err error) bool {
	var r *RevertError
	return errors.As(err, &r)
}

// RevertReason is the decoded reason of a revert in err's chain, or "".
func RevertReason(err error) string {
	var r *RevertError
	if errors.As(err, &r) {
		return r.Reason
	}
	return ""
}

// customErrors are the contracts' custom errors, for decoding reverts.
var customErrors = func() map[[4]byte]abi.Error {
	m := map[[4]byte]abi.Error{}
	for _, md := range []*bind.MetaData{&bindings.DisputeGameMetaData, &bindings.OpMLMetaData} {
		a, err := md.ParseABI()
		if err != nil {
			panic(err)
		}
		for _, e := range a.Errors {
			m[[4]byte(e.ID[:4])] = e
		}
	}
	return m
}()

// asRevert turns an RPC error carrying revert data into a *RevertError.
func asRevert(err error) error {
	if err == nil {
		return nil
	}
	var de interface{ ErrorData() any }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(s); derr == nil {
				return &RevertError{Reason: decodeRevert(data), Data: data}
			}
		}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return &RevertError{Reason: strings.TrimPrefix(err.Error(), "execution reverted: ")}
	}
	return err
}

func decodeRevert(data []byte) string {
	if reason, err := abi.UnpackRevert(data); err == nil {
		return reason
	}
	if len(data) >= 4 {
		if e, ok := customErrors[[4]byte(data[:4])]; ok {
			args, err := e.Inputs.Unpack(data[4:])
			if err == nil {
				parts := make([]string, len(args))
				for i, a := range args {
					parts[i] = fmt.Sprint(a)
				}
				return e.Name + "(" + strings.Join(parts, ", ") + ")"
			}
			return e.Name
		}
	}
	if len(data) == 0 {
		return "(no reason)"
	}
	return fmt.Sprintf("(raw %x)", data)
}

// Sender signs and sends transactions from one key, one at a time, and
// waits for each to be mined.
type Sender struct {
	b       Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	log     *slog.Logger
	retry   Retry
	// Poll is how often a receipt is asked for; Timeout bounds the wait.
	Poll, Timeout time.Duration
	// OnReceipt, if set, sees every confirmed transaction (gas accounting).
	OnReceipt func(what string, r *types.Receipt)
	mu        sync.Mutex
	// unconfirmed is set when a transaction was broadcast but its receipt
	// never came: until the account has no pending transaction, Send sends
	// nothing (ErrEarlierPending).
	unconfirmed bool
}

// NewSender makes a sender for key on b, reading the chain id.
func NewSender(ctx context.Context, b Backend, key *ecdsa.PrivateKey, log *slog.Logger) (*Sender, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Sender{b: b, key: key, from: crypto.PubkeyToAddress(key.PublicKey), log: log, retry: DefaultRetry,
		Poll: 100 * time.Millisecond, Timeout: 2 * time.Minute}
	err := s.retry.Do(ctx, log, "eth_chainId", func() (err error) {
		s.chainID, err = b.ChainID(ctx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	s.signer = types.LatestSignerForChainID(s.chainID)
	return s, nil
}

// Address is the sending account.
func (s *Sender) Address() common.Address { return s.from }

// Backend is the chain the sender sends to.
func (s *Sender) Backend() Backend { return s.b }

// Send sends a transaction calling to (nil: creating a contract) with data
// and value, waits until it is mined and returns its receipt. A transaction
// that would revert is not sent: its *RevertError is returned. what names
// the transaction in logs.
func (s *Sender) Send(ctx context.Context, what string, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.unconfirmed {
		pending, err := retried(ctx, s, "eth_getTransactionCount", func() (uint64, error) { return s.b.PendingNonceAt(ctx, s.from) })
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		mined, err := retried(ctx, s, "eth_getTransactionCount", func() (uint64, error) { return s.b.NonceAt(ctx, s.from, nil) })
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		if pending > mined {
			return nil, fmt.Errorf("%s: %w", what, ErrEarlierPending)
		}
		s.unconfirmed = false
		// It is mined (or dropped): what it did is on chain for the caller
		// to see, so this decision may be stale too.
		return nil, fmt.Errorf("%s: %w", what, ErrEarlierPending)
	}
	if value == nil {
		value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: s.from, To: to, Data: data, Value: value}
	// Each call is retried on its own: a group retried as a whole would
	// fail for good on an endpoint that drops one request in a few.
	estimate, err := retried(ctx, s, "eth_estimateGas", func() (uint64, error) {
		g, err := s.b.EstimateGas(ctx, msg)
		return g, asRevert(err)
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	gas := estimate + estimate/4 + 10_000
	nonce, err := retried(ctx, s, "eth_getTransactionCount", func() (uint64, error) { return s.b.PendingNonceAt(ctx, s.from) })
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	tip, err := retried(ctx, s, "eth_maxPriorityFeePerGas", func() (*big.Int, error) { return s.b.SuggestGasTipCap(ctx) })
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	head, err := retried(ctx, s, "eth_getBlockByNumber", func() (*types.Header, error) { return s.b.HeaderByNumber(ctx, nil) })
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if head.BaseFee == nil {
		return nil, fmt.Errorf("%s: the chain has no base fee (pre-London): not supported", what)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(s.key, s.signer, &types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
		To: to, Value: value, Data: data,
	})
	if err != nil {
		return nil, fmt.Errorf("%s: sign: %w", what, err)
	}
	err = s.retry.Do(ctx, s.log, "send "+what, func() error {
		err := s.b.SendTransaction(ctx, tx)
		if err != nil && strings.Contains(err.Error(), "already known") {
			return nil // an earlier attempt got through
		}
		return err
	})
	if err != nil {
		s.unconfirmed = true // an attempt may have reached the pool
		return nil, fmt.Errorf("%s: send: %w", what, err)
	}
	r, err := s.wait(ctx, tx)
	if err != nil {
		s.unconfirmed = true
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		// Replay it where it ran to learn why.
		_, cerr := s.b.CallContract(ctx, msg, r.BlockNumber)
		if cerr = asRevert(cerr); IsRevert(cerr) {
			return r, fmt.Errorf("%s: transaction %s failed: %w", what, tx.Hash(), cerr)
		}
		return r, fmt.Errorf("%s: transaction %s failed (gas used %d of %d)", what, tx.Hash(), r.GasUsed, gas)
	}
	s.log.Debug("transaction mined", "tx", what, "hash", tx.Hash(), "block", r.BlockNumber, "gas", r.GasUsed, "limit", gas)
	if s.OnReceipt != nil {
		s.OnReceipt(what, r)
	}
	return r, nil
}

// retried calls fn with s's retry policy and returns its value.
func retried[T any](ctx context.Context, s *Sender, what string, fn func() (T, error)) (T, error) {
	var v T
	err := s.retry.Do(ctx, s.log, what, func() (err error) {
		v, err = fn()
		return err
	})
	return v, err
}

// wait polls for tx's receipt until it is mined, Timeout passes or ctx ends.
func (s *Sender) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, s.Timeout)
	defer cancel()
	fails := 0
	for {
		r, err := s.b.TransactionReceipt(ctx, tx.Hash())
		switch {
		case err == nil:
			return r, nil
		case errors.Is(err, ethereum.NotFound):
			fails = 0
		default:
			if ctx.Err() == nil {
				fails++
				if fails%10 == 1 {
					s.log.Warn("receipt lookup failed; retrying", "tx", tx.Hash(), "err", err)
				}
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("transaction %s not mined: %w", tx.Hash(), ctx.Err())
		case <-time.After(s.Poll):
		}
	}
}
