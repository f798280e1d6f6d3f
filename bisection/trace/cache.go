package trace

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/axonum/opml/mipsevm"
)

// The snapshot directory holds one trace's snapshots:
//
//	trace.json                 the manifest: whose trace this is, and the spacing
//	snap-0000000016777216.bin.gz   the state after that many steps
//	final-0000000089652411.bin.gz  the exited state, named by the exit step
//
// Files are written to a temporary name and renamed, so a crash leaves
// either a whole file or a *.tmp that the next start removes. A snapshot is
// loaded (and so verified against the state hash it ends with) only when a
// query needs it; one that fails to load is deleted and the next lower one
// is tried.

const (
	manifestName    = "trace.json"
	manifestVersion = 1
	snapPrefix      = "snap-"
	finalPrefix     = "final-"
	snapSuffix      = ".bin.gz"
)

// ErrForeignDir is returned by New when the snapshot directory holds the
// trace of another prestate or identity. Snapshots verify only themselves,
// not which run they belong to, so mixing two traces would give wrong hashes.
var ErrForeignDir = errors.New("snapshot directory belongs to another trace")

type manifest struct {
	Version  int    `json:"version"`
	Identity string `json:"identity"`
	Prestate string `json:"prestate"` // hex of the prestate hash
	Spacing  uint64 `json:"spacing"`  // snapshots are kept at multiples of this
}

type snapFile struct {
	step  uint64
	size  int64
	final bool
}

func (f snapFile) name() string {
	prefix := snapPrefix
	if f.final {
		prefix = finalPrefix
	}
	return fmt.Sprintf("%s%016d%s", prefix, f.step, snapSuffix)
}

// parseSnapName reads the step and kind from a snapshot file name.
func parseSnapName(name string) (snapFile, bool) {
	var f snapFile
	rest, ok := strings.CutSuffix(name, snapSuffix)
	if !ok {
		return f, false
	}
	if r, ok := strings.CutPrefix(rest, snapPrefix); ok {
		rest = r
	} else if r, ok := strings.CutPrefix(rest, finalPrefix); ok {
		rest, f.final = r, true
	} else {
		return f, false
	}
	step, err := strconv.ParseUint(rest, 10, 64)
	if err != nil || len(rest) != 16 {
		return f, false
	}
	f.step = step
	return f, true
}

// cache is the snapshot directory. It is not safe for concurrent use; the
// Provider serializes access.
type cache struct {
	dir      string
	identity string
	prestate [32]byte
	interval uint64 // K: the finest spacing
	spacing  uint64 // K << j: snapshots are saved at multiples of this
	budget   int64
	log      *slog.Logger
	files    map[uint64]snapFile // by step; a final and a regular file never share a step

	saved, evicted, discarded int
}

// openCache checks or creates the manifest and lists the snapshots.
func openCache(dir, identity string, prestate [32]byte, interval uint64, budget int64, log *slog.Logger) (*cache, error) {
	c := &cache{dir: dir, identity: identity, prestate: prestate, interval: interval, spacing: interval,
		budget: budget, log: log, files: make(map[uint64]snapFile)}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("snapshot directory: %w", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("snapshot directory: %w", err)
	}
	var snaps []snapFile
	for _, e := range entries {
		name := e.Name()
		if strings.HasSuffix(name, ".tmp") && (strings.HasPrefix(name, snapPrefix) ||
			strings.HasPrefix(name, finalPrefix) || strings.HasPrefix(name, manifestName)) {
			// left by a crash between write and rename
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				return nil, fmt.Errorf("remove stale %s: %w", name, err)
			}
			continue
		}
		f, ok := parseSnapName(name)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			return nil, fmt.Errorf("snapshot %s: %w", name, err)
		}
		f.size = info.Size()
		snaps = append(snaps, f)
	}

	m, err := readManifest(filepath.Join(dir, manifestName))
	switch {
	case errors.Is(err, os.ErrNotExist):
		if len(snaps) > 0 {
			return nil, fmt.Errorf("%w: %s has %d snapshots but no %s, so whose they are is unknown",
				ErrForeignDir, dir, len(snaps), manifestName)
		}
		if err := c.writeManifest(); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	default:
		if m.Identity != identity || m.Prestate != hex.EncodeToString(prestate[:]) {
			return nil, fmt.Errorf("%w: %s is for identity %q with prestate %s, not identity %q with prestate %x",
				ErrForeignDir, dir, m.Identity, m.Prestate, identity, prestate)
		}
		// Keep a coarser spacing the directory was thinned to, so that a
		// restart does not write snapshots only to delete them again.
		for c.spacing < m.Spacing && c.spacing <= math.MaxUint64/2 {
			c.spacing <<= 1
		}
		if c.spacing != m.Spacing {
			if err := c.writeManifest(); err != nil {
				return nil, err
			}
		}
	}
	for _, f := range snaps {
		c.files[f.step] = f
	}
	c.enforceBudget()
	return c, nil
}

func readManifest(path string) (manifest, error) {
	var m manifest
	data, err := os.ReadFile(path)
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("%w: %s is not a trace manifest: %v", ErrForeignDir, path, err)
	}
	if m.Version != manifestVersion {
		return m, fmt.Errorf("%w: %s has version %d, want %d", ErrForeignDir, path, m.Version, manifestVersion)
	}
	return m, nil
}

func (c *cache) writeManifest() error {
	m := manifest{Version: manifestVersion, Identity: c.identity, Prestate: hex.EncodeToString(c.prestate[:]), Spacing: c.spacing}
	data, err := json.MarshalIndent(&m, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(c.dir, manifestName)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write manifest: %w", err)
	}
	return nil
}

func (c *cache) path(f snapFile) string { return filepath.Join(c.dir, f.name()) }

// has reports whether a snapshot of the state after step steps exists.
func (c *cache) has(step uint64) bool { _, ok := c.files[step]; return ok }

// claimedExit is the step of a final snapshot, not yet verified.
func (c *cache) claimedExit() (uint64, bool) {
	best, ok := uint64(0), false
	for _, f := range c.files {
		if f.final && (!ok || f.step < best) {
			best, ok = f.step, true
		}
	}
	return best, ok
}

// below returns the snapshot with the highest step at or below step.
func (c *cache) below(step uint64) (snapFile, bool) {
	var best snapFile
	ok := false
	for _, f := range c.files {
		if f.step <= step && (!ok || f.step > best.step) {
			best, ok = f, true
		}
	}
	return best, ok
}

// load reads and verifies a snapshot. A file that does not load, or holds
// another step than its name says, is deleted; the caller tries another.
func (c *cache) load(f snapFile, oracle mipsevm.PreimageOracle) (*mipsevm.State, error) {
	s, err := mipsevm.LoadSnapshot(c.path(f), oracle)
	if err == nil && s.Step != f.step {
		err = fmt.Errorf("snapshot %s holds step %d", f.name(), s.Step)
	}
	if err == nil && f.final && !s.Exited {
		err = fmt.Errorf("snapshot %s is named final but the state has not exited", f.name())
	}
	if err != nil {
		c.log.Warn("discarding snapshot that does not load", "file", c.path(f), "err", err)
		c.remove(f)
		c.discarded++
		return nil, err
	}
	return s, nil
}

// save writes the state's snapshot (final if it has exited) and then keeps
// the directory within its budget.
func (c *cache) save(s *mipsevm.State) error {
	f := snapFile{step: s.Step, final: s.Exited}
	path := c.path(f)
	if err := mipsevm.SaveSnapshot(path, s, mipsevm.FormatBinary); err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("saved snapshot: %w", err)
	}
	f.size = info.Size()
	c.files[f.step] = f
	c.saved++
	c.log.Debug("saved snapshot", "step", f.step, "final", f.final, "bytes", f.size)
	c.enforceBudget()
	return nil
}

func (c *cache) remove(f snapFile) {
	if err := os.Remove(c.path(f)); err != nil && !errors.Is(err, os.ErrNotExist) {
		c.log.Warn("cannot remove snapshot", "file", c.path(f), "err", err)
	}
	delete(c.files, f.step)
}

func (c *cache) diskBytes() int64 {
	var n int64
	for _, f := range c.files {
		n += f.size
	}
	return n
}

// enforceBudget thins the snapshots until they fit the disk budget: the
// spacing doubles and every regular snapshot off the new spacing goes.
//
// Why thinning rather than least-recently-used: a bisection game's queries
// land anywhere in the trace (the midpoint first, then wherever the parties
// disagree), so what matters is the longest replay any query can need, and
// an even spacing minimizes it for a given number of files. Halving keeps
// the survivors at the same positions, so coverage near the prestate is as
// good as near the end, and the replay bound degrades by 2× per thinning
// rather than leaving large holes. LRU would evict the earliest snapshots of
// the first pass, which the game needs as much as the rest. The final
// snapshot goes only when nothing else is left to delete.
func (c *cache) enforceBudget() {
	thinned := false
	for c.diskBytes() > c.budget {
		regular := 0
		for _, f := range c.files {
			if !f.final {
				regular++
			}
		}
		if regular == 0 {
			for _, f := range c.files {
				c.log.Warn("disk budget is smaller than one snapshot; deleting the final snapshot", "budget", c.budget, "bytes", f.size)
				c.remove(f)
				c.evicted++
			}
			break
		}
		all := c.spacing > math.MaxUint64/2 // cannot double again: drop every regular snapshot
		if !all {
			c.spacing <<= 1
		}
		thinned = true
		for _, step := range c.steps() {
			if f := c.files[step]; !f.final && (all || step%c.spacing != 0) {
				c.remove(f)
				c.evicted++
			}
		}
	}
	if thinned {
		c.log.Info("thinned snapshots to fit the disk budget", "spacing", c.spacing, "files", len(c.files),
			"bytes", c.diskBytes(), "budget", c.budget)
		if err := c.writeManifest(); err != nil {
			c.log.Warn("cannot record the new spacing", "err", err)
		}
	}
}

func (c *cache) steps() []uint64 {
	steps := make([]uint64, 0, len(c.files))
	for s := range c.files {
		steps = append(steps, s)
	}
	slices.Sort(steps)
	return steps
}
