// Package testprograms finds the guest programs that `make testprograms`
// builds with the MIPS cross-compilers (build/testprograms/{asm,c,go}), for
// the tests of every package that runs them. Without them a test skips with
// the reason, unless OPML_REQUIRE_TESTPROGRAMS is set (as `make test` does),
// in which case it fails.
package testprograms

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Dir is build/testprograms of the repository holding the working directory.
func Dir() string {
	dir, err := os.Getwd()
	if err != nil {
		return filepath.Join("build", "testprograms")
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "build", "testprograms")
		}
		if filepath.Dir(d) == d {
			return filepath.Join(dir, "build", "testprograms")
		}
	}
}

// All lists the programs of one kind ("asm", "c" or "go").
func All(t testing.TB, kind string) []string {
	t.Helper()
	dir := Dir()
	paths, _ := filepath.Glob(filepath.Join(dir, kind, "*.elf"))
	if len(paths) == 0 {
		if os.Getenv("OPML_REQUIRE_TESTPROGRAMS") != "" {
			t.Fatalf("no %s test programs in %s", kind, dir)
		}
		t.Skipf("no %s test programs in %s: run `make testprograms` (needs the MIPS cross-compilers)", kind, dir)
	}
	return paths
}

// Find returns the path of one program, e.g. Find(t, "go", "hello").
func Find(t testing.TB, kind, name string) string {
	t.Helper()
	for _, p := range All(t, kind) {
		if Name(p) == name {
			return p
		}
	}
	t.Fatalf("test program %s/%s.elf not built", kind, name)
	return ""
}

// Name is a program's name without directory and .elf.
func Name(path string) string { return strings.TrimSuffix(filepath.Base(path), ".elf") }

// Inference returns the claim-checking program that `make inference`
// builds (build/inference/inference.elf), skipping or failing like All when
// it is missing.
func Inference(t testing.TB) string {
	t.Helper()
	path := filepath.Join(filepath.Dir(Dir()), "inference", "inference.elf")
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("OPML_REQUIRE_TESTPROGRAMS") != "" {
			t.Fatalf("claim-checking program %s not built: %v", path, err)
		}
		t.Skipf("no claim-checking program at %s: run `make inference` (needs the pinned Go toolchain for GOARCH=mips)", path)
	}
	return path
}

// Node returns the multi-phase dispute's node program that `make inference`
// builds (build/inference/node.elf), skipping or failing like Inference.
func Node(t testing.TB) string {
	t.Helper()
	path := filepath.Join(filepath.Dir(Dir()), "inference", "node.elf")
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("OPML_REQUIRE_TESTPROGRAMS") != "" {
			t.Fatalf("node program %s not built: %v", path, err)
		}
		t.Skipf("no node program at %s: run `make inference` (needs the pinned Go toolchain for GOARCH=mips)", path)
	}
	return path
}

// BlockProgram returns the rollup's block program that `make blockprog`
// builds (build/blockprog/blockprog.elf), skipping or failing like
// Inference when it is missing.
func BlockProgram(t testing.TB) string {
	t.Helper()
	path := filepath.Join(filepath.Dir(Dir()), "blockprog", "blockprog.elf")
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("OPML_REQUIRE_TESTPROGRAMS") != "" {
			t.Fatalf("block program %s not built: %v", path, err)
		}
		t.Skipf("no block program at %s: run `make blockprog` (needs the pinned Go toolchain for GOARCH=mips)", path)
	}
	return path
}
