package trace

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/axonum/opml/claim/multiphase"
)

// Graph is the phase-1 trace of a multi-phase dispute: the commitment
// after every work item of a claim's plan, computed natively once and kept
// in a file, so a restarted player reads it back instead of running the
// inference again.
type Graph struct {
	hashes [][32]byte
	output []byte
	items  int
	err    error // why the claim is unusable, if it is
}

const graphMagic = "opml phase-1 trace v1\n"

// OpenGraph returns the phase-1 trace named identity, read from dir if a
// previous run left it there, else computed with compute and written.
func OpenGraph(dir, identity string, compute func() (*multiphase.Trace, error)) (*Graph, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("phase-1 trace: %w", err)
	}
	path := filepath.Join(dir, "graph-trace.bin")
	id := sha256.Sum256([]byte(identity))
	if g, err := readGraph(path, id); err == nil {
		return g, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		// A torn or foreign file is recomputed, not trusted.
		_ = os.Remove(path)
	}
	t, err := compute()
	if err != nil {
		return nil, err
	}
	g := &Graph{hashes: t.Hashes, output: t.Output, items: t.Items, err: t.Err}
	if err := writeGraph(path, id, g); err != nil {
		return nil, err
	}
	return g, nil
}

// StateHash implements game.Trace: the commitment at pos.
func (g *Graph) StateHash(_ context.Context, pos uint64) ([32]byte, error) {
	if pos >= uint64(len(g.hashes)) {
		return g.hashes[len(g.hashes)-1], nil
	}
	return g.hashes[pos], nil
}

// Len is the number of positions the trace holds (later ones repeat the
// last).
func (g *Graph) Len() int { return len(g.hashes) }

// Items is the number of work items (0 for an unusable claim).
func (g *Graph) Items() int { return g.items }

// Output is the output the plan computes (nil if the claim is unusable).
func (g *Graph) Output() []byte { return g.output }

// Usable reports whether the engine can run the claim at all.
func (g *Graph) Usable() bool { return g.err == nil }

// Final is the trace's last commitment.
func (g *Graph) Final() [32]byte { return g.hashes[len(g.hashes)-1] }

func writeGraph(path string, id [32]byte, g *Graph) error {
	var b bytes.Buffer
	b.WriteString(graphMagic)
	b.Write(id[:])
	binary.Write(&b, binary.BigEndian, uint64(g.items))
	binary.Write(&b, binary.BigEndian, uint64(len(g.hashes)))
	for _, h := range g.hashes {
		b.Write(h[:])
	}
	usable := byte(1)
	if g.err != nil {
		usable = 0
	}
	b.WriteByte(usable)
	binary.Write(&b, binary.BigEndian, uint64(len(g.output)))
	b.Write(g.output)
	sum := sha256.Sum256(b.Bytes())
	b.Write(sum[:])
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("phase-1 trace: %w", err)
	}
	return os.Rename(tmp, path)
}

func readGraph(path string, id [32]byte) (*Graph, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(data) < 32 || sha256.Sum256(data[:len(data)-32]) != [32]byte(data[len(data)-32:]) {
		return nil, errors.New("phase-1 trace file is damaged")
	}
	r := bytes.NewReader(data[:len(data)-32])
	magic := make([]byte, len(graphMagic))
	var fid [32]byte
	var items, n uint64
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != graphMagic {
		return nil, errors.New("not a phase-1 trace file")
	}
	if _, err := io.ReadFull(r, fid[:]); err != nil || fid != id {
		return nil, errors.New("phase-1 trace file of another claim")
	}
	if binary.Read(r, binary.BigEndian, &items) != nil || binary.Read(r, binary.BigEndian, &n) != nil || n < 2 || n > uint64(r.Len())/32 {
		return nil, errors.New("phase-1 trace file is damaged")
	}
	g := &Graph{items: int(items), hashes: make([][32]byte, n)}
	for i := range g.hashes {
		io.ReadFull(r, g.hashes[i][:])
	}
	usable, err := r.ReadByte()
	if err != nil {
		return nil, errors.New("phase-1 trace file is damaged")
	}
	if usable == 0 {
		g.err = errors.New("the engine rejects the claim's model or input")
	}
	var olen uint64
	if binary.Read(r, binary.BigEndian, &olen) != nil || olen > uint64(r.Len()) {
		return nil, errors.New("phase-1 trace file is damaged")
	}
	if usable == 1 {
		g.output = make([]byte, olen)
		io.ReadFull(r, g.output)
	}
	return g, nil
}
