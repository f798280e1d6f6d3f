package ggml

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/axonum/opml/ggml-mips/gguf"
)

// Reference implementations in float64 with plain loops; the engine must
// match them within float32 rounding (tolerances per test).

func close32(t *testing.T, what string, got []float32, want []float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	for i := range got {
		if d := math.Abs(float64(got[i]) - want[i]); d > tol*math.Max(1, math.Abs(want[i])) {
			t.Fatalf("%s[%d] = %v, want %v (diff %g, tol %g)", what, i, got[i], want[i], d, tol)
		}
	}
}

func TestMatMulQ8_0AgainstDequantized(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	K, N, M := 96, 7, 3
	wf := randVec(r, K*N, 0.5)
	w := &Tensor{Name: "w", Type: Q8_0, Ne: [4]int{K, N, 1, 1}, Nb: [4]int{1, RowBytes(Q8_0, K)}, Raw: QuantizeQ8_0(wf)}
	x := FromF32("x", randVec(r, K*M, 1), K, M)
	g := NewGraph()
	y := g.MatMul(w, x)
	g.Compute()
	if y.Shape()[0] != N || y.Shape()[1] != M {
		t.Fatalf("shape %v", y.Shape())
	}
	// Reference: dequantized weights times the (unquantized) activations;
	// activation quantization costs up to about 1% here.
	wd := make([]float32, K*N)
	for n := 0; n < N; n++ {
		DequantizeRow(Q8_0, w.Raw[n*w.Nb[1]:(n+1)*w.Nb[1]], wd[n*K:(n+1)*K])
	}
	want := make([]float64, N*M)
	for m := 0; m < M; m++ {
		for n := 0; n < N; n++ {
			var s float64
			for k := 0; k < K; k++ {
				s += float64(wd[n*K+k]) * float64(x.F[m*K+k])
			}
			want[m*N+n] = s
		}
	}
	close32(t, "mul_mat q8_0", y.F, want, 0.06)
}

func TestMatMulF32StridedAndBroadcast(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	K, N, M, B := 5, 4, 3, 2
	a := FromF32("a", randVec(r, N*K*B, 1), N, K, B) // stored transposed: we view it as {K, N, B}
	b := FromF32("b", randVec(r, K*M*B, 1), K, M, B)
	g := NewGraph()
	at := g.Transpose(a)
	y := g.MatMul(at, b)
	w := FromF32("w", randVec(r, K*N, 1), K, N) // broadcast over dim 2
	y2 := g.MatMul(w, b)
	g.Compute()
	want := make([]float64, N*M*B)
	want2 := make([]float64, N*M*B)
	for bb := 0; bb < B; bb++ {
		for m := 0; m < M; m++ {
			for n := 0; n < N; n++ {
				var s, s2 float64
				for k := 0; k < K; k++ {
					s += float64(a.F[bb*N*K+k*N+n]) * float64(b.F[bb*K*M+m*K+k])
					s2 += float64(w.F[n*K+k]) * float64(b.F[bb*K*M+m*K+k])
				}
				want[bb*N*M+m*N+n] = s
				want2[bb*N*M+m*N+n] = s2
			}
		}
	}
	close32(t, "mul_mat strided", y.F, want, 1e-6)
	close32(t, "mul_mat broadcast", y2.F, want2, 1e-6)
}

func TestMatMulF16(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	K, N := 8, 3
	wf := randVec(r, K*N, 1)
	raw := make([]byte, 2*K*N)
	wd := make([]float32, K*N)
	for i, v := range wf {
		h := f32ToF16(v)
		raw[2*i], raw[2*i+1] = byte(h), byte(h>>8)
	}
	DequantizeRow(F16, raw, wd)
	w := &Tensor{Name: "w", Type: F16, Ne: [4]int{K, N, 1, 1}, Nb: [4]int{1, 2 * K}, Raw: raw}
	x := FromF32("x", randVec(r, K, 1), K)
	g := NewGraph()
	y := g.MatMul(w, x)
	g.Compute()
	// The activations meet F16 weights rounded to F16 themselves.
	want := make([]float64, N)
	for n := range want {
		for k := 0; k < K; k++ {
			xh := gguf.F16ToF32(f32ToF16(x.F[k]))
			want[n] += float64(wd[n*K+k]) * float64(xh)
		}
	}
	close32(t, "mul_mat f16", y.F, want, 1e-6)
}

