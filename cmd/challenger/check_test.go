package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axonum/opml/claim/multiphase"
	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	mnistModel = filepath.Join("..", "..", "ggml-mips", "models", "mnist", "testdata", "fashion-mnist.gguf")
	mnistImage = filepath.Join("..", "..", "ggml-mips", "models", "mnist", "testdata", "images", "0000-9.bin")
)

func TestCheck(t *testing.T) {
	elf := testprograms.Inference(t)
	var rep checkReport
	decode := func(r result) {
		t.Helper()
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
			t.Fatalf("output is not a JSON report: %v\n%s", err, r.stdout)
		}
	}
	for _, engine := range []string{"go", "unicorn", "auto"} {
		r := run(t, "check", "--model", mnistModel, "--input", mnistImage, "--program", elf, "--engine", engine, "--json")
		if engine == "unicorn" && strings.Contains(r.stderr, "no unicorn engine") {
			continue
		}
		if r.code != 0 {
			t.Fatalf("honest claim on %s: exit %d: %s", engine, r.code, r.stderr)
		}
		decode(r)
		if !rep.Accepted || rep.ExitCode != protocol.ExitMatch || rep.VMOutput != rep.Native || rep.Native != "09" || !strings.HasPrefix(rep.FinalState, "0x00") {
			t.Fatalf("honest claim on %s: %+v", engine, rep)
		}
	}

	// the plan: what a two-phase dispute over the claim plays
	want := multiphase.GraphFinal(crypto.Keccak256Hash([]byte{9}))
	p := rep.Plan
	if p == nil || p.Items < 2 || p.Slots < p.Items || p.Positions != uint64(p.Items)+1 || !p.Fits || p.MaxItemMACs <= 0 ||
		p.MaxItemMACs > p.MACBound || !strings.Contains(p.MaxItem, "graph 0 node ") || p.Window <= 0 || p.Window > p.WindowBound ||
		p.Output != "09" || p.FinalCommitment != hex0x(want[:]) || !p.MatchesClaim || p.Unusable != "" {
		t.Fatalf("honest claim's plan: %+v", rep.Plan)
	}
	text := mustRun(t, "check", "--model", mnistModel, "--input", mnistImage, "--program", elf).stdout
	for _, line := range []string{"verdict:      ACCEPTED",
		fmt.Sprintf("plan:         %d work items over %d buffer slots: %d phase-1 positions", p.Items, p.Slots, p.Positions),
		fmt.Sprintf("largest item: %s, %d units of work", p.MaxItem, p.MaxItemMACs),
		"plan final:   " + hex0x(want[:]) + ", the claimed output's"} {
		if !strings.Contains(text, line) {
			t.Errorf("check's output lacks %q:\n%s", line, text)
		}
	}

	// by address, from the store
	store := t.TempDir()
	addr := strings.Fields(mustRun(t, "--store", store, "model", "add", mnistModel).stdout)[0]
	r := run(t, "--store", store, "check", "--model", addr, "--input", mnistImage, "--program", elf, "--json")
	decode(r)
	if r.code != 0 || !rep.Accepted || rep.Model.Hex() != addr {
		t.Fatalf("claim about stored model %s: exit %d, %+v, %s", addr, r.code, rep, r.stderr)
	}

	r = run(t, "check", "--model", mnistModel, "--input", mnistImage, "--program", elf, "--output", "03", "--json")
	decode(r)
	if r.code != 1 || rep.Accepted || rep.ExitCode != protocol.ExitMismatch || rep.VMOutput != "09" || !strings.HasPrefix(rep.FinalState, "0x01") {
		t.Fatalf("wrong claim: exit %d, %+v", r.code, rep)
	}
	if p := rep.Plan; p.MatchesClaim || p.FinalCommitment != hex0x(want[:]) || p.Output != "09" {
		t.Fatalf("wrong claim's plan: %+v", p)
	}

	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"missing program", []string{"--model", mnistModel, "--input", mnistImage, "--program", "nope.elf"}, "make inference"},
		{"missing model", []string{"--model", "nope.gguf", "--input", mnistImage, "--program", elf}, "GGUF file or a model address"},
		{"not a model", []string{"--model", mnistImage, "--input", mnistImage, "--program", elf}, "native inference"},
		{"bad input", []string{"--model", mnistModel, "--input", mnistModel, "--program", elf}, "input is not a 28×28 image"},
		{"bad output hex", []string{"--model", mnistModel, "--input", mnistImage, "--program", elf, "--output", "zz"}, "--output"},
		{"bad engine", []string{"--model", mnistModel, "--input", mnistImage, "--program", elf, "--engine", "jit"}, "want go, unicorn or auto"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, append([]string{"check"}, tc.args...)...)
			if r.code == 0 || !strings.Contains(r.stderr, tc.want) {
				t.Fatalf("exit %d, stderr %q; want an error containing %q", r.code, r.stderr, tc.want)
			}
		})
	}
}

// TestAliasedAddressRefused: an alias of a stored model's address (byte 0
// changed) names no model: check, submit and infer refuse it, saying so,
// before anything else (submit before connecting to a chain).
func TestAliasedAddressRefused(t *testing.T) {
	store := t.TempDir()
	addr, err := oracle.ParseAddress(strings.Fields(mustRun(t, "--store", store, "model", "add", mnistModel).stdout)[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range []byte{0x00, 0x02, 0x83} {
		alias := addr
		alias[0] = b
		for _, cmd := range [][]string{
			{"check", "--model", alias.Hex(), "--input", mnistImage, "--program", "unused.elf"},
			{"submit", "--model", alias.Hex(), "--input", mnistImage, "--rpc", "http://127.0.0.1:1"},
			{"infer", "--model", alias.Hex(), "--input", mnistImage},
		} {
			r := run(t, append([]string{"--store", store}, cmd...)...)
			if want := fmt.Sprintf("--model: model address %s: not a model address: byte 0 is 0x%02x", alias, b); r.code != 1 || !strings.Contains(r.stderr, want) {
				t.Fatalf("%s with alias %s: exit %d, stderr %q; want an error containing %q", cmd[0], alias, r.code, r.stderr, want)
			}
		}
	}
}
