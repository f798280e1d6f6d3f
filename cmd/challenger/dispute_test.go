package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/uuid"
	"github.com/spf13/cobra"
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

// startDevnet starts "challenger devnet" on a loopback port with the
// deployment file given and returns its JSON-RPC URL.
func startDevnet(t *testing.T, store, deployment string, args ...string) string {
	t.Helper()
	ready := make(chan string, 1)
	net := start(t, &app{onReady: func(url string) { ready <- url }}, append([]string{"--store", store, "devnet",
		"--listen", "127.0.0.1:0", "--deployment", deployment}, args...)...)
	select {
	case url := <-ready:
		return url
	case code := <-net.done:
		t.Fatalf("devnet exited with %d:\n%s", code, net.log())
	case <-time.After(60 * time.Second):
		t.Fatalf("devnet not up after 60 s:\n%s", net.log())
	}
	return ""
}

// waitGame lists the claims until claim 0's one game is recorded and the
// claim decided accordingly (rejected, or still pending in its window when
// the defender won), and returns the listing.
func waitGame(t *testing.T, with func(...string) []string, logs ...*background) listedClaim {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		var claims []listedClaim
		r := run(t, with("list", "--json")...)
		if err := json.Unmarshal([]byte(r.stdout), &claims); err != nil {
			t.Fatalf("list --json: %v\n%s\n%s", err, r.stdout, r.stderr)
		}
		// list reads the claim and its games in separate calls, so a
		// listing taken while the game is being recorded can show the
		// recorded game next to the claim as it was just before: wait for
		// both. Claims after the first are the winner's reposts.
		if len(claims) >= 1 && len(claims[0].Games) == 1 && claims[0].Games[0].Recorded &&
			(claims[0].Status != "pending" || claims[0].Games[0].Status == "defender won") {
			return claims[0]
		}
		if time.Now().After(deadline) {
			msg := fmt.Sprintf("no decided game after 2 minutes: %+v", claims)
			for _, b := range logs {
				msg += "\n--- agent log:\n" + b.log()
			}
			t.Fatal(msg)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// keystoreFile writes key to a keystore file, its password ("secret") in
// the environment: a command run in the background reads it when it
// starts, which $OPML_PRIVATE_KEY, changed meanwhile, would race with.
func keystoreFile(t *testing.T, key *ecdsa.PrivateKey) string {
	t.Helper()
	ks := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	enc, err := keystore.EncryptKey(ks, "secret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(envKeystorePassword, "secret")
	return writeFile(t, "key.json", enc)
}

// TestDisputeCommands plays a dispute with the commands a user would type,
// on a two-phase deployment (the default) and on a single-phase one:
// devnet (JSON-RPC on loopback, a block every second), submit of a wrong
// claim, run for the submitter (key in the environment) and for a
// challenger (keystore file), list until the claim is rejected, and
// resolve. The submitter's agent is honest: its own run rejects its claim
// (the plan does not compute the claimed output; in single-phase, the VM
// does not accept it), so it does not defend it, and loses on time (a 3 s
// clock).
func TestDisputeCommands(t *testing.T) {
	elf, node := testprograms.Inference(t), testprograms.Node(t)
	for _, tc := range []struct {
		mode      string
		devnet    []string // the deployment's flags
		programs  []string // run's
		stage     string
		concedes  string // what the honest submitter logs
		userTests bool
	}{
		// Only the program the deployment's games run is read.
		{"two-phase", []string{"--node-program", node, "--max-items", "255"}, []string{"--node-program", node, "--program", "nope.elf"},
			"graph phase", "cannot defend the claim: its plan does not compute the claimed output", true},
		{"single-phase", []string{"--single-phase", "--program", elf}, []string{"--program", elf, "--node-program", "nope.elf"},
			"single-phase", "cannot defend the claim: the VM does not accept it", false},
	} {
		t.Run(tc.mode, func(t *testing.T) {
			store := t.TempDir()
			deployment := filepath.Join(t.TempDir(), "deployment.json")
			url := startDevnet(t, store, deployment, append(tc.devnet, "--max-steps", "16777216", "--arity", "16",
				"--clock", "3s", "--window", "10m", "--block-time", "1s")...)
			keys := devnet.DevKeys(3)
			with := func(args ...string) []string {
				return append(append([]string{"--store", store}, args...), "--rpc", url, "--deployment", deployment)
			}

			// The challenger's key in a keystore file, its password in the environment.
			ksFile := keystoreFile(t, keys[2])
			t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(keys[1])))

			if r := run(t, with("submit", "--model", mnistModel, "--input", mnistImage, "--output", "03")...); r.code != 0 || strings.TrimSpace(r.stdout) != "0" {
				t.Fatalf("submit: exit %d, stdout %q\n%s", r.code, r.stdout, r.stderr)
			}
			if r := run(t, with("list", "--json")...); !strings.Contains(r.stdout, `"status": "pending"`) {
				t.Fatalf("list after submit: %s %s", r.stdout, r.stderr)
			}
			defender := start(t, &app{}, with(append([]string{"run", "--poll", "100ms", "--challenge=false", "--cache", t.TempDir()}, tc.programs...)...)...)
			challenger := start(t, &app{}, with(append([]string{"run", "--poll", "100ms", "--defend=false", "--keystore", ksFile,
				"--cache", t.TempDir()}, tc.programs...)...)...)

			cl := waitGame(t, with, defender, challenger)
			g := cl.Games[0]
			if cl.Status != "rejected" || g.Status != "challenger won" || g.Stage != tc.stage || g.Rounds != 0 || g.DefenderClock != 0 || g.Node != 0 {
				t.Fatalf("after the game: %+v", cl)
			}
			// The winner (run's --repost is on by default) posts the honest
			// claim on the rejected claim's call, once.
			deadline := time.Now().Add(time.Minute)
			for !strings.Contains(challenger.log(), "honest claim posted after a won dispute") {
				if time.Now().After(deadline) {
					t.Fatalf("the challenger did not repost the honest claim:\n%s", challenger.log())
				}
				time.Sleep(200 * time.Millisecond)
			}
			var claims []listedClaim
			if r := run(t, with("list", "--json")...); json.Unmarshal([]byte(r.stdout), &claims) != nil || len(claims) != 2 ||
				claims[1].Output != "09" || claims[1].Submitter != crypto.PubkeyToAddress(keys[2].PublicKey).Hex() || claims[1].InputHash != claims[0].InputHash {
				t.Fatalf("after the repost: %+v", claims)
			}
			if !strings.Contains(challenger.log(), "claim checked natively: WRONG") {
				t.Fatalf("the challenger did not log its native check:\n%s", challenger.log())
			}
			if !strings.Contains(defender.log(), tc.concedes) {
				t.Fatalf("the submitter did not say why it does not defend (%q):\n%s", tc.concedes, defender.log())
			}
			if r := run(t, with("list")...); !strings.Contains(r.stdout, "rejected") || !strings.Contains(r.stdout, "challenger won") {
				t.Fatalf("list: %s", r.stdout)
			}
			// Anyone can run resolve: the game is recorded, the window still open.
			if r := run(t, with("resolve")...); r.code != 0 {
				t.Fatalf("resolve: exit %d: %s", r.code, r.stderr)
			}
			if !tc.userTests {
				return
			}

			// Errors a user will meet.
			for _, tc := range []struct {
				args []string
				want string
			}{
				{with("challenge", "7"), "OpML: no such claim"},
				{with("challenge", "x"), `claim id "x"`},
				{with("run", "--node-program", "nope.elf"), "the deployment is two-phase (graph depth 2), and the node phase of its games runs the node program: build it with 'make inference'"},
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
		})
	}
}

// TestTwoPhaseCommands: deploy without a mode flag deploys a two-phase
// game over the node program (--single-phase a single-phase one over the
// claim-checking program), and a two-phase game played through the
// commands goes through both phases: an honest claim, challenged by hand
// ('challenge') by an honest challenger who then agrees with every cut,
// comes down to the graph trace's last position, where the node program
// accepts the defender's commitment, and then to the node program's last
// step, which the defender executes and wins.
func TestTwoPhaseCommands(t *testing.T) {
	elf, node := testprograms.Inference(t), testprograms.Node(t)
	store := t.TempDir()
	deployment := filepath.Join(t.TempDir(), "deployment.json")
	url := startDevnet(t, store, deployment, "--node-program", node, "--max-items", "255", "--max-steps", "16777216",
		"--arity", "16", "--clock", "10m", "--window", "10m", "--block-time", "1s")
	keys := devnet.DevKeys(4)
	prestate := func(path string) [32]byte {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		s, err := claim.Prestate(data)
		if err != nil {
			t.Fatal(err)
		}
		return s.Hash()
	}
	connect := func(path string) onchain.Config {
		t.Helper()
		addrs, err := onchain.ReadAddresses(path)
		if err != nil {
			t.Fatal(err)
		}
		ec, err := ethclient.Dial(url)
		if err != nil {
			t.Fatal(err)
		}
		defer ec.Close()
		c, err := onchain.Connect(t.Context(), ec, addrs, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return c.Config
	}

	// deploy, by default and with --single-phase (account 3 deploys).
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(keys[3])))
	d2 := filepath.Join(t.TempDir(), "two-phase.json")
	r := mustRun(t, "--store", store, "deploy", "--rpc", url, "--deployment", d2, "--node-program", node)
	cfg := connect(d2)
	if !cfg.TwoPhase() || cfg.GraphDepth != 7 || cfg.Game.Depth != 10 || cfg.Prestate != prestate(node) {
		t.Fatalf("a default deployment: %+v; want two-phase, graph depth 7 (8^7 = 2^21 positions), depth 10, the node program's prestate", cfg)
	}
	for _, want := range []string{"two-phase game, arity 8", "graph phase: 7 rounds over 2097152 positions", "--max-items 2097151",
		"node phase:  10 rounds over 1073741824 VM steps", "absolute prestate " + hex0x(cfg.Prestate[:]) + ": the node program " + node,
		nodePrestateFile} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("deploy's output lacks %q:\n%s", want, r.stdout)
		}
	}
	d1 := filepath.Join(t.TempDir(), "single-phase.json")
	r = mustRun(t, "--store", store, "deploy", "--rpc", url, "--deployment", d1, "--single-phase", "--program", elf, "--arity", "4")
	if cfg := connect(d1); cfg.TwoPhase() || cfg.GraphLength != 0 || cfg.Game.Depth != 15 || cfg.Prestate != prestate(elf) {
		t.Fatalf("a --single-phase deployment: %+v; want graph depth 0, depth 15, the claim-checking program's prestate", cfg)
	}
	if !strings.Contains(r.stdout, "single-phase game, arity 4: 15 rounds") || !strings.Contains(r.stdout, programPrestateFile) {
		t.Errorf("deploy --single-phase's output:\n%s", r.stdout)
	}
	if r := run(t, "--store", store, "deploy", "--rpc", url, "--deployment", d1, "--node-program", "nope.elf"); r.code == 0 ||
		!strings.Contains(r.stderr, "--node-program: open nope.elf") || !strings.Contains(r.stderr, "make inference") {
		t.Errorf("deploy without the node program: exit %d, %s", r.code, r.stderr)
	}

	// A two-phase game, played by the agents through both phases.
	with := func(args ...string) []string {
		return append(append([]string{"--store", store}, args...), "--rpc", url, "--deployment", deployment)
	}
	if cfg := connect(deployment); cfg.GraphDepth != 2 || cfg.Game.Depth != 6 {
		t.Fatalf("devnet's deployment: %+v; want graph depth 2 (16^2 >= 255+1), depth 6", cfg)
	}
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(keys[1])))
	if r := mustRun(t, with("submit", "--model", mnistModel, "--input", mnistImage)...); strings.TrimSpace(r.stdout) != "0" {
		t.Fatalf("submit: %q", r.stdout)
	}
	defender := start(t, &app{}, with("run", "--node-program", node, "--poll", "100ms", "--challenge=false", "--cache", t.TempDir(),
		"--metrics", "127.0.0.1:0")...)
	ksFile := keystoreFile(t, keys[2])
	if r := mustRun(t, with("challenge", "0", "--keystore", ksFile)...); !strings.Contains(r.stdout, "challenge 0, game 0") {
		t.Fatalf("challenge: %q", r.stdout)
	}
	challenger := start(t, &app{}, with("run", "--node-program", node, "--poll", "100ms", "--defend=false", "--keystore", ksFile,
		"--cache", t.TempDir())...)

	cl := waitGame(t, with, defender, challenger)
	g := cl.Games[0]
	if cl.Status != "pending" || g.Status != "defender won" || g.Stage != "node phase" || g.Node != 256 || g.Rounds != 6 ||
		g.SegmentLength != 1 || g.NodeStart == "" || g.NodeStart != g.NodeEnd {
		t.Fatalf("after the game: %+v; want the defender to win in the node phase at position 256, after 6 rounds", cl)
	}
	// The chain shows the outcome as soon as the step is mined; the
	// defender logs it once its sender has the receipt.
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(defender.log(), "executed the disputed step on chain") && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
	}
	if !strings.Contains(defender.log(), "executed the disputed step on chain") {
		t.Fatalf("the defender did not execute the last step:\n%s", defender.log())
	}
	if !strings.Contains(challenger.log(), "stage=\"graph phase\"") || !strings.Contains(challenger.log(), "stage=\"node phase\"") {
		t.Fatalf("the challenger did not play both phases:\n%s", challenger.log())
	}
	if r := mustRun(t, with("list")...); !strings.Contains(r.stdout, "node phase (item 256)") || !strings.Contains(r.stdout, "defender won") {
		t.Fatalf("list: %s", r.stdout)
	}
	// The defender's metrics, over loopback: the game it won, its moves.
	m := regexp.MustCompile(`msg="serving metrics" url=(http://127\.0\.0\.1:[0-9]+/metrics)`).FindStringSubmatch(defender.log())
	if m == nil {
		t.Fatalf("run --metrics did not say where it serves them:\n%s", defender.log())
	}
	want := []string{`opml_agent_games_decided_total{outcome="won",role="defender"} 1`, `opml_agent_transactions_total{kind="step"} 1`,
		`opml_agent_transactions_total{kind="bisect"} 8`, "opml_agent_claims_seen_total 1", "# TYPE opml_agent_trace_cache_bytes gauge"}
	var body string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		resp, err := http.Get(m[1])
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if body = string(b); err == nil && containsAll(body, want) {
			return
		}
	}
	t.Fatalf("the defender's metrics at %s lack some of %q:\n%s", m[1], want, body)
}

