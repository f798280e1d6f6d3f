package main

// Adversarial tests of 'rollup node''s flags, deployment file and key:
// each mistake gets exit 1 and an error naming it, never a panic.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/rollup/node"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestAdvNodeBadInputs: each wrong flag, deployment file or key stops
// 'rollup node' before it runs, with exit 1 and an error naming it.
func TestAdvNodeBadInputs(t *testing.T) {
	program := testprograms.BlockProgram(t)
	dir := t.TempDir()
	keys := devnet.DevKeys(2)
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := filepath.Join(dir, "rollup.json")
	if err := (&node.Deployment{ChainID: 901, Inbox: common.Address{1}, OutputOracle: common.Address{2}, Sequencer: crypto.PubkeyToAddress(keys[0].PublicKey)}).Write(good); err != nil {
		t.Fatal(err)
	}
	corrupt := write("corrupt.json", `{"l2ChainId": 901, "batchInbox": "0x01`)
	empty := write("empty.json", `{}`)
	wrongType := write("wrongtype.json", `{"l2ChainId": "nine", "batchInbox": 5}`)
	notDir := write("state-file", "")
	deadL1 := "http://127.0.0.1:1"
	seqKey := hexutil.Encode(crypto.FromECDSA(keys[0]))
	otherKey := hexutil.Encode(crypto.FromECDSA(keys[1]))
	base := []string{"node", "--program", program, "--listen", "127.0.0.1:0", "--state", filepath.Join(dir, "state")}
	for _, tc := range []struct {
		name string
		key  string
		args []string
		want string
	}{
		{"missing deployment", seqKey, []string{"--l1-rpc", deadL1, "--deployment", filepath.Join(dir, "none.json")}, "run 'rollup deploy' first"},
		{"corrupt deployment", seqKey, []string{"--l1-rpc", deadL1, "--deployment", corrupt}, "corrupt.json"},
		{"empty deployment", seqKey, []string{"--l1-rpc", deadL1, "--deployment", empty}, "no chain id, inbox or output oracle"},
		{"deployment of wrong types", seqKey, []string{"--l1-rpc", deadL1, "--deployment", wrongType}, "wrongtype.json"},
		{"no key", "", []string{"--l1-rpc", deadL1, "--deployment", good}, "no key"},
		{"a key that is not hex", "0xnothex", []string{"--l1-rpc", deadL1, "--deployment", good}, envPrivateKey},
		{"not the sequencer's key", otherKey, []string{"--l1-rpc", deadL1, "--deployment", good}, "the deployment's sequencer is"},
		{"no L1", seqKey, []string{"--l1-rpc", deadL1, "--deployment", good}, "is the L1 node running?"},
		{"an L1 URL that is no URL", seqKey, []string{"--l1-rpc", "::not a url", "--deployment", good}, "--l1-rpc"},
		{"state is a file", seqKey, []string{"--l1-rpc", deadL1, "--deployment", good, "--state", notDir}, "--state"},
		{"no store", seqKey, []string{"--store", filepath.Join(dir, "no-store")}, "--store"},
		{"a store and no node program", seqKey, []string{"--store", dir, "--node-program", filepath.Join(dir, "none.elf")}, "--node-program"},
		{"a store and a node program that is no ELF", seqKey, []string{"--store", dir, "--node-program", notDir}, "--node-program"},
		{"window 0", seqKey, []string{"--window", "0"}, "--window"},
		{"L1 listen not loopback", seqKey, []string{"--l1-listen", "0.0.0.0:0"}, "loopback"},
		{"listen not host:port", seqKey, []string{"--listen", "nonsense"}, "loopback"},
		{"negative block time", seqKey, []string{"--block-time", "-1s"}, "--block-time"},
		{"block time not a duration", seqKey, []string{"--block-time", "2"}, "block-time"},
		{"window not a number", seqKey, []string{"--window", "-5"}, "window"},
		{"an argument", seqKey, []string{"extra"}, "unknown command"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(envPrivateKey, tc.key)
			r := run(t, append(append([]string{}, base...), tc.args...)...)
			if r.code != 1 || !strings.Contains(r.stderr, tc.want) || strings.Contains(r.stderr, "panic") {
				t.Errorf("exit %d, stderr %q; want exit 1 and %q", r.code, r.stderr, tc.want)
			}
		})
	}
}
