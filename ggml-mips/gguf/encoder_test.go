package gguf

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

func descsOf(ts []Tensor) []TensorDesc {
	d := make([]TensorDesc, len(ts))
	for i, t := range ts {
		d[i] = TensorDesc{t.Name, t.Type, t.Dims}
	}
	return d
}

// TestEncoderMatchesMarshal streams the sample tensors' data in chunks of
// various sizes, spanning tensors, and expects Marshal's bytes.
func TestEncoderMatchesMarshal(t *testing.T) {
	for _, align := range []uint32{0, 1, 8, 64, 4096} {
		kv := sampleKV()
		if align != 0 {
			kv = append([]KV{{KeyAlignment, Uint32(align)}}, kv...)
		}
		ts := sampleTensors()
		want := mustMarshal(t, kv, ts)
		var data []byte
		for _, x := range ts {
			data = append(data, x.Data...)
		}
		for _, chunk := range []int{1, 7, 34, 1000} {
			var buf bytes.Buffer
			e, err := NewEncoder(&buf, kv, descsOf(ts))
			if err != nil {
				t.Fatal(err)
			}
			if buf.Len() != 0 {
				t.Fatalf("NewEncoder wrote %d bytes", buf.Len())
			}
			if e.Size() != int64(len(want)) {
				t.Errorf("align %d: Size %d, want %d", align, e.Size(), len(want))
			}
			for p := data; len(p) > 0; {
				k := min(chunk, len(p))
				if n, err := e.Write(p[:k]); n != k || err != nil {
					t.Fatalf("Write: %d, %v", n, err)
				}
				p = p[k:]
			}
			if err := e.Close(); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), want) || e.Written() != int64(len(want)) {
				t.Fatalf("align %d, chunks of %d: %d bytes (Written %d) differ from Marshal's %d", align, chunk, buf.Len(), e.Written(), len(want))
			}
		}
	}
}

func TestEncoderErrors(t *testing.T) {
	ts := sampleTensors()
	var total int
	for _, x := range ts {
		total += len(x.Data)
	}
	e, err := NewEncoder(io.Discard, nil, descsOf(ts))
	if err != nil {
		t.Fatal(err)
	}
	e.Write(make([]byte, 70)) // all of the first tensor, part of the second
	if err := e.Close(); !errors.Is(err, ErrInvalidShape) || !strings.Contains(err.Error(), `tensor "blk.0.attn_q.weight" (#1): `) ||
		!strings.Contains(err.Error(), "10 of its 136 data bytes written") {
		t.Errorf("Close after short data: %v", err)
	}

	e, _ = NewEncoder(io.Discard, nil, descsOf(ts))
	if n, err := e.Write(make([]byte, total+5)); n != total || !errors.Is(err, ErrInvalidShape) || !strings.Contains(err.Error(), "5 bytes of data past the last tensor") {
		t.Errorf("Write past the end: %d, %v", n, err)
	}
	if _, err2 := e.Write([]byte{1}); err2 == nil {
		t.Error("Write after an error succeeded")
	}

	// A write error names the tensor and sticks.
	e, _ = NewEncoder(&failingWriter{1 << 20}, sampleKV(), []TensorDesc{{"big", TensorF32, []uint64{1 << 20}}})
	var werr error
	for i := 0; i < 64 && werr == nil; i++ {
		_, werr = e.Write(make([]byte, 1<<16))
	}
	if werr == nil {
		werr = e.Close()
	}
	if werr == nil || !strings.Contains(werr.Error(), "disk full") || !strings.Contains(werr.Error(), `tensor "big"`) {
		t.Errorf("failing writer: %v", werr)
	}
	if err := e.Close(); err == nil {
		t.Error("Close after a write error succeeded")
	}

	// Sizes beyond int64 are refused before anything is allocated.
	huge := []TensorDesc{{"a", TensorF32, []uint64{1 << 30, 1 << 30}}, {"b", TensorF32, []uint64{1 << 30, 1 << 30}}}
	if _, err := NewEncoder(io.Discard, nil, huge); !errors.Is(err, ErrInvalidShape) || !strings.Contains(err.Error(), `tensor "b" (#1)`) {
		t.Errorf("data beyond 2^63 bytes: %v", err)
	}
}

// TestEncoderLargeSize computes the layout of a file far larger than
// memory without writing it.
func TestEncoderLargeSize(t *testing.T) {
	descs := []TensorDesc{
		{"a", TensorQ8_0, []uint64{4096, 1 << 20}}, // 34·128·2^20 bytes: more than 4 GiB
		{"b", TensorF32, []uint64{5}},              // 20 bytes, padded to 32
		{"c", TensorQ4_0, []uint64{32, 3}},
	}
	e, err := NewEncoder(io.Discard, nil, descs)
	if err != nil {
		t.Fatal(err)
	}
	const a = 34 * 128 << 20
	// magic, version, counts; then per tensor a name of 1 byte, n_dims,
	// the dims, type and offset: 139 bytes, padded to 160.
	const header = (4 + 4 + 8 + 8 + 3*(8+1+4+4+8) + 4*8 + 31) &^ 31
	if want := int64(header + a + 32 + 64); e.Size() != want {
		t.Errorf("Size %d, want %d", e.Size(), want)
	}
}
