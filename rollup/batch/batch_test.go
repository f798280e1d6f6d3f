package batch

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/rollup"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
)

const l2ChainID = 902

func l2Key() *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("batch test key")))
	if err != nil {
		panic(err)
	}
	return k
}

func transfer(t testing.TB, key *ecdsa.PrivateKey, config *params.ChainConfig, nonce uint64) *types.Transaction {
	t.Helper()
	return types.MustSignNewTx(key, types.LatestSigner(config), &types.DynamicFeeTx{
		ChainID: config.ChainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 21000, To: &common.Address{0xee}, Value: big.NewInt(1e12),
	})
}

// newL2 is a small L2 chain: its genesis and blocks of txsPerBlock
// transfers each.
func newL2(t testing.TB, blocks, txsPerBlock int) (*core.Genesis, []*types.Block) {
	t.Helper()
	config := rollup.ChainConfig(l2ChainID)
	key := l2Key()
	alloc := core.SystemContractAllocs()
	alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	genesis := &core.Genesis{Config: config, GasLimit: 30_000_000, Alloc: alloc, BaseFee: big.NewInt(params.InitialBaseFee)}
	nonce := uint64(0)
	_, bs, _ := core.GenerateChainWithGenesis(genesis, beacon.New(ethash.NewFaker()), blocks, func(i int, b *core.BlockGen) {
		for range txsPerBlock {
			b.AddTx(transfer(t, key, config, nonce))
			nonce++
		}
	})
	return genesis, bs
}

type l1 struct {
	net  *devnet.Devnet
	keys []*ecdsa.PrivateKey
	s    *onchain.Sender // the sequencer's
}

func newL1(t testing.TB) *l1 {
	t.Helper()
	keys := devnet.DevKeys(2)
	net, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { net.Close() })
	return &l1{net: net, keys: keys, s: sender(t, net, keys[0])}
}

