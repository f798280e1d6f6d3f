package plan

import (
	"fmt"

	"github.com/axonum/opml/ggml-mips/ggml"
)

// Storage is where RunItem finds what one item reads and writes: in the
// node program, buffers mapped from the agreed commitment and weight rows
// mapped from the model.
type Storage interface {
	WeightSource
	// Buffer returns slot's storage, n elements (F32, or I32 if i32), with
	// the values the agreed commitment holds (zeros for an empty slot). The
	// item computes into it in place; asked twice for one slot, Buffer
	// returns the same storage. In the node program it is the mapped
	// buffer itself (its big-endian elements are the committed encoding).
	Buffer(slot, n int, i32 bool) ([]float32, []int32, error)
}

// RunItem computes item i alone: it builds the item's graph, binds the
// node's inputs and output to st, computes the item into the output buffer
// (in place) and returns the slot it wrote.
func (p *Plan) RunItem(i int, st Storage) (slot int, err error) {
	if i < 0 || i >= p.Items() {
		return 0, fmt.Errorf("plan: item %d of %d", i, p.Items())
	}
	it := p.Item(i)
	var in *ggml.Tensor
	if it.Graph > 0 && p.feedShape != nil {
		in = p.newIn()
	}
	gr := p.s.Graph(it.Graph, in)
	if err := p.checkGraph(it.Graph, gr); err != nil {
		return 0, err
	}
	index := graphIndex(gr)
	node := gr.Nodes()[it.Node]
	b := binder{p: p, st: st, g: it.Graph, index: index, in: in, bound: map[*ggml.Tensor]bool{}}

	// Inputs (a chunked product's weight and get_rows' table are read per
	// row below).
	for k := 0; k < 3; k++ {
		src := node.Src(k)
		if src == nil {
			continue
		}
		base := src.Base()
		if base.IsWeight() && k == 0 && ((it.Row1 != 0 && !it.Out) || node.Op() == ggml.OpGetRows) {
			continue
		}
		if err := b.bind(src); err != nil {
			return 0, fmt.Errorf("plan: item %d (%v) input %d: %w", i, it, k, err)
		}
	}
	// The output, in its buffer.
	slot, err = b.bindOutput(node)
	if err != nil {
		return 0, fmt.Errorf("plan: item %d (%v) output: %w", i, it, err)
	}

	if err := compute(node, it, st, true); err != nil {
		return 0, fmt.Errorf("plan: item %d (%v): %w", i, it, err)
	}
	return slot, nil
}

// compute runs item it of node and canonicalizes what it wrote: the one
// code path of both the native trace and the node program. A block of
// output rows computes just those; a block of weight rows reads just its
// weight rows from w; with byRow, get_rows reads each row
// it selects from w (the node program maps no whole table).
func compute(node *ggml.Tensor, it Item, w WeightSource, byRow bool) error {
	switch {
	case it.Out:
		if it.Row1 > node.OutRows() {
			return fmt.Errorf("output rows [%d, %d) of a node with %d", it.Row0, it.Row1, node.OutRows())
		}
		ggml.ComputeRows(node, it.Row0, it.Row1)
	case it.Row1 != 0:
		rows, err := weightRows(node.Src(0), it.Row0, it.Row1, w)
		if err != nil {
			return err
		}
		ggml.ComputeMatMulRows(node, it.Row0, rows)
	case byRow && node.Op() == ggml.OpGetRows && node.Src(0).Base().IsWeight():
		t := node.Src(0)
		for r, id := range node.GetRowIDs() {
			if id < 0 || int(id) >= t.Rows() {
				return fmt.Errorf("row %d of %s, which has %d", id, t.Name, t.Rows())
			}
			row, err := weightRows(t, int(id), int(id)+1, w)
			if err != nil {
				return err
			}
			ggml.ComputeGetRow(node, r, row)
		}
	default:
		node.Compute()
	}
	canonicalize(node, it)
	return nil
}

