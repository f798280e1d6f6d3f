package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestModelRegisterCommands: on a two-phase devnet, 'model register'
// registers a model with limits given and checked, or computed for the
// deployment; a model is registered once; submit refuses a claim beyond
// the model's limits and, with --register=false, one on a model not
// registered, and registers one itself otherwise; 'da challenge' and 'da
// list' open and show a data-availability challenge.
func TestModelRegisterCommands(t *testing.T) {
	node := testprograms.Node(t)
	store := t.TempDir()
	deployment := filepath.Join(t.TempDir(), "deployment.json")
	url := startDevnet(t, store, deployment, "--node-program", node, "--max-items", "4095", "--da-bond", "0.05", "--da-window", "2s",
		"--block-time", "1s")
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(devnet.DevKeys(2)[1])))
	with := func(args ...string) []string {
		return append(append([]string{"--store", store}, args...), "--rpc", url, "--deployment", deployment)
	}
	classifier, err := os.ReadFile(mnistModel)
	if err != nil {
		t.Fatal(err)
	}
	mnistAddr := oracle.AddressOf(classifier)

	// Limits given: 700 input bytes admit no image, so none of its claims
	// can be lost for lack of trace; checked, and registered as given.
	r := mustRun(t, with("model", "register", "--model", mnistModel, "--max-input-bytes", "700", "--max-output-bytes", "1")...)
	if want := mnistAddr.Hex() + "  registered  max input 700 bytes, max output 1 bytes, 2 blocks"; strings.TrimSpace(r.stdout) != want {
		t.Fatalf("model register: %q, want %q", r.stdout, want)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{with("model", "register", "--model", mnistModel), "already registered"},
		{with("submit", "--model", mnistModel, "--input", mnistImage), "the input has 784 bytes, a claim on this model at most 700 (its registered maxInputBytes)"},
		{with("da", "challenge", mnistAddr.Hex(), "2"), "has 2 blocks (0 to 1)"},
	} {
		if r := run(t, tc.args...); r.code == 0 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("challenger %s: exit %d, stderr %q, want an error with %q", strings.Join(tc.args, " "), r.code, r.stderr, tc.want)
		}
	}

	// A llama model: not registered, submit --register=false refuses; its
	// limits computed for the deployment, half its context generated.
	tiny := filepath.Join(t.TempDir(), "tiny.gguf")
	mustRun(t, "model", "random", "--dim", "32", "--layers", "1", "--heads", "2", "--ff", "64", "--vocab", "40", "--context", "24",
		"--out", tiny)
	prompt := writeFile(t, "prompt.bin", llama.EncodeInput([]int32{1, 2, 3}, 2))
	if r := run(t, with("submit", "--register=false", "--model", tiny, "--input", prompt)...); r.code == 0 || !strings.Contains(r.stderr, "not registered") {
		t.Fatalf("submit on an unregistered model: exit %d, %s", r.code, r.stderr)
	}
	r = mustRun(t, with("model", "register", "--model", tiny)...)
	if !strings.Contains(r.stdout, "registered  max input 52 bytes, max output 48 bytes") {
		t.Fatalf("model register of the llama: %q (want 12 prompt tokens and 12 generated, half the context each)", r.stdout)
	}
	mustRun(t, with("submit", "--model", tiny, "--input", prompt)...)

	// submit registers a model the deployment does not know.
	other := filepath.Join(t.TempDir(), "other.gguf")
	mustRun(t, "model", "random", "--dim", "32", "--layers", "1", "--heads", "2", "--ff", "64", "--vocab", "40", "--context", "24",
		"--seed", "2", "--out", other)
	mustRun(t, with("submit", "--model", other, "--input", prompt)...)

	// A data-availability challenge by hand, listed; nobody answers it
	// (no run), and after the 2 s window resolve makes the model
	// unavailable: the claim on it is rejected.
	tinyAddr := oracle.AddressOf(mustRead(t, tiny))
	r = mustRun(t, with("da", "challenge", tinyAddr.Hex(), "0")...)
	if !strings.Contains(r.stdout, "data-availability challenge 0: block 0 of "+tinyAddr.Hex()) {
		t.Fatalf("da challenge: %q", r.stdout)
	}
	r = mustRun(t, with("da", "list", "--json")...)
	var list []listedDA
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil {
		t.Fatalf("da list --json: %v\n%s", err, r.stdout)
	}
	if len(list) != 1 || list[0].Model != tinyAddr.Hex() || list[0].Block != 0 || list[0].Status != "open" ||
		list[0].Challenger != crypto.PubkeyToAddress(devnet.DevKeys(2)[1].PublicKey).Hex() {
		t.Fatalf("da list: %+v", list)
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(500 * time.Millisecond) {
		r = mustRun(t, with("resolve")...)
		if strings.Contains(r.stdout, "data-availability challenge 0 unanswered: model "+tinyAddr.Hex()+" is unavailable") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("resolve did not resolve the data-availability challenge: %q", r.stdout)
		}
	}
	var claims []listedClaim
	r = mustRun(t, with("list", "--json")...)
	if err := json.Unmarshal([]byte(r.stdout), &claims); err != nil {
		t.Fatalf("list --json: %v\n%s", err, r.stdout)
	}
	if len(claims) != 2 || claims[0].Status != "rejected" || claims[1].Status != "pending" {
		t.Fatalf("claims after the model's unavailability: %+v (want the one on it rejected, the other pending)", claims)
	}
	if r := run(t, with("submit", "--model", tiny, "--input", prompt)...); r.code == 0 || !strings.Contains(r.stderr, "unavailable") {
		t.Fatalf("submit on the unavailable model: exit %d, %s", r.code, r.stderr)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