func sender(t testing.TB, net *devnet.Devnet, key *ecdsa.PrivateKey) *onchain.Sender {
	t.Helper()
	s, err := onchain.NewSender(context.Background(), net.Client(), key, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll = 10 * time.Millisecond
	return s
}

// inbox deploys a BatchInbox whose sequencer is the first key and connects
// to it as the sequencer.
func (l *l1) inbox(t testing.TB) *Inbox {
	t.Helper()
	ctx := context.Background()
	addr, r, err := Deploy(ctx, l.s, l.s.Address())
	if err != nil {
		t.Fatal(err)
	}
	in, err := Connect(ctx, l.net.Client(), addr, r.BlockNumber.Uint64(), l.s)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func mustBatch(t testing.TB, b *types.Block) *Batch {
	t.Helper()
	bt, err := New(b)
	if err != nil {
		t.Fatal(err)
	}
	return bt
}

func mustEncode(t testing.TB, v any) []byte {
	t.Helper()
	enc, err := rlp.EncodeToBytes(v)
	if err != nil {
		t.Fatal(err)
	}
	return enc
}

// TestDecodeMalformed: bytes that are not a batch are ErrMalformed, with
// no panic; a good batch decodes to what was encoded, and so does one
// whose attributes hold an undecodable transaction (the rule drops it).
func TestDecodeMalformed(t *testing.T) {
	_, blocks := newL2(t, 1, 2)
	good := mustBatch(t, blocks[0])
	enc, err := good.Encode()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Decode(enc)
	if err != nil {
		t.Fatal(err)
	}
	a, err := rollup.DecodeAttributes(b.Attributes)
	if err != nil {
		t.Fatal(err)
	}
	txs, err := a.DecodeTransactions()
	if err != nil {
		t.Fatal(err)
	}
	if b.Number != 1 || b.ParentHash != blocks[0].ParentHash() || len(txs) != 2 || txs[1].Hash() != blocks[0].Transactions()[1].Hash() || a.Timestamp != blocks[0].Time() {
		t.Fatalf("decoded %+v, %d transactions", b, len(txs))
	}
	attrs, err := rollup.AttributesOf(blocks[0])
	if err != nil {
		t.Fatal(err)
	}
	badTx := *attrs
	badTx.Transactions = [][]byte{{0x02, 0xc0}} // a dynamic-fee transaction with an empty body
	cases := map[string][]byte{
		"empty":          nil,
		"not RLP":        {0xff, 0x01},
		"trailing bytes": append(bytes.Clone(enc), 0x80),
		"truncated":      enc[:len(enc)-1],
		"attributes not a list": mustEncode(t, &Batch{Number: 1, ParentHash: b.ParentHash,
			Attributes: mustEncode(t, []byte("attributes"))}),
		"too large": make([]byte, MaxBytes+1),
	}
	if _, err := Decode(mustEncode(t, &Batch{Number: 1, ParentHash: b.ParentHash, Attributes: mustEncode(t, &badTx)})); err != nil {
		t.Errorf("a batch with an undecodable transaction: %v", err)
	}
	for name, enc := range cases {
		if _, err := Decode(enc); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: %v, want ErrMalformed", name, err)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
}

// TestInboxRoundTrip: batches posted come back byte for byte, in order,
// with the commitment the contract recorded.
func TestInboxRoundTrip(t *testing.T) {
	_, blocks := newL2(t, 2, 3)
	l := newL1(t)
	in := l.inbox(t)
	ctx := context.Background()
	for _, blk := range blocks {
		if _, err := in.Post(ctx, mustBatch(t, blk), 0); err != nil {
			t.Fatal(err)
		}
	}
	if next, err := in.Next(ctx); err != nil || next != 3 {
		t.Fatalf("next %d, %v; want 3", next, err)
	}
	for _, blk := range blocks {
		want, _ := mustBatch(t, blk).Encode()
		got, err := in.Raw(ctx, blk.NumberU64())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("block %d: read back %x, posted %x", blk.NumberU64(), got, want)
		}
		c, err := in.Commitment(ctx, blk.NumberU64())
		if err != nil || c != crypto.Keccak256Hash(want) {
			t.Fatalf("block %d: commitment %s (%v), want keccak256 of the batch", blk.NumberU64(), c, err)
		}
	}
}

// lyingL1 changes the batch in the posting transactions' calldata, as a
// faulty or malicious RPC endpoint could.
type lyingL1 struct{ *ethclient.Client }

func (l lyingL1) TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	tx, pending, err := l.Client.TransactionByHash(ctx, hash)
	if err != nil {
		return tx, pending, err
	}
	args, err := inboxABI.GetABI().Methods["post"].Inputs.Unpack(tx.Data()[4:])
	if err != nil {
		return nil, false, err
	}
	enc := bytes.Clone(args[2].([]byte))
	enc[len(enc)-1] ^= 1
	return types.NewTx(&types.DynamicFeeTx{ChainID: tx.ChainId(), Nonce: tx.Nonce(), Gas: tx.Gas(), To: tx.To(),
		Data: inboxABI.PackPost(args[0].(uint64), args[1].(uint64), enc)}), pending, nil
}

// TestInboxBadInputs: the contract refuses posts out of order, empty or
// from another account, a malformed batch and a batch naming another block;
// a reader refuses a block not posted and a batch that does not match its
// commitment, each with its error; derivation stops at such a batch with
// the chain unchanged.
func TestInboxBadInputs(t *testing.T) {
	genesis, blocks := newL2(t, 2, 1)
	l := newL1(t)
	ctx := context.Background()
	b1, b2 := mustBatch(t, blocks[0]), mustBatch(t, blocks[1])
	enc1, _ := b1.Encode()
	enc2, _ := b2.Encode()

	in := l.inbox(t)
	if _, err := in.Read(ctx, 1); !errors.Is(err, ErrNotPosted) {
		t.Errorf("read before any post: %v, want ErrNotPosted", err)
	}
	if _, err := in.PostRaw(ctx, 2, 0, enc2); !strings.Contains(onchain.RevertReason(err), "OutOfOrder(2, 1)") {
		t.Errorf("post of block 2 first: %v, want a revert OutOfOrder(2, 1)", err)
	}
	if _, err := in.PostRaw(ctx, 1, 0, nil); !strings.Contains(onchain.RevertReason(err), "EmptyBatch") {
		t.Errorf("empty post: %v, want a revert EmptyBatch", err)
	}
	other := sender(t, l.net, l.keys[1])
	if _, err := Connect(ctx, l.net.Client(), in.Address(), 0, other); err == nil || !strings.Contains(err.Error(), "its sequencer is") {
		t.Errorf("connect as another account: %v", err)
	}
	to := in.Address()
	if _, err := other.Send(ctx, "post", &to, inboxABI.PackPost(1, 0, enc1), nil); !strings.Contains(onchain.RevertReason(err), "NotSequencer") {
		t.Errorf("post from another account: %v, want a revert NotSequencer", err)
	}

	// A batch that does not match its commitment (the RPC lies about
	// the calldata).
	if _, err := in.PostRaw(ctx, 1, 0, enc1); err != nil {
		t.Fatal(err)
	}
	liar, err := Connect(ctx, lyingL1{l.net.Client()}, in.Address(), 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := liar.Read(ctx, 1); !errors.Is(err, ErrCommitment) {
		t.Errorf("altered calldata: %v, want ErrCommitment", err)
	} else {
		t.Log(err)
	}
	d, err := NewChain(genesis)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if n, err := d.Sync(ctx, liar); n != 0 || !errors.Is(err, ErrCommitment) || d.Head().Number.Uint64() != 0 {
		t.Errorf("derive through the lying RPC: %d blocks, %v, head %d", n, err, d.Head().Number)
	}

	// A malformed batch, then a batch naming another block: the inbox
	// refuses each (BadBatch: derivation could not read it), so L1 never
	// holds one, and the Go client says so (ErrMalformed).
	in = l.inbox(t)
	if _, err := in.PostRaw(ctx, 1, 0, enc1); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		enc  []byte
		want string
	}{
		// (ending in the zero deposit hash, which the inbox used to check
		// alone)
		"malformed":     {append([]byte("not a batch\xa0"), make([]byte, 32)...), "BadBatch(not a list)"},
		"another block": {enc1, "BadBatch(another block number)"},
	} {
		_, err := in.PostRaw(ctx, 2, 0, c.enc)
		if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want ErrMalformed (%q)", name, err, c.want)
		}
	}
	if n, err := in.Next(ctx); err != nil || n != 2 {
		t.Errorf("next %d, %v after the refused posts; want 2", n, err)
	}
	bad := *b2
	bad.Attributes = mustEncode(t, []any{uint64(1)})
	if _, err := in.Post(ctx, &bad, 0); !errors.Is(err, ErrMalformed) {
		t.Errorf("Post of undecodable attributes: %v, want ErrMalformed before sending", err)
	}
}

