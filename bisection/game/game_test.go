package game

import (
	"context"
	"testing"
)

// fakeTrace is a trace whose hash at pos is pos itself.
type fakeTrace struct{}

func (fakeTrace) StateHash(_ context.Context, pos uint64) ([32]byte, error) {
	var h [32]byte
	for i := range 8 {
		h[31-i] = byte(pos >> (8 * i))
	}
	return h, nil
}

func TestParams(t *testing.T) {
	for _, tc := range []struct {
		arity  uint64
		depth  uint32
		length uint64
		ok     bool
	}{
		{2, 1, 2, true}, {2, 24, 1 << 24, true}, {16, 6, 1 << 24, true}, {256, 7, 1 << 56, true},
		{2, 62, 1 << 62, true}, {2, 63, 0, false}, {256, 8, 0, false}, {1, 3, 0, false}, {257, 1, 0, false}, {4, 0, 0, false},
	} {
		p := Params{Arity: tc.arity, Depth: tc.depth}
		err := p.Validate()
		if (err == nil) != tc.ok {
			t.Errorf("%+v: Validate() = %v, want ok %v", p, err, tc.ok)
		}
		if tc.ok && p.TraceLength() != tc.length {
			t.Errorf("%+v: TraceLength() = %d, want %d", p, p.TraceLength(), tc.length)
		}
	}
	for _, tc := range []struct {
		arity, steps uint64
		depth        uint32
	}{{2, 7_228_974, 23}, {4, 7_228_974, 12}, {8, 7_228_974, 8}, {16, 7_228_974, 6}, {16, 16, 1}, {16, 17, 2}, {2, 1, 1}} {
		d, err := DepthFor(tc.arity, tc.steps)
		if err != nil || d != tc.depth {
			t.Errorf("DepthFor(%d, %d) = %d, %v; want %d", tc.arity, tc.steps, d, err, tc.depth)
		}
	}
	if _, err := DepthFor(2, 1<<63); err == nil {
		t.Error("DepthFor(2, 2^63): no error")
	}
}

func TestCutsAndParts(t *testing.T) {
	p := Params{Arity: 4, Depth: 3}
	s := Segment{Start: 16, Length: 16}
	cuts := p.Cuts(s)
	if want := []uint64{20, 24, 28}; len(cuts) != 3 || cuts[0] != want[0] || cuts[1] != want[1] || cuts[2] != want[2] {
		t.Fatalf("cuts %v, want %v", cuts, want)
	}
	for j, want := range []Segment{{16, 4}, {20, 4}, {24, 4}, {28, 4}} {
		if got := p.Part(s, uint64(j)); got != want {
			t.Errorf("part %d = %+v, want %+v", j, got, want)
		}
	}
}

// TestStrategies: the defender posts its hashes at the cuts (and the end on
// the first move); the challenger picks the first part whose end it
// disagrees with, and the last part when it disagrees with none of the cuts.
func TestStrategies(t *testing.T) {
	ctx := context.Background()
	p := Params{Arity: 4, Depth: 2}
	root := Segment{Start: 0, Length: p.TraceLength()}
	hashes, err := Bisect(ctx, fakeTrace{}, p, root, true)
	if err != nil || len(hashes) != 4 {
		t.Fatalf("first move: %d hashes, %v", len(hashes), err)
	}
	if h, _ := (fakeTrace{}).StateHash(ctx, 16); hashes[3] != h {
		t.Fatal("the first move's last hash is not the trace's end")
	}
	if later, _ := Bisect(ctx, fakeTrace{}, p, Segment{Start: 4, Length: 4}, false); len(later) != 3 {
		t.Fatalf("later move: %d hashes, want 3", len(later))
	}
	lie := Lie{Honest: fakeTrace{}, From: 9, Length: 16}
	posted, _ := Bisect(ctx, lie, p, root, true)
	if posted[3][0] != 0 {
		t.Fatal("a Lie's final hash must claim a valid exit")
	}
	c, err := Choose(ctx, fakeTrace{}, p, root, posted[:3])
	if err != nil || c.Part != 2 || c.Agrees {
		t.Fatalf("choice against a lie from 9: %+v, %v; want part 2 ([8, 12])", c, err)
	}
	honest, _ := Bisect(ctx, fakeTrace{}, p, root, false)
	if c, _ := Choose(ctx, fakeTrace{}, p, root, honest); c.Part != 3 || !c.Agrees {
		t.Fatalf("choice with every cut agreed: %+v; want the last part", c)
	}
	if _, err := Choose(ctx, fakeTrace{}, p, root, honest[:2]); err == nil {
		t.Fatal("Choose with too few cuts: no error")
	}
	// A lie is made up exactly from From on.
	for pos := range uint64(17) {
		got, _ := lie.StateHash(ctx, pos)
		want, _ := (fakeTrace{}).StateHash(ctx, pos)
		if (got == want) != (pos < 9) {
			t.Fatalf("Lie at %d: honest %v", pos, got == want)
		}
	}
}
