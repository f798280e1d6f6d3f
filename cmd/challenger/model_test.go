package main

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/oracle"
)

func TestModelAddListVerify(t *testing.T) {
	store := t.TempDir()
	a := writeFile(t, "a.bin", []byte("model a"))
	bData := make([]byte, 5000)
	for i := range bData {
		bData[i] = byte(i)
	}
	b := writeFile(t, "b.bin", bData)
	addrA, addrB := oracle.AddressOf([]byte("model a")), oracle.AddressOf(bData)

	r := mustRun(t, "model", "add", "--raw", "--store", store, a, b)
	want := fmt.Sprintf("%s  7  %s\n%s  5000  %s\n", addrA, a, addrB, b)
	if r.stdout != want {
		t.Fatalf("model add printed:\n%s\nwant:\n%s", r.stdout, want)
	}
	// Adding again gives the same lines.
	if r := mustRun(t, "model", "add", "--raw", "--store", store, a, b); r.stdout != want {
		t.Fatalf("second model add printed:\n%s", r.stdout)
	}

	r = mustRun(t, "model", "list", "--store", store)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 || !strings.Contains(r.stdout, fmt.Sprintf("%s  7\n", addrA)) || !strings.Contains(r.stdout, fmt.Sprintf("%s  5000\n", addrB)) {
		t.Fatalf("model list printed:\n%s", r.stdout)
	}
	r = mustRun(t, "model", "list", "--store", store, "--json")
	var list []oracle.ModelInfo
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil || len(list) != 2 {
		t.Fatalf("model list --json printed %q: %v", r.stdout, err)
	}

	r = mustRun(t, "model", "verify", "--store", store, addrA.Hex())
	if r.stdout != fmt.Sprintf("ok      %s  7\n", addrA) {
		t.Fatalf("model verify printed %q", r.stdout)
	}

	// Damage b's file: verify names it and fails; a still verifies.
	st, err := oracle.OpenStore(store)
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(st.Path(addrB), 0o644)
	if err := os.WriteFile(st.Path(addrB), []byte("tampered"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = run(t, "model", "verify", "--store", store, "--all")
	if r.code != 1 || !strings.Contains(r.stdout, "ok      "+addrA.Hex()) ||
		!strings.Contains(r.stdout, "FAILED  "+addrB.Hex()) || !strings.Contains(r.stdout, st.Path(addrB)) ||
		!strings.Contains(r.stderr, "1 of 2 models failed verification") {
		t.Fatalf("verify of a damaged model: exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	unknown := oracle.AddressOf([]byte("unknown"))
	if r := run(t, "model", "verify", "--store", store, unknown.Hex()); r.code != 1 || !strings.Contains(r.stdout, "not found") {
		t.Fatalf("verify of an unknown model: %+v", r)
	}
}

func TestModelListEmpty(t *testing.T) {
	store := t.TempDir()
	r := mustRun(t, "model", "list", "--store", store)
	if r.stdout != "" || !strings.Contains(r.stderr, "no models in "+store) {
		t.Fatalf("empty list: %+v", r)
	}
	if r := mustRun(t, "model", "list", "--store", store, "--json"); r.stdout != "[]\n" {
		t.Fatalf("empty list --json: %q", r.stdout)
	}
}

func TestModelAddMissingFile(t *testing.T) {
	store := t.TempDir()
	good := writeFile(t, "good.bin", []byte("good"))
	missing := good + ".missing"
	r := run(t, "model", "add", "--raw", "--store", store, good, missing)
	if r.code != 1 || !strings.Contains(r.stderr, missing) || !strings.Contains(r.stderr, "no such file") {
		t.Fatalf("add of a missing file: %+v", r)
	}
	if !strings.Contains(r.stdout, good) { // the files before it are added
		t.Fatalf("add printed %q", r.stdout)
	}
}

// TestModelAddRefusesNonModels: add stores only files the engine loads,
// and says why it refuses one; --raw stores any bytes.
func TestModelAddRefusesNonModels(t *testing.T) {
	store := t.TempDir()
	model, err := os.ReadFile(mnistModel)
	if err != nil {
		t.Fatal(err)
	}
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(i*131 + i>>3)
	}
	otherArch, err := gguf.Marshal([]gguf.KV{{Key: "general.architecture", Value: gguf.String("gpt2")}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"random bytes", random, "not a GGUF file"},
		{"empty", nil, "gguf"},
		{"truncated model", model[:len(model)/2], "gguf"},
		{"another architecture", otherArch, `unsupported architecture "gpt2"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, "file.bin", tc.data)
			r := run(t, "model", "add", "--store", store, path)
			if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, "add model "+path+": not a model this engine loads") ||
				!strings.Contains(r.stderr, tc.want) || !strings.Contains(r.stderr, "--raw") {
				t.Fatalf("add of %s: %+v", tc.name, r)
			}
			if r := mustRun(t, "model", "list", "--store", store, "--json"); r.stdout != "[]\n" {
				t.Fatalf("something was stored: %s", r.stdout)
			}
		})
	}
	// A model is added; with --raw the random bytes are too.
	path := writeFile(t, "random.bin", random)
	r := mustRun(t, "model", "add", "--store", store, mnistModel)
	if want := fmt.Sprintf("%s  %d  %s\n", oracle.AddressOf(model), len(model), mnistModel); r.stdout != want {
		t.Fatalf("add of the model printed %q, want %q", r.stdout, want)
	}
	r = mustRun(t, "model", "add", "--raw", "--store", store, path)
	if want := fmt.Sprintf("%s  %d  %s\n", oracle.AddressOf(random), len(random), path); r.stdout != want {
		t.Fatalf("add --raw printed %q, want %q", r.stdout, want)
	}
}

func TestModelFetch(t *testing.T) {
	src, err := oracle.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("a model worth fetching")
	addr, err := src.Add(data)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(oracle.NewServer(src))
	defer srv.Close()

	store := t.TempDir()
	r := mustRun(t, "model", "fetch", "--store", store, "--from", srv.URL, addr.Hex())
	if want := fmt.Sprintf("%s  %d  %s\n", addr, len(data), srv.URL); r.stdout != want {
		t.Fatalf("fetch printed %q, want %q", r.stdout, want)
	}
	mustRun(t, "model", "verify", "--store", store, addr.Hex())

	unknown := oracle.AddressOf([]byte("unknown"))
	r = run(t, "model", "fetch", "--store", store, "--from", srv.URL, unknown.Hex())
	if r.code != 1 || !strings.Contains(r.stderr, "404 Not Found") {
		t.Fatalf("fetch of an unknown model: %+v", r)
	}
	r = run(t, "model", "fetch", "--store", t.TempDir(), "--from", srv.URL, "--max-size", "10", addr.Hex())
	if r.code != 1 || !strings.Contains(r.stderr, "larger than the size limit") {
		t.Fatalf("fetch over --max-size: %+v", r)
	}
}
