package oracle

import (
	"container/list"
	"sync"
)

// Opened models are kept in a small LRU cache: a store serving a model, or a
// VM mapping it again after loading a snapshot, then skips re-reading and
// re-hashing the file. The most recently used model is kept whatever its
// size; older ones only while the total stays under the byte limit. (A
// first version cached no model over the limit, so every Open of a 4.6 GB
// model re-read and re-hashed it into a new copy: a dispute's players held
// three copies, 13 GB, and spent minutes hashing.)
const (
	cacheEntries = 4
	cacheBytes   = 1 << 30
)

// modelCache is a least-recently-used set of verified models.
type modelCache struct {
	mu    sync.Mutex
	bytes uint64
	order *list.List // of *Model, most recently used first
	items map[Address]*list.Element
}

func newModelCache() *modelCache {
	return &modelCache{order: list.New(), items: make(map[Address]*list.Element)}
}

func (c *modelCache) get(addr Address) *Model {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[addr]
	if !ok {
		return nil
	}
	c.order.MoveToFront(e)
	return e.Value.(*Model)
}

func (c *modelCache) put(m *Model) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[m.Address()]; ok {
		c.order.MoveToFront(e)
		return
	}
	c.items[m.Address()] = c.order.PushFront(m)
	c.bytes += m.Len()
	for c.order.Len() > cacheEntries || (c.bytes > cacheBytes && c.order.Len() > 1) {
		old := c.order.Remove(c.order.Back()).(*Model)
		delete(c.items, old.Address())
		c.bytes -= old.Len()
	}
}
