// Command kernelcheck prints the hash of every ggml kernel's output on fixed
// inputs. Built natively, for arm64 and for MIPS, it must print the same
// lines everywhere; the tests run it under qemu and in the VM. With
// --light it leaves out the largest models (kernelcheck.RunLight), as the
// VM test does.
package main

import (
	"fmt"
	"os"

	"github.com/axonum/opml/ggml-mips/kernelcheck"
)

func main() {
	run := kernelcheck.Run
	if len(os.Args) > 1 && os.Args[1] == "--light" {
		run = kernelcheck.RunLight
	}
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "kernelcheck:", err)
		os.Exit(1)
	}
}
