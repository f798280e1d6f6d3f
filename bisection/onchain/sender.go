// Package onchain is the dispute contracts (OpML.sol, DisputeGame.sol,
// MIPS.sol, PreimageOracle.sol) as a Go API over any Ethereum JSON-RPC
// backend: an embedded chain's in-process client or an ethclient dialled on
// a node. It deploys them, reads claims and games, and sends transactions
// that are signed, retried on RPC errors with backoff, and confirmed (mined
// with success) before the call returns; sends from many goroutines are
// pipelined (nonces assigned locally, many transactions per block). It has
// no strategy: package agent decides the moves.
package onchain

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
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
	"github.com/ethereum/go-ethereum/rpc"
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
		var p permanent
		if errors.As(err, &p) {
			return p.error
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

// permanent marks an error that Retry.Do does not retry: the node's
// answer, which another try would not change.
type permanent struct{ error }

func (p permanent) Unwrap() error { return p.error }

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
	for _, md := range []*bind.MetaData{&bindings.DisputeGameMetaData, &bindings.OpMLMetaData, &bindings.BatchInboxMetaData, &bindings.OutputOracleMetaData, &bindings.BridgeMetaData} {
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

// AsRevert turns an error of an eth_call or gas estimate that carries
// revert data into a *RevertError with the reason decoded (the contracts'
// custom errors included); other errors are returned as they are. For
// clients of other contracts that make their own calls.
func AsRevert(err error) error { return asRevert(err) }

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

// Sender signs and sends transactions from one key. It is safe for
// concurrent use and made for an agent that plays many games at once: each
// Send estimates its gas and fees on its own, takes the next nonce from a
// counter kept here (read from the node once, and again after an error
// that puts it in doubt), broadcasts, and then waits for its receipt
// without holding up other Sends, so the transactions of many goroutines
// land in the same blocks (nonce pipelining). One watcher per sender polls
// the account's mined nonce and fetches the receipts of the transactions
// below it; a transaction still not mined after Resend is signed again at
// its nonce with higher fees, since a dropped or underpriced one would
// hold up every later nonce.
type Sender struct {
	b       Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	log     *slog.Logger
	retry   Retry
	// Poll is how often the watcher looks for receipts; Timeout bounds how
	// long a Send waits for its receipt.
	Poll, Timeout time.Duration
	// Resend is how long a transaction may wait unmined before it is sent
	// again at its nonce with fees 25% higher (at most maxBumps times);
	// 0: never.
	Resend time.Duration
	// Lag is how long a receipt may lag the block that mined its nonce
	// (the node indexes transactions after the fact) before the nonce is
	// taken to be another transaction's (ErrNonceTaken).
	Lag time.Duration
	// OnReceipt, if set, sees every confirmed transaction (gas accounting).
	// It may be called from several goroutines at once.
	OnReceipt func(what string, r *types.Receipt)

	mu     sync.Mutex // nonce assignment and broadcast, in nonce order; unconfirmed
	next   uint64     // the next nonce to use, if synced
	synced bool
	// unconfirmed holds, by scope, the nonce of a transaction that was
	// broadcast (or may have been) but whose Send gave up waiting: until
	// the watcher sees it mined, sends in that scope are refused
	// (ErrEarlierPending). The account scope "" is refused while any is
	// pending, and refuses every scope while its own is.
	unconfirmed map[string]uint64

	wmu      sync.Mutex // flights, watching, and each flight's fields after broadcast
	flights  map[uint64]*flight
	watching bool
}

// maxBumps bounds the fee increases of one transaction: 1.25^5 ≈ 3×.
const maxBumps = 5

// flight is a broadcast transaction waiting for its receipt.
type flight struct {
	what    string
	nonce   uint64
	tx      *types.Transaction // the latest version sent
	hashes  []common.Hash      // every version sent
	sentAt  time.Time          // when the latest version was sent
	bumps   int
	missing time.Time // when its nonce was first seen mined without a receipt of ours
	// abandoned: nobody waits for it (its Send gave up, or never knew it
	// was sent); it is watched until mined all the same.
	abandoned bool
	done      chan struct{}
	receipt   *types.Receipt
	err       error
}

// ErrNonceTaken is returned by Send when the account's nonce of its
// transaction was mined in another transaction (another process using
// the same key): what the caller asked for may not be on chain.
var ErrNonceTaken = errors.New("the transaction's nonce was used by another transaction from this account")

// NewSender makes a sender for key on b, reading the chain id.
func NewSender(ctx context.Context, b Backend, key *ecdsa.PrivateKey, log *slog.Logger) (*Sender, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Sender{b: b, key: key, from: crypto.PubkeyToAddress(key.PublicKey), log: log, retry: DefaultRetry,
		Poll: 100 * time.Millisecond, Timeout: 2 * time.Minute, Resend: 30 * time.Second, Lag: time.Minute,
		unconfirmed: map[string]uint64{}, flights: map[uint64]*flight{}}
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

// InFlight is the number of transactions broadcast and not yet confirmed.
func (s *Sender) InFlight() int {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	return len(s.flights)
}

// Send sends a transaction calling to (nil: creating a contract) with data
// and value in the account's scope, waits until it is mined and returns
// its receipt. A transaction that would revert is not sent: its
// *RevertError is returned. what names the transaction in logs.
func (s *Sender) Send(ctx context.Context, what string, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	return s.SendIn(ctx, "", what, to, data, value)
}

// SendIn is Send in a scope: a name for the decisions a transaction
// belongs to (a game, a claim). After a transaction whose receipt did not
// come (it stays watched, and is sent again with higher fees), sends in
// its scope return ErrEarlierPending until it is mined, since the
// caller's decision may already be on chain; other scopes go on. The scope
// "" is the whole account: Send's.
func (s *Sender) SendIn(ctx context.Context, scope, what string, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	if err := s.checkUnconfirmed(scope); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
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
	tip, feeCap, err := s.fees(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	f, err := s.broadcast(ctx, scope, what, &types.DynamicFeeTx{
		ChainID: s.chainID, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Value: value, Data: data,
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	r, err := s.await(ctx, scope, f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		// Replay it where it ran to learn why.
		_, cerr := s.b.CallContract(ctx, msg, r.BlockNumber)
		if cerr = asRevert(cerr); IsRevert(cerr) {
			return r, fmt.Errorf("%s: transaction %s failed: %w", what, r.TxHash, cerr)
		}
		return r, fmt.Errorf("%s: transaction %s failed (gas used %d of %d)", what, r.TxHash, r.GasUsed, gas)
	}
	s.log.Debug("transaction mined", "tx", what, "hash", r.TxHash, "nonce", f.nonce, "block", r.BlockNumber, "gas", r.GasUsed, "limit", gas)
	if s.OnReceipt != nil {
		s.OnReceipt(what, r)
	}
	return r, nil
}

// fees are the tip the node suggests and a fee cap of twice the base fee
// plus the tip (room for six full blocks of base fee increases).
func (s *Sender) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	tip, err = retried(ctx, s, "eth_maxPriorityFeePerGas", func() (*big.Int, error) { return s.b.SuggestGasTipCap(ctx) })
	if err != nil {
		return nil, nil, err
	}
	head, err := retried(ctx, s, "eth_getBlockByNumber", func() (*types.Header, error) { return s.b.HeaderByNumber(ctx, nil) })
	if err != nil {
		return nil, nil, err
	}
	if head.BaseFee == nil {
		return nil, nil, errors.New("the chain has no base fee (pre-London): not supported")
	}
	return tip, new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))), nil
}

// broadcast signs tx with the next nonce and sends it. Nonces are
// assigned and sent in order under s.mu, so a send the node refuses leaves
// no gap (its nonce goes to the next one). One that may have reached the
// pool (no answer) is tracked as if it had, without a waiter: the watcher
// sends it again after Resend, so its nonce is neither reused nor left a
// gap.
func (s *Sender) broadcast(ctx context.Context, scope, what string, tx *types.DynamicFeeTx) (*flight, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 1; ; attempt++ {
		if err := s.sync(ctx); err != nil {
			return nil, err
		}
		tx.Nonce = s.next
		signed, err := types.SignNewTx(s.key, s.signer, tx)
		if err != nil {
			return nil, fmt.Errorf("sign: %w", err)
		}
		tried := false
		err = s.retry.Do(ctx, s.log, "send "+what, func() error {
			err := s.b.SendTransaction(ctx, signed)
			again := tried
			tried = true
			var rerr rpc.Error
			switch {
			case err != nil && strings.Contains(err.Error(), "already known"):
				return nil // an earlier attempt got through
			case err != nil && again && nonceInUse(err):
				// An earlier attempt whose answer was lost may have been
				// mined already: then this nonce is ours, not in use by
				// another transaction, and signing the call again under
				// the next nonce would send it twice.
				if r, rerr := s.b.TransactionReceipt(ctx, signed.Hash()); rerr == nil && r != nil {
					return nil
				}
				return permanent{err}
			case errors.As(err, &rerr):
				return permanent{err} // the node's refusal (nonce, funds, fees): trying again changes nothing
			}
			return err
		})
		f := &flight{what: what, nonce: tx.Nonce, tx: signed, hashes: []common.Hash{signed.Hash()}, sentAt: time.Now(),
			done: make(chan struct{})}
		if err == nil {
			s.track(f)
			s.next++
			return f, nil
		}
		var rerr rpc.Error
		switch {
		case nonceInUse(err) && attempt < 4:
			// Another process sends from this key, or a transaction of ours
			// that we lost track of is in the pool: take the node's count.
			s.log.Warn("nonce in use; reading the account's nonce again", "tx", what, "nonce", tx.Nonce, "err", err)
			s.synced = false
			continue
		case nonceInUse(err):
			s.synced = false
		case !errors.As(err, &rerr):
			// No answer from the node: an attempt may have reached the pool.
			f.abandoned = true
			s.track(f)
			s.next++
			s.unconfirmed[scope] = tx.Nonce
		}
		return nil, fmt.Errorf("send: %w", err)
	}
}

// sync reads the account's next nonce from the node if the counter is in
// doubt: the pool's pending nonce, past the nonces of transactions still
// tracked (the pool may not have counted those yet). s.mu must be held.
func (s *Sender) sync(ctx context.Context) error {
	if s.synced {
		return nil
	}
	n, err := retried(ctx, s, "eth_getTransactionCount", func() (uint64, error) { return s.b.PendingNonceAt(ctx, s.from) })
	if err != nil {
		return err
	}
	s.wmu.Lock()
	for s.flights[n] != nil {
		n++
	}
	s.wmu.Unlock()
	s.next, s.synced = n, true
	return nil
}

// nonceInUse reports whether the node refused a transaction because its
// nonce is taken.
func nonceInUse(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "nonce too low") || strings.Contains(msg, "replacement transaction underpriced")
}

// await waits for f's receipt, Timeout or the end of ctx.
func (s *Sender) await(ctx context.Context, scope string, f *flight) (*types.Receipt, error) {
	timer := time.NewTimer(s.Timeout)
	defer timer.Stop()
	var why error
	select {
	case <-f.done:
		return f.receipt, f.err
	case <-ctx.Done():
		why = ctx.Err()
	case <-timer.C:
		why = fmt.Errorf("no receipt after %v", s.Timeout)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.flights[f.nonce] != f { // delivered meanwhile
		return f.receipt, f.err
	}
	// The watcher keeps it (and sends it again), so that its nonce is not
	// reused; the scope waits until it is mined.
	f.abandoned = true
	s.unconfirmed[scope] = f.nonce
	return nil, fmt.Errorf("transaction %s (nonce %d) not mined: %w", f.hashes[len(f.hashes)-1], f.nonce, why)
}

// checkUnconfirmed returns ErrEarlierPending while a transaction whose
// receipt never came is still watched in a scope that blocks this one, and
// once more after it is mined: what it did is on chain for the caller to
// see, so its decision may be stale too.
func (s *Sender) checkUnconfirmed(scope string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	blocked := false
	for sc, n := range s.unconfirmed {
		if scope != "" && sc != "" && sc != scope {
			continue
		}
		blocked = true
		s.wmu.Lock()
		watched := s.flights[n] != nil
		s.wmu.Unlock()
		if !watched { // mined (ours or another transaction at its nonce)
			delete(s.unconfirmed, sc)
		}
	}
	if blocked {
		return ErrEarlierPending
	}
	return nil
}

// track registers a broadcast transaction with the watcher, starting it if
// needed.
func (s *Sender) track(f *flight) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.flights[f.nonce] = f
	if !s.watching {
		s.watching = true
		go s.watch(s.Poll)
	}
}

// watch polls for the receipts of the flights until there are none.
func (s *Sender) watch(poll time.Duration) {
	t := time.NewTicker(poll)
	defer t.Stop()
	fails := 0
	for range t.C {
		s.wmu.Lock()
		if len(s.flights) == 0 {
			s.watching = false
			s.wmu.Unlock()
			return
		}
		fl := make([]*flight, 0, len(s.flights))
		for _, f := range s.flights {
			fl = append(fl, f)
		}
		s.wmu.Unlock()
		// In nonce order: no receipt is handed out before an earlier
		// nonce's (a caller that saw a later one done sees the earlier too).
		slices.SortFunc(fl, func(a, b *flight) int { return cmp.Compare(a.nonce, b.nonce) })
		err := s.poll(fl, poll)
		if errors.Is(err, rpc.ErrClientQuit) {
			// The connection is closed for good: nothing will be seen.
			for _, f := range fl {
				s.deliver(f, nil, fmt.Errorf("transaction %s (nonce %d) not mined: %w", f.hashes[len(f.hashes)-1], f.nonce, err))
			}
			continue
		}
		if err != nil {
			if fails++; fails%10 == 1 {
				s.log.Warn("receipt lookup failed; retrying", "err", err)
			}
		}
	}
}

// poll delivers the receipts of the flights whose nonce is mined, and
// sends again, with higher fees, those that have waited Resend.
func (s *Sender) poll(fl []*flight, poll time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), max(20*poll, 10*time.Second))
	defer cancel()
	mined, err := s.b.NonceAt(ctx, s.from, nil)
	if err != nil {
		return fmt.Errorf("mined nonce: %w", err)
	}
	for _, f := range fl {
		if f.nonce >= mined {
			switch {
			case s.Resend > 0 && time.Since(f.sentAt) >= s.Resend && f.bumps < maxBumps:
				s.bump(ctx, f)
			case f.abandoned && (s.Resend == 0 || f.bumps >= maxBumps) && time.Since(f.sentAt) >= s.Timeout:
				// Nobody waits for it and it will not be sent again: stop
				// watching, and let the next send read the node's nonce (it
				// fills the gap if the pool lost the transaction).
				s.log.Warn("giving up on a transaction that is not mined", "tx", f.what, "nonce", f.nonce, "bumps", f.bumps)
				s.deliver(f, nil, errors.New("given up"))
				s.mu.Lock()
				s.synced = false
				s.mu.Unlock()
			}
			continue
		}
		var r *types.Receipt
		for i := len(f.hashes) - 1; i >= 0 && r == nil; i-- {
			r, _ = s.b.TransactionReceipt(ctx, f.hashes[i])
		}
		switch {
		case r != nil:
			s.deliver(f, r, nil)
		case f.missing.IsZero():
			f.missing = time.Now()
		case time.Since(f.missing) > s.Lag:
			// The node's transaction index can lag its head (seconds on a
			// busy node); this long, the nonce went to a transaction that
			// is not ours.
			s.deliver(f, nil, fmt.Errorf("nonce %d: %w", f.nonce, ErrNonceTaken))
			s.mu.Lock()
			s.synced = false
			s.mu.Unlock()
		}
	}
	return nil
}

