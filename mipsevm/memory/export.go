package memory

// Access for execution engines that keep their own copy of guest pages (the
// unicorn fast-forward engine): they need to see which pages exist, which
// changed since they last looked, and to hand back only what they changed.

// PageAt returns the materialized page with the given index, or nil. Unlike
// PageFor it never copies a page out of a committed region.
func (m *Memory) PageAt(index uint32) *Page { return m.pageAt(index) }

// Index is the page's number: its address is Index() << PageShift.
func (p *Page) Index() uint32 { return p.index }

// FlushPages re-hashes every page written since the last flush (the first
// half of Root's work; nodes above pages stay stale until Root). Afterwards
// DirtyPages is empty, so it then lists exactly the pages written later.
func (m *Memory) FlushPages() { m.flush() }

// DirtyPages lists the pages written (or created) since the last flush or
// Root, each once (Node re-hashes, and so takes off this list, the pages
// inside its block). The slice is owned by the memory and valid until the next
// call that writes memory or computes a root.
func (m *Memory) DirtyPages() []*Page { return m.dirty }

// WatchWrites starts a new watch: from now on WrittenPages lists each page
// written (or created by a write) since this call, once. Unlike DirtyPages
// it does not depend on re-hashing, so an engine can ask what one step
// wrote without paying for a flush.
func (m *Memory) WatchWrites() {
	m.watchGen++
	clear(m.watched)
	m.watched = m.watched[:0]
}

// WrittenPages lists the pages written since the last WatchWrites (none
// before the first). The slice is owned by the memory and valid until the
// next call that writes memory or starts a watch.
func (m *Memory) WrittenPages() []*Page { return m.watched }

// Layout changes whenever pages are dropped or committed regions are mapped
// or zeroed (Zero, MapCommitted): a cheap test that a page's identity may
// have changed without a write.
func (m *Memory) Layout() uint64 { return m.layout }
