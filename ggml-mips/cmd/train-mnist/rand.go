package main

import "math/bits"

// splitMix64 is the SplitMix64 generator (Steele, Lea and Flood, 2014):
// a 64-bit counter run through a mixing function. It is written out here,
// not taken from math/rand, so the training run depends on nothing whose
// output could change between Go releases.
type splitMix64 struct{ state uint64 }

func (r *splitMix64) next() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// intn returns a number in [0, n) (Lemire's multiply-shift; the bias is
// below 2^-40 for the n used here, and the result is the same everywhere).
func (r *splitMix64) intn(n int) int {
	hi, _ := bits.Mul64(r.next(), uint64(n))
	return int(hi)
}

// unit returns a float32 in [-1, 1), exactly k/2^23 for an integer k.
func (r *splitMix64) unit() float32 {
	k := int32(r.next()>>40) - 1<<23 // 24 random bits, centred
	return float32(k) / (1 << 23)
}

// shuffle permutes p (Fisher–Yates).
func (r *splitMix64) shuffle(p []int32) {
	for i := len(p) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		p[i], p[j] = p[j], p[i]
	}
}
