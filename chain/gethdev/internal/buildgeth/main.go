// Command buildgeth builds the geth binary that chain/gethdev's tests run,
// at go.mod's go-ethereum version, into the cache gethdev.Build uses, and
// prints its path. `make geth` runs it so the tests need not build it.
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/axonum/opml/chain/gethdev"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	fmt.Fprintln(os.Stderr, "buildgeth: geth at go.mod's go-ethereum version (building it the first time takes minutes)")
	path, err := gethdev.Build(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, "buildgeth:", err)
		os.Exit(1)
	}
	fmt.Println(path)
}
