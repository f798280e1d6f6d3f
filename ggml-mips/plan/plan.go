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
	"strings"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models"
)

// ChunkMACs bounds the weight rows of one item of a matrix product by a
// weight: at most max(1, ChunkMACs / rowLength) rows, so an item of a
// one-token graph reads at most ChunkMACs weight values (a short VM run).
const ChunkMACs = 1 << 18

// ChunkWork bounds the work of one item (in DefaultItemWork's units) where
// the node can be split: a product by a weight into blocks of weight rows,
// a row-local node (ggml's RowLocal: elementwise and row operations, rope,
// a product of activations) into blocks of output rows. A block has at
// least one row, so a single row over the bound stays one item (Check
// refuses it). 2^23 is a quarter of DefaultItemWork: a long prompt's
// activation functions, norms and attention become many short items
// instead of one item no phase-2 run could finish.
const ChunkWork = 1 << 23

// Item is one position of the phase-1 trace.
type Item struct {
	Graph int // the graph (for llama: 0 the prompt, then one per generated token)
	Node  int // the node's index in its graph
	// Row0, Row1: with Row1 = 0 the whole node, else a block of rows
	// [Row0, Row1): of the weight of a product by a weight (output
	// elements along dimension 0), or with Out of the node's output rows
	// (dimensions 1–3 flattened, see ggml.ComputeRows).
	Row0, Row1 int
	Out        bool
}

func (it Item) String() string {
	switch {
	case it.Row1 == 0:
		return fmt.Sprintf("graph %d node %d", it.Graph, it.Node)
	case it.Out:
		return fmt.Sprintf("graph %d node %d output rows [%d, %d)", it.Graph, it.Node, it.Row0, it.Row1)
	}
	return fmt.Sprintf("graph %d node %d rows [%d, %d)", it.Graph, it.Node, it.Row0, it.Row1)
}

// Plan is the item sequence of one session.
type Plan struct {
	s          models.Session
	graphs     int
	persistent []*ggml.Tensor
	nodes      int    // nodes per graph
	first      []Item // graph 0's items (the prompt's: its nodes have more rows)
	items      []Item // the items of each later graph (Graph = 0 here)
	rows       []int  // each node's output rows in graphs 1 …, checked as graphs are built
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
	// Graphs 1 … n−1 are alike but for the positions their attention
	// spans, which grow: their items are chunked by the last one, whose rows
	// do the most work. Graph 0, the prompt, has the same nodes with more
	// rows, so items of its own.
	first := s.Graph(0, nil)
	p.first = itemsOf(first)
	nodes := len(first.Nodes())
	probe := first // (otherwise graph 0 is garbage before the last is built)
	if p.graphs > 1 {
		p.feedShape = s.FeedShape()
		probe = s.Graph(p.graphs-1, p.newIn())
	}
	p.nodes = len(probe.Nodes())
	if nodes != p.nodes {
		return nil, fmt.Errorf("plan: graph 0 has %d nodes, graph %d %d", nodes, p.graphs-1, p.nodes)
	}
	p.feedIdx, p.outIdx = s.Feed(probe), s.OutputNode(probe)
	p.outShape = shapeOf(probe.Nodes()[p.outIdx])
	for _, n := range probe.Nodes() {
		p.names = append(p.names, n.Name)
		p.rows = append(p.rows, n.OutRows())
	}
	if p.graphs > 1 {
		p.items = itemsOf(probe)
	}
	return p, nil
}

// itemsOf splits the nodes of graph g into items.
func itemsOf(g *ggml.Graph) []Item {
	var items []Item
	for j, n := range g.Nodes() {
		if !n.IsWork() {
			continue
		}
		rows, step, out := chunking(n)
		if step >= rows {
			items = append(items, Item{Node: j})
			continue
		}
		for r := 0; r < rows; r += step {
			items = append(items, Item{Node: j, Row0: r, Row1: min(r+step, rows), Out: out})
		}
	}
	return items
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

// chunking returns how node n splits: its rows and the rows per item
// (step ≥ rows: one item), weight rows of a product by a weight or, with
// out, output rows of a row-local node.
func chunking(n *ggml.Tensor) (rows, step int, out bool) {
	if n.Op() == ggml.OpMatMul {
		if w := n.Src(0); w.IsWeight() && w.Ne[2] == 1 && w.Ne[3] == 1 {
			perRow := int64(w.Ne[0]) * int64(n.OutRows()) * opWork(ggml.OpMatMul, quantized(w))
			return w.Ne[1], max(1, min(ChunkMACs/w.Ne[0], int(ChunkWork/perRow))), false
		}
	}
	if !n.RowLocal() {
		return 1, 1, false
	}
	return n.OutRows(), max(1, int(ChunkWork/rowWork(n))), true
}

// rowWork is the work of one output row of a row-local node.
func rowWork(n *ggml.Tensor) int64 {
	if n.Op() == ggml.OpMatMul {
		a := n.Src(0)
		return int64(a.Ne[0]) * int64(n.Ne[0]) * opWork(ggml.OpMatMul, quantized(a))
	}
	return int64(n.Ne[0]) * opWork(n.Op(), false)
}

// quantized reports whether w's matmul is the integer kernel (about as many
// VM steps per MAC for every quantized type, see docs/benchmarks.md).
func quantized(w *ggml.Tensor) bool {
	switch w.Type {
	case ggml.Q8_0, ggml.Q4_0, ggml.Q4_K, ggml.Q6_K:
		return true
	}
	return false
}

// Items is the number of work items (the phase-1 trace has Items()+1
// transitions: the items, then the output's commitment).
func (p *Plan) Items() int {
	if p.graphs == 0 {
		return 0
	}
	return len(p.first) + (p.graphs-1)*len(p.items)
}

// Item returns item i (0-based; position i+1 of the trace).
func (p *Plan) Item(i int) Item {
	if i < len(p.first) {
		return p.first[i]
	}
	i -= len(p.first)
	it := p.items[i%len(p.items)]
	it.Graph = 1 + i/len(p.items)
	return it
}

// checkGraph checks that graph g has the structure the plan was made
// for: its node count and, after graph 0, the output rows of every node
// that may split into blocks of them (the items of graphs 1 … are made
// from the last graph's; only views' rows grow with the position).
func (p *Plan) checkGraph(g int, gr *ggml.Graph) error {
	if len(gr.Nodes()) != p.nodes {
		return fmt.Errorf("plan: graph %d has %d nodes, want %d", g, len(gr.Nodes()), p.nodes)
	}
	if g == 0 {
		return nil
	}
	for j, n := range gr.Nodes() {
		if n.RowLocal() && n.OutRows() != p.rows[j] {
			return fmt.Errorf("plan: graph %d node %d (%s) has %d rows, the plan's %d", g, j, n.Name, n.OutRows(), p.rows[j])
		}
	}
	return nil
}

// Slots is the number of buffer slots: the persistent buffers, then one per
// node of every graph (views and data nodes leave theirs empty).
func (p *Plan) Slots() int { return len(p.persistent) + p.graphs*p.nodes }

// NodeName is the name of node j of every graph.
func (p *Plan) NodeName(j int) string { return p.names[j] }

func (p *Plan) nodeSlot(g, j int) int { return len(p.persistent) + g*p.nodes + j }

// EncodeRange re-encodes elements [lo, hi) of buffer t into enc, its
// EncodeBuffer encoding (after an item wrote them).
func EncodeRange(t *ggml.Tensor, enc []byte, lo, hi int) {
	if t.Type == ggml.I32 {
		for i := lo; i < hi; i++ {
			binary.BigEndian.PutUint32(enc[4*i:], uint32(t.I[i]))
		}
		return
	}
	for i := lo; i < hi; i++ {
		binary.BigEndian.PutUint32(enc[4*i:], math.Float32bits(t.F[i]))
	}
}

// PersistentSlots is the number of persistent buffers: slots 0 … n−1.
func (p *Plan) PersistentSlots() int { return len(p.persistent) }

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
	if it.Out {
		ggml.CanonicalizeNaN(ggml.OutRowsOf(n, it.Row0, it.Row1))
		return
	}
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
//
// The tokenizer's metadata (keys beginning "tokenizer.") is checked but
// not kept (gguf.ReadSkipping): no plan depends on it, and a 128,000-token
// vocabulary with its merges is most of a header's bytes.
func ReadHeader(r io.ReaderAt, size int64) (*gguf.File, error) {
	return gguf.ReadSkipping(headerLimit{r}, size, func(key string) bool { return strings.HasPrefix(key, "tokenizer.") })
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
