package devnet

import (
	"time"

	"github.com/ethereum/go-ethereum/core"
)

// maxBlocksPerRound bounds how long one round of the miner holds the lock,
// so Commit and AdjustTime get their turn under a steady stream of
// transactions. A round that hits it schedules another.
const maxBlocksPerRound = 16

// startMiner starts mining on demand, the way geth --dev --dev.period 0 does
// it: a subscription to the pool's new-transaction events (from the
// in-process client, the HTTP endpoint and reorgs alike) wakes the miner,
// which seals blocks until no executable transaction is left.
//
// The two goroutines are the point. The pool sends its events from inside
// its reorg loop, and sealing waits for that loop (TxPool.Sync), so the
// goroutine that receives events must never be the one sealing: relay only
// receives and nudges the miner through a one-slot channel, and a burst of
// transactions becomes one wake-up, not one block each.
func (d *Devnet) startMiner() {
	txs := make(chan core.NewTxsEvent, 16)
	d.txs = d.eth.TxPool().SubscribeTransactions(txs, true)
	d.wg.Add(2)
	go d.relay(txs)
	go d.mine()
}

// stopMiner unsubscribes first, so the pool never blocks on a receiver that
// has gone, then stops the miner after its current round.
func (d *Devnet) stopMiner() {
	d.txs.Unsubscribe()
	close(d.quit)
	d.wg.Wait()
}

func (d *Devnet) relay(txs <-chan core.NewTxsEvent) {
	defer d.wg.Done()
	for {
		select {
		case <-txs:
			d.wake()
		case <-d.txs.Err():
			return
		}
	}
}

func (d *Devnet) mine() {
	defer d.wg.Done()
	if d.period > 0 {
		d.mineSlots()
		return
	}
	var tick <-chan time.Time
	if d.blockTime > 0 {
		t := time.NewTicker(d.blockTime)
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case <-d.kick:
			d.mu.Lock()
			if !d.closed {
				d.sealPending()
			}
			d.mu.Unlock()
		case <-tick:
			d.mu.Lock()
			if !d.closed {
				d.sealIdle()
			}
			d.mu.Unlock()
		case <-d.quit:
			return
		}
	}
}

// mineSlots seals one block every period, with what the pool holds or
// empty, until the devnet closes: Config.Period. Kicks from the pool are
// drained and ignored.
func (d *Devnet) mineSlots() {
	t := time.NewTicker(d.period)
	defer t.Stop()
	for {
		select {
		case <-d.kick:
		case <-t.C:
			d.mu.Lock()
			if !d.closed {
				if err := d.eth.TxPool().Sync(); err == nil {
					d.beacon.Commit()
				}
			}
			d.mu.Unlock()
		case <-d.quit:
			return
		}
	}
}

// sealIdle seals an empty block if none came for BlockTime, so that the
// chain's clock moves as on a real chain even when nobody transacts (a
// chess clock cannot run out on a chain whose time stands still). d.mu must
// be held.
func (d *Devnet) sealIdle() {
	head := d.eth.BlockChain().CurrentBlock()
	if time.Since(time.Unix(int64(head.Time), 0)) >= d.blockTime {
		d.beacon.Commit()
	}
}

// wake asks the miner for a round, unless one is already asked for.
func (d *Devnet) wake() {
	select {
	case d.kick <- struct{}{}:
	default:
	}
}

// sealPending seals blocks while the pool holds executable transactions.
// Rather than spin, it gives up on a block that was not sealed or came out
// empty: the miner would not take what is left (the pool's price floor is
// the miner's, so that should not happen), and the next transaction to
// arrive tries again. d.mu must be held.
func (d *Devnet) sealPending() {
	pool, chain := d.eth.TxPool(), d.eth.BlockChain()
	for range maxBlocksPerRound {
		if err := pool.Sync(); err != nil {
			return // the pool is shutting down
		}
		if pending, _ := pool.Stats(); pending == 0 {
			return
		}
		parent := chain.CurrentBlock().Hash()
		d.beacon.Commit()
		if head := chain.CurrentBlock(); head.Hash() == parent || head.GasUsed == 0 {
			return
		}
	}
	d.wake()
}
