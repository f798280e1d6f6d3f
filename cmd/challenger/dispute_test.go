package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// background runs a long-lived command (devnet, run) until the test ends.
type background struct {
	cancel context.CancelFunc
	done   chan int
	mu     sync.Mutex
	stderr bytes.Buffer
}

func (b *background) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.stderr.Write(p)
}

func (b *background) log() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.stderr.String()
}

func start(t *testing.T, a *app, args ...string) *background {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	b := &background{cancel: cancel, done: make(chan int, 1)}
	go func() { b.done <- execute(ctx, a, args, &bytes.Buffer{}, b) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-b.done:
		case <-time.After(20 * time.Second):
			t.Errorf("challenger %s did not stop", strings.Join(args, " "))
		}
	})
	return b
}

// TestDisputeCommands plays a dispute with the commands a user would type:
// devnet (JSON-RPC on loopback, a block every second), submit of a wrong
// claim, run for the submitter (key in the environment) and for a challenger
// (keystore file), list until the claim is rejected, and resolve. The
// submitter's agent is honest: its own VM run rejects its claim, so it does
// not defend it, and loses on time (a 3 s clock).
func TestDisputeCommands(t *testing.T) {
	elf := testprograms.Inference(t)
	store := t.TempDir()
	deployment := filepath.Join(t.TempDir(), "deployment.json")
	ready := make(chan string, 1)
	net := start(t, &app{onReady: func(url string) { ready <- url }}, "--store", store, "devnet",
		"--listen", "127.0.0.1:0", "--deployment", deployment, "--program", elf, "--max-steps", "16777216", "--arity", "16",
		"--clock", "3s", "--window", "10m", "--block-time", "1s")
	var url string
	select {
	case url = <-ready:
	case code := <-net.done:
		t.Fatalf("devnet exited with %d:\n%s", code, net.log())
	case <-time.After(60 * time.Second):
		t.Fatalf("devnet not up after 60 s:\n%s", net.log())
	}
	keys := devnet.DevKeys(3)
	chainArgs := []string{"--store", store}
	with := func(args ...string) []string {
		return append(append(append([]string{}, chainArgs...), args...), "--rpc", url, "--deployment", deployment)
	}

	// The challenger's key in a keystore file, its password in the environment.
	ks := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(keys[2].PublicKey), PrivateKey: keys[2]}
	enc, err := keystore.EncryptKey(ks, "secret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ksFile := writeFile(t, "challenger.json", enc)
	t.Setenv(envKeystorePassword, "secret")
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(keys[1])))

	if r := run(t, with("submit", "--model", mnistModel, "--input", mnistImage, "--output", "03")...); r.code != 0 || strings.TrimSpace(r.stdout) != "0" {
		t.Fatalf("submit: exit %d, stdout %q\n%s", r.code, r.stdout, r.stderr)
	}
	if r := run(t, with("list", "--json")...); !strings.Contains(r.stdout, `"status": "pending"`) {
		t.Fatalf("list after submit: %s %s", r.stdout, r.stderr)
	}
	defender := start(t, &app{}, with("run", "--program", elf, "--poll", "100ms", "--challenge=false", "--cache", t.TempDir())...)
	challenger := start(t, &app{}, with("run", "--program", elf, "--poll", "100ms", "--defend=false", "--keystore", ksFile,
		"--cache", t.TempDir())...)

	deadline := time.Now().Add(2 * time.Minute)
	var claims []listedClaim
	for {
		r := run(t, with("list", "--json")...)
		if err := json.Unmarshal([]byte(r.stdout), &claims); err != nil {
			t.Fatalf("list --json: %v\n%s\n%s", err, r.stdout, r.stderr)
		}
		// list reads the claim and its games in separate calls, so a
		// listing taken while the game is being recorded can show the
		// recorded game next to the claim as it was just before: wait for
		// both.
		if len(claims) == 1 && len(claims[0].Games) == 1 && claims[0].Games[0].Recorded && claims[0].Status != "pending" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no decided game after 2 minutes: %+v\ndefender:\n%s\nchallenger:\n%s", claims, defender.log(), challenger.log())
		}
		time.Sleep(200 * time.Millisecond)
	}
	g := claims[0].Games[0]
	if claims[0].Status != "rejected" || g.Status != "challenger won" || g.Rounds != 0 || g.DefenderClock != 0 {
		t.Fatalf("after the game: %+v", claims[0])
	}
	if !strings.Contains(challenger.log(), "claim checked natively: WRONG") {
		t.Fatalf("the challenger did not log its native check:\n%s", challenger.log())
	}
	if !strings.Contains(defender.log(), "cannot defend the claim: the VM does not accept it") {
		t.Fatalf("the submitter did not say why it does not defend:\n%s", defender.log())
	}
	if r := run(t, with("list")...); !strings.Contains(r.stdout, "rejected") || !strings.Contains(r.stdout, "challenger won") {
		t.Fatalf("list: %s", r.stdout)
	}
	// Anyone can run resolve: the game is recorded, the window still open.
	if r := run(t, with("resolve")...); r.code != 0 {
		t.Fatalf("resolve: exit %d: %s", r.code, r.stderr)
	}

	// Errors a user will meet.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{with("challenge", "7"), "OpML: no such claim"},
		{with("challenge", "x"), `claim id "x"`},
		{[]string{"list", "--rpc", "http://127.0.0.1:1", "--deployment", deployment}, "is the node running?"},
		{[]string{"list", "--rpc", url, "--deployment", filepath.Join(t.TempDir(), "none.json")}, "run 'challenger deploy' or 'challenger devnet' first"},
	} {
		r := run(t, tc.args...)
		if r.code == 0 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("challenger %s: exit %d, stderr %q, want an error with %q", strings.Join(tc.args, " "), r.code, r.stderr, tc.want)
		}
	}
	t.Setenv(envKeystorePassword, "wrong")
	if r := run(t, with("challenge", "0", "--keystore", ksFile)...); r.code == 0 || !strings.Contains(r.stderr, "the password is read from $"+envKeystorePassword) {
		t.Errorf("a keystore with the wrong password: exit %d, %s", r.code, r.stderr)
	}
	os.Unsetenv(envPrivateKey)
	if r := run(t, with("submit", "--model", mnistModel, "--input", mnistImage)...); r.code == 0 || !strings.Contains(r.stderr, "no key: set $"+envPrivateKey) {
		t.Errorf("submit without a key: exit %d, %s", r.code, r.stderr)
	}
}

func TestParseEther(t *testing.T) {
	for in, want := range map[string]string{"1": "1000000000000000000", "0.3": "300000000000000000", "250gwei": "250000000000", "7wei": "7", "2ether": "2000000000000000000"} {
		got, err := parseEther(in)
		if err != nil || got.String() != want {
			t.Errorf("parseEther(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "-1", "abc", "1eth"} {
		if _, err := parseEther(bad); err == nil {
			t.Errorf("parseEther(%q): no error", bad)
		}
	}
}