func TestElementwise(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	a := FromF32("a", randVec(r, 6*4, 3), 6, 4)
	row := FromF32("row", randVec(r, 6, 1), 6)
	col := FromF32("col", randVec(r, 4, 1), 1, 4)
	g := NewGraph()
	add := g.Add(a, row)
	mul := g.Mul(a, col)
	sc := g.Scale(a, 0.25)
	relu := g.Relu(a)
	gelu := g.Gelu(a)
	silu := g.Silu(a)
	g.Compute()
	n := a.Elements()
	wAdd, wMul, wSc, wRelu, wGelu, wSilu := make([]float64, n), make([]float64, n), make([]float64, n),
		make([]float64, n), make([]float64, n), make([]float64, n)
	for i := 0; i < n; i++ {
		x := float64(a.F[i])
		wAdd[i] = x + float64(row.F[i%6])
		wMul[i] = x * float64(col.F[i/6])
		wSc[i] = x * 0.25
		wRelu[i] = math.Max(x, 0)
		wGelu[i] = 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
		wSilu[i] = x / (1 + math.Exp(-x))
	}
	close32(t, "add", add.F, wAdd, 1e-7)
	close32(t, "mul", mul.F, wMul, 1e-7)
	close32(t, "scale", sc.F, wSc, 0)
	close32(t, "relu", relu.F, wRelu, 0)
	close32(t, "gelu", gelu.F, wGelu, 3e-7)
	close32(t, "silu", silu.F, wSilu, 3e-7)
}

func TestRowOps(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 20))
	n, rows := 10, 4
	a := FromF32("a", randVec(r, n*rows, 4), n, rows)
	g := NewGraph()
	sm := g.SoftMax(a)
	smc := g.SoftMaxCausal(a, 2)
	rms := g.RMSNorm(a, 1e-5)
	ln := g.LayerNorm(a, 1e-5)
	g.Compute()
	var wSm, wSmc, wRms, wLn []float64
	for rr := 0; rr < rows; rr++ {
		x := a.F[rr*n : (rr+1)*n]
		valid := min(n, 2+rr+1)
		softRef := func(valid int) []float64 {
			out := make([]float64, n)
			mx := math.Inf(-1)
			for _, v := range x[:valid] {
				mx = math.Max(mx, float64(v))
			}
			var s float64
			for i := 0; i < valid; i++ {
				out[i] = math.Exp(float64(x[i]) - mx)
				s += out[i]
			}
			for i := 0; i < valid; i++ {
				out[i] /= s
			}
			return out
		}
		wSm = append(wSm, softRef(n)...)
		wSmc = append(wSmc, softRef(valid)...)
		var ss, sum float64
		for _, v := range x {
			ss += float64(v) * float64(v)
			sum += float64(v)
		}
		mean := sum / float64(n)
		var vr float64
		for _, v := range x {
			vr += (float64(v) - mean) * (float64(v) - mean)
		}
		for _, v := range x {
			wRms = append(wRms, float64(v)/math.Sqrt(ss/float64(n)+1e-5))
			wLn = append(wLn, (float64(v)-mean)/math.Sqrt(vr/float64(n)+1e-5))
		}
	}
	close32(t, "soft_max", sm.F, wSm, 2e-7)
	close32(t, "soft_max causal", smc.F, wSmc, 2e-7)
	close32(t, "rms_norm", rms.F, wRms, 2e-7)
	close32(t, "norm", ln.F, wLn, 2e-7)
}

