// Command panic panics on purpose.  It first panics and recovers (so that
// unwinding and recover are exercised), then panics for real three calls
// deep.  The Go runtime writes
//
//	panic: intentional panic for VM testing
//
// and a goroutine trace to stderr and exits with status 2.  Stdout gets
// "before panic" and "recovered: first panic, recovered".
package main

import "fmt"

//go:noinline
func level(n int) int {
	if n >= 3 {
		panic("intentional panic for VM testing")
	}
	return level(n+1) + 1
}

func main() {
	fmt.Println("before panic")
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		panic("first panic, recovered")
	}()
	level(0)
	fmt.Println("not reached")
}
