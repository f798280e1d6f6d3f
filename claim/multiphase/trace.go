package multiphase

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/plan"
	"github.com/ethereum/go-ethereum/crypto"
)

// Open parses a model's GGUF bytes and makes the plan of one input, as the
// node program does in the VM (gguf.Read through a reader, the model's
// layout, the session). An error means the claim is unusable: the engine
// rejects its model or its input.
func Open(model, input []byte) (*plan.Plan, *gguf.File, error) {
	f, err := plan.ReadHeader(bytes.NewReader(model), int64(len(model)))
	if err != nil {
		return nil, nil, err
	}
	p, err := plan.Open(f, input)
	if err != nil {
		return nil, nil, err
	}
	return p, f, nil
}

// fileWeights reads weight bytes from a parsed in-memory file.
type fileWeights struct {
	f     *gguf.File
	model []byte
}

func (w fileWeights) WeightBytes(name string, start, end int64) ([]byte, error) {
	info, ok := w.f.Tensor(name)
	if !ok {
		return nil, fmt.Errorf("tensor %q not in the model", name)
	}
	if start < 0 || end < start || uint64(end) > info.Size {
		return nil, fmt.Errorf("bytes [%d, %d) of tensor %q (%d bytes)", start, end, name, info.Size)
	}
	abs := w.f.DataOffset + int64(info.Offset)
	return w.model[abs+start : abs+end : abs+end], nil
}

// Trace is the phase-1 trace of a claim: the commitment at every position
// up to the final one; later positions repeat it.
type Trace struct {
	Hashes [][32]byte // positions 0 … Items()+1 (0 … 1 for an unusable claim)
	Output []byte     // the output the plan computes (nil if unusable)
	Items  int        // work items (0 if unusable)
	Slots  int
	Err    error // why the claim is unusable, or nil
}

// At is the commitment at position p.
func (t *Trace) At(p uint64) [32]byte {
	if p >= uint64(len(t.Hashes)) {
		return t.Hashes[len(t.Hashes)-1]
	}
	return t.Hashes[p]
}

// Final is the last commitment: GraphFinal of the output's hash, or
// GraphUnusable.
func (t *Trace) Final() [32]byte { return t.Hashes[len(t.Hashes)-1] }

// Progress, when not nil, is called after each item with the items done
// and the total.
type Progress func(done, total int)

// Unusable is the trace of a claim that has no plan (why is err): its
// model address names no model, or the engine rejects its model or input.
func Unusable(err error) *Trace {
	return &Trace{Hashes: [][32]byte{GraphStart, GraphUnusable()}, Err: err}
}

// Compute runs the claim's plan natively and commits after every item.
func Compute(model, input []byte, progress Progress) (*Trace, error) {
	return ComputeContext(context.Background(), model, input, progress)
}

// ComputeContext is Compute, stopped between items when ctx ends.
func ComputeContext(ctx context.Context, model, input []byte, progress Progress) (*Trace, error) {
	p, f, err := Open(model, input)
	if err != nil {
		return Unusable(err), nil
	}
	t := &Trace{Items: p.Items(), Slots: p.Slots(), Hashes: make([][32]byte, 0, p.Items()+2)}
	t.Hashes = append(t.Hashes, GraphStart)
	st, err := run(ctx, p, f, model, p.Items(), func(done int, table *Table) {
		t.Hashes = append(t.Hashes, table.Key())
		if progress != nil {
			progress(done, p.Items())
		}
	})
	if err != nil {
		return nil, err
	}
	t.Output = st.output
	t.Hashes = append(t.Hashes, GraphFinal(crypto.Keccak256Hash(t.Output)))
	return t, nil
}

// State is what the commitment at a position commits to: the slot table
// and the bytes of every buffer written so far.
type State struct {
	Position uint64
	Table    *Table
	Buffers  map[int][]byte
	output   []byte
}

// Key is the state's commitment (GraphStart at position 0).
func (s *State) Key() [32]byte {
	if s.Position == 0 {
		return GraphStart
	}
	return s.Table.Key()
}

// StateAt runs the plan natively up to position pos (at most Items()) and
// returns the state there.
func StateAt(model, input []byte, pos uint64) (*State, error) {
	return StateAtContext(context.Background(), model, input, pos)
}

// StateAtContext is StateAt, stopped between items when ctx ends.
func StateAtContext(ctx context.Context, model, input []byte, pos uint64) (*State, error) {
	p, f, err := Open(model, input)
	if err != nil {
		return nil, fmt.Errorf("state at position %d: the claim is unusable: %w", pos, err)
	}
	if pos > uint64(p.Items()) {
		return nil, fmt.Errorf("state at position %d: the plan has %d items", pos, p.Items())
	}
	return run(ctx, p, f, model, int(pos), nil)
}