func containsAll(s string, subs []string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
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

// TestDeployParams: the depths the deployment flags give, two-phase by
// default.
func TestDeployParams(t *testing.T) {
	elf, node := testprograms.Inference(t), testprograms.Node(t)
	for _, tc := range []struct {
		args              []string
		graphDepth, depth uint32
		program           string
	}{
		{nil, 7, 10, node}, // 8^7 = 2^21 = 2,097,151 items + 1; 8^10 = 2^30
		{[]string{"--arity", "2"}, 21, 30, node},
		{[]string{"--arity", "16", "--max-items", "255", "--max-steps", "16777216"}, 2, 6, node},
		{[]string{"--arity", "16", "--max-items", "256"}, 3, 8, node},
		{[]string{"--single-phase"}, 0, 10, elf},
		{[]string{"--single-phase", "--arity", "4", "--max-items", "5"}, 0, 15, elf},
	} {
		var df deployFlags
		cmd := &cobra.Command{}
		df.add(cmd, time.Hour, time.Hour)
		if err := cmd.ParseFlags(append([]string{"--node-program", node, "--program", elf}, tc.args...)); err != nil {
			t.Fatal(err)
		}
		d, err := df.params()
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if d.GraphDepth != tc.graphDepth || d.Game.Depth != tc.depth || d.programPath != tc.program {
			t.Errorf("%v: graph depth %d, depth %d, program %s; want %d, %d, %s", tc.args, d.GraphDepth, d.Game.Depth,
				d.programPath, tc.graphDepth, tc.depth, tc.program)
		}
		if d.MaxInputBytes != onchain.DefaultMaxInputBytes || d.MaxOutputBytes != onchain.DefaultMaxOutputBytes {
			t.Errorf("%v: sizes %d, %d; want the defaults", tc.args, d.MaxInputBytes, d.MaxOutputBytes)
		}
	}
	{
		var df deployFlags
		cmd := &cobra.Command{}
		df.add(cmd, time.Hour, time.Hour)
		if err := cmd.ParseFlags([]string{"--node-program", node, "--max-input-bytes", "65536", "--max-output-bytes", "1",
			"--claim-bond", "1wei", "--challenge-bond", "2gwei"}); err != nil {
			t.Fatal(err)
		}
		d, err := df.params()
		if err != nil {
			t.Fatal(err)
		}
		if d.MaxInputBytes != 65536 || d.MaxOutputBytes != 1 || d.ClaimBond.Int64() != 1 || d.ChallengeBond.Int64() != 2e9 {
			t.Errorf("sizes %d, %d, bonds %v, %v; want 65536, 1, 1, 2e9", d.MaxInputBytes, d.MaxOutputBytes, d.ClaimBond, d.ChallengeBond)
		}
	}
	var df deployFlags
	cmd := &cobra.Command{}
	df.add(cmd, time.Hour, time.Hour)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--node-program", "nope.elf"}, "build the node program with 'make inference'"},
		{[]string{"--single-phase", "--program", "nope.elf"}, "build the claim-checking program with 'make inference'"},
		{[]string{"--node-program", node, "--max-items", "0"}, "--max-items 0"},
		{[]string{"--node-program", node, "--arity", "1"}, "--arity 1"},
		{[]string{"--node-program", node, "--claim-bond", "0"}, `--claim-bond: "0" is 0 wei: a bond must be positive`},
		{[]string{"--node-program", node, "--challenge-bond", "0.5wei"}, `--challenge-bond: "0.5wei" is 0 wei: a bond must be positive`},
		{[]string{"--node-program", node, "--max-input-bytes", "0"}, "--max-input-bytes 0: want 1 to 65536"},
		{[]string{"--node-program", node, "--max-input-bytes", "65537"}, "--max-input-bytes 65537: want 1 to 65536"},
		{[]string{"--node-program", node, "--max-output-bytes", "0"}, "--max-output-bytes 0: want 1 to 8192"},
		{[]string{"--node-program", node, "--max-output-bytes", "8193"}, "--max-output-bytes 8193: want 1 to 8192"},
	} {
		df = deployFlags{}
		cmd = &cobra.Command{}
		df.add(cmd, time.Hour, time.Hour)
		if err := cmd.ParseFlags(tc.args); err != nil {
			t.Fatal(err)
		}
		if _, err := df.params(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want an error with %q", tc.args, err, tc.want)
		}
	}
}

