package llama

import (
	"encoding/binary"

	"github.com/axonum/opml/ggml-mips/ggml"
)

// Session is one Infer call as a sequence of graphs that can be built
// before any runs (see ggml-mips/plan): graph 0 is the prompt batch, graph
// i > 0 the i-th generated token, which reads graph i−1's next-token node.
type Session struct {
	m      *Model
	prompt []int32
	n      int
	cache  *Cache
}

// NewSession checks input exactly as Infer does and returns its session.
func (m *Model) NewSession(input []byte) (*Session, error) {
	prompt, n, err := m.decodeInput(input)
	if err != nil {
		return nil, err
	}
	s := &Session{m: m, prompt: prompt, n: int(n)}
	if n > 0 {
		c, err := m.NewCache(len(prompt) + int(n) - 1)
		if err != nil {
			return nil, err
		}
		s.cache = c
	}
	return s, nil
}

// Graphs is the number of graphs: one per generated token.
func (s *Session) Graphs() int { return s.n }

// Persistent lists the buffers that outlive a graph: K and V of each block.
func (s *Session) Persistent() []*ggml.Tensor {
	if s.cache == nil {
		return nil
	}
	var out []*ggml.Tensor
	for l := range s.cache.k {
		out = append(out, s.cache.k[l], s.cache.v[l])
	}
	return out
}

// Graph builds graph i; in is the tensor that holds its token (graph
// i−1's next-token node, or a tensor bound to that node's buffer), unused
// for graph 0.
func (s *Session) Graph(i int, in *ggml.Tensor) *ggml.Graph {
	if i == 0 {
		return s.m.GraphOn(s.cache, ggml.NewI32("tokens", s.prompt, len(s.prompt)), 0)
	}
	return s.m.GraphOn(s.cache, in, len(s.prompt)+i-1)
}

// Feed is the node of graph i that graph i+1 reads: its last, the next
// token (I32 {1}).
func (s *Session) Feed(g *ggml.Graph) int { return len(g.Nodes()) - 1 }

// OutputNode is the node of graph i whose value is part of the output: the
// next token.
func (s *Session) OutputNode(g *ggml.Graph) int { return len(g.Nodes()) - 1 }

// EncodeOutput encodes the graphs' output nodes (one token each) as Infer
// does.
func (s *Session) EncodeOutput(nodes []*ggml.Tensor) []byte {
	b := make([]byte, 0, 4*len(nodes))
	for _, t := range nodes {
		b = binary.BigEndian.AppendUint32(b, uint32(t.Int32s()[0]))
	}
	return b
}

// FeedShape is the next-token node's shape.
func (s *Session) FeedShape() []int { return []int{1} }
