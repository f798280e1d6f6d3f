package oracle

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axonum/opml/mipsevm"
)

func newTestStore(t *testing.T) *Store {
	t.Helper()
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// storeFiles lists the names in the store's models directory.
func storeFiles(t *testing.T, s *Store) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(s.Dir(), "models"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// corrupt overwrites the first byte of a stored model's file.
func corrupt(t *testing.T, s *Store, addr Address) {
	t.Helper()
	path := s.Path(addr)
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt([]byte{0xff}, 0); err != nil {
		t.Fatal(err)
	}
}

func TestStoreAddOpen(t *testing.T) {
	s := newTestStore(t)
	data := randomBytes(10, 10_000)
	addr, err := s.Add(data)
	if err != nil {
		t.Fatal(err)
	}
	if addr != AddressOf(data) {
		t.Fatalf("Add returned %s, want %s", addr, AddressOf(data))
	}
	if !s.Has(addr) || s.Has(AddressOf([]byte("other"))) {
		t.Fatal("Has is wrong")
	}
	m, err := s.Open(addr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m.Bytes(), data) || m.Address() != addr {
		t.Fatal("Open returned other data")
	}
	if got := filepath.Base(s.Path(addr)); got != addr.Hex()[2:] {
		t.Fatalf("file name %s", got)
	}
	// Adding again changes nothing and leaves no temporary file.
	again, err := s.Add(data)
	if err != nil || again != addr {
		t.Fatalf("second Add = %s, %v", again, err)
	}
	if names := storeFiles(t, s); len(names) != 1 || names[0] != addr.Hex()[2:] {
		t.Fatalf("files after two adds: %v", names)
	}
	info, err := s.Info(addr)
	if err != nil || info != (ModelInfo{addr, 10_000}) {
		t.Fatalf("Info = %+v, %v", info, err)
	}
}

func TestStoreAddFile(t *testing.T) {
	s := newTestStore(t)
	data := randomBytes(11, batchSize+1234) // more than one hashing batch
	path := filepath.Join(t.TempDir(), "model.bin")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	addr, err := s.AddFile(path)
	if err != nil || addr != AddressOf(data) {
		t.Fatalf("AddFile = %s, %v; want %s", addr, err, AddressOf(data))
	}
	missing := filepath.Join(t.TempDir(), "missing.bin")
	_, err = s.AddFile(missing)
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), missing) {
		t.Fatalf("AddFile(missing) error = %v", err)
	}
}

// failingReader yields some bytes, then an error.
type failingReader struct{ n int }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, errors.New("disk on fire")
	}
	k := min(len(p), r.n)
	r.n -= k
	return k, nil
}

func TestStoreAddReaderError(t *testing.T) {
	s := newTestStore(t)
	_, err := s.AddReader(&failingReader{n: 5000})
	if err == nil || !strings.Contains(err.Error(), "disk on fire") || !strings.Contains(err.Error(), "after 5000 bytes") {
		t.Fatalf("AddReader error = %v", err)
	}
	if names := storeFiles(t, s); len(names) != 0 {
		t.Fatalf("files left after a failed add: %v", names)
	}
}

func TestStoreOpenErrors(t *testing.T) {
	s := newTestStore(t)
	unknown := AddressOf([]byte("unknown"))
	if _, err := s.Open(unknown); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), unknown.Hex()) {
		t.Fatalf("Open(unknown) error = %v", err)
	}
	if _, err := s.Info(unknown); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Info(unknown) error = %v", err)
	}

	data := randomBytes(12, 5000)
	addr, err := s.Add(data)
	if err != nil {
		t.Fatal(err)
	}
	corrupt(t, s, addr)
	for name, open := range map[string]func(Address) error{
		"Open":   func(a Address) error { _, err := s.Open(a); return err },
		"Verify": func(a Address) error { _, err := s.Verify(a); return err },
	} {
		err := open(addr)
		if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), s.Path(addr)) {
			t.Errorf("%s of a corrupted file: %v", name, err)
		}
	}
	// Adding the model again repairs the file.
	if _, err := s.Add(data); err != nil {
		t.Fatal(err)
	}
	if info, err := s.Verify(addr); err != nil || info.Size != 5000 {
		t.Fatalf("Verify after repair = %+v, %v", info, err)
	}
}

// TestStoreCache: a model once opened is served from memory, checked;
// Verify always goes to the disk.
func TestStoreCache(t *testing.T) {
	s := newTestStore(t)
	data := randomBytes(13, 3000)
	addr, err := s.Add(data)
	if err != nil {
		t.Fatal(err)
	}
	first, err := s.Open(addr)
	if err != nil {
		t.Fatal(err)
	}
	corrupt(t, s, addr)
	again, err := s.Open(addr)
	if err != nil || again != first || !bytes.Equal(again.Bytes(), data) {
		t.Fatalf("cached Open = %v", err)
	}
	if _, err := s.Verify(addr); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Verify = %v, want ErrCorrupt", err)
	}
}

