package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/internal/testprograms"
)

// TestDemo runs `rollup demo` end to end (~30 s on two loaded cores): the
// demo checks every outcome itself and exits 1 if one fails; the test
// checks the exit status and that the narrative reports each act.
func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole rollup story (~30 s): not with -short")
	}
	blockprog, claimprog := testprograms.BlockProgram(t), testprograms.Inference(t)
	images := filepath.Join("..", "..", "ggml-mips", "models", "mnist", "testdata")
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	code := execute(ctx, &app{}, []string{"demo", "--log-level", "warn",
		"--model", filepath.Join(images, "fashion-mnist.gguf"), "--input", filepath.Join(images, "images", "0001-2.bin"),
		"--program", blockprog, "--claim-program", claimprog}, &stdout, &stderr)
	out := stdout.String()
	t.Log(out)
	if code != 0 {
		t.Fatalf("rollup demo: exit %d\n%s", code, stderr.String())
	}
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`L2 block 1 \(0x[0-9a-f]{64}\) credits it: Alice has 1\.000000 ETH on L2`),
		regexp.MustCompile(`the sequencer's precompile says class 9 \(the model says 2\), so its gate admits her`),
		regexp.MustCompile(`claim 0: .* output 09 \(the lie\)`),
		regexp.MustCompile(`disputes it \(dispute 0, game 0\)`),
		regexp.MustCompile(`14 rounds, down to step \d+ of \d+ \(0x[0-9a-f]+: syscall 4003 \(read\), preimage offset 8\)`),
		regexp.MustCompile(`no opML claim on that call is Final yet: the verifier waits`),
		regexp.MustCompile(`claim 0 \(class 9\) Rejected; the honest result is claim 1 \(class 2\), posted by the verifier`),
		regexp.MustCompile(`the agent settles claim 1: Final`),
		regexp.MustCompile(`the verifier wins the game \(load: [1-9]\d* gas, step: [1-9]\d* gas\)`),
		regexp.MustCompile(`the sequencer's root of block 2 is Rejected; the honest root 0x[0-9a-f]{64} is Final`),
		regexp.MustCompile(`\(\+500000000000000000 wei, and \d+ gas paid\)`),
		regexp.MustCompile(`a second withdrawal is refused: the Bridge reverts with AlreadyFinalized`),
		regexp.MustCompile(`Done: every expectation held`),
	} {
		if !want.MatchString(out) {
			t.Errorf("the narrative lacks %q", want)
		}
	}
	if strings.Contains(out, "rollup: error") {
		t.Error("the narrative reports an error")
	}
}
