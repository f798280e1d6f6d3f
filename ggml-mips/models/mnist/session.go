package mnist

import "github.com/axonum/opml/ggml-mips/ggml"

// Session is one Infer call as graphs for the dispute (see ggml-mips/plan):
// a single graph.
type Session struct {
	m     *Model
	input []byte
}

// NewSession checks input exactly as Infer does and returns its session.
func (m *Model) NewSession(input []byte) (*Session, error) {
	if _, err := m.Graph(input); err != nil {
		return nil, err
	}
	return &Session{m: m, input: input}, nil
}

// Graphs is 1.
func (s *Session) Graphs() int { return 1 }

// Persistent is empty: nothing outlives the graph.
func (s *Session) Persistent() []*ggml.Tensor { return nil }

// Graph builds the graph (i is 0; in is unused).
func (s *Session) Graph(int, *ggml.Tensor) *ggml.Graph {
	g, err := s.m.Graph(s.input)
	if err != nil {
		panic(err) // NewSession checked the input
	}
	return g
}

// Feed is -1: no graph follows.
func (s *Session) Feed(*ggml.Graph) int { return -1 }

// OutputNode is the class node, the graph's last.
func (s *Session) OutputNode(g *ggml.Graph) int { return len(g.Nodes()) - 1 }

// EncodeOutput is the class as one byte, as Infer returns it.
func (s *Session) EncodeOutput(nodes []*ggml.Tensor) []byte {
	return []byte{byte(nodes[0].Int32s()[0])}
}

// FeedShape is nil: no graph follows.
func (s *Session) FeedShape() []int { return nil }
