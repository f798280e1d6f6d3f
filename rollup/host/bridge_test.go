package host

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
)

// newWithdrawalChain is an L2 whose genesis has L2Withdrawals at
// rollup.WithdrawalContract and whose block 1 holds two withdrawals (1 and
// 2 ether, by two users, to two fresh L1 addresses), a transfer, and a
// withdrawal of half an ether to an L1 contract that refuses ETH.
func newWithdrawalChain(t *testing.T) (*testChain, []bridge.Withdrawal) {
	t.Helper()
	config := rollup.ChainConfig(testChainID)
	code, err := bridge.WithdrawalsCode()
	if err != nil {
		t.Fatal(err)
	}
	c := &testChain{config: config, transfers: 1}
	alloc := core.SystemContractAllocs()
	for i := range 3 {
		c.keys = append(c.keys, testKey(i))
		alloc[crypto.PubkeyToAddress(c.keys[i].PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}
	}
	alloc[rollup.WithdrawalContract] = types.Account{Code: code, Balance: new(big.Int)}
	c.genesis = &core.Genesis{Config: config, GasLimit: 30_000_000, Alloc: alloc, BaseFee: big.NewInt(params.InitialBaseFee)}
	signer := types.LatestSigner(config)
	// The third recipient is a contract that refuses ETH: the L1's first
	// contract, the BatchInbox its first key deploys (newOutputL1).
	inbox := crypto.CreateAddress(crypto.PubkeyToAddress(devnet.DevKeys(1)[0].PublicKey), 0)
	recipients := []common.Address{common.HexToAddress("0x00000000000000000000000000000000000000a1"), common.HexToAddress("0x00000000000000000000000000000000000000a2"), inbox}
	_, blocks, _ := core.GenerateChainWithGenesis(c.genesis, beacon.New(ethash.NewFaker()), 1, func(i int, b *core.BlockGen) {
		tx := func(k int, to common.Address, value *big.Int, data []byte) *types.Transaction {
			from := crypto.PubkeyToAddress(c.keys[k].PublicKey)
			return types.MustSignNewTx(c.keys[k], signer, &types.DynamicFeeTx{
				ChainID: config.ChainID, Nonce: b.TxNonce(from), GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
				Gas: 200000, To: &to, Value: value, Data: data,
			})
		}
		b.AddTx(tx(0, rollup.WithdrawalContract, big.NewInt(params.Ether), bridge.InitiateCalldata(recipients[0])))
		b.AddTx(tx(1, rollup.WithdrawalContract, big.NewInt(2*params.Ether), bridge.InitiateCalldata(recipients[1])))
		b.AddTx(tx(2, common.Address{0xee}, big.NewInt(3e15), nil))
		b.AddTx(tx(2, rollup.WithdrawalContract, big.NewInt(params.Ether/2), bridge.InitiateCalldata(recipients[2])))
	})
	bc, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), c.genesis, beacon.New(ethash.NewFaker()), core.DefaultConfig().WithArchive(true))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(bc.Stop)
	if _, err := bc.InsertChain(blocks); err != nil {
		t.Fatal(err)
	}
	c.bc = bc
	var ws []bridge.Withdrawal
	for _, r := range c.receipts(1) {
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("L2 transaction %s failed", r.TxHash)
		}
		for _, l := range r.Logs {
			w, err := bridge.WithdrawalFromLog(l)
			if err != nil {
				t.Fatal(err)
			}
			ws = append(ws, w)
		}
	}
	if len(ws) != 3 || ws[0].Recipient != recipients[0] || ws[1].Value.Cmp(big.NewInt(2*params.Ether)) != 0 || ws[1].Nonce.Uint64() != 1 {
		t.Fatalf("withdrawals %+v", ws)
	}
	return c, ws
}

// committedPrestate is the block program's committed absolute prestate.
func committedPrestate(t *testing.T) common.Hash {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "cmd", "blockprog", "prestate.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return common.HexToHash(strings.TrimSpace(string(raw)))
}

