package main

import (
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/internal/testprograms"
)

func TestInfer(t *testing.T) {
	r := mustRun(t, "infer", "--model", mnistModel, "--input", mnistImage)
	for _, want := range []string{"output:       09", "output_size:  1", "gas:          38597"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("infer output lacks %q:\n%s", want, r.stdout)
		}
	}
	if r := run(t, "infer", "--model", mnistModel, "--input", mnistModel); r.code == 0 || !strings.Contains(r.stderr, "inference:") {
		t.Errorf("infer on a wrong-sized input: exit %d, %s", r.code, r.stderr)
	}
}

// TestL2Report starts the AI EVM chain and an L1 devnet with the commands,
// and reads an adapter report: nothing yet, and the report says how far the
// adapter got.
func TestL2Report(t *testing.T) {
	store := t.TempDir()
	mustRun(t, "--store", store, "model", "add", mnistModel)
	ready := func() (*app, chan string) {
		ch := make(chan string, 1)
		return &app{onReady: func(url string) { ch <- url }}, ch
	}
	wait := func(ch chan string, b *background) string {
		select {
		case url := <-ch:
			return url
		case code := <-b.done:
			t.Fatalf("exited with %d:\n%s", code, b.log())
		case <-time.After(60 * time.Second):
			t.Fatalf("not up after 60 s:\n%s", b.log())
		}
		return ""
	}
	a2, ch2 := ready()
	l2 := start(t, a2, "--store", store, "l2", "--listen", "127.0.0.1:0")
	l2URL := wait(ch2, l2)
	a1, ch1 := ready()
	l1 := start(t, a1, "--store", store, "devnet", "--listen", "127.0.0.1:0", "--node-program", testprograms.Node(t), "--max-steps", "16777216")
	l1URL := wait(ch1, l1)
	r := mustRun(t, "--store", store, "report", "--l2-rpc", l2URL, "--rpc", l1URL)
	if !strings.Contains(r.stdout, "VERDICT") {
		t.Fatalf("report: %s", r.stdout)
	}
	if r := run(t, "--store", store, "report", "--l2-rpc", l2URL, "--rpc", l1URL, "--json"); strings.TrimSpace(r.stdout) != "[]" {
		t.Fatalf("report --json with no inferences: %q %s", r.stdout, r.stderr)
	}
}
