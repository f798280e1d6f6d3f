// Command train-mnist trains the Fashion-MNIST classifier of package
// models/mnist and writes it as a Q8_0 GGUF file. Training is bit-for-bit
// reproducible (see the package documentation of models/mnist), so the
// committed model can be regenerated and compared: `make model` writes it,
// `make model-check` checks it.
package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

func main() { os.Exit(execute(os.Args[1:], os.Stdout, os.Stderr)) }

// execute runs the command line args and returns the exit status.
func execute(args []string, stdout, stderr io.Writer) int {
	cmd := newCmd()
	cmd.SetArgs(args)
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	if err := cmd.Execute(); err != nil {
		fmt.Fprintf(stderr, "train-mnist: error: %v\n", err)
		return 1
	}
	return 0
}

// flags are the command-line settings.
type flags struct {
	data       string
	out        string
	hidden     string
	epochs     int
	batch      int
	lr         float64
	seed       uint64
	trainLimit int
	workers    int
	testdata   string
	logLevel   string
}

func newCmd() *cobra.Command {
	f := &flags{
		data:     defaultDataDir,
		hidden:   "128",
		epochs:   10,
		batch:    64,
		lr:       0.001,
		seed:     1,
		workers:  runtime.GOMAXPROCS(0),
		logLevel: "info",
	}
	cmd := &cobra.Command{
		Use:   "train-mnist --out FILE",
		Short: "Train the Fashion-MNIST classifier and write it as a Q8_0 GGUF model",
		Long: `train-mnist trains a multilayer perceptron (ReLU hidden layers, softmax
cross-entropy, minibatch Adam with a linearly decaying step size) on the
60,000 Fashion-MNIST training images, quantizes it to Q8_0 and writes the
model file that package models/mnist loads. It then reports the accuracy on
the 10,000 test images twice: of the float32 network it trained, and of the
written file run through the engine (mnist.Load and Infer).

The run is deterministic: the same flags give the same bytes on any
machine, with any number of cores or --workers. The flags that shape the
model are recorded in the file's general.description.

The IDX files come from Debian's dataset-fashion-mnist package
(sudo apt-get install dataset-fashion-mnist, or make deps).`,
		Example: `  train-mnist --out model.gguf
  train-mnist --hidden 256,128 --epochs 15 --out model.gguf --testdata images/`,
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return run(cmd, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.data, "data", f.data, "`DIR` holding {train,t10k}-{images-idx3,labels-idx1}-ubyte.gz")
	fl.StringVar(&f.out, "out", "", "write the model to `FILE` (required)")
	fl.StringVar(&f.hidden, "hidden", f.hidden, "hidden layer `SIZES`, comma-separated, each a multiple of 32 (e.g. 256,128)")
	fl.IntVar(&f.epochs, "epochs", f.epochs, "passes over the training set")
	fl.IntVar(&f.batch, "batch", f.batch, "samples per minibatch")
	fl.Float64Var(&f.lr, "lr", f.lr, "initial Adam step size (decays linearly to 0)")
	fl.Uint64Var(&f.seed, "seed", f.seed, "seed of the initial weights and of the sample order")
	fl.IntVar(&f.trainLimit, "train-limit", 0, "train on the first `N` training images only (0: all)")
	fl.IntVar(&f.workers, "workers", f.workers, "goroutines to use (does not change the result)")
	fl.StringVar(&f.testdata, "testdata", "", "also write sample test images and their expected classes to `DIR`")
	fl.StringVar(&f.logLevel, "log-level", f.logLevel, "log `LEVEL`: debug, info, warn or error")
	cmd.MarkFlagRequired("out")
	cmd.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return fmt.Errorf("%w\nrun '%s --help' for usage", err, cmd.CommandPath())
	})
	return cmd
}

func run(cmd *cobra.Command, f *flags) error {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(f.logLevel)); err != nil {
		return fmt.Errorf("invalid --log-level %q: want debug, info, warn or error", f.logLevel)
	}
	log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: lvl}))

	hidden, err := parseHidden(f.hidden)
	if err != nil {
		return fmt.Errorf("--hidden: %w", err)
	}
	if f.trainLimit < 0 {
		return fmt.Errorf("--train-limit is %d, want 0 (all) or more", f.trainLimit)
	}
	opt := options{hidden: hidden, epochs: f.epochs, batch: f.batch, lr: f.lr, seed: f.seed, workers: f.workers}
	if err := opt.validate(); err != nil {
		return err
	}
	if err := checkShape(hidden); err != nil {
		return fmt.Errorf("--hidden %s: %w", f.hidden, err)
	}

	// Fail now, not after training, if the outputs cannot be written.
	if err := os.MkdirAll(filepath.Dir(f.out), 0o755); err != nil {
		return fmt.Errorf("--out: %w", err)
	}
	if f.testdata != "" {
		if err := os.MkdirAll(f.testdata, 0o755); err != nil {
			return fmt.Errorf("--testdata: %w", err)
		}
	}

	trainSet, err := loadDataset(f.data, "train")
	if err != nil {
		return fmt.Errorf("load training set: %w", err)
	}
	trainSet = trainSet.limit(f.trainLimit)
	testSet, err := loadDataset(f.data, "t10k")
	if err != nil {
		return fmt.Errorf("load test set: %w", err)
	}
	log.Info("training", "hidden", f.hidden, "epochs", opt.epochs, "batch", opt.batch, "lr", opt.lr,
		"seed", opt.seed, "images", trainSet.len(), "shards", gradShards, "workers", opt.workers)

	start := time.Now()
	res, err := trainAndMarshal(trainSet, testSet, opt, f.trainLimit, func(s epochStats) {
		log.Info("epoch", "epoch", fmt.Sprintf("%d/%d", s.epoch, opt.epochs), "loss", fmt.Sprintf("%.4f", s.loss),
			"train_accuracy", fmt.Sprintf("%.2f%%", 100*s.accuracy), "elapsed", time.Since(start).Round(time.Millisecond))
	})
	if err != nil {
		return err
	}
	if err := writeFile(f.out, res.model); err != nil {
		return err
	}
	log.Info("wrote model", "file", f.out, "bytes", len(res.model),
		"float_test_accuracy", fmt.Sprintf("%.2f%%", 100*res.floatAccuracy),
		"quantized_test_accuracy", fmt.Sprintf("%.2f%%", 100*res.quantAccuracy),
		"elapsed", time.Since(start).Round(time.Millisecond))
	fmt.Fprintf(cmd.OutOrStdout(), "test accuracy: float32 %.2f%%, Q8_0 %.2f%% (%d images)\n",
		100*res.floatAccuracy, 100*res.quantAccuracy, testSet.len())

	if f.testdata != "" {
		n, err := writeSamples(f.testdata, testSet, res.predicted)
		if err != nil {
			return err
		}
		log.Info("wrote test images", "dir", f.testdata, "images", n)
	}
	return nil
}

// parseHidden parses comma-separated layer sizes.
func parseHidden(s string) ([]int, error) {
	var out []int
	for _, part := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("%q is not a list of positive layer sizes such as 128 or 256,128", s)
		}
		out = append(out, n)
	}
	return out, nil
}

// writeFile writes b to path through a temporary file, so an interrupted
// run leaves no half-written model.
func writeFile(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return errors.Join(err, os.Remove(tmp))
	}
	return nil
}