// TestSizeAndBondFlags: a devnet deployed with --max-input-bytes and
// --max-output-bytes has those bounds on chain, and submit refuses a claim
// over them with the reason; devnet refuses a zero bond before starting a
// chain.
func TestSizeAndBondFlags(t *testing.T) {
	elf := testprograms.Inference(t)
	store := t.TempDir()
	deployment := filepath.Join(t.TempDir(), "deployment.json")
	for _, tc := range []struct{ args, want string }{
		{"--claim-bond 0", `--claim-bond: "0" is 0 wei: a bond must be positive`},
		{"--challenge-bond 0wei", `--challenge-bond: "0wei" is 0 wei: a bond must be positive`},
		{"--max-input-bytes 70000", "--max-input-bytes 70000: want 1 to 65536"},
	} {
		args := append([]string{"--store", store, "devnet", "--listen", "127.0.0.1:0", "--deployment", deployment,
			"--single-phase", "--program", elf}, strings.Fields(tc.args)...)
		if r := run(t, args...); r.code == 0 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("devnet %s: exit %d, stderr %q, want an error with %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
	url := startDevnet(t, store, deployment, "--single-phase", "--program", elf, "--max-input-bytes", "784", "--max-output-bytes", "2")
	addrs, err := onchain.ReadAddresses(deployment)
	if err != nil {
		t.Fatal(err)
	}
	ec, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	c, err := onchain.Connect(context.Background(), ec, addrs, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Config.MaxInputBytes != 784 || c.Config.MaxOutputBytes != 2 {
		t.Fatalf("deployed sizes %d, %d, want 784, 2", c.Config.MaxInputBytes, c.Config.MaxOutputBytes)
	}
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(devnet.DevKeys(2)[1])))
	with := func(args ...string) []string {
		return append(append([]string{"--store", store}, args...), "--rpc", url, "--deployment", deployment)
	}
	image, err := os.ReadFile(mnistImage)
	if err != nil {
		t.Fatal(err)
	}
	longer := writeFile(t, "785.bin", append(image, 0))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{with("submit", "--model", mnistModel, "--input", longer), "not posting the claim: the input has 785 bytes, the deployment accepts at most 784 (maxInputBytes)"},
		{with("submit", "--model", mnistModel, "--input", mnistImage, "--output", "010203"), "not posting the claim: the output has 3 bytes, the deployment accepts at most 2 (maxOutputBytes)"},
	} {
		if r := run(t, tc.args...); r.code == 0 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("challenger %s: exit %d, stderr %q, want an error with %q", strings.Join(tc.args, " "), r.code, r.stderr, tc.want)
		}
	}
	if n, err := c.ClaimCount(context.Background()); err != nil || n != 0 {
		t.Fatalf("%d claims (%v) after refused submits", n, err)
	}
	mustRun(t, with("submit", "--model", mnistModel, "--input", mnistImage)...) // at the input bound
}

