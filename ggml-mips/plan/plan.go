// Package plan splits one inference into the positions of the multi-phase
// dispute's first phase (docs/dispute.md, "The multi-phase dispute"): a
// fixed sequence of work items over numbered buffers. An item computes one
// graph node, or one block of rows of a large matrix product, and writes
// one buffer; the phase-1 trace commits to every buffer after each item.
//
// The same code runs natively (Native: every item in order, for the trace)
// and in the VM's node program (RunItem: one item, on buffers and weight
// rows bound from committed data through a Storage), so both compute the
// same bytes. Buffers are committed in the guest's own layout, big-endian
// 4-byte elements, so the node program computes straight into mapped
// memory.
package plan

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models"
)

// ChunkMACs bounds the multiply-accumulates per token of one item of a
// matrix product by a weight: larger products are split into row blocks of
// max(1, ChunkMACs / rowLength) rows. The bound depends on the weight's
// shape only, so every graph of a session has the same items. 2^18: a
// 64-token prompt's row block is 2^24 multiply-accumulates, the default
// bound on an item's work (DefaultItemWork).
const ChunkMACs = 1 << 18

// Item is one position of the phase-1 trace.
type Item struct {
	Graph int // the graph (for llama: 0 the prompt, then one per generated token)
	Node  int // the node's index in its graph
	// Row0, Row1: the block of output rows [Row0, Row1) of a matrix product
	// by a weight; Row1 = 0 for the whole node.
	Row0, Row1 int
}

func (it Item) String() string {
	if it.Row1 == 0 {
		return fmt.Sprintf("graph %d node %d", it.Graph, it.Node)
	}
	return fmt.Sprintf("graph %d node %d rows [%d, %d)", it.Graph, it.Node, it.Row0, it.Row1)
}

// Plan is the item sequence of one session.
type Plan struct {
	s          models.Session
	graphs     int
	persistent []*ggml.Tensor
	nodes      int    // nodes per graph
	items      []Item // the items of one graph (Graph = 0)
	names      []string
	feedShape  []int
	feedIdx    int
	outIdx     int
	outShape   shape // every graph's output node's
}

// New returns the plan of session s.
func New(s models.Session) (*Plan, error) {
	p := &Plan{s: s, graphs: s.Graphs(), persistent: s.Persistent()}
	if p.graphs == 0 {
		return p, nil
	}
	// Graphs 1 … n−1 are all alike; graph 0 has the same nodes. Probe the
	// smallest one to learn the structure.
	var probe *ggml.Graph
	if p.graphs > 1 {
		p.feedShape = s.FeedShape()
		probe = s.Graph(1, p.newIn())
	} else {
		probe = s.Graph(0, nil)
	}
	p.nodes = len(probe.Nodes())
	p.feedIdx, p.outIdx = s.Feed(probe), s.OutputNode(probe)
	p.outShape = shapeOf(probe.Nodes()[p.outIdx])
	for j, n := range probe.Nodes() {
		p.names = append(p.names, n.Name)
		if !n.IsWork() {
			continue
		}
		if rows, step := chunking(n); step < rows {
			for r := 0; r < rows; r += step {
				p.items = append(p.items, Item{Node: j, Row0: r, Row1: min(r+step, rows)})
			}
			continue
		}
		p.items = append(p.items, Item{Node: j})
	}
	return p, nil
}

// newIn returns a tensor shaped like the node a graph reads from the one
// before it.
func (p *Plan) newIn() *ggml.Tensor {
	return ggml.NewI32("in", make([]int32, prod(p.feedShape)), p.feedShape...)
}

func prod(s []int) int {
	n := 1
	for _, v := range s {
		n *= v
	}
	return n
}

// chunking returns the output rows of a matrix product by a weight and the
// rows per item (step ≥ rows: one item).
func chunking(n *ggml.Tensor) (rows, step int) {
	if n.Op() != ggml.OpMatMul {
		return 1, 1
	}
	w := n.Src(0)
	if !w.IsWeight() || w.Ne[2] != 1 || w.Ne[3] != 1 {
		return 1, 1
	}
	return w.Ne[1], max(1, ChunkMACs/w.Ne[0])
}

// Items is the number of work items (the phase-1 trace has Items()+1
// transitions: the items, then the output's commitment).
func (p *Plan) Items() int { return p.graphs * len(p.items) }

// Item returns item i (0-based; position i+1 of the trace).
func (p *Plan) Item(i int) Item {
	it := p.items[i%len(p.items)]
	it.Graph = i / len(p.items)
	return it
}

// Slots is the number of buffer slots: the persistent buffers, then one per
// node of every graph (views and data nodes leave theirs empty).
func (p *Plan) Slots() int { return len(p.persistent) + p.graphs*p.nodes }

// NodeName is the name of node j of every graph.
func (p *Plan) NodeName(j int) string { return p.names[j] }

func (p *Plan) nodeSlot(g, j int) int { return len(p.persistent) + g*p.nodes + j }

// EncodeBuffer is the committed encoding of a buffer: its storage's 4-byte
// elements, big-endian (NaNs canonical, as every item leaves them).
func EncodeBuffer(t *ggml.Tensor) []byte {
	if t.Type == ggml.I32 {
		out := make([]byte, 4*len(t.I))
		for i, v := range t.I {
			binary.BigEndian.PutUint32(out[4*i:], uint32(v))
		}
		return out
	}
	out := make([]byte, 4*len(t.F))
	for i, v := range t.F {
		binary.BigEndian.PutUint32(out[4*i:], math.Float32bits(v))
	}
	return out
}

// graphIndex maps graph g's nodes to their indices.
func graphIndex(g *ggml.Graph) map[*ggml.Tensor]int {
	m := make(map[*ggml.Tensor]int, len(g.Nodes()))
	for j, n := range g.Nodes() {
		m[n] = j
	}
	return m
}

// canonicalize rewrites NaNs in what item it of node n wrote.
func canonicalize(n *ggml.Tensor, it Item) {
	if it.Row1 != 0 {
		ggml.CanonicalizeNaN(ggml.RowsOf(n, it.Row0, it.Row1))
		return
	}
	ggml.CanonicalizeNaN(n)
}

// feedNode is the index of the node a graph's successor reads.
func (p *Plan) feedNode() int { return p.feedIdx }

// Open makes the plan of input for the model whose GGUF header f holds
// (the weights are not read): the model's layout, then the session. The
// native trace and the node program both make their plan here. An error
// means the engine rejects the model or the input: the claim is unusable.
func Open(f *gguf.File, input []byte) (*Plan, error) {
	layout, _, err := models.LoadLayout(f)
	if err != nil {
		return nil, err
	}
	s, err := layout.NewSession(input)
	if err != nil {
		return nil, err
	}
	return New(s)
}

// ReadHeader parses a model's GGUF header through r (the file has size
// bytes) as the node program does: reads past MaxHeaderBytes plus one
// read window fail, so a model whose header is larger is unusable, on
// every host alike. (Without the limit, a 128 MiB metadata array parsed
// natively but not in the 32-bit VM, whose decoder limits differ.)
func ReadHeader(r io.ReaderAt, size int64) (*gguf.File, error) {
	return gguf.Read(headerLimit{r}, size)
}

// ErrHeaderTooLarge is returned by ReadHeader's reader past the limit.
var ErrHeaderTooLarge = errors.New("plan: the model's header is larger than the node program reads")

type headerLimit struct{ r io.ReaderAt }

func (h headerLimit) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 || off+int64(len(p)) > MaxHeaderBytes+64<<10 {
		return 0, ErrHeaderTooLarge
	}
	return h.r.ReadAt(p, off)
}
