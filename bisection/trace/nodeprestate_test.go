package trace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNodePrestateGenerated: the node program's prestate compiled into the
// agent is the committed one (make prestate writes both).
func TestNodePrestateGenerated(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("..", "..", "ggml-mips", "cmd", "node", "prestate.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if NodePrestate != strings.TrimSpace(string(want)) {
		t.Fatalf("NodePrestate is %s, ggml-mips/cmd/node/prestate.txt %s: run `make prestate`", NodePrestate, strings.TrimSpace(string(want)))
	}
}
