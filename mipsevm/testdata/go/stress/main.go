// Command stress exercises a broad slice of the Go runtime and standard
// library on the VM: goroutines and channels (a worker pool, a pipeline,
// select, sync.WaitGroup/Mutex), maps, math/big, crypto/sha256, sort,
// strconv and software floating point (GOMIPS=softfloat).
//
// All output is deterministic: results are collected by index and printed
// in order, map contents are printed in sorted key order, nothing depends
// on time or scheduling.  Exit status 0 if all self-checks pass, 1 if not.
package main

import (
	"crypto/sha256"
	"fmt"
	"math"
	"math/big"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
)

var failures int

func check(name string, ok bool) {
	if ok {
		fmt.Println("ok", name)
	} else {
		fmt.Println("FAIL", name)
		failures++
	}
}

// ---- worker pool: each job hashes a job-specific buffer many times.
func workerPool() {
	const jobs = 64
	const workers = 8
	type result struct {
		id  int
		sum [32]byte
	}
	in := make(chan int)
	out := make(chan result, 4)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range in {
				buf := make([]byte, 1024+id*16)
				for i := range buf {
					buf[i] = byte(i*7 + id)
				}
				s := sha256.Sum256(buf)
				for r := 0; r < 50; r++ {
					s = sha256.Sum256(s[:])
				}
				out <- result{id, s}
			}
		}()
	}
	go func() {
		for id := 0; id < jobs; id++ {
			in <- id
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	results := make([][32]byte, jobs)
	seen := 0
	for r := range out {
		results[r.id] = r.sum
		seen++
	}
	all := sha256.New()
	for _, s := range results {
		all.Write(s[:])
	}
	fmt.Printf("workerpool jobs=%d digest=%x\n", seen, all.Sum(nil)[:16])
	check("workerpool-all-jobs", seen == jobs)
}

// ---- pipeline of unbuffered channels + select with a quit channel.
func pipeline() {
	gen := func(n int) <-chan int {
		c := make(chan int)
		go func() {
			for i := 1; i <= n; i++ {
				c <- i
			}
			close(c)
		}()
		return c
	}
	square := func(in <-chan int) <-chan int {
		c := make(chan int)
		go func() {
			for v := range in {
				c <- v * v
			}
			close(c)
		}()
		return c
	}
	total := 0
	for v := range square(square(gen(100))) {
		total += v
	}
	fmt.Println("pipeline sum of i^4, i=1..100:", total)
	check("pipeline", total == 2050333330)

	quit := make(chan struct{})
	data := make(chan int, 8)
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case v := <-data:
					mu.Lock()
					counter += v
					mu.Unlock()
				case <-quit:
					// drain what is left, then stop
					for {
						select {
						case v := <-data:
							mu.Lock()
							counter += v
							mu.Unlock()
						default:
							return
						}
					}
				}
			}
		}()
	}
	for i := 1; i <= 1000; i++ {
		data <- i
		if i%100 == 0 {
			runtime.Gosched()
		}
	}
	close(quit)
	wg.Wait()
	fmt.Println("select/mutex counter:", counter)
	check("select-mutex", counter == 500500)
}

// ---- maps: word frequencies of generated text.
func maps() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	freq := make(map[string]int)
	x := uint32(1)
	for i := 0; i < 5000; i++ {
		x = x*1664525 + 1013904223
		w := words[(x>>16)%uint32(len(words))]
		if (x>>8)&1 == 1 {
			w += strconv.Itoa(int(x>>28) % 4)
		}
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	total := 0
	for k, v := range freq {
		keys = append(keys, k)
		total += v
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s=%d ", k, freq[k])
	}
	line := sb.String()
	fmt.Printf("map keys=%d total=%d\n", len(keys), total)
	fmt.Printf("map contents sha256=%x\n", sha256.Sum256([]byte(line)))
	check("map-total", total == 5000)

	// integer keys, deletion and re-insertion
	m := make(map[int]int)
	for i := 0; i < 10000; i++ {
		m[i*7919%100003] = i
	}
	for i := 0; i < 10000; i += 2 {
		delete(m, i*7919%100003)
	}
	sum := 0
	for k, v := range m {
		sum += k ^ v
	}
	fmt.Println("int map len:", len(m), "xor-sum:", sum)
	check("map-delete", len(m) == 5000)
}

