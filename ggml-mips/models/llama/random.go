package llama

import (
	"bytes"
	"fmt"
	"io"
	"math"

	"github.com/axonum/opml/ggml-mips/ggml"
)

// Random returns the model file of a network of shape cfg with
// pseudo-random weights drawn from seed, the matrices encoded as typ. The
// bytes depend only on the arguments. Matrices, the embedding included,
// are uniform in ±√(3/In), a gain of one in variance, so activations keep
// their scale through the blocks (and an embedding row has norm about 1,
// small beside the blocks' outputs, so a tied head does not just repeat the
// last token); norms are 1.
//
// Random holds the whole file in memory; NewRandomFile writes the same
// bytes as a stream, for models of any size.
func Random(cfg Config, seed uint64, typ ggml.Type) ([]byte, error) {
	r, err := NewRandomFile(cfg, seed, typ)
	if err != nil {
		return nil, err
	}
	if r.Size() > math.MaxInt {
		return nil, fmt.Errorf("llama: a file of %d bytes does not fit in memory here; write it with NewRandomFile", r.Size())
	}
	var buf bytes.Buffer
	buf.Grow(int(r.Size()))
	if _, err := r.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// RandomFile is the file Random returns for its arguments, laid out but
// not generated: its size is known before anything is written, and WriteTo
// generates and writes the weights piece by piece (a few hundred KiB per
// core at a time), so a file of many GiB takes little memory.
//
// The weights are one SplitMix64 stream seeded with seed, drawn in file
// order (norms, all 1, and rope frequency factors draw nothing; biases
// are drawn as a matrix of one row); the stream can start anywhere, so
// pieces are generated in parallel and the bytes stay the same.
type RandomFile struct {
	p    *plan
	seed uint64
	// start[i] is the position in the random stream of tensor i's first value.
	start     []uint64
	ropeFreqs []float32 // the rope frequency factors, if the Config has them
}

// NewRandomFile checks the arguments and lays out the file of
// Random(cfg, seed, typ).
func NewRandomFile(cfg Config, seed uint64, typ ggml.Type) (*RandomFile, error) {
	p, err := newPlan(cfg, typ, fmt.Sprintf("random llama (seed %d)", seed))
	if err != nil {
		return nil, err
	}
	r := &RandomFile{p: p, seed: seed, start: make([]uint64, len(p.specs))}
	var next uint64
	for i, s := range p.specs {
		r.start[i] = next
		if s.random() {
			next += uint64(s.values())
		}
	}
	if cfg := p.cfg; cfg.RopeFreqs {
		r.ropeFreqs = Llama3RopeFreqs(cfg.HeadDim(), cfg.RopeBase, Llama31RopeScaling)
	}
	return r, nil
}

// Config is the network's shape, defaults filled in.
func (r *RandomFile) Config() Config { return r.p.cfg }

// Size is the length of the file in bytes.
func (r *RandomFile) Size() int64 { return r.p.size }

// WriteTo generates the file and writes it to w; it returns the number of
// bytes written, Size unless there is an error. It implements io.WriterTo.
func (r *RandomFile) WriteTo(w io.Writer) (int64, error) {
	return r.p.stream(w, func(i int, off int64, dst []float32) {
		s := r.p.specs[i]
		switch s.kind {
		case norm:
			for j := range dst {
				dst[j] = 1
			}
			return
		case ropeFreqs:
			copy(dst, r.ropeFreqs[off:])
			return
		}
		rng := splitMix64{r.seed + (r.start[i]+uint64(off))*splitMixGamma}
		rng.fill(dst, math.Sqrt(3/float64(s.cols)))
	})
}
