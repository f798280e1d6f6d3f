package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gmath "github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"
)

// ethAPI is the "eth" namespace. Its methods' names and results follow
// go-ethereum's ethapi, so ethclient, gethclient and bind read them.
type ethAPI struct{ r *RPC }

// suggestedTip is eth_maxPriorityFeePerGas: the sequencer orders by
// arrival, not by tip, so any tip is included; one gwei keeps wallets
// that refuse a zero tip working.
var suggestedTip = big.NewInt(params.GWei)

// maxLogRange is the most blocks one eth_getLogs looks through.
const maxLogRange = 10_000

// maxRewardPercentiles bounds eth_feeHistory's percentiles (as
// go-ethereum's): the answer has one per block per percentile, so a long
// list over 1024 blocks would be a request for gigabytes.
const maxRewardPercentiles = 100

func (a *ethAPI) ChainId() *hexutil.Big {
	return (*hexutil.Big)(a.r.Seq.Chain.BC.Config().ChainID)
}

func (a *ethAPI) BlockNumber() hexutil.Uint64 {
	return hexutil.Uint64(a.r.Seq.Chain.Head().Number.Uint64())
}

func (a *ethAPI) GasPrice() *hexutil.Big {
	base := eip1559.CalcBaseFee(a.r.Seq.Chain.BC.Config(), a.r.Seq.Chain.Head())
	return (*hexutil.Big)(base.Add(base, suggestedTip))
}

func (a *ethAPI) MaxPriorityFeePerGas() *hexutil.Big {
	return (*hexutil.Big)(new(big.Int).Set(suggestedTip))
}

func (a *ethAPI) GetBalance(addr common.Address, bnh rpc.BlockNumberOrHash) (*hexutil.Big, error) {
	st, _, err := a.r.stateAt(bnh)
	if err != nil {
		return nil, err
	}
	return (*hexutil.Big)(st.GetBalance(addr).ToBig()), nil
}

// GetTransactionCount is the account's nonce; at "pending", counting the
// transactions accepted and not yet in a block.
func (a *ethAPI) GetTransactionCount(addr common.Address, bnh rpc.BlockNumberOrHash) (hexutil.Uint64, error) {
	st, _, err := a.r.stateAt(bnh)
	if err != nil {
		return 0, err
	}
	if n, ok := bnh.Number(); ok && n == rpc.PendingBlockNumber {
		return hexutil.Uint64(a.r.pendingNonce(addr, st)), nil
	}
	return hexutil.Uint64(st.GetNonce(addr)), nil
}

func (a *ethAPI) GetCode(addr common.Address, bnh rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	st, _, err := a.r.stateAt(bnh)
	if err != nil {
		return nil, err
	}
	return st.GetCode(addr), nil
}

func (a *ethAPI) GetStorageAt(addr common.Address, slot string, bnh rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	key, err := storageKey(slot)
	if err != nil {
		return nil, err
	}
	st, _, err := a.r.stateAt(bnh)
	if err != nil {
		return nil, err
	}
	v := st.GetState(addr, key)
	return v[:], nil
}

// storageKey reads a storage slot given as hex of at most 32 bytes.
func storageKey(s string) (common.Hash, error) {
	b, err := hexutil.Decode(s)
	if err != nil {
		// Allow odd-length and unpadded hex, as go-ethereum does.
		var n hexutil.Big
		if err2 := n.UnmarshalText([]byte(s)); err2 != nil {
			return common.Hash{}, fmt.Errorf("storage key %q: %w", s, err)
		}
		b = (*big.Int)(&n).Bytes()
	}
	if len(b) > 32 {
		return common.Hash{}, fmt.Errorf("storage key %q: longer than 32 bytes", s)
	}
	return common.BytesToHash(b), nil
}

func (a *ethAPI) GetBlockByNumber(n rpc.BlockNumber, full bool) (map[string]any, error) {
	h, err := a.r.headerByNumber(n)
	if err != nil || h == nil {
		return nil, nil // JSON null: no such block
	}
	return a.block(a.r.Seq.Chain.BC.GetBlock(h.Hash(), h.Number.Uint64()), full)
}

