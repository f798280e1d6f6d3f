//go:build mips || mipsle || mips64 || mips64le

package ggml

// The MIPS build (the fraud-proof VM's guest) runs every kernel on the
// calling goroutine and starts no other.

const parallel = false

func defaultThreads() int { return 1 }

// forRows calls fn once for all n rows.
func forRows(n, work int, sc *scratch, fn func(n0, n1 int, sc *scratch)) {
	fn(0, n, sc)
}

// minThreadWork and minChunkWork are unused here (one thread); tests set
// them.
var minThreadWork, minChunkWork = 0, 0

// quantizeColumns quantizes each column's values into its x.
func quantizeColumns(cols []column) {
	for i := range cols {
		c := &cols[i]
		c.x.quantize(c.f)
		c.x.k.prepare(&c.x)
		c.xp = &c.x
	}
}
