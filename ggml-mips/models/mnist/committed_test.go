package mnist

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/gguf"
)

// The committed model and sample images are written by `make model`
// (ggml-mips/cmd/train-mnist) and checked by `make model-check`.
const (
	committedModel  = "testdata/fashion-mnist.gguf"
	committedImages = "testdata/images"
)

// expectedList is testdata/images/expected.json.
type expectedList struct {
	Images []struct {
		File      string `json:"file"`      // 784 raw bytes
		Index     int    `json:"index"`     // in t10k-images-idx3-ubyte
		Label     int    `json:"label"`     // the dataset's label
		Predicted int    `json:"predicted"` // the committed model's class
	} `json:"images"`
}

func loadCommitted(t *testing.T) *Model {
	t.Helper()
	f, err := gguf.ReadFile(committedModel)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(f)
	if err != nil {
		t.Fatalf("load %s: %v", committedModel, err)
	}
	desc, err := f.GetString(keyDesc)
	if err != nil || !strings.HasPrefix(desc, "trained by ggml-mips/cmd/train-mnist") {
		t.Errorf("%s: general.description = %q, %v; want the trainer's settings", committedModel, desc, err)
	}
	return m
}

// TestCommittedModel classifies the committed test images and compares
// with the classes recorded when the model was trained.
func TestCommittedModel(t *testing.T) {
	m := loadCommitted(t)
	if got := m.ClassNames(); !slices.Equal(got, classNames) {
		t.Errorf("class names %q, want %q", got, classNames)
	}
	b, err := os.ReadFile(filepath.Join(committedImages, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var list expectedList
	if err := json.Unmarshal(b, &list); err != nil {
		t.Fatalf("expected.json: %v", err)
	}
	if len(list.Images) < Classes {
		t.Fatalf("expected.json lists %d images, want at least one per class", len(list.Images))
	}
	labels := make(map[int]bool)
	wrong := 0
	for _, e := range list.Images {
		if want := fmt.Sprintf("%04d-%d.bin", e.Index, e.Label); e.File != want {
			t.Errorf("image %d: file %q, want %q", e.Index, e.File, want)
		}
		labels[e.Label] = true
		if e.Predicted != e.Label {
			wrong++
		}
		img, err := os.ReadFile(filepath.Join(committedImages, e.File))
		if err != nil {
			t.Fatal(err)
		}
		out, err := m.Infer(img)
		if err != nil {
			t.Fatalf("%s: %v", e.File, err)
		}
		if len(out) != OutputSize || int(out[0]) != e.Predicted {
			t.Errorf("%s (label %d): Infer = %v, want [%d]", e.File, e.Label, out, e.Predicted)
		}
		logits, err := m.Logits(img)
		if err != nil {
			t.Fatal(err)
		}
		if len(logits) != Classes || argmax(logits) != e.Predicted {
			t.Errorf("%s: argmax of logits %v is not %d", e.File, logits, e.Predicted)
		}
	}
	if len(labels) != Classes {
		t.Errorf("the images cover %d classes, want all %d", len(labels), Classes)
	}
	// The trainer adds the first misclassified test image, so the list
	// checks more than "the model returns the label".
	if wrong == 0 {
		t.Errorf("no listed image is misclassified; expected.json should include one")
	}
}

func argmax(x []float32) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}