// TestWithdrawalRoundTrip: on the embedded L1, two L2 withdrawals (block
// 1, L2Withdrawals in the genesis) are paid by the L1 Bridge against the
// block's Final output root, on storage proofs from the L2 node. The block
// program re-executes the block natively to the same output root, and
// rejects the liar's (exit 1). The
// Bridge refuses: a withdrawal against the proposal while it is pending; a
// forged withdrawal (the liar's own withdrawal-storage trie) against the
// liar's proposal once it is rejected, and against the honest one; the
// honest proposal with another output preimage; a proof altered, cut or of
// the other withdrawal; a second payment of a paid withdrawal. The
// recipients' L1 balances grow by exactly the withdrawn values.
func TestWithdrawalRoundTrip(t *testing.T) {
	c, ws := newWithdrawalChain(t)
	claim, err := Prepare(BlockChain{c.bc}, testChainID, 1)
	if err != nil {
		t.Fatal(err)
	}
	honest := claim.Output
	if honest.WithdrawalStorageRoot == types.EmptyRootHash {
		t.Fatal("the withdrawal-storage root is empty")
	}
	if res := RunNative(claim.Host(rollup.ClaimedWord(honest.Root(), nil)), nil); res.Code != blockprog.ExitMatch {
		t.Fatalf("the block program natively: exit %d (%v)", res.Code, res.Err)
	}
	proofs := make([][][]byte, len(ws))
	for i, w := range ws {
		if proofs[i], err = bridge.StorageProof(c.bc.TrieDB(), honest.StateRoot, honest.WithdrawalStorageRoot, w.Hash()); err != nil {
			t.Fatal(err)
		}
	}

	if _, err := bridge.StorageProof(c.bc.TrieDB(), honest.StateRoot, honest.WithdrawalStorageRoot, common.Hash{1}); err == nil || !strings.Contains(err.Error(), "is not in the withdrawal storage") {
		t.Fatalf("a proof of a withdrawal never made: %v", err)
	}

	// A liar's output: the withdrawal storage of a made-up withdrawal of
	// 50 ether to the liar.
	thief := common.HexToAddress("0x00000000000000000000000000000000000000bd")
	forged := bridge.Withdrawal{Nonce: big.NewInt(0), Sender: thief, Recipient: thief, Value: new(big.Int).Mul(big.NewInt(50), big.NewInt(params.Ether))}
	ft := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
	slot := bridge.Slot(forged.Hash())
	if err := ft.Update(crypto.Keccak256(slot[:]), []byte{1}); err != nil {
		t.Fatal(err)
	}
	lie := rollup.Output{StateRoot: honest.StateRoot, WithdrawalStorageRoot: ft.Hash(), BlockHash: honest.BlockHash}
	var forgedProof nodeList
	if err := ft.Prove(crypto.Keccak256(slot[:]), &forgedProof); err != nil {
		t.Fatal(err)
	}

	if res := RunNative(claim.Host(rollup.ClaimedWord(lie.Root(), nil)), nil); res.Code != blockprog.ExitMismatch {
		t.Fatalf("the block program natively on the liar's root: exit %d (%v), want %d", res.Code, res.Err, blockprog.ExitMismatch)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	o := newOutputL1(t, ctx, c, committedPrestate(t))
	l1 := o.l1.Client()
	prop, err := output.Connect(ctx, l1, o.oracle, o.proposer)
	if err != nil {
		t.Fatal(err)
	}
	chal, err := output.Connect(ctx, l1, o.oracle, o.challer)
	if err != nil {
		t.Fatal(err)
	}
	fund := new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))
	addr, _, err := bridge.Deploy(ctx, o.sequencer, o.oracle, fund)
	if err != nil {
		t.Fatal(err)
	}
	br, err := bridge.Connect(ctx, l1, addr, o.challer) // anyone may relay
	if err != nil {
		t.Fatal(err)
	}
	if br.Outputs != o.oracle {
		t.Fatalf("bridge reads outputs of %s", br.Outputs)
	}
	refused := func(what, want string, err error) {
		t.Helper()
		if !onchain.IsRevert(err) || !strings.Contains(onchain.RevertReason(err), want) {
			t.Fatalf("%s: %v, want a revert with %q", what, err, want)
		}
		t.Logf("%s: refused (%s)", what, onchain.RevertReason(err))
	}

	honestID, _, err := prop.Propose(ctx, 1, honest.Root(), output.Genesis)
	if err != nil {
		t.Fatal(err)
	}
	lieID, _, err := prop.Propose(ctx, 1, lie.Root(), output.Genesis)
	if err != nil {
		t.Fatal(err)
	}
	_, err = br.FinalizeWithdrawal(ctx, ws[0], honestID, honest, proofs[0])
	refused("before the output is final", "NotFinal", err)
	raw, err := o.inbox.Raw(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	d, _, err := chal.Dispute(ctx, lieID, raw)
	if err != nil {
		t.Fatal(err)
	}
	// The liar never moves in the game: past its clock the challenger wins.
	if err := o.l1.AdjustTime((outputClock + 10) * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := chal.ResolveDispute(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	for _, id := range []uint64{honestID, lieID} {
		if _, err := chal.Settle(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if p, err := prop.Proposal(ctx, lieID); err != nil || p.Status != output.Rejected {
		t.Fatalf("the lie: %+v, %v", p, err)
	}
	if p, err := prop.Proposal(ctx, honestID); err != nil || p.Status != output.Final {
		t.Fatalf("the honest root: %+v, %v", p, err)
	}

	_, err = br.FinalizeWithdrawal(ctx, forged, lieID, lie, forgedProof)
	refused("a forged withdrawal against the rejected root", "NotFinal", err)
	_, err = br.FinalizeWithdrawal(ctx, forged, honestID, honest, forgedProof)
	refused("a forged withdrawal against the final root", "BadProof", err)
	_, err = br.FinalizeWithdrawal(ctx, forged, honestID, lie, forgedProof)
	refused("the final proposal with the lie's preimage", "BadOutputPreimage", err)
	_, err = br.FinalizeWithdrawal(ctx, ws[0], honestID, honest, proofs[1])
	refused("the other withdrawal's proof", "BadProof", err)
	_, err = br.FinalizeWithdrawal(ctx, ws[0], honestID, honest, proofs[0][:len(proofs[0])-1])
	refused("a proof cut short", "BadProof", err)
	altered := append([][]byte{}, proofs[0]...)
	last := append([]byte{}, altered[len(altered)-1]...)
	last[len(last)-1] ^= 1
	altered[len(altered)-1] = last
	_, err = br.FinalizeWithdrawal(ctx, ws[0], honestID, honest, altered)
	refused("a proof altered", "BadProof", err)
	more := ws[0]
	more.Value = new(big.Int).Add(ws[0].Value, big.NewInt(1))
	_, err = br.FinalizeWithdrawal(ctx, more, honestID, honest, proofs[0])
	refused("a withdrawal with one wei more", "BadProof", err)

	if o.inbox.Address() != ws[2].Recipient {
		t.Fatalf("the inbox is at %s, not at the third recipient %s", o.inbox.Address(), ws[2].Recipient)
	}
	_, err = br.FinalizeWithdrawal(ctx, ws[2], honestID, honest, proofs[2])
	refused("a recipient that refuses ETH", "PaymentFailed", err)
	if ok, err := br.Finalized(ctx, ws[2].Hash()); err != nil || ok {
		t.Fatalf("a withdrawal whose payment failed is marked paid (%v)", err)
	}
	for i, w := range ws[:2] {
		before, err := l1.BalanceAt(ctx, w.Recipient, nil)
		if err != nil {
			t.Fatal(err)
		}
		r, err := br.FinalizeWithdrawal(ctx, w, honestID, honest, proofs[i])
		if err != nil {
			t.Fatal(err)
		}
		after, err := l1.BalanceAt(ctx, w.Recipient, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := new(big.Int).Sub(after, before); got.Cmp(w.Value) != 0 {
			t.Fatalf("withdrawal %d: the recipient got %v wei, want %v", i, got, w.Value)
		}
		if ok, err := br.Finalized(ctx, w.Hash()); err != nil || !ok {
			t.Fatalf("withdrawal %d not marked finalized: %v", i, err)
		}
		size := 0
		for _, n := range proofs[i] {
			size += len(n)
		}
		t.Logf("withdrawal %d paid: %d gas (a proof of %d nodes, %d bytes)", i, r.GasUsed, len(proofs[i]), size)
	}
	_, err = br.FinalizeWithdrawal(ctx, ws[0], honestID, honest, proofs[0])
	refused("a second payment", "AlreadyFinalized", err)
	bal, err := l1.BalanceAt(ctx, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Sub(fund, big.NewInt(3*params.Ether)); bal.Cmp(want) != 0 {
		t.Fatalf("the bridge holds %v, want %v", bal, want)
	}
}
