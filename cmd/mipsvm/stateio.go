package main

import (
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/program"
)

// mipsvm has no preimage oracle yet: loading a snapshot that maps committed
// data, or running a guest that reads a preimage, fails with a host error
// naming the missing key. A future --preimages flag would build the oracle
// here and pass it to loadSnapshot and mipsevm.NewVM.

// loadSnapshot reads a snapshot in either format.
func loadSnapshot(path string) (*mipsevm.State, error) {
	return mipsevm.LoadSnapshot(path, nil)
}

// loadInput returns the state from a snapshot (input) or an ELF (elf)
// loaded as the process proc; exactly one of them is set.
func loadInput(input, elf string, proc program.Process) (*mipsevm.State, error) {
	if elf != "" {
		return program.LoadProcessFile(elf, proc)
	}
	return loadSnapshot(input)
}

// saveSnapshot writes a snapshot, creating its directory if needed. An
// empty format picks it from the file name (.json: JSON, else gzip binary).
func saveSnapshot(path string, s *mipsevm.State, format mipsevm.SnapshotFormat) error {
	if format == "" {
		format = mipsevm.FormatForPath(path)
	}
	if err := makeParentDir(path); err != nil {
		return err
	}
	return mipsevm.SaveSnapshot(path, s, format)
}

// writeFile writes data to path, creating its directory if needed.
func writeFile(path string, data []byte) error {
	if err := makeParentDir(path); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

func makeParentDir(path string) error {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("create directory for %s: %w", path, err)
		}
	}
	return nil
}

// parseSnapshotFormat reads --snapshot-fmt of load-elf; "" means by file name.
func parseSnapshotFormat(s string) (mipsevm.SnapshotFormat, error) {
	switch f := mipsevm.SnapshotFormat(s); f {
	case "", mipsevm.FormatBinary, mipsevm.FormatJSON:
		return f, nil
	}
	return "", fmt.Errorf("invalid --snapshot-fmt %q: want %q (gzip binary) or %q", s, mipsevm.FormatBinary, mipsevm.FormatJSON)
}

// checkStepPathFormat checks that a file-name format such as
// "snapshots/%d.bin.gz" has exactly one %d for the step number.
func checkStepPathFormat(flag, format string) error {
	if strings.Count(format, "%d") != 1 || strings.Count(format, "%") != 1 {
		return fmt.Errorf("invalid --%s %q: it must contain exactly one %%d (the step number) and no other %%, e.g. \"out/%%d.json\"", flag, format)
	}
	return nil
}

// stepPath is the file name for step from a format checked by
// checkStepPathFormat.
func stepPath(format string, step uint64) string {
	return fmt.Sprintf(format, step)
}

// hex0x renders bytes as 0x-prefixed lowercase hex.
func hex0x(b []byte) string {
	return "0x" + hex.EncodeToString(b)
}
