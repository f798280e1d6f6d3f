package oracle

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Store is a content-addressed directory of models: each model is one file,
// models/<address as 64 hex digits>, holding its bytes. Files are written
// atomically (a temporary file in the same directory, fsync, rename) and
// verified against their name whenever they are opened, so a damaged file
// gives an error, never wrong data. A Store is safe for concurrent use, and
// several processes may share the directory.
//
// No tree is stored beside the bytes: checking the bytes means hashing all
// of them, which is all the work of building the tree anyway.
type Store struct {
	dir   string
	cache *modelCache
}

var (
	// ErrNotFound is returned for a model (or preimage) that is not there.
	ErrNotFound = errors.New("not found")
	// ErrCorrupt is returned when a stored file does not hash to its name.
	ErrCorrupt = errors.New("stored model is corrupt")
	// ErrMismatch is returned when received data does not hash to the
	// address asked for.
	ErrMismatch = errors.New("data does not match the model address")
)

// ModelInfo describes a stored model.
type ModelInfo struct {
	Address Address `json:"address"`
	Size    uint64  `json:"size"`
}

// OpenStore opens the store in dir, creating the directory if needed.
func OpenStore(dir string) (*Store, error) {
	if dir == "" {
		return nil, errors.New("open model store: no directory given")
	}
	s := &Store{dir: dir, cache: newModelCache()}
	if err := os.MkdirAll(s.modelsDir(), 0o755); err != nil {
		return nil, fmt.Errorf("open model store: %w", err)
	}
	return s, nil
}

// Dir is the store's directory.
func (s *Store) Dir() string { return s.dir }

func (s *Store) modelsDir() string { return filepath.Join(s.dir, "models") }

// Path is the file that holds (or would hold) the model at addr.
func (s *Store) Path(addr Address) string {
	return filepath.Join(s.modelsDir(), addr.Hex()[2:])
}

// Add stores data and returns its address. Adding a model that is already
// stored rewrites its file with the same bytes (repairing a damaged copy).
func (s *Store) Add(data []byte) (Address, error) {
	return s.AddReader(bytes.NewReader(data))
}

// AddFile stores the contents of the file at path, streaming it: memory use
// does not grow with the file's size.
func (s *Store) AddFile(path string) (Address, error) {
	f, err := os.Open(path)
	if err != nil {
		return Address{}, fmt.Errorf("add model: %w", err)
	}
	defer f.Close()
	addr, err := s.AddReader(f)
	if err != nil {
		return Address{}, fmt.Errorf("add model from %s: %w", path, err)
	}
	return addr, nil
}

// AddReader stores everything r yields, streaming it to disk.
func (s *Store) AddReader(r io.Reader) (Address, error) {
	return s.add(r, nil)
}

// copyBuffer is the size of the reads when adding a model.
const copyBuffer = 1 << 20