func (a *ethAPI) GetBlockByHash(hash common.Hash, full bool) (map[string]any, error) {
	return a.block(a.r.Seq.Chain.BC.GetBlockByHash(hash), full)
}

// block is b as go-ethereum's RPC gives it: the header's fields, size,
// transactions (hashes, or with full the transactions), no uncles and
// the empty withdrawals.
func (a *ethAPI) block(b *types.Block, full bool) (map[string]any, error) {
	if b == nil {
		return nil, nil
	}
	m, err := jsonFields(b.Header())
	if err != nil {
		return nil, err
	}
	m["size"] = hexutil.Uint64(b.Size())
	txs := make([]any, len(b.Transactions()))
	for i, tx := range b.Transactions() {
		if !full {
			txs[i] = tx.Hash()
			continue
		}
		if txs[i], err = a.tx(tx, b.Header(), i); err != nil {
			return nil, err
		}
	}
	m["transactions"] = txs
	m["uncles"] = []common.Hash{}
	if b.Withdrawals() != nil {
		m["withdrawals"] = b.Withdrawals()
	}
	return m, nil
}

// jsonFields is v's JSON object, field by field.
func jsonFields(v any) (map[string]any, error) {
	enc, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(enc, &raw); err != nil {
		return nil, err
	}
	m := make(map[string]any, len(raw)+4)
	for k, v := range raw {
		m[k] = v
	}
	return m, nil
}

// tx is tx as go-ethereum's RPC gives it, in block h at index i (h nil:
// not yet in a block).
func (a *ethAPI) tx(tx *types.Transaction, h *types.Header, i int) (map[string]any, error) {
	m, err := jsonFields(tx)
	if err != nil {
		return nil, err
	}
	from, err := types.Sender(types.LatestSigner(a.r.Seq.Chain.BC.Config()), tx)
	if err != nil {
		return nil, err
	}
	m["from"] = from
	m["blockHash"], m["blockNumber"], m["transactionIndex"] = nil, nil, nil
	if h != nil {
		m["blockHash"] = h.Hash()
		m["blockNumber"] = (*hexutil.Big)(h.Number)
		m["transactionIndex"] = hexutil.Uint64(i)
		if h.BaseFee != nil && tx.Type() != types.LegacyTxType {
			m["gasPrice"] = (*hexutil.Big)(effectivePrice(tx, h.BaseFee))
		}
	}
	return m, nil
}

func effectivePrice(tx *types.Transaction, base *big.Int) *big.Int {
	p := new(big.Int).Add(base, tx.GasTipCap())
	if p.Cmp(tx.GasFeeCap()) > 0 {
		p.Set(tx.GasFeeCap())
	}
	return p
}

// GetTransactionByHash finds a transaction in the chain, or among those
// accepted and not yet in a block (with a null block hash).
func (a *ethAPI) GetTransactionByHash(hash common.Hash) (map[string]any, error) {
	if p, ok := a.r.place(hash); ok {
		b := a.r.Seq.Chain.BC.GetBlockByHash(p.block)
		return a.tx(b.Transactions()[p.index], b.Header(), p.index)
	}
	if tx := a.r.acceptedTx(hash); tx != nil {
		return a.tx(tx, nil, 0)
	}
	return nil, nil
}

// GetTransactionReceipt is the receipt of a transaction in the chain (null
// until its block is built).
func (a *ethAPI) GetTransactionReceipt(hash common.Hash) (map[string]any, error) {
	p, ok := a.r.place(hash)
	if !ok {
		return nil, nil
	}
	bc := a.r.Seq.Chain.BC
	rs := bc.GetReceiptsByHash(p.block)
	b := bc.GetBlockByHash(p.block)
	if b == nil || p.index >= len(rs) {
		return nil, fmt.Errorf("receipts of block %s: not found", p.block)
	}
	tx := b.Transactions()[p.index]
	m, err := jsonFields(rs[p.index])
	if err != nil {
		return nil, err
	}
	from, err := types.Sender(types.LatestSigner(bc.Config()), tx)
	if err != nil {
		return nil, err
	}
	m["from"], m["to"] = from, tx.To()
	if tx.To() != nil {
		m["contractAddress"] = nil
	}
	return m, nil
}