func TestModelCacheEviction(t *testing.T) {
	c := newModelCache()
	var models []*Model
	for i := range cacheEntries + 1 {
		models = append(models, NewModel([]byte{byte(i)}))
		if i == cacheEntries {
			c.get(models[0].Address()) // refresh: models[1] is now the oldest
		}
		c.put(models[i])
	}
	if c.get(models[1].Address()) != nil {
		t.Error("least recently used model not evicted")
	}
	for _, i := range []int{0, 2, cacheEntries} {
		if c.get(models[i].Address()) != models[i] {
			t.Errorf("model %d evicted", i)
		}
	}
	if c.order.Len() != cacheEntries || c.bytes != cacheEntries {
		t.Errorf("cache holds %d models, %d bytes", c.order.Len(), c.bytes)
	}
}

// TestModelCacheLargeModel: a model over the byte limit is kept while it is
// the most recently used (every Open then shares one copy), and evicted,
// with everything older, when the next model comes.
func TestModelCacheLargeModel(t *testing.T) {
	c := newModelCache()
	small, big := NewModel([]byte{7}), NewModel([]byte{8})
	c.put(small)
	c.put(big)
	c.bytes += cacheBytes // account big as if it were over the limit
	if c.get(big.Address()) != big {
		t.Fatal("the most recently used model was not kept")
	}
	next := NewModel([]byte{9})
	c.put(next)
	if c.get(big.Address()) != nil || c.get(small.Address()) != nil || c.get(next.Address()) != next {
		t.Fatal("models past the byte limit were kept behind a newer one")
	}
}

func TestStoreList(t *testing.T) {
	s := newTestStore(t)
	if list, err := s.List(); err != nil || len(list) != 0 {
		t.Fatalf("empty store: %v, %v", list, err)
	}
	want := map[Address]uint64{}
	for _, n := range []int{0, 1, 70, 5000} {
		addr, err := s.Add(randomBytes(uint64(n), n))
		if err != nil {
			t.Fatal(err)
		}
		want[addr] = uint64(n)
	}
	// Not models: skipped.
	os.WriteFile(filepath.Join(s.Dir(), "models", ".tmp-123"), []byte("partial"), 0o644)
	os.WriteFile(filepath.Join(s.Dir(), "models", "README"), []byte("hi"), 0o644)
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != len(want) {
		t.Fatalf("List = %v, want %d models", list, len(want))
	}
	for i, m := range list {
		if want[m.Address] != m.Size {
			t.Errorf("List has %s with size %d, want %d", m.Address, m.Size, want[m.Address])
		}
		if i > 0 && bytes.Compare(list[i-1].Address[:], m.Address[:]) >= 0 {
			t.Errorf("List not sorted by address")
		}
	}
}

func TestStoreOpenCommitted(t *testing.T) {
	s := newTestStore(t)
	data := randomBytes(14, 4097)
	addr, err := s.Add(data)
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.OpenCommitted(mipsevm.CommittedKey(NewModel(data).Root(), uint64(len(data))))
	if err != nil || m.Address() != addr {
		t.Fatalf("OpenCommitted = %v", err)
	}
	other := AddressOf([]byte("not stored"))
	if _, err := s.OpenCommitted(other); !errors.Is(err, ErrNotFound) {
		t.Fatalf("OpenCommitted(unknown) error = %v", err)
	}
	// The model's keccak256 key, and every other alias of its address:
	// nothing is found, although a file is there under that name.
	for _, b := range []byte{0, 2, 0xff} {
		alias := addr
		alias[0] = b
		if err := os.WriteFile(s.Path(alias), data, 0o444); err != nil {
			t.Fatal(err)
		}
		if _, err := s.OpenCommitted(alias); !errors.Is(err, ErrNotModelAddress) {
			t.Fatalf("OpenCommitted(%s) error = %v", alias, err)
		}
		if _, err := s.Verify(alias); !errors.Is(err, ErrNotModelAddress) {
			t.Fatalf("Verify(%s) error = %v", alias, err)
		}
	}
	// List shows only model addresses.
	list, err := s.List()
	if err != nil || len(list) != 1 || list[0].Address != addr {
		t.Fatalf("List = %v, %v; want only %s", list, err, addr)
	}
}

func TestOpenStoreErrors(t *testing.T) {
	if _, err := OpenStore(""); err == nil {
		t.Error("empty directory accepted")
	}
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	if _, err := OpenStore(file); err == nil || !strings.Contains(err.Error(), "open model store") {
		t.Errorf("store in a file: %v", err)
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("HOME", "/home/u")
	tests := []struct{ opml, xdg, want string }{
		{"/srv/opml", "/x", "/srv/opml"},
		{"", "/x", "/x/opml"},
		{"", "", "/home/u/.local/share/opml"},
	}
	for _, tt := range tests {
		t.Setenv("OPML_HOME", tt.opml)
		t.Setenv("XDG_DATA_HOME", tt.xdg)
		if got, err := DefaultDir(); err != nil || got != tt.want {
			t.Errorf("OPML_HOME=%q XDG_DATA_HOME=%q: %q, %v; want %q", tt.opml, tt.xdg, got, err, tt.want)
		}
	}
}

var _ io.Reader = (*failingReader)(nil)