// add writes r to a temporary file while hashing it, then renames the file
// to its address; when want is not nil, data with another address is
// dropped and an ErrMismatch returned instead.
func (s *Store) add(r io.Reader, want *Address) (addr Address, err error) {
	tmp, err := os.CreateTemp(s.modelsDir(), ".tmp-*")
	if err != nil {
		return Address{}, fmt.Errorf("add model: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	var b treeBuilder
	// Large buffers: fewer system calls. The struct hides a WriterTo, which
	// would make CopyBuffer ignore the buffer.
	n, err := io.CopyBuffer(io.MultiWriter(tmp, &b), struct{ io.Reader }{r}, make([]byte, copyBuffer))
	if err != nil {
		return Address{}, fmt.Errorf("add model: after %d bytes: %w", n, err)
	}
	addr = b.Address()
	if want != nil && addr != *want {
		return Address{}, fmt.Errorf("model %s: %w: received %d bytes with address %s", *want, ErrMismatch, n, addr)
	}
	if err := tmp.Chmod(0o444); err != nil { // models never change
		return Address{}, fmt.Errorf("add model %s: %w", addr, err)
	}
	if err := tmp.Sync(); err != nil {
		return Address{}, fmt.Errorf("add model %s: %w", addr, err)
	}
	if err := tmp.Close(); err != nil {
		return Address{}, fmt.Errorf("add model %s: %w", addr, err)
	}
	if err := os.Rename(tmp.Name(), s.Path(addr)); err != nil {
		return Address{}, fmt.Errorf("add model %s: %w", addr, err)
	}
	if err := syncDir(s.modelsDir()); err != nil {
		return Address{}, fmt.Errorf("add model %s: %w", addr, err)
	}
	return addr, nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// Has reports whether a file for addr is stored (without checking it).
func (s *Store) Has(addr Address) bool {
	fi, err := os.Stat(s.Path(addr))
	return err == nil && fi.Mode().IsRegular()
}

// Info describes the stored model at addr (without checking its bytes).
func (s *Store) Info(addr Address) (ModelInfo, error) {
	fi, err := os.Stat(s.Path(addr))
	if errors.Is(err, fs.ErrNotExist) {
		return ModelInfo{}, fmt.Errorf("model %s: %w in %s", addr, ErrNotFound, s.dir)
	}
	if err != nil {
		return ModelInfo{}, fmt.Errorf("model %s: %w", addr, err)
	}
	return ModelInfo{Address: addr, Size: uint64(fi.Size())}, nil
}

// Open returns the model at addr, with its tree. Its bytes are read and
// checked against addr unless a recently opened copy is cached; a file that
// does not hash to addr gives an error wrapping ErrCorrupt, and an address
// that names no model one wrapping ErrNotModelAddress.
func (s *Store) Open(addr Address) (*Model, error) {
	if m := s.cache.get(addr); m != nil {
		return m, nil
	}
	m, err := s.load(addr)
	if err != nil {
		return nil, err
	}
	s.cache.put(m)
	return m, nil
}

// Verify re-reads and re-hashes the stored file for addr, ignoring the
// cache, and returns what it found.
func (s *Store) Verify(addr Address) (ModelInfo, error) {
	m, err := s.load(addr)
	if err != nil {
		return ModelInfo{}, err
	}
	return ModelInfo{Address: addr, Size: m.Len()}, nil
}

// load reads the file for addr and checks it.
func (s *Store) load(addr Address) (*Model, error) {
	if err := addr.Check(); err != nil {
		return nil, err
	}
	path := s.Path(addr)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("model %s: %w in %s", addr, ErrNotFound, s.dir)
	}
	if err != nil {
		return nil, fmt.Errorf("model %s: %w", addr, err)
	}
	m := NewModel(data)
	if m.Address() != addr {
		return nil, fmt.Errorf("model %s: %w: file %s (%d bytes) hashes to %s; delete it and add or fetch the model again",
			addr, ErrCorrupt, path, len(data), m.Address())
	}
	return m, nil
}

// List describes the stored models, by address. Files that are not models
// (such as temporary files of an add in progress) are skipped.
func (s *Store) List() ([]ModelInfo, error) {
	entries, err := os.ReadDir(s.modelsDir())
	if err != nil {
		return nil, fmt.Errorf("list models: %w", err)
	}
	list := []ModelInfo{}
	for _, e := range entries {
		addr, err := ParseAddress(e.Name())
		if err != nil || !e.Type().IsRegular() {
			continue
		}
		fi, err := e.Info()
		if errors.Is(err, fs.ErrNotExist) { // removed meanwhile
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("list models: %w", err)
		}
		list = append(list, ModelInfo{Address: addr, Size: uint64(fi.Size())})
	}
	return list, nil
}

// OpenCommitted opens the model the VM maps under key: the model whose
// address is key (an error wrapping ErrNotModelAddress if key is not a
// committed key).
func (s *Store) OpenCommitted(key [32]byte) (*Model, error) {
	return s.Open(Address(key))
}