// GetLogs is the logs of the blocks asked for (at most maxLogRange) that
// match the addresses and topics.
func (a *ethAPI) GetLogs(ctx context.Context, q filters.FilterCriteria) ([]*types.Log, error) {
	bc := a.r.Seq.Chain.BC
	var blocks []*types.Header
	if q.BlockHash != nil {
		h := bc.GetHeaderByHash(*q.BlockHash)
		if h == nil {
			return nil, fmt.Errorf("block %s not found", *q.BlockHash)
		}
		blocks = []*types.Header{h}
	} else {
		head := bc.CurrentBlock().Number.Uint64()
		bound := func(b *big.Int, def uint64) (uint64, error) {
			if b == nil {
				return def, nil
			}
			if b.Sign() < 0 { // a tag
				if rpc.BlockNumber(b.Int64()) == rpc.EarliestBlockNumber {
					return 0, nil
				}
				return head, nil
			}
			if !b.IsUint64() {
				return 0, fmt.Errorf("block %s out of range", b)
			}
			return b.Uint64(), nil
		}
		from, err := bound(q.FromBlock, head)
		if err != nil {
			return nil, err
		}
		to, err := bound(q.ToBlock, head)
		if err != nil {
			return nil, err
		}
		// A range past the head is cut at the head; one that starts after
		// it has no logs (not the head's).
		to = min(to, head)
		if from > to {
			return []*types.Log{}, nil
		}
		if to-from >= maxLogRange {
			return nil, fmt.Errorf("block range %d…%d: more than %d blocks, ask for less", from, to, maxLogRange)
		}
		for n := from; n <= to; n++ {
			blocks = append(blocks, bc.GetHeaderByNumber(n))
		}
	}
	logs := []*types.Log{}
	for _, h := range blocks {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if h == nil {
			continue
		}
		for _, r := range bc.GetReceiptsByHash(h.Hash()) {
			for _, l := range r.Logs {
				if matches(l, q.Addresses, q.Topics) {
					logs = append(logs, l)
				}
			}
		}
	}
	return logs, nil
}

// matches is eth_getLogs' filter: l's address among addrs (any if none),
// and each topic position matching one of its alternatives (any if none).
func matches(l *types.Log, addrs []common.Address, topics [][]common.Hash) bool {
	if len(addrs) > 0 && !slices.Contains(addrs, l.Address) {
		return false
	}
	if len(topics) > len(l.Topics) {
		return false
	}
	for i, alts := range topics {
		if len(alts) > 0 && !slices.Contains(alts, l.Topics[i]) {
			return false
		}
	}
	return true
}

// accountResult and storageResult are eth_getProof's result, as
// go-ethereum's ethapi gives it.
type accountResult struct {
	Address      common.Address  `json:"address"`
	AccountProof []string        `json:"accountProof"`
	Balance      *hexutil.Big    `json:"balance"`
	CodeHash     common.Hash     `json:"codeHash"`
	Nonce        hexutil.Uint64  `json:"nonce"`
	StorageHash  common.Hash     `json:"storageHash"`
	StorageProof []storageResult `json:"storageProof"`
}

type storageResult struct {
	Key   string       `json:"key"`
	Value *hexutil.Big `json:"value"`
	Proof []string     `json:"proof"`
}

