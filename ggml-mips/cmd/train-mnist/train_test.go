package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/mnist"
)

var (
	dataOnce          sync.Once
	trainData, tenK   *dataset
	dataErr           error
	datasetSkipReason = "Fashion-MNIST is not installed in " + defaultDataDir +
		" (sudo apt-get install dataset-fashion-mnist, or make deps; make test installs it)"
)

// datasets returns the training and test sets, or skips the test when the
// dataset package is not installed.
func datasets(t *testing.T) (train, test *dataset) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(defaultDataDir, "train-images-idx3-ubyte.gz")); err != nil {
		t.Skip(datasetSkipReason)
	}
	dataOnce.Do(func() {
		if trainData, dataErr = loadDataset(defaultDataDir, "train"); dataErr == nil {
			tenK, dataErr = loadDataset(defaultDataDir, "t10k")
		}
	})
	if dataErr != nil {
		t.Fatal(dataErr)
	}
	return trainData, tenK
}

// TestTrainDeterministic trains a small network several times with
// different numbers of cores and workers and checks that the model files
// are identical: the shards, not the workers, fix the order of the sums.
func TestTrainDeterministic(t *testing.T) {
	train, test := datasets(t)
	train, test = train.limit(2000), test.limit(1000)
	opt := options{hidden: []int{32}, epochs: 1, batch: 32, lr: 0.002, seed: 7}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))

	var first *result
	for _, r := range []struct{ procs, workers int }{{1, 1}, {4, 4}, {2, 3}} {
		runtime.GOMAXPROCS(r.procs)
		o := opt
		o.workers = r.workers
		res, err := trainAndMarshal(train, test, o, 2000, nil)
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = res
			// Better than chance, so the run trained something.
			if res.floatAccuracy < 0.5 || res.quantAccuracy < 0.5 {
				t.Errorf("test accuracy float %.3f, quantized %.3f: training does not work", res.floatAccuracy, res.quantAccuracy)
			}
			continue
		}
		if !bytes.Equal(res.model, first.model) || !bytes.Equal(res.predicted, first.predicted) {
			t.Errorf("GOMAXPROCS=%d with %d workers gives a different model than GOMAXPROCS=1 with 1 worker", r.procs, r.workers)
		}
	}

	// The seed matters.
	runtime.GOMAXPROCS(2)
	o := opt
	o.seed, o.workers = 8, 2
	res, err := trainAndMarshal(train, test, o, 2000, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(res.model, first.model) {
		t.Error("seeds 7 and 8 give the same model")
	}
}

// TestCommand runs the command on a slice of the data and checks what it
// writes.
func TestCommand(t *testing.T) {
	datasets(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "sub", "model.gguf")
	var stdout, stderr bytes.Buffer
	args := []string{"--hidden", "32", "--epochs", "1", "--train-limit", "1000", "--out", out, "--testdata", filepath.Join(dir, "images")}
	if code := execute(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "test accuracy: float32 ") || !strings.Contains(stderr.String(), "msg=epoch epoch=1/1 loss=") {
		t.Errorf("output lacks the accuracy or the progress line:\nstdout: %s\nstderr: %s", &stdout, &stderr)
	}
	f, err := gguf.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	m, err := mnist.Load(f)
	if err != nil {
		t.Fatal(err)
	}
	desc, _ := f.GetString("general.description")
	for _, want := range []string{"--hidden 32 --epochs 1 --batch 64 --lr 0.001 --seed 1 --train-limit 1000", "1000 training images", "Q8_0 "} {
		if !strings.Contains(desc, want) {
			t.Errorf("general.description %q lacks %q", desc, want)
		}
	}

	b, err := os.ReadFile(filepath.Join(dir, "images", samplesFile))
	if err != nil {
		t.Fatal(err)
	}
	var list sampleList
	if err := json.Unmarshal(b, &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Images) < mnist.Classes {
		t.Fatalf("%d sample images, want at least %d", len(list.Images), mnist.Classes)
	}
	for _, s := range list.Images {
		img, err := os.ReadFile(filepath.Join(dir, "images", s.File))
		if err != nil {
			t.Fatal(err)
		}
		c, err := m.Infer(img)
		if err != nil || int(c[0]) != s.Predicted {
			t.Errorf("%s: Infer = %v, %v; the listing says %d", s.File, c, err, s.Predicted)
		}
	}
}

func TestCommandErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{}, `required flag(s) "out" not set`},
		{[]string{"--out", "x", "--hidden", "abc"}, `--hidden: "abc" is not a list of positive layer sizes`},
		{[]string{"--out", "x", "--hidden", "128,"}, `--hidden: "128," is not a list`},
		{[]string{"--out", "x", "--hidden", "100"}, "--hidden 100: mnist: layer 1 has 100 outputs, want a multiple of 32"},
		{[]string{"--out", "x", "--epochs", "0"}, "epochs is 0"},
		{[]string{"--out", "x", "--batch", "-1"}, "batch is -1"},
		{[]string{"--out", "x", "--lr", "0"}, "learning rate is 0"},
		{[]string{"--out", "x", "--workers", "0"}, "workers is 0"},
		{[]string{"--out", "x", "--train-limit", "-5"}, "--train-limit is -5"},
		{[]string{"--out", "x", "--log-level", "loud"}, `invalid --log-level "loud"`},
		{[]string{"--out", "x", "--nope"}, "unknown flag: --nope\nrun 'train-mnist --help' for usage"},
		{[]string{"--out", "x", "extra"}, `unknown command "extra"`},
		{[]string{"--out", filepath.Join(t.TempDir(), "m.gguf"), "--data", t.TempDir()},
			"train-images-idx3-ubyte.gz: no such file or directory (the Fashion-MNIST IDX files come from Debian's dataset-fashion-mnist package"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		if code := execute(tt.args, &stdout, &stderr); code != 1 {
			t.Errorf("%q: exit %d, want 1", tt.args, code)
		}
		if !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("%q: stderr %q, want it to contain %q", tt.args, stderr.String(), tt.want)
		}
	}
}

// TestGradient compares backward with central differences of the loss on
// a small network.
func TestGradient(t *testing.T) {
	rng := &splitMix64{state: 3}
	net := newMLP([]int{8, 6, 5, 4})
	net.init(rng)
	for l := 0; l < net.layers(); l++ {
		for i, b := 0, net.biases(net.params, l); i < len(b); i++ {
			b[i] = 0.1 * rng.unit()
		}
	}
	ws := net.newWorkspace()
	img := []byte{0, 255, 17, 128, 0, 60, 200, 9}
	const label = 2
	lossAt := func() float64 {
		ws.setInput(img)
		net.forward(ws)
		l, _ := net.backward(ws, label, make([]float32, len(net.params)))
		return l
	}
	grad := make([]float32, len(net.params))
	ws.setInput(img)
	net.forward(ws)
	net.backward(ws, label, grad)

	const h = 1e-3
	for p := range net.params {
		orig := net.params[p]
		net.params[p] = orig + h
		up := lossAt()
		net.params[p] = orig - h
		down := lossAt()
		net.params[p] = orig
		num := (up - down) / (2 * h)
		if diff := math.Abs(num - float64(grad[p])); diff > 2e-3+1e-2*math.Abs(num) {
			t.Errorf("parameter %d: backward %.6g, central difference %.6g", p, grad[p], num)
		}
	}
}

func TestParseIDX(t *testing.T) {
	hdr := func(magic uint32, dims ...uint32) []byte {
		b := []byte{byte(magic >> 24), byte(magic >> 16), byte(magic >> 8), byte(magic)}
		for _, d := range dims {
			b = append(b, byte(d>>24), byte(d>>16), byte(d>>8), byte(d))
		}
		return b
	}
	good := append(hdr(idxLabels, 3), 1, 2, 3)
	if data, dims, err := parseIDX("f", good, idxLabels); err != nil || !bytes.Equal(data, []byte{1, 2, 3}) || len(dims) != 1 || dims[0] != 3 {
		t.Fatalf("parseIDX of a good file: %v %v %v", data, dims, err)
	}
	tests := []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, "f: 0 bytes, too short for an IDX header"},
		{"labels for images", good, "f: IDX magic 0x00000801, want 0x00000803"},
		{"short header", hdr(idxImages, 2, 28), "too short for an IDX header with 3 dimensions"},
		{"zero dimension", hdr(idxImages, 0, 28, 28), "f: dimension 0 is 0"},
		{"huge dimensions", hdr(idxImages, 1<<24, 1<<24, 1<<24), "need more than the file's"},
		{"missing data", append(hdr(idxImages, 1, 2, 2), 1, 2, 3), "f: 3 bytes of data, dimensions [1 2 2] need 4"},
		{"extra data", append(hdr(idxImages, 1, 1, 1), 1, 2), "f: 2 bytes of data, dimensions [1 1 1] need 1"},
	}
	for _, tt := range tests {
		_, _, err := parseIDX("f", tt.b, idxImages)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}
