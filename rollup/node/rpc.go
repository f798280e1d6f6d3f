package node

// The L2's JSON-RPC endpoint: what a wallet, ethclient or a contract
// binding needs to use the sequencer's chain (read blocks, state,
// receipts and logs, call, estimate gas, send a transaction) and what a
// withdrawal needs (eth_getProof of the withdrawal's slot). It is served
// over the sequencer's own batch.Chain with go-ethereum's rpc server;
// there is no transaction pool: eth_sendRawTransaction checks the
// transaction against the head state and the transactions it accepted
// before, and queues it with Sequencer.Submit. See docs/rollup.md, "The
// L2 JSON-RPC".

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/axonum/opml/rollup"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
)

// RPC is the L2 JSON-RPC service of a Sequencer's chain. Run the
// sequencer through RPC.Step (not Sequencer.Step) so the service learns
// which accepted transactions a block dropped; the pending nonces it
// reports count the transactions it accepted and the sequencer has not
// yet put in a block.
type RPC struct {
	Seq *Sequencer
	// CallTimeout bounds one eth_call or eth_estimateGas execution (0:
	// 5 s).
	CallTimeout time.Duration

	mu       sync.Mutex
	accepted map[common.Address][]*types.Transaction // per sender, in nonce order: accepted, not yet in a block nor dropped

	idx     sync.Mutex
	indexed uint64                  // blocks 1…indexed are in txs
	txs     map[common.Hash]txPlace // transaction hash → where it is
}

// txPlace is where a transaction is in the chain.
type txPlace struct {
	block common.Hash
	num   uint64
	index int
}

// NewRPC is the service over s's chain.
func NewRPC(s *Sequencer) *RPC {
	return &RPC{Seq: s, accepted: map[common.Address][]*types.Transaction{}, txs: map[common.Hash]txPlace{}}
}

// Step is the sequencer's Step, after which the transactions the service
// accepted that are neither queued nor in the chain are forgotten (the
// block left them out: they could not be applied).
func (r *RPC) Step(ctx context.Context) error {
	_, err := r.Seq.Build(ctx)
	r.prune()
	return err
}

// prune drops the accepted transactions that a block included or left
// out.
func (r *RPC) prune() {
	head := r.Seq.Chain.Head()
	st, err := r.stateOf(head)
	if err != nil {
		return
	}
	r.Seq.mu.Lock()
	queued := map[common.Hash]bool{}
	for _, tx := range r.Seq.queue {
		queued[tx.Hash()] = true
	}
	r.Seq.mu.Unlock()
	r.mu.Lock()
	defer r.mu.Unlock()
	for from, txs := range r.accepted {
		nonce := st.GetNonce(from)
		var keep []*types.Transaction
		for _, tx := range txs {
			if tx.Nonce() >= nonce && queued[tx.Hash()] {
				keep = append(keep, tx)
			}
		}
		if len(keep) == 0 {
			delete(r.accepted, from)
		} else {
			r.accepted[from] = keep
		}
	}
}

// Server is a go-ethereum rpc server with the service under "eth", and
// "net" and "web3" as clients expect them.
func (r *RPC) Server() (*rpc.Server, error) {
	srv := rpc.NewServer()
	for name, api := range map[string]any{"eth": &ethAPI{r}, "net": &netAPI{r}, "web3": web3API{}} {
		if err := srv.RegisterName(name, api); err != nil {
			return nil, fmt.Errorf("l2 rpc: register %s: %w", name, err)
		}
	}
	return srv, nil
}

// Serve serves the service over HTTP (and WebSocket on the same port) on
// addr, which must be a loopback address (the endpoint has no access
// control), until ctx ends. It returns the listening address once
// listening, and a channel that yields the server's end.
func (r *RPC) Serve(ctx context.Context, addr string) (net.Addr, <-chan error, error) {
	if !IsLoopback(addr) {
		return nil, nil, fmt.Errorf("l2 rpc: listen %s: want a loopback host:port (127.0.0.1, ::1 or localhost)", addr)
	}
	srv, err := r.Server()
	if err != nil {
		return nil, nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, fmt.Errorf("l2 rpc: %w", err)
	}
	ws := srv.WebsocketHandler([]string{"*"})
	hs := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			if req.Header.Get("Upgrade") == "websocket" {
				ws.ServeHTTP(w, req)
				return
			}
			srv.ServeHTTP(w, req)
		}),
		ReadHeaderTimeout: 10 * time.Second,
	}
	done := make(chan error, 1)
	go func() {
		err := hs.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		done <- err
	}()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(sctx)
		srv.Stop()
	}()
	return ln.Addr(), done, nil
}

