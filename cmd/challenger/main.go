// Command challenger is the operator's tool for opML disputes. It manages
// the models that claims are about (a content-addressed store), serves them
// to other parties over HTTP, checks a claim natively and in the
// fraud-proof VM (check), and takes part in disputes on a chain: devnet,
// deploy, submit, challenge, run (the agent), resolve, list, and demo (the
// whole story on an embedded chain).
//
// Run "challenger --help" for the commands, or see docs/cli.md,
// docs/dispute.md and docs/oracle.md.
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
		fmt.Fprintf(stderr, "challenger: error: %v\n", err)
		return 1
	}
	return 0
}
