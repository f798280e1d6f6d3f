package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/mnist"
)

// gradShards is the number of pieces each minibatch is split into. Every
// shard accumulates its own gradient over its samples in order, and the
// shards' gradients are summed in shard order, so the result depends on
// this constant but not on how many workers process the shards.
const gradShards = 8

// Adam's constants (Kingma and Ba, 2015, with their suggested values).
const (
	adamBeta1 = 0.9
	adamBeta2 = 0.999
	adamEps   = 1e-8
)

// options are the settings of a training run. Everything but workers
// determines the result.
type options struct {
	hidden  []int   // hidden layer sizes
	epochs  int     // passes over the training set
	batch   int     // samples per minibatch
	lr      float64 // Adam step size at the start; it decays linearly to 0
	seed    uint64  // seeds the initial weights and the sample order
	workers int     // goroutines; any value ≥ 1 gives the same bits
}

func (o options) validate() error {
	if len(o.hidden) == 0 {
		return fmt.Errorf("no hidden layers")
	}
	for _, h := range o.hidden {
		if h <= 0 {
			return fmt.Errorf("hidden layer size %d", h)
		}
	}
	switch {
	case o.epochs <= 0:
		return fmt.Errorf("epochs is %d, want at least 1", o.epochs)
	case o.batch <= 0:
		return fmt.Errorf("batch is %d, want at least 1", o.batch)
	case !(o.lr > 0) || math.IsInf(o.lr, 0):
		return fmt.Errorf("learning rate is %v, want a positive number", o.lr)
	case o.workers <= 0:
		return fmt.Errorf("workers is %d, want at least 1", o.workers)
	}
	return nil
}

// epochStats summarizes one epoch, for progress reports.
type epochStats struct {
	epoch    int     // 1-based
	loss     float64 // mean cross-entropy over the epoch's samples
	accuracy float64 // fraction of the epoch's samples classified right before their update
}

// shard is one shard's working state.
type shard struct {
	ws      *workspace
	grad    []float32 // laid out like mlp.params
	loss    float64
	correct int
}

// trainer runs minibatch Adam over a dataset.
type trainer struct {
	net    *mlp
	opt    options
	shards [gradShards]*shard
	m, v   []float32 // Adam's moment estimates, laid out like params
	step   int       // updates done
	steps  int       // updates in the whole run
	beta1t float64   // adamBeta1^step
	beta2t float64   // adamBeta2^step
}

// train trains a new network on data and calls progress after each epoch.
func train(data *dataset, opt options, progress func(epochStats)) (*mlp, error) {
	if err := opt.validate(); err != nil {
		return nil, err
	}
	if data.len() == 0 {
		return nil, fmt.Errorf("no training data")
	}
	rng := &splitMix64{state: opt.seed}
	net := newMLP(networkSizes(opt.hidden))
	net.init(rng)
	batches := (data.len() + opt.batch - 1) / opt.batch
	t := &trainer{
		net:    net,
		opt:    opt,
		m:      make([]float32, len(net.params)),
		v:      make([]float32, len(net.params)),
		steps:  opt.epochs * batches,
		beta1t: 1,
		beta2t: 1,
	}
	for s := range t.shards {
		t.shards[s] = &shard{ws: net.newWorkspace(), grad: make([]float32, len(net.params))}
	}

	perm := make([]int32, data.len())
	for i := range perm {
		perm[i] = int32(i)
	}
	for e := 1; e <= opt.epochs; e++ {
		rng.shuffle(perm)
		var loss float64
		var correct int
		for b := 0; b < data.len(); b += opt.batch {
			l, c := t.minibatch(data, perm[b:min(b+opt.batch, data.len())])
			loss += l
			correct += c
		}
		if progress != nil {
			progress(epochStats{epoch: e, loss: loss / float64(data.len()), accuracy: float64(correct) / float64(data.len())})
		}
	}
	return net, nil
}

// minibatch computes the gradient over the samples idx and takes one Adam
// step. It returns the summed loss and the number of right predictions.
func (t *trainer) minibatch(data *dataset, idx []int32) (loss float64, correct int) {
	// Shard s takes samples [s·n/S, (s+1)·n/S) of the batch.
	n := len(idx)
	t.parallel(gradShards, func(s int) {
		sh := t.shards[s]
		sh.loss, sh.correct = 0, 0
		for _, i := range idx[s*n/gradShards : (s+1)*n/gradShards] {
			sh.ws.setInput(data.image(int(i)))
			t.net.forward(sh.ws)
			l, ok := t.net.backward(sh.ws, int(data.labels[i]), sh.grad)
			sh.loss += l
			if ok {
				sh.correct++
			}
		}
	})
	for _, sh := range t.shards {
		loss += sh.loss
		correct += sh.correct
	}

	t.step++
	// The conversions keep these products from being fused into the
	// subtractions below (the Go spec allows fusion across statements).
	t.beta1t = float64(t.beta1t * adamBeta1)
	t.beta2t = float64(t.beta2t * adamBeta2)
	// The decayed step size with Adam's bias corrections folded in:
	// lr_t·√(1−β2^t)/(1−β1^t). No multiply here feeds an add directly.
	lrT := t.opt.lr * (1 - float64(t.step-1)/float64(t.steps))
	alpha := float32(lrT * math.Sqrt(1-t.beta2t) / (1 - t.beta1t))
	// ε is scaled like √v̂ so that the update is the textbook one.
	eps := float32(adamEps * math.Sqrt(1-t.beta2t))
	scale := float32(n)

	// Sum the shards' gradients (in shard order), clear them, and update
	// the parameters, in parallel over disjoint ranges of parameters.
	params := len(t.net.params)
	chunks := 4 * t.opt.workers
	t.parallel(chunks, func(c int) {
		lo, hi := c*params/chunks, (c+1)*params/chunks
		for i := lo; i < hi; i++ {
			var g float32
			for _, sh := range t.shards {
				g += sh.grad[i]
				sh.grad[i] = 0
			}
			g /= scale
			m := float32(adamBeta1*t.m[i]) + float32((1-adamBeta1)*g)
			v := float32(adamBeta2*t.v[i]) + float32((1-adamBeta2)*float32(g*g))
			t.m[i], t.v[i] = m, v
			t.net.params[i] -= float32(alpha * float32(m/(ggml.Sqrt(v)+eps)))
		}
	})
	return loss, correct
}

