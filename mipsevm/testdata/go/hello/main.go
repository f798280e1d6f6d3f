// Command hello is the smallest Go test program for the MIPS VM: it prints
// one line to stdout and exits with status 0.
package main

import "fmt"

func main() {
	fmt.Println("hello from go")
}
