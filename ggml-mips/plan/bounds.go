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

// DefaultItemWork is the default bound on one item's work: with the node
// program's ~22 VM steps per quantized multiply-accumulate (measured on the
// 110m, 1b and 4.6 GB models' largest items, docs/benchmarks.md) it is
// about 370M steps, plus at most ~300M for a MaxHeaderBytes header, within
// the default node-phase trace of 2^30 steps.
const DefaultItemWork = 1 << 24

// MaxHeaderBytes bounds a model's GGUF header (its data section's offset),
// which the node program parses on every run (~70 VM steps per byte of a
// placeholder vocabulary).
const MaxHeaderBytes = 4 << 20

// softWork weighs float32 work against quantized multiply-accumulates.
const softWork = 16

// Need is what the largest item of a plan needs.
type Need struct {
	Positions uint64 // Items()+1
	ItemMACs  int64  // the largest item's work
	Window    int64  // the largest item's mapped bytes
	MaxItem   Item   // the item with the most work
}

// Need measures the plan against what a deployment offers.
func (p *Plan) Need(b Bounds) Need {
	n := Need{Positions: uint64(p.Items()) + 1}
	if p.graphs == 0 {
		return n
	}
	// Graph 0 (the prompt) and graph 1 (one token) are the two shapes.
	probes := []*ggml.Graph{p.s.Graph(0, nil)}
	if p.graphs > 1 {
		probes = append(probes, p.s.Graph(1, p.newIn()))
	}
	header := roundUp(b.HeaderBytes, b.BlockBytes)
	for g, gr := range probes {
		for _, it := range p.items {
			node := gr.Nodes()[it.Node]
			macs, win := itemCost(node, it, b.BlockBytes)
			win += header + region(int64(32*p.Slots()))
			if macs > n.ItemMACs {
				n.ItemMACs, n.MaxItem = macs, it
				n.MaxItem.Graph = g
			}
			n.Window = max(n.Window, win)
		}
	}
	return n
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
			case it.Row1 != 0 && k == 0:
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
	macs = softWork * int64(node.Elements())
	if node.Op() == ggml.OpMatMul {
		a := node.Src(0)
		rows := int64(a.Ne[1])
		if it.Row1 != 0 {
			rows = int64(it.Row1 - it.Row0)
		}
		macs = rows * int64(a.Ne[0]) * int64(node.Ne[1]) * int64(node.Ne[2]) * int64(node.Ne[3])
		if a.Type != ggml.Q8_0 && a.Type != ggml.Q4_0 {
			macs *= softWork
		}
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