// IsLoopback says whether host:port names a loopback host.
func IsLoopback(hostport string) bool {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// header resolves a block number or hash to a header of the chain.
func (r *RPC) header(bnh rpc.BlockNumberOrHash) (*types.Header, error) {
	bc := r.Seq.Chain.BC
	if h, ok := bnh.Hash(); ok {
		hd := bc.GetHeaderByHash(h)
		if hd == nil {
			return nil, fmt.Errorf("block %s not found", h)
		}
		if bnh.RequireCanonical && bc.GetCanonicalHash(hd.Number.Uint64()) != h {
			return nil, fmt.Errorf("block %s is not canonical", h)
		}
		return hd, nil
	}
	n, _ := bnh.Number()
	return r.headerByNumber(n)
}

// headerByNumber resolves a block number or tag: latest, pending, safe
// and finalized are the head (the sequencer's chain has no other notion
// of them; a block's finality on L1 is its output proposal's, see
// 'rollup outputs').
func (r *RPC) headerByNumber(n rpc.BlockNumber) (*types.Header, error) {
	bc := r.Seq.Chain.BC
	switch {
	case n == rpc.EarliestBlockNumber:
		return bc.GetHeaderByNumber(0), nil
	case n < 0:
		return bc.CurrentBlock(), nil
	}
	hd := bc.GetHeaderByNumber(uint64(n))
	if hd == nil {
		return nil, fmt.Errorf("block %d not found (head %d)", n, bc.CurrentBlock().Number)
	}
	return hd, nil
}

func (r *RPC) stateOf(h *types.Header) (*state.StateDB, error) {
	st, err := r.Seq.Chain.BC.StateAt(h.Root, h.Number, h.Time)
	if err != nil {
		return nil, fmt.Errorf("state of block %d: %w", h.Number, err)
	}
	return st, nil
}

func (r *RPC) stateAt(bnh rpc.BlockNumberOrHash) (*state.StateDB, *types.Header, error) {
	h, err := r.header(bnh)
	if err != nil {
		return nil, nil, err
	}
	st, err := r.stateOf(h)
	return st, h, err
}

// pendingNonce is from's next nonce counting the transactions accepted
// and not yet in a block.
func (r *RPC) pendingNonce(from common.Address, st *state.StateDB) uint64 {
	n := st.GetNonce(from)
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, tx := range r.accepted[from] {
		if tx.Nonce() >= n {
			n = tx.Nonce() + 1
		}
	}
	return n
}

// place finds transaction h in the chain, indexing the blocks added since
// the last look (the chain only grows: the sequencer builds on its head).
func (r *RPC) place(h common.Hash) (txPlace, bool) {
	bc := r.Seq.Chain.BC
	r.idx.Lock()
	defer r.idx.Unlock()
	head := bc.CurrentBlock().Number.Uint64()
	for ; r.indexed < head; r.indexed++ {
		b := bc.GetBlockByNumber(r.indexed + 1)
		if b == nil {
			break
		}
		for i, tx := range b.Transactions() {
			r.txs[tx.Hash()] = txPlace{block: b.Hash(), num: b.NumberU64(), index: i}
		}
	}
	p, ok := r.txs[h]
	return p, ok
}

// acceptedTx is an accepted transaction not yet in a block.
func (r *RPC) acceptedTx(h common.Hash) *types.Transaction {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, txs := range r.accepted {
		for _, tx := range txs {
			if tx.Hash() == h {
				return tx
			}
		}
	}
	return nil
}

// MaxQueuedTxBytes bounds the encoded size of the transactions queued for
// one block (and so of one transaction): the sequencer puts the whole
// queue in its next block, whose batch must fit in one L1 transaction
// (go-ethereum's pool takes at most 128 KiB; the rest is left for the
// batch's header, its deposits and the post's ABI encoding). A batch that
// does not fit is never posted, and the sequencer cannot go on.
const MaxQueuedTxBytes = 96 << 10

// Errors of eth_sendRawTransaction besides go-ethereum's core errors.
var (
	ErrOversized   = errors.New("oversized data")
	ErrBlockFull   = errors.New("the next block is full")
	ErrNonceGap    = errors.New("nonce too high")
	ErrNonceQueued = errors.New("a transaction with this nonce is already queued (replacement is not supported)")
	ErrKnownTx     = errors.New("already known")
)

// submit checks tx against the head state and the transactions accepted
// before it, as the sequencer will apply it, and queues it.
func (r *RPC) submit(tx *types.Transaction) error {
	bc := r.Seq.Chain.BC
	cfg := bc.Config()
	if tx.Type() == types.BlobTxType {
		return rollup.ErrBlobTx
	}
	if size := tx.Size(); size > MaxQueuedTxBytes {
		return fmt.Errorf("%w: transaction of %d bytes, at most %d (a block's batch must fit in one L1 transaction)", ErrOversized, size, MaxQueuedTxBytes)
	}
	if !tx.Protected() {
		return errors.New("only replay-protected (EIP-155) transactions are accepted")
	}
	if tx.ChainId().Cmp(cfg.ChainID) != 0 {
		return fmt.Errorf("invalid chain id %s: this L2's is %s", tx.ChainId(), cfg.ChainID)
	}
	from, err := types.Sender(types.LatestSigner(cfg), tx)
	if err != nil {
		return fmt.Errorf("invalid sender: %w", err)
	}
	head := bc.CurrentBlock()
	if tx.Gas() > head.GasLimit {
		return fmt.Errorf("%w: gas %d, block gas limit %d", core.ErrGasLimitReached, tx.Gas(), head.GasLimit)
	}
	if tx.GasTipCapIntCmp(tx.GasFeeCap()) > 0 {
		return fmt.Errorf("%w: tip %s, fee cap %s", core.ErrTipAboveFeeCap, tx.GasTipCap(), tx.GasFeeCap())
	}
	if base := eip1559.CalcBaseFee(cfg, head); tx.GasFeeCap().Cmp(base) < 0 {
		return fmt.Errorf("%w: max fee per gas %s, the next block's base fee %s", core.ErrFeeCapTooLow, tx.GasFeeCap(), base)
	}
	next := new(big.Int).Add(head.Number, common.Big1)
	rules := cfg.Rules(next, true, head.Time+1)
	value, _ := uint256.FromBig(tx.Value())
	intrinsic, err := core.IntrinsicGas(tx.Data(), tx.AccessList(), tx.SetCodeAuthorizations(), from, tx.To(), value, rules)
	if err != nil {
		return err
	}
	if tx.Gas() < intrinsic {
		return fmt.Errorf("%w: gas %d, intrinsic gas %d", core.ErrIntrinsicGas, tx.Gas(), intrinsic)
	}
	if tx.To() == nil && len(tx.Data()) > params.MaxInitCodeSize {
		return fmt.Errorf("%w: %d bytes", vm.ErrMaxInitCodeSizeExceeded, len(tx.Data()))
	}
	st, err := r.stateOf(head)
	if err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	nonce := st.GetNonce(from)
	cost := tx.Cost()
	pending := nonce
	for _, q := range r.accepted[from] {
		if q.Hash() == tx.Hash() {
			return ErrKnownTx
		}
		if q.Nonce() == tx.Nonce() {
			return ErrNonceQueued
		}
		if q.Nonce() >= nonce {
			pending = max(pending, q.Nonce()+1)
			cost.Add(cost, q.Cost())
		}
	}
	switch {
	case tx.Nonce() < nonce:
		return fmt.Errorf("%w: next nonce %d, tx nonce %d", core.ErrNonceTooLow, nonce, tx.Nonce())
	case tx.Nonce() > pending:
		return fmt.Errorf("%w: next nonce %d, tx nonce %d (a transaction after a gap is never included)", ErrNonceGap, pending, tx.Nonce())
	}
	if bal := st.GetBalance(from).ToBig(); bal.Cmp(cost) < 0 {
		return fmt.Errorf("%w: balance %s wei, cost of this and the queued transactions %s wei", core.ErrInsufficientFunds, bal, cost)
	}
	r.Seq.mu.Lock()
	queued := uint64(0)
	for _, q := range r.Seq.queue {
		queued += q.Size()
	}
	r.Seq.mu.Unlock()
	if queued+tx.Size() > MaxQueuedTxBytes {
		return fmt.Errorf("%w: %d bytes of transactions queued, this one %d, at most %d: send it again after the next block", ErrBlockFull, queued, tx.Size(), MaxQueuedTxBytes)
	}
	if err := r.Seq.Submit(tx); err != nil {
		return err
	}
	q := append(r.accepted[from], tx)
	slices.SortFunc(q, func(a, b *types.Transaction) int { return cmp.Compare(a.Nonce(), b.Nonce()) })
	r.accepted[from] = q
	return nil
}
