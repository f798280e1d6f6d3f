package main

import (
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/axonum/opml/ggml-mips/models/mnist"
)

// defaultDataDir is where Debian's dataset-fashion-mnist package puts the
// IDX files.
const defaultDataDir = "/usr/share/datasets/fashion-mnist"

// IDX magic numbers: two zero bytes, the element type (0x08 = uint8) and
// the number of dimensions.
const (
	idxImages = 0x00000803
	idxLabels = 0x00000801
	side      = 28
)

// dataset is a set of labelled images, InputSize bytes each.
type dataset struct {
	images []byte // n·InputSize pixels
	labels []byte // n labels, each < Classes
}

func (d *dataset) len() int { return len(d.labels) }

func (d *dataset) image(i int) []byte {
	return d.images[i*mnist.InputSize : (i+1)*mnist.InputSize]
}

// limit keeps the first n examples (all of them when n ≤ 0 or n ≥ len).
func (d *dataset) limit(n int) *dataset {
	if n <= 0 || n >= d.len() {
		return d
	}
	return &dataset{images: d.images[:n*mnist.InputSize], labels: d.labels[:n]}
}

// loadDataset reads <dir>/<prefix>-images-idx3-ubyte.gz and the matching
// labels file.
func loadDataset(dir, prefix string) (*dataset, error) {
	imgPath := filepath.Join(dir, prefix+"-images-idx3-ubyte.gz")
	lblPath := filepath.Join(dir, prefix+"-labels-idx1-ubyte.gz")
	images, dims, err := readIDX(imgPath, idxImages)
	if err != nil {
		return nil, err
	}
	if dims[1] != side || dims[2] != side {
		return nil, fmt.Errorf("%s: images are %d×%d, want %d×%d", imgPath, dims[1], dims[2], side, side)
	}
	labels, ldims, err := readIDX(lblPath, idxLabels)
	if err != nil {
		return nil, err
	}
	if ldims[0] != dims[0] {
		return nil, fmt.Errorf("%s has %d labels but %s has %d images", lblPath, ldims[0], imgPath, dims[0])
	}
	for i, l := range labels {
		if l >= mnist.Classes {
			return nil, fmt.Errorf("%s: label %d is %d, want 0..%d", lblPath, i, l, mnist.Classes-1)
		}
	}
	return &dataset{images: images, labels: labels}, nil
}

// readIDX reads a gzipped IDX file of uint8 elements with the given magic
// and returns its elements and dimensions.
func readIDX(path string, magic uint32) ([]byte, []int, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("%w (the Fashion-MNIST IDX files come from Debian's dataset-fashion-mnist package: "+
			"sudo apt-get install dataset-fashion-mnist, or pass --data DIR)", err)
	}
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(io.LimitReader(zr, 1<<28))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return parseIDX(path, b, magic)
}

// parseIDX checks an IDX file's header against magic and the element count
// against its length.
func parseIDX(path string, b []byte, magic uint32) ([]byte, []int, error) {
	if len(b) < 4 {
		return nil, nil, fmt.Errorf("%s: %d bytes, too short for an IDX header", path, len(b))
	}
	if got := binary.BigEndian.Uint32(b); got != magic {
		return nil, nil, fmt.Errorf("%s: IDX magic %#08x, want %#08x", path, got, magic)
	}
	nd := int(magic & 0xff)
	hdr := 4 + 4*nd
	if len(b) < hdr {
		return nil, nil, fmt.Errorf("%s: %d bytes, too short for an IDX header with %d dimensions", path, len(b), nd)
	}
	dims := make([]int, nd)
	n := 1
	for i := range dims {
		d := binary.BigEndian.Uint32(b[4+4*i:])
		if d == 0 || d > 1<<24 {
			return nil, nil, fmt.Errorf("%s: dimension %d is %d", path, i, d)
		}
		dims[i] = int(d)
		n *= dims[i]
		if n > len(b) { // also keeps n from overflowing
			return nil, nil, fmt.Errorf("%s: dimensions %v need more than the file's %d bytes", path, dims[:i+1], len(b))
		}
	}
	if len(b)-hdr != n {
		return nil, nil, fmt.Errorf("%s: %d bytes of data, dimensions %v need %d", path, len(b)-hdr, dims, n)
	}
	return b[hdr:], dims, nil
}
