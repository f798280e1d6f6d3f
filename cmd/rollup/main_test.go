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

type result struct {
	stdout, stderr string
	code           int
}

func run(t *testing.T, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	code := execute(ctx, &app{}, args, &stdout, &stderr)
	return result{stdout.String(), stderr.String(), code}
}

// TestHelp: every command has usage and an example a newcomer can copy.
func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"deploy", "--help"}, {"verify", "--help"}, {"deposit", "--help"}, {"outputs", "--help"}, {"demo", "--help"}} {
		r := run(t, args...)
		if r.code != 0 || !strings.Contains(r.stdout, "Usage:") || !strings.Contains(r.stdout, "Examples:") {
			t.Errorf("rollup %s: exit %d, help lacks usage or examples:\n%s%s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
		}
	}
}

// TestBadInputs: each mistake gets an error that says what to do, exit 1.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(envPrivateKey, "")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"outputs", "--deployment", filepath.Join(dir, "none.json")}, "run 'rollup deploy' first"},
		{[]string{"outputs", "--deployment", bad}, "bad.json"},
		{[]string{"deposit", "--to", "nope", "--value", "1"}, "want an L2 address"},
		{[]string{"deposit", "--to", "0x00000000000000000000000000000000000000a1", "--value", "-1"}, "positive amount"},
		{[]string{"demo", "--model", "x"}, `required flag(s) "input" not set`},
		{[]string{"demo", "--model", filepath.Join(dir, "none.gguf"), "--input", bad}, "--model"},
		{[]string{"verify", "--deployment", filepath.Join(dir, "none.json")}, "run 'rollup deploy' first"},
		{[]string{"deploy", "--sequencer", "0x00000000000000000000000000000000000000a1", "--opml-deployment", filepath.Join(dir, "none.json")}, "deployment"},
		{[]string{"frobnicate"}, "unknown command"},
		{[]string{"--log-level", "loud", "outputs"}, "invalid --log-level"},
	} {
		r := run(t, tc.args...)
		if r.code != 1 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("rollup %s: exit %d, stderr %q; want exit 1 and %q", strings.Join(tc.args, " "), r.code, r.stderr, tc.want)
		}
	}
}
