package blockprog

import (
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
)

// oracleDB is the key-value store under the stateless state database: an
// in-memory store that, on a miss, asks the oracle for the two kinds of
// keys go-ethereum's hash-scheme trie database and code store read: a
// trie node by its 32-byte hash, and code by "c" ‖ its hash. Both are
// keccak256 preimages. What the execution writes stays in memory.
//
// The first oracle error is kept in err: go-ethereum's state reader turns
// a failed read into a zero value plus an error stored in the StateDB, so
// the program checks err after execution rather than trusting its result.
type oracleDB struct {
	ethdb.Database
	o Oracle

	mu      sync.Mutex
	err     error
	headers map[common.Hash]*types.Header
}

func newOracleDB(o Oracle) *oracleDB {
	return &oracleDB{Database: rawdb.NewMemoryDatabase(), o: o, headers: make(map[common.Hash]*types.Header)}
}

// errNotFound is what the store returns for a key it has no source for.
var errNotFound = errors.New("not found")

// fetch returns the oracle's value for a store key, or nil and false if
// the key is of neither kind.
func (d *oracleDB) fetch(key []byte) ([]byte, bool, error) {
	var hint string
	var hash common.Hash
	switch {
	case len(key) == common.HashLength:
		hint, hash = HintStateNode, common.Hash(key)
	case len(key) == 1+common.HashLength && key[0] == 'c': // rawdb's code prefix
		hint, hash = HintCode, common.Hash(key[1:])
	default:
		return nil, false, nil
	}
	d.o.Hint(hint + " " + hash.Hex())
	v, err := d.o.Keccak256(hash)
	if err != nil {
		err = fmt.Errorf("%s %s: %w", hint, hash, err)
		d.mu.Lock()
		if d.err == nil {
			d.err = err
		}
		d.mu.Unlock()
		return nil, true, err
	}
	return v, true, nil
}

// Get implements ethdb.KeyValueReader.
func (d *oracleDB) Get(key []byte) ([]byte, error) {
	if v, err := d.Database.Get(key); err == nil {
		return v, nil
	}
	v, ok, err := d.fetch(key)
	if !ok {
		return nil, errNotFound
	}
	if err != nil {
		return nil, err
	}
	if err := d.Database.Put(key, v); err != nil {
		return nil, err
	}
	return v, nil
}

// Has implements ethdb.KeyValueReader.
func (d *oracleDB) Has(key []byte) (bool, error) {
	v, err := d.Get(key)
	return err == nil && v != nil, nil
}

// header reads the header whose hash is hash: the keccak256 preimage of its
// RLP encoding.
func (d *oracleDB) header(hash common.Hash) (*types.Header, error) {
	d.mu.Lock()
	h, ok := d.headers[hash]
	d.mu.Unlock()
	if ok {
		return h, nil
	}
	d.o.Hint(HintHeader + " " + hash.Hex())
	enc, err := d.o.Keccak256(hash)
	if err != nil {
		return nil, fmt.Errorf("header %s: %w", hash, err)
	}
	h = new(types.Header)
	if err := rlp.DecodeBytes(enc, h); err != nil {
		return nil, fmt.Errorf("header %s: %w", hash, err)
	}
	d.mu.Lock()
	d.headers[hash] = h
	d.mu.Unlock()
	return h, nil
}

// chainContext is the chain as the state processor sees it: the L2 config,
// the beacon engine (no rewards; withdrawals are empty on L2), and headers
// read from the oracle by hash. BLOCKHASH walks back from the block being
// built through parent hashes, so headers by hash are all it needs.
type chainContext struct {
	config  *params.ChainConfig
	db      *oracleDB
	engine  consensus.Engine
	current *types.Header // the parent of the block being built
}

func (c *chainContext) Config() *params.ChainConfig  { return c.config }
func (c *chainContext) Engine() consensus.Engine     { return c.engine }
func (c *chainContext) CurrentHeader() *types.Header { return c.current }

func (c *chainContext) GetHeader(hash common.Hash, number uint64) *types.Header {
	h := c.GetHeaderByHash(hash)
	if h == nil || h.Number.Uint64() != number {
		return nil
	}
	return h
}

func (c *chainContext) GetHeaderByHash(hash common.Hash) *types.Header {
	h, err := c.db.header(hash)
	if err != nil {
		c.db.mu.Lock()
		if c.db.err == nil {
			c.db.err = err
		}
		c.db.mu.Unlock()
		return nil
	}
	return h
}

// GetHeaderByNumber walks back from the parent (only ancestors are known).
func (c *chainContext) GetHeaderByNumber(number uint64) *types.Header {
	h := c.current
	for h != nil && h.Number.Uint64() > number {
		h = c.GetHeader(h.ParentHash, h.Number.Uint64()-1)
	}
	if h == nil || h.Number.Uint64() != number {
		return nil
	}
	return h
}
