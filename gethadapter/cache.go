package gethadapter

import (
	"container/list"
	"github.com/axonum/opml/gethadapter/spec"
	"sync"

	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/oracle"
)

// loaded is a verified, parsed model and what the precompile knows of it
// before running it (its shape, and what fits the bounds).
type loaded struct {
	model models.Model
	spec  *spec.Model
}

// modelCache keeps the most recently used loaded models, so a call pays
// neither for reading and hashing the file nor for checking its tensors
// again. Concurrent calls for a model being loaded wait for that one load.
// Failed loads are not kept: a model may be added to the store later.
type modelCache struct {
	mu      sync.Mutex
	max     int
	order   *list.List // of *cacheEntry, most recently used first
	entries map[oracle.Address]*list.Element
	loading map[oracle.Address]*pendingLoad
}

type cacheEntry struct {
	addr oracle.Address
	m    *loaded
}

type pendingLoad struct {
	done chan struct{}
	m    *loaded
	err  error
}

func newModelCache(max int) *modelCache {
	return &modelCache{
		max:     max,
		order:   list.New(),
		entries: make(map[oracle.Address]*list.Element),
		loading: make(map[oracle.Address]*pendingLoad),
	}
}

// get returns the model at addr from the cache, or loads it with load.
func (c *modelCache) get(addr oracle.Address, load func() (*loaded, error)) (*loaded, error) {
	c.mu.Lock()
	if e, ok := c.entries[addr]; ok {
		c.order.MoveToFront(e)
		c.mu.Unlock()
		return e.Value.(*cacheEntry).m, nil
	}
	if p, ok := c.loading[addr]; ok {
		c.mu.Unlock()
		<-p.done
		return p.m, p.err
	}
	p := &pendingLoad{done: make(chan struct{})}
	c.loading[addr] = p
	c.mu.Unlock()

	p.m, p.err = load()

	c.mu.Lock()
	delete(c.loading, addr)
	if p.err == nil {
		c.entries[addr] = c.order.PushFront(&cacheEntry{addr: addr, m: p.m})
		for c.order.Len() > c.max {
			old := c.order.Remove(c.order.Back()).(*cacheEntry)
			delete(c.entries, old.addr)
		}
	}
	c.mu.Unlock()
	close(p.done)
	return p.m, p.err
}
