// Command compute is a compute-bound integer benchmark: a sieve of
// Eratosthenes over a byte slice plus an xorshift/FNV hashing loop.
// Both sizes are compile-time constants.  It allocates almost nothing.
// Output is deterministic; exit status 0 if the self-checks pass, 1 if not.
package main

import (
	"fmt"
	"os"
)

const (
	sieveLimit = 2_000_000 // primes below 2e6: 148933
	hashRounds = 4_000_000
)

func sieve(n int) (count int, sum uint64) {
	composite := make([]bool, n)
	for i := 2; i < n; i++ {
		if composite[i] {
			continue
		}
		count++
		sum += uint64(i)
		if i > (n-1)/i {
			continue // i*i >= n (and would overflow a 32-bit int)
		}
		for j := i * i; j < n; j += i {
			composite[j] = true
		}
	}
	return count, sum
}

func hashLoop(rounds int) uint32 {
	x := uint32(0x12345678)
	h := uint32(2166136261)
	for i := 0; i < rounds; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		h ^= x & 0xff
		h *= 16777619
		h ^= x >> 24
		h *= 16777619
	}
	return h
}

func main() {
	count, sum := sieve(sieveLimit)
	h := hashLoop(hashRounds)
	fmt.Printf("primes below %d: %d (sum %d)\n", sieveLimit, count, sum)
	fmt.Printf("hash after %d rounds: %08x\n", hashRounds, h)
	if count != 148933 || sum != 142913828922 {
		fmt.Println("compute: FAILED")
		os.Exit(1)
	}
	fmt.Println("compute: ok")
}
