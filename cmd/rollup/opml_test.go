package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/axonum/opml/bisection/onchain"
)

// TestOpMLProgramsMissing: an opML agent's program that is not there is
// a clear error naming the flag, the deployment's kind and 'make
// inference', for each kind of deployment.
func TestOpMLProgramsMissing(t *testing.T) {
	dir := t.TempDir()
	f := opmlFlags{claimProgram: filepath.Join(dir, "inference.elf"), nodeProgram: filepath.Join(dir, "node.elf")}
	for _, tc := range []struct {
		name string
		cfg  onchain.Config
		want []string
	}{
		{"two-phase", onchain.Config{GraphDepth: 7}, []string{"--node-program", "two-phase", "make inference"}},
		{"single-phase", onchain.Config{}, []string{"--claim-program", "single-phase", "make inference"}},
	} {
		_, _, err := f.programs(tc.cfg)
		for _, w := range tc.want {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %v; want an error saying %q", tc.name, err, w)
			}
		}
	}
	if _, err := nodePrestate(filepath.Join(dir, "node.elf")); err == nil || !strings.Contains(err.Error(), "make inference") {
		t.Errorf("nodePrestate of a missing file: %v", err)
	}
}