func run(ctx context.Context, p *plan.Plan, f *gguf.File, model []byte, items int, after func(int, *Table)) (*State, error) {
	nat, err := p.Native(fileWeights{f, model})
	if err != nil {
		return nil, err
	}
	st := &State{Position: uint64(items), Table: NewTable(p.Slots()), Buffers: map[int][]byte{}}
	trees := bufferTrees{persistent: p.PersistentSlots(), trees: map[int]*Table{}, current: -1}
	for nat.Done() < items {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("native run stopped after item %d of %d: %w", nat.Done(), items, err)
		}
		slot, buf, written, err := nat.Step()
		if err != nil {
			return nil, err
		}
		st.Table.Set(slot, trees.write(st.Buffers, slot, buf, written))
		if after != nil {
			after(nat.Done(), st.Table)
		}
	}
	if items == p.Items() {
		st.output = nat.Output()
	}
	return st, nil
}

// bufferTrees keeps the Merkle trees of buffers that items write a part
// of (a block of rows, a KV-cache write), so that such an item costs the
// trace the part it wrote, not the whole buffer: rewriting a long prompt's
// buffer per block, or the cache per token, made the trace quadratic.
type bufferTrees struct {
	persistent int            // slots below it are the persistent buffers (kept)
	trees      map[int]*Table // by slot
	current    int            // the node buffer whose tree is kept (−1: none)
}

// write records what an item wrote to slot (buf: the slot's storage;
// written: the element ranges, nil for all) in bufs and returns the
// buffer's new committed key.
func (b *bufferTrees) write(bufs map[int][]byte, slot int, buf *ggml.Tensor, written []plan.Span) [32]byte {
	if slot >= b.persistent && slot != b.current {
		delete(b.trees, b.current) // a node's blocks are consecutive items
		b.current = slot
	}
	enc, ok := bufs[slot]
	if written == nil || !ok {
		enc = plan.EncodeBuffer(buf)
		bufs[slot] = enc
		delete(b.trees, slot)
		if written == nil {
			return BufferKey(enc)
		}
	} else {
		for _, w := range written {
			plan.EncodeRange(buf, enc, w.Lo, w.Hi)
		}
	}
	t, ok := b.trees[slot]
	if !ok {
		t = newDataTree(enc)
		b.trees[slot] = t
		return t.Key()
	}
	for _, w := range written {
		t.refresh(enc, 4*w.Lo, 4*w.Hi)
	}
	return t.Key()
}

// Storage is a plan.Storage over a State, on the host: buffers decoded
// from their committed bytes; Commit encodes what RunItem wrote back.
type Storage struct {
	state *State
	w     fileWeights
	f32   map[int][]float32
	i32   map[int][]int32
}

// NewStorage returns a Storage over st for the model's bytes.
func NewStorage(st *State, model []byte) (*Storage, error) {
	f, err := gguf.Read(bytes.NewReader(model), int64(len(model)))
	if err != nil {
		return nil, err
	}
	return &Storage{state: st, w: fileWeights{f, model}, f32: map[int][]float32{}, i32: map[int][]int32{}}, nil
}

// WeightBytes implements plan.Storage.
func (s *Storage) WeightBytes(name string, start, end int64) ([]byte, error) {
	return s.w.WeightBytes(name, start, end)
}

// Buffer implements plan.Storage.
func (s *Storage) Buffer(slot, n int, i32 bool) ([]float32, []int32, error) {
	data, ok := s.state.Buffers[slot]
	if ok && len(data) != 4*n {
		return nil, nil, fmt.Errorf("buffer %d holds %d bytes, want %d", slot, len(data), 4*n)
	}
	if !ok {
		data = make([]byte, 4*n)
	}
	if i32 {
		if v, ok := s.i32[slot]; ok {
			return nil, v, nil
		}
		v := make([]int32, n)
		for i := range v {
			v[i] = int32(binary.BigEndian.Uint32(data[4*i:]))
		}
		s.i32[slot] = v
		return nil, v, nil
	}
	if v, ok := s.f32[slot]; ok {
		return v, nil, nil
	}
	v := make([]float32, n)
	for i := range v {
		v[i] = math.Float32frombits(binary.BigEndian.Uint32(data[4*i:]))
	}
	s.f32[slot] = v
	return v, nil, nil
}

// Commit encodes slot's buffer as RunItem left it and returns the new
// table commitment (the state itself is not changed).
func (s *Storage) Commit(slot int) [32]byte {
	var t ggml.Tensor
	if v, ok := s.i32[slot]; ok {
		t = ggml.Tensor{Type: ggml.I32, I: v}
	} else {
		t = ggml.Tensor{Type: ggml.F32, F: s.f32[slot]}
	}
	table := *s.state.Table
	table.levels = make([][][32]byte, len(s.state.Table.levels))
	for i, l := range s.state.Table.levels {
		table.levels[i] = append([][32]byte(nil), l...)
	}
	table.Set(slot, BufferKey(plan.EncodeBuffer(&t)))
	return table.Key()
}