// bump signs f's transaction again at its nonce with fees 25% higher (and
// at least what the chain's base fee now asks) and sends it.
func (s *Sender) bump(ctx context.Context, f *flight) {
	old := f.tx
	up := func(x *big.Int) *big.Int {
		return new(big.Int).Add(x, new(big.Int).Add(new(big.Int).Div(x, big.NewInt(4)), big.NewInt(1)))
	}
	tip, feeCap := up(old.GasTipCap()), up(old.GasFeeCap())
	if t, c, err := s.fees(ctx); err == nil {
		if t.Cmp(tip) > 0 {
			tip = t
		}
		if c.Cmp(feeCap) > 0 {
			feeCap = c
		}
	}
	if feeCap.Cmp(tip) < 0 {
		feeCap = new(big.Int).Set(tip)
	}
	tx, err := types.SignNewTx(s.key, s.signer, &types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: old.Nonce(), GasTipCap: tip, GasFeeCap: feeCap, Gas: old.Gas(),
		To: old.To(), Value: old.Value(), Data: old.Data(),
	})
	if err != nil {
		s.log.Error("re-sign transaction", "tx", f.what, "err", err)
		return
	}
	f.sentAt = time.Now() // whatever happens, wait Resend again
	if err := s.b.SendTransaction(ctx, tx); err != nil && !strings.Contains(err.Error(), "already known") {
		// "nonce too low": it was mined meanwhile; the next poll sees it.
		s.log.Warn("sending a transaction again with higher fees failed", "tx", f.what, "nonce", f.nonce, "err", err)
		return
	}
	s.wmu.Lock()
	f.tx, f.hashes, f.bumps = tx, append(f.hashes, tx.Hash()), f.bumps+1
	s.wmu.Unlock()
	s.log.Warn("transaction not mined; sent again with higher fees", "tx", f.what, "nonce", f.nonce, "hash", tx.Hash(),
		"tip", tip, "feeCap", feeCap, "bump", f.bumps)
}

// deliver hands f its outcome and stops watching it.
func (s *Sender) deliver(f *flight, r *types.Receipt, err error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.flights[f.nonce] != f {
		return
	}
	delete(s.flights, f.nonce)
	f.receipt, f.err = r, err
	close(f.done)
	if f.abandoned && r != nil {
		s.log.Info("a transaction given up on was mined", "tx", f.what, "nonce", f.nonce, "hash", r.TxHash, "status", r.Status)
	}
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