// TestDemo runs the demo's whole story, two-phase (the default) and
// single-phase; the demo fails by itself if a dispute does not end as told.
func TestDemo(t *testing.T) {
	elf, node := testprograms.Inference(t), testprograms.Node(t)
	mnist := filepath.Join("..", "..", "ggml-mips", "models", "mnist", "testdata")
	args := []string{"demo", "--node-program", node, "--program", elf, "--model", mnistModel, "--input", mnistImage,
		"--l2-lie-input", filepath.Join(mnist, "images", "0001-2.bin")}
	for _, tc := range []struct {
		name  string
		args  []string
		wants []string
	}{
		{"two-phase", nil, []string{"two-phase game, arity 8:", "graph phase: 4 rounds over 4096 positions",
			"the claim's plan: ", "Bob challenges it with a phase-1 trace made up from position ",
			"game 0: graph phase: 4 rounds, down to position ", "node phase: 8 rounds, down to step 2999999 of the node program's run on it; the defender (submitter) won",
			"game 1: graph phase: 4 rounds, down to position ", "(the final output's commitment)", "the challenger won",
			"CONTRADICTED", "demo done"}},
		{"single-phase", []string{"--single-phase"}, []string{"single-phase game, arity 8: 8 rounds",
			"game 0: 8 rounds, disputed step 2999999; the defender (submitter) won", "game 1: 8 rounds", "CONTRADICTED", "demo done"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
			defer cancel()
			var stdout, stderr bytes.Buffer
			if code := execute(ctx, &app{}, append(args, tc.args...), &stdout, &stderr); code != 0 {
				t.Fatalf("demo: exit %d\n%s\n%s", code, stdout.String(), stderr.String())
			}
			for _, want := range tc.wants {
				if !strings.Contains(stdout.String(), want) {
					t.Errorf("the demo's story lacks %q:\n%s", want, stdout.String())
				}
			}
		})
	}
}