// GetProof is the Merkle-Patricia proof of the account in the state trie
// of the block and of each storage key in its storage trie: the trie nodes
// on each path, root first.
func (a *ethAPI) GetProof(addr common.Address, keys []string, bnh rpc.BlockNumberOrHash) (*accountResult, error) {
	h, err := a.r.header(bnh)
	if err != nil {
		return nil, err
	}
	db := a.r.Seq.Chain.BC.TrieDB()
	tr, err := trie.NewStateTrie(trie.StateTrieID(h.Root), db)
	if err != nil {
		return nil, fmt.Errorf("state of block %d: %w", h.Number, err)
	}
	acc, err := tr.GetAccount(addr)
	if err != nil {
		return nil, fmt.Errorf("account %s: %w", addr, err)
	}
	res := &accountResult{Address: addr, Balance: new(hexutil.Big), CodeHash: types.EmptyCodeHash, StorageHash: types.EmptyRootHash, StorageProof: []storageResult{}}
	if acc != nil {
		res.Balance = (*hexutil.Big)(acc.Balance.ToBig())
		res.CodeHash = common.BytesToHash(acc.CodeHash)
		res.Nonce = hexutil.Uint64(acc.Nonce)
		res.StorageHash = acc.Root
	}
	var ap proofList
	if err := tr.Prove(crypto.Keccak256(addr[:]), &ap); err != nil {
		return nil, fmt.Errorf("account %s: proof: %w", addr, err)
	}
	res.AccountProof = ap
	var st *trie.StateTrie
	if res.StorageHash != types.EmptyRootHash {
		id := trie.StorageTrieID(h.Root, crypto.Keccak256Hash(addr[:]), res.StorageHash)
		if st, err = trie.NewStateTrie(id, db); err != nil {
			return nil, fmt.Errorf("storage of %s: %w", addr, err)
		}
	}
	for _, k := range keys {
		key, err := storageKey(k)
		if err != nil {
			return nil, err
		}
		sr := storageResult{Key: k, Value: new(hexutil.Big), Proof: []string{}}
		if st != nil {
			enc, err := st.GetStorage(addr, key[:])
			if err != nil {
				return nil, fmt.Errorf("storage of %s at %s: %w", addr, key, err)
			}
			sr.Value = (*hexutil.Big)(new(big.Int).SetBytes(enc))
			var sp proofList
			if err := st.Prove(crypto.Keccak256(key[:]), &sp); err != nil {
				return nil, fmt.Errorf("storage of %s at %s: proof: %w", addr, key, err)
			}
			sr.Proof = sp
		}
		res.StorageProof = append(res.StorageProof, sr)
	}
	return res, nil
}

// proofList collects a proof's nodes as hex, in order.
type proofList []string

func (l *proofList) Put(_ []byte, value []byte) error {
	*l = append(*l, hexutil.Encode(value))
	return nil
}

func (l *proofList) Delete([]byte) error { return nil }