// TestApplyBadBatches: a batch for a later block (a gap) is refused with
// its error and leaves the derived chain as it was; a batch naming another
// parent builds the sequencer's block all the same (the parent field is
// not an input: the block goes on the head); a batch whose attributes are invalid (a timestamp not after the
// parent's, a gas-limit jump, extra data over 32 bytes, attributes that do
// not decode) builds the fallback block; one with a transaction that
// cannot be applied builds the block without it. The right batches then
// apply and build the sequencer's blocks.
func TestApplyBadBatches(t *testing.T) {
	genesis, blocks := newL2(t, 2, 2)
	d, err := NewChain(genesis)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	b1 := mustBatch(t, blocks[0])
	attrs, err := rollup.AttributesOf(blocks[0])
	if err != nil {
		t.Fatal(err)
	}
	withAttrs := func(change func(a *rollup.Attributes)) *Batch {
		a := *attrs
		a.Transactions = append([][]byte(nil), attrs.Transactions...)
		change(&a)
		enc, err := a.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return &Batch{Number: 1, ParentHash: b1.ParentHash, Attributes: enc}
	}
	wrongParent := *b1
	wrongParent.ParentHash[0] ^= 1
	for _, c := range []struct {
		name string
		b    *Batch
		want error
	}{
		{"gap", mustBatch(t, blocks[1]), ErrGap},
	} {
		if _, err := d.Apply(c.b); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		} else {
			t.Logf("%s: %v", c.name, err)
		}
		if h := d.Head(); h.Number.Uint64() != 0 {
			t.Fatalf("%s: the head moved to %d", c.name, h.Number)
		}
	}
	if got, err := d.Build(&wrongParent); err != nil || got.Invalid != nil || got.Block.Hash() != blocks[0].Hash() {
		t.Fatalf("a batch naming parent %s: %v; want the sequencer's block %s on the head", wrongParent.ParentHash, err, blocks[0].Hash())
	}
	parent := genesis.ToBlock().Header()
	for _, c := range []struct {
		name     string
		b        *Batch
		fallback bool
	}{
		{"timestamp not after the parent's", withAttrs(func(a *rollup.Attributes) { a.Timestamp = 0 }), true},
		{"gas limit jump", withAttrs(func(a *rollup.Attributes) { a.GasLimit *= 2 }), true},
		{"extra data over 32 bytes", withAttrs(func(a *rollup.Attributes) { a.Extra = make([]byte, 33) }), true},
		{"attributes that do not decode", &Batch{Number: 1, ParentHash: b1.ParentHash, Attributes: []byte{0xc1, 0xff}}, true},
		{"a transaction with a future nonce", withAttrs(func(a *rollup.Attributes) {
			enc, _ := transfer(t, l2Key(), genesis.Config, 7).MarshalBinary()
			a.Transactions = append(a.Transactions, enc)
		}), false},
	} {
		got, err := d.Build(c.b)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		blk := got.Block
		if c.fallback {
			if got.Invalid == nil || blk.Time() != parent.Time+1 || blk.GasLimit() != parent.GasLimit || len(blk.Transactions()) != 0 || len(blk.Extra()) != 0 {
				t.Errorf("%s: invalid %v, block time %d gas limit %d, %d transactions; want the fallback block", c.name, got.Invalid, blk.Time(), blk.GasLimit(), len(blk.Transactions()))
			}
		} else if got.Invalid != nil || blk.Hash() != blocks[0].Hash() || len(got.Dropped) != 1 || got.Dropped[0].Index != 2 || !errors.Is(got.Dropped[0].Reason, core.ErrNonceTooHigh) {
			t.Errorf("%s: invalid %v, dropped %+v, block %s; want the sequencer's block %s, transaction 2 dropped", c.name, got.Invalid, got.Dropped, blk.Hash(), blocks[0].Hash())
		}
		t.Logf("%s: invalid %v, dropped %+v", c.name, got.Invalid, got.Dropped)
	}
	// The fallback block is a block like any: derivation inserts it.
	fb, err := d.Apply(withAttrs(func(a *rollup.Attributes) { a.Timestamp = 0 }))
	if err != nil || d.Head().Hash() != fb.Hash() {
		t.Fatalf("the fallback block: %v", err)
	}

	d2, err := NewChain(genesis)
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Close()
	for _, blk := range blocks {
		got, err := d2.Apply(mustBatch(t, blk))
		if err != nil {
			t.Fatal(err)
		}
		if got.Hash() != blk.Hash() || d2.Head().Hash() != blk.Hash() {
			t.Fatalf("block %d: derived %s, the sequencer's %s", blk.NumberU64(), got.Hash(), blk.Hash())
		}
	}
}

// TestNewChainRefusesOtherConfig: a genesis whose configuration is not the
// rollup's (the block program's) is refused.
func TestNewChainRefusesOtherConfig(t *testing.T) {
	genesis, _ := newL2(t, 0, 0)
	g := *genesis
	cfg := *genesis.Config
	cfg.OsakaTime = new(uint64)
	g.Config = &cfg
	if _, err := NewChain(&g); err == nil || !strings.Contains(err.Error(), "not the rollup's") {
		t.Fatalf("genesis with Osaka: %v", err)
	}
}
