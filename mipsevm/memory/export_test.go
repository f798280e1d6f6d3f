package memory

import (
	"slices"
	"testing"
)

func indexes(ps []*Page) []uint32 {
	var out []uint32
	for _, p := range ps {
		out = append(out, p.Index())
	}
	slices.Sort(out)
	return out
}

// TestWatchWrites: WrittenPages lists exactly the pages written since the
// last WatchWrites, each once, whether or not they were already waiting to
// be re-hashed, and independently of flushes.
func TestWatchWrites(t *testing.T) {
	m := New()
	m.SetWord(0x1000, 1)
	m.SetWord(0x5000, 2)
	if got := m.WrittenPages(); len(got) != 0 {
		t.Fatalf("before any watch: %d pages listed", len(got))
	}
	m.WatchWrites()
	m.SetWord(0x1004, 3) // already dirty (queued for re-hashing)
	m.SetWord(0x1008, 3)
	m.SetBytes(0x8ffe, []byte{1, 2, 3, 4}) // two pages, one new
	if got, want := indexes(m.WrittenPages()), []uint32{1, 8, 9}; !slices.Equal(got, want) {
		t.Fatalf("written pages %v, want %v", got, want)
	}
	m.Root() // a flush does not end the watch
	m.SetWord(0x5000, 4)
	if got, want := indexes(m.WrittenPages()), []uint32{1, 5, 8, 9}; !slices.Equal(got, want) {
		t.Fatalf("after a flush: written pages %v, want %v", got, want)
	}
	m.WatchWrites()
	if got := m.WrittenPages(); len(got) != 0 {
		t.Fatalf("a new watch lists %d pages", len(got))
	}
	m.GetWord(0x1000)
	m.SetWord(0x9000, 5)
	if got, want := indexes(m.WrittenPages()), []uint32{9}; !slices.Equal(got, want) {
		t.Fatalf("second watch: written pages %v, want %v", got, want)
	}
}

// TestLayout: Zero and MapCommitted change Layout, plain writes do not.
func TestLayout(t *testing.T) {
	m := New()
	l0 := m.Layout()
	m.SetWord(0x1000, 1)
	if m.Layout() != l0 {
		t.Fatal("a write changed the layout")
	}
	if err := m.Zero(0x1000, PageHeight); err != nil {
		t.Fatal(err)
	}
	l1 := m.Layout()
	if l1 == l0 {
		t.Fatal("Zero did not change the layout")
	}
	data := make([]byte, 2*PageSize)
	data[5] = 7
	if err := m.MapCommitted(0x4000_0000, [32]byte{1}, NewCommittedBytes(data)); err != nil {
		t.Fatal(err)
	}
	if m.Layout() == l1 {
		t.Fatal("MapCommitted did not change the layout")
	}
}