// weightRows reads rows [r0, r1) of weight t from w.
func weightRows(t *ggml.Tensor, r0, r1 int, w WeightSource) (*ggml.Tensor, error) {
	rb := int64(ggml.RowBytes(t.Type, t.Ne[0]))
	raw, err := w.WeightBytes(t.Name, int64(r0)*rb, int64(r1)*rb)
	if err != nil {
		return nil, err
	}
	return ggml.WeightRows(t, r0, r1, raw)
}

// Output encodes the claim's output from the output nodes' buffers. It
// builds no graph: every graph's output node has the probe's type and
// shape (Native checks it), so the cost is one small buffer per graph, not
// a graph per generated token.
func (p *Plan) Output(st Storage) ([]byte, error) {
	outs := make([]*ggml.Tensor, 0, p.graphs)
	for g := 0; g < p.graphs; g++ {
		t, err := p.outShape.like()
		if err != nil {
			return nil, err
		}
		f, i, err := st.Buffer(p.nodeSlot(g, p.outIdx), t.Elements(), t.Type == ggml.I32)
		if err != nil {
			return nil, fmt.Errorf("plan: output of graph %d: %w", g, err)
		}
		if (t.Type == ggml.I32 && len(i) != t.Elements()) || (t.Type != ggml.I32 && len(f) != t.Elements()) {
			return nil, fmt.Errorf("plan: output of graph %d: wrong length", g)
		}
		ggml.Bind(t, f, i)
		outs = append(outs, t)
	}
	return p.s.EncodeOutput(outs), nil
}

// shape is a node's type and shape.
type shape struct {
	typ ggml.Type
	ne  []int
}

func shapeOf(t *ggml.Tensor) shape { return shape{t.Type, t.Shape()} }

// like returns an empty tensor of the shape.
func (s shape) like() (*ggml.Tensor, error) {
	switch s.typ {
	case ggml.I32:
		return ggml.NewI32("out", make([]int32, prod(s.ne)), s.ne...), nil
	case ggml.F32:
		return ggml.NewF32("out", s.ne...), nil
	}
	return nil, fmt.Errorf("plan: an output node of type %v", s.typ)
}

// binder binds the tensors of one item to storage.
type binder struct {
	p     *Plan
	st    Storage
	g     int
	index map[*ggml.Tensor]int
	in    *ggml.Tensor
	bound map[*ggml.Tensor]bool
}

// bind binds t's view chain to its base's storage: a buffer slot, a whole
// weight, or nothing for data the graph built itself (the prompt).
func (b *binder) bind(t *ggml.Tensor) error {
	base := t.Base()
	switch {
	case base.IsWeight():
		if !b.bound[base] {
			data, err := b.st.WeightBytes(base.Name, 0, weightSize(base))
			if err != nil {
				return err
			}
			if err := ggml.BindWeight(base, data); err != nil {
				return err
			}
			b.bound[base] = true
		}
		return nil
	case base == b.in:
		return b.bindSlot(t, b.p.nodeSlot(b.g-1, b.p.feedNode()))
	}
	if slot, ok := b.slotOf(base); ok {
		return b.bindSlot(t, slot)
	}
	return nil // built by the graph from the claim's input
}

func (b *binder) bindOutput(node *ggml.Tensor) (int, error) {
	slot, ok := b.slotOf(node.Base())
	if !ok {
		return 0, fmt.Errorf("node %q writes no buffer", node.Name)
	}
	return slot, b.bindSlot(node, slot)
}

func (b *binder) slotOf(base *ggml.Tensor) (int, bool) {
	for k, t := range b.p.persistent {
		if t == base {
			return k, true
		}
	}
	if j, ok := b.index[base]; ok && base.IsWork() {
		return b.p.nodeSlot(b.g, j), true
	}
	return 0, false
}

func (b *binder) bindSlot(t *ggml.Tensor, slot int) error {
	n := t.StorageLen()
	i32 := t.Base().Type == ggml.I32
	f, i, err := b.st.Buffer(slot, n, i32)
	if err != nil {
		return fmt.Errorf("buffer %d: %w", slot, err)
	}
	if (i32 && len(i) != n) || (!i32 && len(f) != n) {
		return fmt.Errorf("buffer %d: wrong length, want %d elements", slot, n)
	}
	ggml.Bind(t, f, i)
	return nil
}
