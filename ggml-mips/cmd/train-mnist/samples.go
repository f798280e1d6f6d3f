package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/axonum/opml/ggml-mips/models/mnist"
)

// samplesFile is the listing written next to the sample images. Its format
// is sampleList; the tests of package mnist read it.
const samplesFile = "expected.json"

// sampleList is the content of samplesFile.
type sampleList struct {
	About  string   `json:"about"`
	Images []sample `json:"images"`
}

// sample is one test image written by writeSamples.
type sample struct {
	File      string `json:"file"`      // 784 raw bytes, as the input of mnist.Model.Infer
	Index     int    `json:"index"`     // position in t10k-images-idx3-ubyte
	Label     int    `json:"label"`     // the dataset's label
	Predicted int    `json:"predicted"` // the class the model file gives it
}

// pickSamples returns the indices, in increasing order, of the first test
// image of each class and of the first one the model gets wrong (if any),
// so the samples cover every class and show a misclassification too.
func pickSamples(test *dataset, predicted []byte) []int {
	var picked []int
	seen := make([]bool, mnist.Classes)
	wrong := false
	for i, l := range test.labels {
		switch {
		case !seen[l]:
			seen[l] = true
			picked = append(picked, i)
			wrong = wrong || predicted[i] != l
		case !wrong && predicted[i] != l:
			wrong = true
			picked = append(picked, i)
		}
	}
	return picked
}

// writeSamples writes the picked test images to dir as NNNN-L.bin (NNNN the
// index, L the label) and lists them with the predicted classes in
// dir/expected.json. It returns how many images it wrote.
func writeSamples(dir string, test *dataset, predicted []byte) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	list := sampleList{
		About: "Fashion-MNIST test images (first of each class, and the first the model misclassifies) " +
			"as raw 784-byte inputs, and the class the committed fashion-mnist.gguf gives each; " +
			"written by ggml-mips/cmd/train-mnist --testdata (make model)",
	}
	for _, i := range pickSamples(test, predicted) {
		s := sample{File: fmt.Sprintf("%04d-%d.bin", i, test.labels[i]), Index: i, Label: int(test.labels[i]), Predicted: int(predicted[i])}
		if err := os.WriteFile(filepath.Join(dir, s.File), test.image(i), 0o644); err != nil {
			return 0, err
		}
		list.Images = append(list.Images, s)
	}
	b, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		return 0, err
	}
	if err := os.WriteFile(filepath.Join(dir, samplesFile), append(b, '\n'), 0o644); err != nil {
		return 0, err
	}
	return len(list.Images), nil
}
