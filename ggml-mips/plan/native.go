package plan

import (
	"fmt"
	"slices"

	"github.com/axonum/opml/ggml-mips/ggml"
)

// WeightSource gives the bytes of a weight's data: bytes [start, end) of
// the GGUF tensor named name (its data, not the file).
type WeightSource interface {
	WeightBytes(name string, start, end int64) ([]byte, error)
}

// Native runs a plan's items in order on the host, on real storage: every
// graph is built up front (graph i reads graph i−1's node directly) and
// whole weights are bound once.
type Native struct {
	p      *Plan
	w      WeightSource
	graphs []*ggml.Graph
	index  []map[*ggml.Tensor]int
	done   int
}

// Native prepares the plan's graphs for running on the host.
func (p *Plan) Native(w WeightSource) (*Native, error) {
	n := &Native{p: p, w: w}
	var in *ggml.Tensor
	for g := 0; g < p.graphs; g++ {
		gr := p.s.Graph(g, in)
		if err := p.checkGraph(g, gr); err != nil {
			return nil, err
		}
		if o := shapeOf(gr.Nodes()[p.s.OutputNode(gr)]); o.typ != p.outShape.typ || prod(o.ne) != prod(p.outShape.ne) {
			return nil, fmt.Errorf("plan: graph %d's output node is %v %v, graph 1's %v %v", g, o.typ, o.ne, p.outShape.typ, p.outShape.ne)
		}
		n.graphs = append(n.graphs, gr)
		n.index = append(n.index, graphIndex(gr))
		if f := p.s.Feed(gr); f >= 0 {
			in = gr.Nodes()[f]
		}
	}
	bound := map[*ggml.Tensor]bool{}
	for g, gr := range n.graphs {
		for j, node := range gr.Nodes() {
			if !node.IsWork() {
				continue
			}
			if rows, step, out := chunking(node); step < rows && !out {
				continue // weight rows are read per item
			}
			for i := 0; i < 3; i++ {
				src := node.Src(i)
				if src == nil {
					continue
				}
				b := src.Base()
				if !b.IsWeight() || bound[b] {
					continue
				}
				data, err := w.WeightBytes(b.Name, 0, weightSize(b))
				if err != nil {
					return nil, fmt.Errorf("plan: graph %d node %d: %w", g, j, err)
				}
				if err := ggml.BindWeight(b, data); err != nil {
					return nil, err
				}
				bound[b] = true
			}
		}
	}
	return n, nil
}

func weightSize(w *ggml.Tensor) int64 {
	return int64(w.Rows()) * int64(ggml.RowBytes(w.Type, w.Ne[0]))
}

// Done is the number of items run.
func (n *Native) Done() int { return n.done }

// Span is a range [Lo, Hi) of a buffer's elements.
type Span struct{ Lo, Hi int }

// Step runs the next item and returns the slot it wrote, that slot's
// buffer (its whole storage, to commit with EncodeBuffer) and the element
// ranges of the buffer the item wrote, in increasing order (nil: all of
// it), so a trace can rehash only those.
func (n *Native) Step() (slot int, buf *ggml.Tensor, written []Span, err error) {
	if n.done >= n.p.Items() {
		return 0, nil, nil, fmt.Errorf("plan: all %d items done", n.p.Items())
	}
	it := n.p.Item(n.done)
	node := n.graphs[it.Graph].Nodes()[it.Node]
	if err := compute(node, it, n.w, false); err != nil {
		return 0, nil, nil, fmt.Errorf("plan: item %d (%v): %w", n.done, it, err)
	}
	n.done++
	slot, buf = n.slotOf(it.Graph, node)
	return slot, buf, writtenBy(node, it), nil
}

// writtenBy is what item it of node writes of its buffer (nil: all).
func writtenBy(node *ggml.Tensor, it Item) []Span {
	switch {
	case it.Out:
		return []Span{{node.Off + it.Row0*node.Ne[0], node.Off + it.Row1*node.Ne[0]}}
	case it.Row1 != 0: // dimension-0 elements [Row0, Row1) of every output row
		var out []Span
		for r := 0; r < node.OutRows(); r++ {
			base := node.Off + r*node.Ne[0]
			out = append(out, Span{base + it.Row0, base + it.Row1})
		}
		return out
	case node.Op() == ggml.OpCpy: // the destination view's elements
		return viewSpans(node)
	}
	return nil
}

// viewSpans lists the storage elements of view t as merged ranges.
func viewSpans(t *ggml.Tensor) []Span {
	var out []Span
	add := func(lo, hi int) {
		if k := len(out) - 1; k >= 0 && out[k].Hi == lo {
			out[k].Hi = hi
			return
		}
		out = append(out, Span{lo, hi})
	}
	for i3 := 0; i3 < t.Ne[3]; i3++ {
		for i2 := 0; i2 < t.Ne[2]; i2++ {
			for i1 := 0; i1 < t.Ne[1]; i1++ {
				base := t.Off + i1*t.Nb[1] + i2*t.Nb[2] + i3*t.Nb[3]
				if t.Nb[0] == 1 {
					add(base, base+t.Ne[0])
					continue
				}
				for i0 := 0; i0 < t.Ne[0]; i0++ {
					add(base+i0*t.Nb[0], base+i0*t.Nb[0]+1)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b Span) int { return a.Lo - b.Lo })
	return out
}

// slotOf is the slot and buffer a node of graph g writes.
func (n *Native) slotOf(g int, node *ggml.Tensor) (int, *ggml.Tensor) {
	b := node.Base()
	for k, t := range n.p.persistent {
		if t == b {
			return k, b
		}
	}
	return n.p.nodeSlot(g, n.index[g][b]), b
}

// Output encodes the output nodes (after every item has run).
func (n *Native) Output() []byte {
	var outs []*ggml.Tensor
	for _, gr := range n.graphs {
		outs = append(outs, gr.Nodes()[n.p.s.OutputNode(gr)])
	}
	return n.p.s.EncodeOutput(outs)
}