// parallel runs f(0..n-1) on the trainer's workers and waits for them.
// Callers make every f(i) write only its own data, so the schedule does
// not matter.
func (t *trainer) parallel(n int, f func(i int)) {
	parallel(t.opt.workers, n, f)
}

func parallel(workers, n int, f func(i int)) {
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	for w := 0; w < min(workers, n); w++ {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				f(i)
			}
		})
	}
	wg.Wait()
}

// floatAccuracy is the fraction of data the float network classifies right.
func floatAccuracy(net *mlp, data *dataset, workers int) float64 {
	right := make([]int, workers)
	parallel(workers, workers, func(w int) {
		ws := net.newWorkspace()
		for i := w * data.len() / workers; i < (w+1)*data.len()/workers; i++ {
			if net.predict(ws, data.image(i)) == int(data.labels[i]) {
				right[w]++
			}
		}
	})
	return fraction(right, data.len())
}

// predictions classifies every image of data with the quantized model.
func predictions(m *mnist.Model, data *dataset, workers int) ([]byte, error) {
	out := make([]byte, data.len())
	errs := make([]error, workers)
	parallel(workers, workers, func(w int) {
		for i := w * data.len() / workers; i < (w+1)*data.len()/workers; i++ {
			c, err := m.Infer(data.image(i))
			if err != nil {
				errs[w] = fmt.Errorf("test image %d: %w", i, err)
				return
			}
			out[i] = c[0]
		}
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func fraction(counts []int, n int) float64 {
	var s int
	for _, c := range counts {
		s += c
	}
	return float64(s) / float64(n)
}

// result is a trained, quantized model and how well it does.
type result struct {
	model         []byte  // the GGUF file
	floatAccuracy float64 // of the float32 network on the test set
	quantAccuracy float64 // of the model file, run by package mnist
	predicted     []byte  // the model file's class for each test image
}

// trainAndMarshal trains a network, quantizes it and measures both the
// float and the quantized network on testSet. trainLimit is only recorded.
func trainAndMarshal(trainSet, testSet *dataset, opt options, trainLimit int, progress func(epochStats)) (*result, error) {
	if err := opt.validate(); err != nil {
		return nil, err
	}
	if err := checkShape(opt.hidden); err != nil {
		return nil, err
	}
	net, err := train(trainSet, opt, progress)
	if err != nil {
		return nil, err
	}
	layers := net.dense()
	settings := describe(opt, trainSet.len(), trainLimit)
	b, err := mnist.Marshal(layers, settings)
	if err != nil {
		return nil, err
	}
	f, err := gguf.Parse(b)
	if err != nil {
		return nil, fmt.Errorf("parse the model just written: %w", err)
	}
	m, err := mnist.Load(f)
	if err != nil {
		return nil, fmt.Errorf("load the model just written: %w", err)
	}
	res := &result{floatAccuracy: floatAccuracy(net, testSet, opt.workers)}
	if res.predicted, err = predictions(m, testSet, opt.workers); err != nil {
		return nil, err
	}
	var right int
	for i, c := range res.predicted {
		if c == testSet.labels[i] {
			right++
		}
	}
	res.quantAccuracy = float64(right) / float64(testSet.len())
	// The description does not change the quantized weights, so the
	// accuracies just measured are those of the file with them recorded.
	res.model, err = mnist.Marshal(layers, fmt.Sprintf("%s; test accuracy (%d images): float32 %.2f%%, Q8_0 %.2f%%",
		settings, testSet.len(), 100*res.floatAccuracy, 100*res.quantAccuracy))
	if err != nil {
		return nil, err
	}
	return res, nil
}

// checkShape fails, before any training, if package mnist cannot store a
// network with these hidden layers (it asks mnist.Marshal, which knows the
// rules, about an all-zero network of that shape).
func checkShape(hidden []int) error {
	if _, err := mnist.Marshal(newMLP(networkSizes(hidden)).dense(), ""); err != nil {
		return err
	}
	return nil
}

// networkSizes is the layer sizes of the network: input, hidden, output.
func networkSizes(hidden []int) []int {
	return append(append([]int{mnist.InputSize}, hidden...), mnist.Classes)
}

// describe is the general.description of a model: the flags that made it
// and what they mean.
func describe(opt options, images, trainLimit int) string {
	hidden := make([]string, len(opt.hidden))
	for i, h := range opt.hidden {
		hidden[i] = strconv.Itoa(h)
	}
	limit := ""
	if trainLimit > 0 {
		limit = fmt.Sprintf(" --train-limit %d", trainLimit)
	}
	return fmt.Sprintf("trained by ggml-mips/cmd/train-mnist --hidden %s --epochs %d --batch %d --lr %s --seed %d%s "+
		"(Adam β1 %g β2 %g ε %g, step size decaying linearly to 0, %d gradient shards, %d training images)",
		strings.Join(hidden, ","), opt.epochs, opt.batch, strconv.FormatFloat(opt.lr, 'g', -1, 64), opt.seed, limit,
		adamBeta1, adamBeta2, adamEps, gradShards, images)
}
