// Command exitcode prints a line and exits with status 3 via os.Exit.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exiting with 3")
	os.Exit(3)
}
