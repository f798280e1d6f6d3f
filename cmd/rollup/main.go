// Command rollup runs the Axonum rollup's players against an L1: deploy
// its contracts, run the verifier (derive the L2 from L1, dispute wrong
// output roots with the block program), deposit, list output proposals,
// and the whole story on an embedded L1 (demo). See docs/rollup.md,
// "Players and CLI".
package main

import (
	"context"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(execute(context.Background(), &app{}, os.Args[1:], os.Stdout, os.Stderr))
}

// execute runs the command line args and returns the process exit status:
// 0, or 1 after printing the error.
func execute(ctx context.Context, a *app, args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintf(stderr, "rollup: error: %v\n", err)
		return 1
	}
	return 0
}