func TestRope(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	hd, heads, toks, pos := 8, 3, 4, 17
	a := FromF32("a", randVec(r, hd*heads*toks, 1), hd, heads, toks)
	g := NewGraph()
	y := g.Rope(a, pos, 10000)
	g.Compute()
	var want []float64
	for tk := 0; tk < toks; tk++ {
		for h := 0; h < heads; h++ {
			x := a.F[(tk*heads+h)*hd:]
			for i := 0; i < hd/2; i++ {
				th := float64(pos+tk) * math.Pow(10000, -float64(2*i)/float64(hd))
				x0, x1 := float64(x[2*i]), float64(x[2*i+1])
				want = append(want, x0*math.Cos(th)-x1*math.Sin(th), x0*math.Sin(th)+x1*math.Cos(th))
			}
		}
	}
	close32(t, "rope", y.F, want, 5e-7)
}

// TestRopeExt: NeoX mode rotates pairs half a head apart, frequency factors
// divide the frequencies, and the rotation of a block of rows is the same
// as in the whole node.
func TestRopeExt(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	hd, heads, toks, pos := 8, 3, 4, 1000
	a := FromF32("a", randVec(r, hd*heads*toks, 1), hd, heads, toks)
	factors := []float32{1, 1.5, 8, 3}
	for _, c := range []struct {
		name    string
		mode    RopeMode
		factors []float32
	}{
		{"normal", RopeNormal, nil}, {"neox", RopeNeoX, nil},
		{"normal factors", RopeNormal, factors}, {"neox factors", RopeNeoX, factors},
	} {
		var ff *Tensor
		if c.factors != nil {
			ff = FromF32("factors", c.factors, hd/2)
		}
		g := NewGraph()
		y := g.RopeExt(a, pos, 500000, c.mode, ff)
		g.Compute()
		want := make([]float64, hd*heads*toks)
		for tk := 0; tk < toks; tk++ {
			for h := 0; h < heads; h++ {
				o := (tk*heads + h) * hd
				x := a.F[o:]
				for i := 0; i < hd/2; i++ {
					th := float64(pos+tk) * math.Pow(500000, -float64(2*i)/float64(hd))
					if c.factors != nil {
						th /= float64(c.factors[i])
					}
					j0, j1 := 2*i, 2*i+1
					if c.mode == RopeNeoX {
						j0, j1 = i, i+hd/2
					}
					x0, x1 := float64(x[j0]), float64(x[j1])
					want[o+j0] = x0*math.Cos(th) - x1*math.Sin(th)
					want[o+j1] = x0*math.Sin(th) + x1*math.Cos(th)
				}
			}
		}
		close32(t, "rope "+c.name, y.F, want, 5e-6)
		if c.mode == RopeNormal && c.factors == nil {
			g2 := NewGraph()
			plain := g2.Rope(a, pos, 500000)
			g2.Compute()
			for i := range plain.F {
				if math.Float32bits(plain.F[i]) != math.Float32bits(y.F[i]) {
					t.Fatalf("RopeExt(normal, no factors)[%d] = %v, Rope %v", i, y.F[i], plain.F[i])
				}
			}
		}
		if c.factors != nil {
			// Factors below MinRopeFactor, and NaNs, count as MinRopeFactor.
			bad := FromF32("bad", []float32{0, float32(math.NaN()), -3, 1.0 / 1024}, hd/2)
			min := FromF32("min", []float32{MinRopeFactor, MinRopeFactor, MinRopeFactor, MinRopeFactor}, hd/2)
			g4 := NewGraph()
			yb, ym := g4.RopeExt(a, pos, 500000, c.mode, bad), g4.RopeExt(a, pos, 500000, c.mode, min)
			g4.Compute()
			for i := range yb.F {
				if math.Float32bits(yb.F[i]) != math.Float32bits(ym.F[i]) || math.IsNaN(float64(yb.F[i])) {
					t.Fatalf("%s: out-of-range factors give %v at %d, MinRopeFactor %v", c.name, yb.F[i], i, ym.F[i])
				}
			}
		}
		// Rows 2..7 alone give the same bits as the whole node.
		g3 := NewGraph()
		part := g3.RopeExt(a, pos, 500000, c.mode, ff)
		ComputeRows(part, 2, 7)
		for i := 2 * hd; i < 7*hd; i++ {
			if math.Float32bits(part.F[i]) != math.Float32bits(y.F[i]) {
				t.Fatalf("%s: rows 2..7 alone differ at %d", c.name, i)
			}
		}
	}
}

