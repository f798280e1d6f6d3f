package contracts_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axonum/opml/contracts/bindings"
)

// TestArtifactsAreFresh recompiles the contracts with the pinned solc into a
// temporary directory and requires the committed artifacts to be identical,
// and the bindings to carry the committed bytecode and ABI. It needs Node and
// node_modules/solc (`npm ci` in contracts/, or `make contracts`); without
// them it is skipped, unless OPML_REQUIRE_SOLC is set.
func TestArtifactsAreFresh(t *testing.T) {
	if _, err := os.Stat(filepath.Join("node_modules", "solc", "soljson.js")); err != nil {
		if os.Getenv("OPML_REQUIRE_SOLC") != "" {
			t.Fatal("contracts/node_modules/solc is not installed: run `npm ci` in contracts/ (or `make contracts`)")
		}
		t.Skip("contracts/node_modules/solc is not installed (run `npm ci` in contracts/ or `make contracts`): cannot check that the committed artifacts are fresh")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node_modules/solc is installed but node is not on PATH")
	}
	out := t.TempDir()
	cmd := exec.Command(node, "build.js", "--out", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node build.js: %v\n%s", err, msg)
	}
	fresh, _ := filepath.Glob(filepath.Join(out, "*"))
	committed, _ := filepath.Glob(filepath.Join("artifacts", "*"))
	if len(fresh) != len(committed) {
		t.Errorf("build.js writes %d artifacts, %d are committed", len(fresh), len(committed))
	}
	for _, f := range fresh {
		want, _ := os.ReadFile(f)
		got, err := os.ReadFile(filepath.Join("artifacts", filepath.Base(f)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("artifacts/%s differs from a fresh compile: run `make contracts` and commit the result", filepath.Base(f))
		}
	}
	// The bindings embed the bytecode and ABI they were generated from.
	for name, meta := range map[string]struct{ abi, bin string }{
		"MIPS":           {bindings.MIPSMetaData.ABI, bindings.MIPSMetaData.Bin},
		"PreimageOracle": {bindings.PreimageOracleMetaData.ABI, bindings.PreimageOracleMetaData.Bin},
		"DisputeGame":    {bindings.DisputeGameMetaData.ABI, bindings.DisputeGameMetaData.Bin},
		"OpML":           {bindings.OpMLMetaData.ABI, bindings.OpMLMetaData.Bin},
		"AIContract":     {bindings.AIContractMetaData.ABI, bindings.AIContractMetaData.Bin},
		"FashionGate":    {bindings.FashionGateMetaData.ABI, bindings.FashionGateMetaData.Bin},
		"BatchInbox":     {bindings.BatchInboxMetaData.ABI, bindings.BatchInboxMetaData.Bin},
		"OutputOracle":   {bindings.OutputOracleMetaData.ABI, bindings.OutputOracleMetaData.Bin},
		"Bridge":         {bindings.BridgeMetaData.ABI, bindings.BridgeMetaData.Bin},
		"L2Withdrawals":  {bindings.L2WithdrawalsMetaData.ABI, bindings.L2WithdrawalsMetaData.Bin},
	} {
		bin, _ := os.ReadFile(filepath.Join("artifacts", name+".bin"))
		if "0x"+strings.TrimSpace(string(bin)) != meta.bin {
			t.Errorf("bindings for %s carry other bytecode than artifacts/%s.bin: regenerate them (make contracts)", name, name)
		}
		// abigen drops whitespace, also inside strings ("contract X").
		abiJSON, _ := os.ReadFile(filepath.Join("artifacts", name+".abi"))
		if noSpace(string(abiJSON)) != noSpace(meta.abi) {
			t.Errorf("bindings for %s carry another ABI than artifacts/%s.abi: regenerate them (make contracts)", name, name)
		}
	}
}

func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }
