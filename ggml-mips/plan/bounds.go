package plan

import (
	"fmt"

	"github.com/axonum/opml/ggml-mips/ggml"
)

// Bounds are what a two-phase deployment can adjudicate: the phase-1 trace
// must hold every item and the final position, and the node program must
// run any one item within its window and the phase-2 trace.
type Bounds struct {
	// Positions is the phase-1 trace's length (arity^graphDepth): a plan
	// needs Items()+1 positions after position 0.
	Positions uint64
	// ItemMACs bounds the work of one item, in Work units (see itemCost):
	// multiply-accumulates of a product by a quantized weight, and 16 per
	// multiply-accumulate or element of anything else (float32 arithmetic
	// is soft-float in the VM).
	ItemMACs int64
	// Window is the node program's mapping window in bytes.
	Window int64
	// HeaderBytes is the size of the model file's header (the data
	// section's offset), which the node program maps too.
	HeaderBytes int64
	// BlockBytes is the size of the model blocks it is mapped in.
	BlockBytes int64
}

// DefaultItemWork is the default bound on one item's work, in units of
// about 22 VM steps (a quantized multiply-accumulate of the node program
// costs ~18; BenchmarkNodeSteps in claim/multiphase measures each kind):
// 2^25 units are about 740M steps, plus at most ~300M for a MaxHeaderBytes
// header, within the default node-phase trace of 2^30 steps. The weights
// of the other operations (opWork) are their measured VM cost in those
// units, rounded up: float32 is soft-float in the VM, and silu's
// exponential costs ~12,000 steps an element.
const DefaultItemWork = 1 << 25

// MaxHeaderBytes bounds a model's GGUF header (its data section's offset),
// which the node program parses on every run, skipping the tokenizer's
// metadata (ReadHeader). BenchmarkNodeHeader in claim/multiphase measures
// a run past the end (header, plan, table): 12–19 VM steps per header byte
// with placeholder vocabularies of 8,200 to 128,256 tokens, 36 with the
// worst bytes to skip (a metadata array of empty strings), so at most
// ~300M steps for 8 MiB. Llama 3's vocabulary makes a 7.8 MB header,
// Qwen's 5.9 MB.
const MaxHeaderBytes = 8 << 20

// MaxHeapBytes bounds what the node program allocates to build the graph
// of the item it runs (every node of that graph, and the persistent
// buffers): the Go heap of the 32-bit guest has about 1 GiB.
const MaxHeapBytes = 512 << 20

// MaxNativeBytes bounds the storage of all graphs of a session, which the
// native phase-1 trace builds up front: a plan that needs more could not
// be traced by an honest challenger on an ordinary machine.
const MaxNativeBytes = 8 << 30

// opWork is the work of one multiply-accumulate (mul_mat) or output
// element (anything else) of an operation, in DefaultItemWork's units;
// measured in the VM on the node program.
func opWork(op ggml.Op, quantized bool) int64 {
	switch op {
	case ggml.OpMatMul:
		if quantized {
			return 1
		}
		return 64 // ~1,300 steps per float32 multiply-accumulate
	case ggml.OpSilu, ggml.OpGelu:
		return 1024 // ~13,200 steps (a float64 exponential in soft-float)
	case ggml.OpSoftMax, ggml.OpRope:
		return 512 // ~9,200 steps (softmax on short rows)
	case ggml.OpRMSNorm, ggml.OpLayerNorm:
		return 128 // ~1,650 steps
	}
	return 16
}

// Need is what the largest item of a plan needs.
type Need struct {
	Positions uint64 // Items()+1
	ItemMACs  int64  // the largest item's work
	Window    int64  // the largest item's mapped bytes
	MaxItem   Item   // the item with the most work
	// HeapBytes is what the node program allocates to build its graphs
	// (graph 0 and the last, to make the plan); NativeBytes what the
	// native trace holds for all graphs.
	HeapBytes, NativeBytes int64
}

// Need measures the plan against what a deployment offers.
func (p *Plan) Need(b Bounds) Need {
	n := Need{Positions: uint64(p.Items()) + 1}
	if p.graphs == 0 {
		return n
	}
	// Graph 0 (the prompt), graph 1 (one token) and the last graph, whose
	// attention spans the most positions: work only grows with them.
	probes := []*ggml.Graph{p.s.Graph(0, nil)}
	if p.graphs > 1 {
		probes = append(probes, p.s.Graph(1, p.newIn()))
	}
	if p.graphs > 2 {
		probes = append(probes, p.s.Graph(p.graphs-1, p.newIn()))
	}
	var persistent int64
	for _, t := range p.persistent {
		persistent += 4 * int64(t.StorageLen())
	}
	var graphBytes []int64
	for _, gr := range probes {
		var b int64
		for _, node := range gr.Nodes() {
			if node.IsWork() && node.Base() == node {
				b += 4 * int64(node.StorageLen())
			}
		}
		graphBytes = append(graphBytes, b)
	}
	// The node program builds graph 0 and the last graph to make its plan
	// (counted as if both were live), then the item's graph once they are
	// garbage. Node storage is lazy (ggml.NewLazyF32) and bound to mapped
	// buffers, so what it allocates is the graphs' structure and the data
	// they build from the claim's input.
	n.HeapBytes = heapOf(probes[0])
	if p.graphs > 1 {
		n.HeapBytes += heapOf(probes[len(probes)-1])
	}
	// All graphs' storage, for the native trace: the prompt's, then the
	// others' growing at most linearly from graph 1's to the last's.
	n.NativeBytes = persistent + graphBytes[0]
	if p.graphs > 1 {
		n.NativeBytes += int64(p.graphs-1) * (graphBytes[1] + graphBytes[len(graphBytes)-1]) / 2
	}
	header := roundUp(b.HeaderBytes, b.BlockBytes)
	for k, gr := range probes {
		g, items := k, p.items
		switch k {
		case 0:
			items = p.first
		case 2:
			g = p.graphs - 1
		}
		for _, it := range items {
			node := gr.Nodes()[it.Node]
			macs, win := itemCost(node, it, b.BlockBytes)
			// The node program aligns every region to its own size (a
			// weight span to a block), which can waste almost as much as
			// the region: count each region twice.
			win = 2 * (win + header + region(int64(32*p.Slots())))
			if macs > n.ItemMACs {
				n.ItemMACs, n.MaxItem = macs, it
				n.MaxItem.Graph = g
			}
			n.Window = max(n.Window, win)
		}
	}
	return n
}

// nodeHeap bounds what building one node costs the 32-bit guest's heap
// besides storage: the tensor (about 150 bytes), its name and its place
// in the graph.
const nodeHeap = 512

// heapOf is what building graph g allocates on the node program's heap.
func heapOf(g *ggml.Graph) int64 {
	var b int64
	seen := map[*ggml.Tensor]bool{}
	for _, node := range g.Nodes() {
		b += nodeHeap
		for k := 0; k < 3; k++ {
			src := node.Src(k)
			if src == nil || seen[src] || src.IsWeight() || src.IsWork() || src.Op() == ggml.OpView || !src.Allocated() {
				continue
			}
			seen[src] = true
			b += 4 * int64(src.StorageLen()) // data the graph built: the prompt's ids
		}
	}
	return b
}

// Check refuses a plan the deployment could not adjudicate.
func (p *Plan) Check(b Bounds) error {
	n := p.Need(b)
	switch {
	case n.Positions > b.Positions:
		return fmt.Errorf("%d work items need %d phase-1 positions, the deployment's trace has %d", p.Items(), n.Positions, b.Positions)
	case n.ItemMACs > b.ItemMACs:
		return fmt.Errorf("%v (%s) does %d units of work, more than the %d one phase-2 run may", n.MaxItem, p.NodeName(n.MaxItem.Node), n.ItemMACs, b.ItemMACs)
	case n.Window > b.Window:
		return fmt.Errorf("an item maps %d bytes, more than the node program's %d-byte window", n.Window, b.Window)
	case n.HeapBytes > MaxHeapBytes:
		return fmt.Errorf("the node program would allocate %d bytes to build a graph, more than %d", n.HeapBytes, int64(MaxHeapBytes))
	case n.NativeBytes > MaxNativeBytes:
		return fmt.Errorf("the phase-1 trace would hold %d bytes of graphs, more than %d", n.NativeBytes, int64(MaxNativeBytes))
	case b.HeaderBytes > MaxHeaderBytes:
		return fmt.Errorf("the model's header has %d bytes, more than the %d the node program parses in a bounded run", b.HeaderBytes, MaxHeaderBytes)
	}
	return nil
}

// itemCost is an item's work and the bytes it maps besides the header and
// the slot table: each buffer it reads or writes, and its weight rows.
func itemCost(node *ggml.Tensor, it Item, block int64) (macs, window int64) {
	seen := map[*ggml.Tensor]bool{}
	for k := 0; k < 3; k++ {
		src := node.Src(k)
		if src == nil {
			continue
		}
		b := src.Base()
		if seen[b] {
			continue
		}
		seen[b] = true
		if b.IsWeight() {
			rb := int64(ggml.RowBytes(b.Type, b.Ne[0]))
			switch {
			case it.Row1 != 0 && !it.Out && k == 0:
				window += roundUp(int64(it.Row1-it.Row0)*rb, block) + block
			case node.Op() == ggml.OpGetRows && k == 0:
				window += int64(node.Ne[1]) * (roundUp(rb, block) + block)
			default:
				window += roundUp(int64(b.Rows())*rb, block) + block
			}
			continue
		}
		if b.Op() == ggml.OpNone && !b.IsWork() && b.Type == ggml.I32 && len(b.I) > 0 {
			continue // the prompt: built by the program
		}
		window += region(int64(4 * b.StorageLen()))
	}
	if out := node.Base(); !seen[out] {
		window += region(int64(4 * out.StorageLen()))
	}
	switch {
	case it.Out:
		macs = int64(it.Row1-it.Row0) * rowWork(node)
	case node.Op() == ggml.OpMatMul:
		a := node.Src(0)
		rows := int64(a.Ne[1])
		if it.Row1 != 0 {
			rows = int64(it.Row1 - it.Row0)
		}
		macs = rows * int64(a.Ne[0]) * int64(node.OutRows()) * opWork(ggml.OpMatMul, quantized(a))
	default:
		macs = opWork(node.Op(), false) * int64(node.Elements())
	}
	return macs, window
}

func roundUp(n, to int64) int64 {
	if to <= 0 {
		return n
	}
	return (n + to - 1) / to * to
}

// region is the power-of-two region a buffer of n bytes is mapped in.
func region(n int64) int64 {
	r := int64(32)
	for r < n {
		r <<= 1
	}
	return r
}

// ItemSize is item i's size before weighting: the multiply-accumulates of
// a product, else the elements it writes (for calibrating opWork).
func (p *Plan) ItemSize(i int) int64 {
	it := p.Item(i)
	var in *ggml.Tensor
	if it.Graph > 0 && p.feedShape != nil {
		in = p.newIn()
	}
	node := p.s.Graph(it.Graph, in).Nodes()[it.Node]
	work, _ := itemCost(node, it, 0)
	return work / opWork(node.Op(), node.Op() == ggml.OpMatMul && quantized(node.Src(0)))
}
