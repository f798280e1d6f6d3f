package gethdev

import (
	"context"
	"os"
	"testing"
	"time"
)

// RequireEnv names the environment variable that turns "geth cannot be
// built" from a skip into a failure, for CI and `make test`.
const RequireEnv = "OPML_REQUIRE_GETH"

const (
	// buildTimeout bounds Build in StartForTest: a cold build is a few
	// minutes on a small machine.
	buildTimeout = 20 * time.Minute
	// startTimeout bounds Start once geth is built; it is up in well under
	// a second.
	startTimeout = time.Minute
)

// StartForTest starts a node for the test and stops it in t.Cleanup, logging
// the end of geth's log first if the test failed. If opts.Binary is "" and
// geth cannot be built, the test is skipped, or fails if RequireEnv is set;
// a geth that builds but will not start always fails the test.
func StartForTest(t testing.TB, opts Options) *Node {
	t.Helper()
	if opts.Binary == "" {
		ctx, cancel := context.WithTimeout(context.Background(), buildTimeout)
		path, err := Build(ctx)
		cancel()
		if err != nil {
			if os.Getenv(RequireEnv) != "" {
				t.Fatalf("geth could not be built and %s is set: %v", RequireEnv, err)
			}
			t.Skipf("skipping: geth could not be built (set %s=1 to make this a failure): %v", RequireEnv, err)
		}
		opts.Binary = path
	}
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	n, err := Start(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("geth log (tail):\n%s", n.Log())
		}
		if err := n.Stop(); err != nil {
			t.Errorf("stop geth: %v", err)
		}
	})
	return n
}