// ---- math/big
func bigs() {
	f := big.NewInt(1)
	for i := int64(2); i <= 1000; i++ {
		f.Mul(f, big.NewInt(i))
	}
	digits := f.String()
	fmt.Printf("1000! has %d digits, sha256=%x\n", len(digits), sha256.Sum256([]byte(digits)))
	check("factorial-1000-digits", len(digits) == 2568)

	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 5000; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	fs := a.String()
	fmt.Printf("fib(5000) has %d digits, starts %s, ends %s\n", len(fs), fs[:12], fs[len(fs)-12:])
	check("fib-5000-digits", len(fs) == 1045)

	p := new(big.Int).Lsh(big.NewInt(1), 127)
	p.Sub(p, big.NewInt(1)) // Mersenne prime 2^127-1
	check("mersenne-127-prime", p.ProbablyPrime(10))
	e := new(big.Int).Exp(big.NewInt(3), big.NewInt(100000), p)
	fmt.Println("3^100000 mod (2^127-1) =", e.String())
	q, r := new(big.Int).QuoRem(f, p, new(big.Int))
	fmt.Printf("1000! mod (2^127-1) = %s (quotient bits %d)\n", r.String(), q.BitLen())
}

// ---- sort
func sorts() {
	type rec struct {
		key  int
		name string
	}
	recs := make([]rec, 1000)
	x := uint32(42)
	for i := range recs {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		recs[i] = rec{int(x % 500), "n" + strconv.Itoa(i)}
	}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].key < recs[j].key })
	stable := true
	for i := 1; i < len(recs); i++ {
		if recs[i-1].key > recs[i].key {
			stable = false
		}
		if recs[i-1].key == recs[i].key {
			a, _ := strconv.Atoi(recs[i-1].name[1:])
			b, _ := strconv.Atoi(recs[i].name[1:])
			if a > b {
				stable = false
			}
		}
	}
	check("sort-slice-stable", stable)
	fmt.Println("sorted first:", recs[0], "last:", recs[len(recs)-1])

	ints := make([]int, 5000)
	for i := range ints {
		ints[i] = (i * 7919) % 10007
	}
	sort.Ints(ints)
	check("sort-ints", sort.IntsAreSorted(ints) && ints[0] == 0 && ints[4999] == 10006)
}

// ---- strconv and soft-float
func conversions() {
	vals := []int64{0, -1, 1 << 40, -9223372036854775808, 9223372036854775807, 123456789}
	var parts []string
	for _, v := range vals {
		s := strconv.FormatInt(v, 10)
		back, err := strconv.ParseInt(s, 10, 64)
		if err != nil || back != v {
			check("strconv-roundtrip "+s, false)
		}
		parts = append(parts, s, strconv.FormatInt(v, 16), strconv.FormatInt(v, 36))
	}
	fmt.Println("ints:", strings.Join(parts, " "))
	_, err := strconv.ParseInt("9223372036854775808", 10, 64)
	check("strconv-range-error", err != nil)
	u, _ := strconv.ParseUint("18446744073709551615", 10, 64)
	check("strconv-uint64-max", u == math.MaxUint64)
	fmt.Println("quote:", strconv.Quote("tab\there \"quoted\" \u00e9\x00"))

	// software floating point
	sum := 0.0
	for i := 1; i <= 1000; i++ {
		sum += 1.0 / float64(i*i)
	}
	pi := math.Sqrt(6 * sum)
	fmt.Println("pi approx:", strconv.FormatFloat(pi, 'f', 12, 64))
	fmt.Println("sqrt2:", strconv.FormatFloat(math.Sqrt2, 'g', -1, 64),
		"exp(1):", strconv.FormatFloat(math.Exp(1), 'e', 15, 64),
		"sin(1):", strconv.FormatFloat(math.Sin(1), 'f', 15, 64))
	f, err := strconv.ParseFloat("6.02214076e23", 64)
	check("parsefloat", err == nil && f == 6.02214076e23)
	f32 := float32(1) / 3
	fmt.Println("float32 1/3:", strconv.FormatFloat(float64(f32), 'g', -1, 32),
		"int(-2.75):", int(-2.75*float64(len(vals))/6), "uint32(3e9):", uint32(float64(3e9)))
	check("float-int-conversions", int64(float64(1<<53)) == 1<<53)
}

func main() {
	fmt.Println("stress: GOARCH-independent output follows")
	workerPool()
	pipeline()
	maps()
	bigs()
	sorts()
	conversions()
	if failures != 0 {
		fmt.Printf("stress: %d FAILED\n", failures)
		os.Exit(1)
	}
	fmt.Println("stress: all ok")
}