func TestGetRowsArgmaxViews(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	K, V := 64, 5
	ef := randVec(r, K*V, 1)
	emb := &Tensor{Name: "emb", Type: Q8_0, Ne: [4]int{K, V, 1, 1}, Nb: [4]int{1, RowBytes(Q8_0, K)}, Raw: QuantizeQ8_0(ef)}
	embF := FromF32("embf", ef, K, V)
	ids := NewI32("ids", []int32{3, 0, 3}, 3)
	g := NewGraph()
	rows := g.GetRows(emb, ids)
	rowsF := g.GetRows(embF, ids)
	am := g.Argmax(rowsF)
	// KV-cache style: copy a {4, 2} block into a view of a persistent tensor.
	cache := NewF32("cache", 4, 2, 3)
	src := FromF32("src", []float32{1, 2, 3, 4, 5, 6, 7, 8}, 4, 2)
	dst := g.View(cache, []int{4, 2}, []int{1, 4}, 8)
	cp := g.Cpy(src, dst)
	perm := g.Permute(cache, 1, 0, 2, 3)
	cont := g.Cont(perm)
	g.Compute()
	for i, id := range []int{3, 0, 3} {
		want := make([]float32, K)
		DequantizeRow(Q8_0, emb.Raw[id*emb.Nb[1]:(id+1)*emb.Nb[1]], want)
		for k := 0; k < K; k++ {
			if rows.F[i*K+k] != want[k] || rowsF.F[i*K+k] != ef[id*K+k] {
				t.Fatalf("get_rows row %d", i)
			}
		}
		best := 0
		for k := range K {
			if ef[id*K+k] > ef[id*K+best] {
				best = k
			}
		}
		if am.I[i] != int32(best) {
			t.Fatalf("argmax row %d = %d, want %d", i, am.I[i], best)
		}
	}
	if got := cp.Float32s(); got[7] != 8 || cache.F[8] != 1 || cache.F[15] != 8 || cache.F[0] != 0 || cache.F[16] != 0 {
		t.Fatalf("cpy: %v / cache %v", got, cache.F)
	}
	// cont(permute) of {4, 2, 3} is {2, 4, 3} with element (i, j, k) = cache(j, i, k).
	if cont.Ne != [4]int{2, 4, 3, 1} || cont.F[1] != cache.F[4] || cont.F[2] != cache.F[1] || cont.F[8+1] != cache.F[8+4] {
		t.Fatalf("cont(permute): %v", cont.F)
	}
}

func TestNodeHashesDependOnValuesAndShape(t *testing.T) {
	a := FromF32("a", []float32{1, 2, 3, 4}, 4)
	b := FromF32("b", []float32{1, 2, 3, 4}, 2, 2)
	c := FromF32("c", []float32{1, 2, 3, 5}, 4)
	if a.Hash() == b.Hash() || a.Hash() == c.Hash() {
		t.Fatal("hash ignores shape or values")
	}
	g := NewGraph()
	s := g.Scale(a, 2)
	h := g.NodeHashes()
	if len(h) != 1 || h[0] != FromF32("x", []float32{2, 4, 6, 8}, 4).Hash() {
		t.Fatalf("node hash %x", h)
	}
	_ = s
}

func TestBuildErrorsPanicWithMessage(t *testing.T) {
	g := NewGraph()
	defer func() {
		if r := recover(); r == nil {
			t.Fatal("mismatched mul_mat did not panic")
		}
	}()
	g.MatMul(NewF32("a", 3, 2), NewF32("b", 4, 2))
}

func f32ToF16(v float32) uint16 { return gguf.F32ToF16(v) }
