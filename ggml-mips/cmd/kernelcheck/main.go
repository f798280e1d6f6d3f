// Command kernelcheck prints the hash of every ggml kernel's output on fixed
// inputs. Built natively, for arm64 and for MIPS, it must print the same
// lines everywhere; the tests run it under qemu and in the VM.
package main

import (
	"fmt"
	"os"

	"github.com/axonum/opml/ggml-mips/kernelcheck"
)

func main() {
	if err := kernelcheck.Run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "kernelcheck:", err)
		os.Exit(1)
	}
}