// callArgs are eth_call's and eth_estimateGas's transaction.
type callArgs struct {
	From                 *common.Address   `json:"from"`
	To                   *common.Address   `json:"to"`
	Gas                  *hexutil.Uint64   `json:"gas"`
	GasPrice             *hexutil.Big      `json:"gasPrice"`
	MaxFeePerGas         *hexutil.Big      `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *hexutil.Big      `json:"maxPriorityFeePerGas"`
	Value                *hexutil.Big      `json:"value"`
	Nonce                *hexutil.Uint64   `json:"nonce"`
	Data                 *hexutil.Bytes    `json:"data"`
	Input                *hexutil.Bytes    `json:"input"`
	AccessList           *types.AccessList `json:"accessList"`
	ChainID              *hexutil.Big      `json:"chainId"`
}

// message is args as a message of gas gas on a block with base fee base.
// Without a fee, the gas is free (and the base fee not checked), as in
// go-ethereum's eth_call.
func (c *callArgs) message(gas uint64, base *big.Int) (*core.Message, bool, error) {
	if c.Data != nil && c.Input != nil && !slices.Equal(*c.Data, *c.Input) {
		return nil, false, errors.New(`both "data" and "input" are set and differ`)
	}
	if c.GasPrice != nil && (c.MaxFeePerGas != nil || c.MaxPriorityFeePerGas != nil) {
		return nil, false, errors.New("both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified")
	}
	u := func(b *hexutil.Big) (*uint256.Int, error) {
		if b == nil {
			return new(uint256.Int), nil
		}
		v, overflow := uint256.FromBig((*big.Int)(b))
		if overflow || (*big.Int)(b).Sign() < 0 {
			return nil, fmt.Errorf("%s out of range", (*big.Int)(b))
		}
		return v, nil
	}
	msg := &core.Message{To: c.To, GasLimit: gas}
	if c.From != nil {
		msg.From = *c.From
	}
	if c.Nonce != nil {
		msg.Nonce = uint64(*c.Nonce)
	}
	var err error
	if msg.Value, err = u(c.Value); err != nil {
		return nil, false, fmt.Errorf("value: %w", err)
	}
	switch {
	case c.Input != nil:
		msg.Data = *c.Input
	case c.Data != nil:
		msg.Data = *c.Data
	}
	if c.AccessList != nil {
		msg.AccessList = *c.AccessList
	}
	free := c.GasPrice == nil && c.MaxFeePerGas == nil && c.MaxPriorityFeePerGas == nil
	switch {
	case free:
		msg.GasPrice, msg.GasFeeCap, msg.GasTipCap = new(uint256.Int), new(uint256.Int), new(uint256.Int)
	case c.GasPrice != nil:
		if msg.GasPrice, err = u(c.GasPrice); err != nil {
			return nil, false, fmt.Errorf("gasPrice: %w", err)
		}
		msg.GasFeeCap, msg.GasTipCap = msg.GasPrice, msg.GasPrice
	default:
		if msg.GasFeeCap, err = u(c.MaxFeePerGas); err != nil {
			return nil, false, fmt.Errorf("maxFeePerGas: %w", err)
		}
		if msg.GasTipCap, err = u(c.MaxPriorityFeePerGas); err != nil {
			return nil, false, fmt.Errorf("maxPriorityFeePerGas: %w", err)
		}
		if c.MaxFeePerGas == nil {
			msg.GasFeeCap = msg.GasTipCap
		}
		p := new(big.Int).Add(base, msg.GasTipCap.ToBig())
		if p.Cmp(msg.GasFeeCap.ToBig()) > 0 {
			p = msg.GasFeeCap.ToBig()
		}
		msg.GasPrice, _ = uint256.FromBig(p)
	}
	msg.SkipNonceCheck()
	return msg, free, nil
}

// apply runs args with gas on the state after block h, with the
// inference precompile as the sequencer runs it.
func (a *ethAPI) apply(ctx context.Context, args callArgs, h *types.Header, gas uint64) (*core.ExecutionResult, error) {
	st, err := a.r.stateOf(h)
	if err != nil {
		return nil, err
	}
	return a.applyOn(ctx, args, h, st, gas)
}

func (a *ethAPI) applyOn(ctx context.Context, args callArgs, h *types.Header, st *state.StateDB, gas uint64) (*core.ExecutionResult, error) {
	bc := a.r.Seq.Chain.BC
	msg, free, err := args.message(gas, h.BaseFee)
	if err != nil {
		return nil, err
	}
	timeout := a.r.CallTimeout
	if timeout == 0 {
		timeout = 5 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	evm := vm.NewEVM(core.NewEVMBlockContext(h, bc, nil), st, bc.Config(), vm.Config{NoBaseFee: free})
	go func() {
		<-ctx.Done()
		evm.Cancel()
	}()
	var res *core.ExecutionResult
	err = a.r.Seq.Inferences.executing(a.r.Seq.Lie, func() (err error) {
		res, err = core.ApplyMessage(evm, msg, core.NewGasPool(math.MaxUint64))
		return err
	})
	if evm.Cancelled() {
		return nil, fmt.Errorf("execution aborted (timeout %v)", timeout)
	}
	if err != nil {
		return nil, err
	}
	return res, nil
}

// revertError is a reverted execution: JSON-RPC error 3 with the revert
// data, as go-ethereum gives it (ethclient and bind decode the reason).
type revertError struct {
	msg  string
	data string
}

func (e *revertError) Error() string  { return e.msg }
func (e *revertError) ErrorCode() int { return 3 }
func (e *revertError) ErrorData() any { return e.data }

func newRevertError(ret []byte) error {
	msg := vm.ErrExecutionReverted.Error()
	if reason, err := abi.UnpackRevert(ret); err == nil {
		msg += ": " + reason
	}
	return &revertError{msg: msg, data: hexutil.Encode(ret)}
}

// Call runs the message on the block's state and returns its output.
func (a *ethAPI) Call(ctx context.Context, args callArgs, bnh *rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	at := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	if bnh != nil {
		at = *bnh
	}
	h, err := a.r.header(at)
	if err != nil {
		return nil, err
	}
	gas := h.GasLimit
	if args.Gas != nil {
		gas = min(uint64(*args.Gas), gas)
	}
	res, err := a.apply(ctx, args, h, gas)
	if err != nil {
		return nil, err
	}
	if errors.Is(res.Err, vm.ErrExecutionReverted) {
		return nil, newRevertError(res.Revert())
	}
	if res.Err != nil {
		return nil, fmt.Errorf("execution failed: %w", res.Err)
	}
	return res.Return(), nil
}

// EstimateGas is the least gas with which the message succeeds on the
// block's state (a binary search between the gas it used and the block's
// gas limit, or the most the sender can pay for).
func (a *ethAPI) EstimateGas(ctx context.Context, args callArgs, bnh *rpc.BlockNumberOrHash) (hexutil.Uint64, error) {
	at := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	if bnh != nil {
		at = *bnh
	}
	h, err := a.r.header(at)
	if err != nil {
		return 0, err
	}
	st, err := a.r.stateOf(h)
	if err != nil {
		return 0, err
	}
	hi := h.GasLimit
	if args.Gas != nil && uint64(*args.Gas) >= params.TxGas {
		hi = min(hi, uint64(*args.Gas))
	}
	// With a fee, the sender must pay for all the gas.
	var feeCap *big.Int
	switch {
	case args.GasPrice != nil:
		feeCap = args.GasPrice.ToInt()
	case args.MaxFeePerGas != nil:
		feeCap = args.MaxFeePerGas.ToInt()
	}
	if feeCap != nil && feeCap.Sign() > 0 && args.From != nil {
		avail := st.GetBalance(*args.From).ToBig()
		if args.Value != nil {
			if args.Value.ToInt().Cmp(avail) > 0 {
				return 0, core.ErrInsufficientFundsForTransfer
			}
			avail.Sub(avail, args.Value.ToInt())
		}
		if allow := new(big.Int).Quo(avail, feeCap); allow.IsUint64() && allow.Uint64() < hi {
			hi = allow.Uint64()
		}
	}
	run := func(gas uint64) (*core.ExecutionResult, error) {
		return a.applyOn(ctx, args, h, st.Copy(), gas)
	}
	res, err := run(hi)
	if err != nil {
		return 0, err
	}
	if res.Failed() {
		if errors.Is(res.Err, vm.ErrExecutionReverted) {
			return 0, newRevertError(res.Revert())
		}
		return 0, fmt.Errorf("gas required exceeds allowance (%d): %w", hi, res.Err)
	}
	// Gas a message needs is at least what it used, refunds aside.
	lo := res.UsedGas - 1
	for lo+1 < hi {
		mid := lo + (hi-lo)/2
		res, err := run(mid)
		if err != nil && !errors.Is(err, core.ErrIntrinsicGas) {
			return 0, err
		}
		if err != nil || res.Failed() {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hexutil.Uint64(hi), nil
}

// SendRawTransaction checks the signed transaction and queues it for the
// sequencer's next block. The errors say what is wrong: chain id,
// signature, nonce (too low, a gap, already queued), fees, gas, funds.
func (a *ethAPI) SendRawTransaction(input hexutil.Bytes) (common.Hash, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(input); err != nil {
		return common.Hash{}, fmt.Errorf("invalid transaction encoding: %w", err)
	}
	if err := a.r.submit(tx); err != nil {
		return common.Hash{}, err
	}
	return tx.Hash(), nil
}

// feeHistory is eth_feeHistory's result.
type feeHistory struct {
	OldestBlock  *hexutil.Big     `json:"oldestBlock"`
	Reward       [][]*hexutil.Big `json:"reward,omitempty"`
	BaseFee      []*hexutil.Big   `json:"baseFeePerGas,omitempty"`
	GasUsedRatio []float64        `json:"gasUsedRatio"`
}

// FeeHistory is the base fees and gas used ratios of up to count blocks
// ending at last, the base fee of the block after them, and with
// percentiles the effective tips at each percentile of each block's gas.
func (a *ethAPI) FeeHistory(count gmath.HexOrDecimal64, last rpc.BlockNumber, percentiles []float64) (*feeHistory, error) {
	if count == 0 {
		return &feeHistory{OldestBlock: (*hexutil.Big)(new(big.Int)), GasUsedRatio: []float64{}}, nil
	}
	if count > 1024 {
		count = 1024
	}
	if len(percentiles) > maxRewardPercentiles {
		return nil, fmt.Errorf("%d reward percentiles: at most %d", len(percentiles), maxRewardPercentiles)
	}
	for i, p := range percentiles {
		if p < 0 || p > 100 || (i > 0 && p < percentiles[i-1]) {
			return nil, fmt.Errorf("invalid reward percentiles %v: want increasing values in [0, 100]", percentiles)
		}
	}
	end, err := a.r.headerByNumber(last)
	if err != nil {
		return nil, err
	}
	first := uint64(0)
	if n := end.Number.Uint64(); n+1 > uint64(count) {
		first = n + 1 - uint64(count)
	}
	bc := a.r.Seq.Chain.BC
	res := &feeHistory{OldestBlock: (*hexutil.Big)(new(big.Int).SetUint64(first)), GasUsedRatio: []float64{}}
	for n := first; n <= end.Number.Uint64(); n++ {
		b := bc.GetBlockByNumber(n)
		if b == nil {
			return nil, fmt.Errorf("block %d not found", n)
		}
		base := b.BaseFee()
		if base == nil {
			base = new(big.Int)
		}
		res.BaseFee = append(res.BaseFee, (*hexutil.Big)(base))
		res.GasUsedRatio = append(res.GasUsedRatio, float64(b.GasUsed())/float64(b.GasLimit()))
		if len(percentiles) > 0 {
			res.Reward = append(res.Reward, rewards(b, bc.GetReceiptsByHash(b.Hash()), base, percentiles))
		}
	}
	res.BaseFee = append(res.BaseFee, (*hexutil.Big)(eip1559.CalcBaseFee(bc.Config(), end)))
	return res, nil
}

// rewards are the effective tips of b's transactions at each percentile
// of the block's gas used (zero for an empty block).
func rewards(b *types.Block, rs types.Receipts, base *big.Int, percentiles []float64) []*hexutil.Big {
	out := make([]*hexutil.Big, len(percentiles))
	type txTip struct {
		tip *big.Int
		gas uint64
	}
	var tips []txTip
	for i, tx := range b.Transactions() {
		tip, _ := tx.EffectiveGasTip(base)
		if tip == nil {
			tip = new(big.Int)
		}
		gas := uint64(0)
		if i < len(rs) {
			gas = rs[i].GasUsed
		}
		tips = append(tips, txTip{tip, gas})
	}
	slices.SortStableFunc(tips, func(x, y txTip) int { return x.tip.Cmp(y.tip) })
	for i, p := range percentiles {
		if len(tips) == 0 {
			out[i] = (*hexutil.Big)(new(big.Int))
			continue
		}
		threshold := uint64(float64(b.GasUsed()) * p / 100)
		sum, j := tips[0].gas, 0
		for sum < threshold && j < len(tips)-1 {
			j++
			sum += tips[j].gas
		}
		out[i] = (*hexutil.Big)(tips[j].tip)
	}
	return out
}

// netAPI is the "net" namespace.
type netAPI struct{ r *RPC }

func (n *netAPI) Version() string { return n.r.Seq.Chain.BC.Config().ChainID.String() }

func (n *netAPI) Listening() bool { return true }

// web3API is the "web3" namespace.
type web3API struct{}

func (web3API) ClientVersion() string { return "axonum-rollup-sequencer" }
