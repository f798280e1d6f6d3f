package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// result is what one in-process run of challenger printed and returned.
type result struct {
	stdout, stderr string
	code           int
}

// run executes challenger with args, bounded in time.
func run(t *testing.T, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	code := execute(ctx, &app{}, args, &stdout, &stderr)
	return result{stdout.String(), stderr.String(), code}
}

// mustRun is run that fails the test unless the command succeeds.
func mustRun(t *testing.T, args ...string) result {
	t.Helper()
	r := run(t, args...)
	if r.code != 0 {
		t.Fatalf("challenger %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r
}

// writeFile writes a test file and returns its path.
func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{
		{"--help"},
		{"model", "--help"},
		{"model", "add", "--help"},
		{"model", "list", "--help"},
		{"model", "verify", "--help"},
		{"model", "fetch", "--help"},
		{"da", "--help"},
		{"da", "serve", "--help"},
	} {
		r := mustRun(t, args...)
		if !strings.Contains(r.stdout, "Usage:") || (len(args) > 2 && !strings.Contains(r.stdout, "Examples:")) {
			t.Errorf("challenger %s: help lacks usage or examples:\n%s", strings.Join(args, " "), r.stdout)
		}
	}
}

// TestDeployHelp: every command that deploys or plays games has the
// program flags, two-phase by default.
func TestDeployHelp(t *testing.T) {
	for _, args := range [][]string{
		{"deploy", "--help"},
		{"devnet", "--help"},
		{"demo", "--help"},
		{"run", "--help"},
		{"adapter", "--help"},
	} {
		r := mustRun(t, args...)
		for _, want := range []string{"--node-program ELF", `(default "build/inference/node.elf")`, "--program ELF"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("challenger %s: help lacks %q:\n%s", strings.Join(args, " "), want, r.stdout)
			}
		}
		if args[0] == "run" || args[0] == "adapter" {
			continue
		}
		for _, want := range []string{"--single-phase", "--max-items ITEMS", "--max-steps STEPS"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("challenger %s: help lacks %q:\n%s", strings.Join(args, " "), want, r.stdout)
			}
		}
	}
}

func TestUsageErrors(t *testing.T) {
	store := t.TempDir()
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"model", "add", "--store", store}, "requires at least 1 arg"},
		{[]string{"model", "fetch", "--store", store, "0x00"}, `required flag(s) "from" not set`},
		{[]string{"model", "verify", "--store", store}, "give model addresses or --all"},
		{[]string{"model", "verify", "--store", store, "nothex"}, "want 64 hex digits"},
		{[]string{"model", "list", "--store", store, "--bogus"}, "unknown flag: --bogus\nrun 'challenger model list --help' for usage"},
		{[]string{"model", "list", "--store", store, "--log-level", "loud"}, `invalid --log-level "loud"`},
		{[]string{"model", "list", "--store", ""}, "give --store DIR or set OPML_HOME"},
	}
	for _, tt := range tests {
		r := run(t, tt.args...)
		if r.code != 1 || !strings.Contains(r.stderr, "challenger: error: ") || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("challenger %s: exit %d, stderr %q; want 1 with %q", strings.Join(tt.args, " "), r.code, r.stderr, tt.want)
		}
	}
}

func TestDefaultStoreFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("OPML_HOME", dir)
	path := writeFile(t, "m.bin", []byte("model"))
	mustRun(t, "model", "add", "--raw", path)
	if entries, err := os.ReadDir(filepath.Join(dir, "models")); err != nil || len(entries) != 1 {
		t.Fatalf("store in $OPML_HOME: %v, %v", entries, err)
	}
}
