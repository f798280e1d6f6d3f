package testprograms

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// GoTests lists the Go standard-library test binaries that `make gotests`
// (and `make gotests-all`) build into build/gotests. Without any a test
// skips, unless OPML_REQUIRE_TESTPROGRAMS or OPML_REQUIRE_GOTESTS is set.
func GoTests(t testing.TB) []string {
	t.Helper()
	dir := filepath.Join(filepath.Dir(Dir()), "gotests")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.test"))
	if len(paths) == 0 {
		if os.Getenv("OPML_REQUIRE_TESTPROGRAMS") != "" || os.Getenv("OPML_REQUIRE_GOTESTS") != "" {
			t.Fatalf("no Go test binaries in %s", dir)
		}
		t.Skipf("no Go test binaries in %s: run `make gotests`", dir)
	}
	return paths
}

// GoTestName is the package a test binary tests ("unicode/utf8" for
// unicode_utf8.test).
func GoTestName(path string) string {
	return strings.ReplaceAll(strings.TrimSuffix(filepath.Base(path), ".test"), "_", "/")
}
