package gethadapter

import (
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
)

// BenchmarkPrecompile runs the precompile with its model cached (as on a
// chain that has served the model before) and reports the native time per
// unit of gas, the numbers behind WorkPerGas, WorkPerMAC and the overhead terms
// (docs/design.md, "The inference precompile"). Unless a case says
// otherwise, llama generates 24 tokens after an 8-token prompt, as
// BenchmarkGenerate in models/llama does.
func BenchmarkPrecompile(b *testing.B) {
	preset := func(name string) llama.Config { c, _ := llama.Preset(name); return c }
	for _, w := range []struct {
		name    string
		cfg     llama.Config // zero: the Fashion-MNIST model
		typ     ggml.Type
		prompt  int
		n       uint32
		heavyOK bool // skipped with -short
	}{
		{name: "mnist"},
		{name: "llama-1m-q8_0", cfg: preset("1m"), typ: ggml.Q8_0, prompt: 8, n: 24},
		{name: "llama-1m-q4_0", cfg: preset("1m"), typ: ggml.Q4_0, prompt: 8, n: 24},
		{name: "llama-1m-f16", cfg: preset("1m"), typ: ggml.F16, prompt: 8, n: 24},
		{name: "llama-1m-f32", cfg: preset("1m"), typ: ggml.F32, prompt: 8, n: 24},
		{name: "llama-15m-q8_0", cfg: preset("15m"), typ: ggml.Q8_0, prompt: 8, n: 24, heavyOK: true},
		// Narrow and deep: little arithmetic per block, so the per-node
		// overhead weighs the most per MAC.
		{name: "llama-narrow-deep", cfg: llama.Config{Dim: 32, Layers: 256, Heads: 1, FFN: 32, Vocab: 32, Context: 64}, typ: ggml.Q8_0, prompt: 1, n: 17},
		// A long prompt on a narrow model: attention and softmax dominate.
		{name: "llama-long-context", cfg: llama.Config{Dim: 64, Layers: 4, Heads: 1, FFN: 64, Vocab: 32, Context: 1024}, typ: ggml.Q8_0, prompt: 1000, n: 2, heavyOK: true},
	} {
		b.Run(w.name, func(b *testing.B) {
			if w.heavyOK && testing.Short() {
				b.Skip("heavy with -short")
			}
			store := newStore(b)
			var c Call
			if w.cfg.Dim == 0 {
				c = mnistCall(addModel(b, store, fashionModel(b)), testImage(b, "0000-9.bin"))
			} else {
				file, err := llama.Random(w.cfg, 1, w.typ)
				if err != nil {
					b.Fatal(err)
				}
				prompt := make([]int32, w.prompt)
				for i := range prompt {
					prompt[i] = int32(i*37+1) % int32(w.cfg.Vocab)
				}
				c = Call{Model: addModel(b, store, file), Input: llama.EncodeInput(prompt, w.n), OutputSize: 4 * uint64(w.n)}
			}
			p := New(store, Options{})
			in := EncodeCall(c)
			gas := p.RequiredGas(in)
			if gas == GasBase {
				b.Fatalf("call refused: %s", revertReason(b, mustRevert(b, p, in)))
			}
			for b.Loop() {
				if _, err := p.Run(in); err != nil {
					b.Fatal(err)
				}
			}
			ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(float64(gas), "gas/op")
			b.ReportMetric(ns/float64(gas), "ns/gas")
		})
	}
}

// BenchmarkEthereumPrecompiles measures some of go-ethereum's own
// precompiles the same way, for comparison on the same machine: what a
// unit of gas buys elsewhere in the EVM.
func BenchmarkEthereumPrecompiles(b *testing.B) {
	for _, c := range []struct {
		name string
		addr byte
		in   string
	}{
		// go-ethereum's core/vm test vectors.
		{"ecrecover", 1, "38d18acb67d25c8bb9942764b62f18e17054f66a817bd4295423adf9ed98873e000000000000000000000000000000000000000000000000000000000000001b38d18acb67d25c8bb9942764b62f18e17054f66a817bd4295423adf9ed98873e789d1dd423d25f0772d2748d60f7e4b81bb14d086eba8e8e8efb6dcff8a4ae02"},
		{"bn256-pairing-2", 8, "1c76476f4def4bb94541d57ebba1193381ffa7aa76ada664dd31c16024c43f593034dd2920f673e204fee2811c678745fc819b55d3e9d294e45c9b03a76aef41209dd15ebff5d46c4bd888e51a93cf99a7329636c63514396b4a452003a35bf704bf11ca01483bfa8b34b43561848d28905960114c8ac04049af4b6315a416782bb8324af6cfc93537a2ad1a445cfd0ca2a71acd7ac41fadbf933c2a51be344d120a2a4cf30c1bf9845f20c6fe39e07ea2cce61f0c9bb048165fe5e4de877550111e129f1cf1097710d41c4ac70fcdfa5ba2023c6ff1cbeac322de49d1b6df7c2032c61a830e3c17286de9462bf242fca2883585b93870a73853face6a6bf411198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa"},
		{"sha256-1KiB", 2, strings.Repeat("ab", 1024)},
	} {
		b.Run(c.name, func(b *testing.B) {
			p := vm.PrecompiledContractsOsaka[common.BytesToAddress([]byte{c.addr})]
			in := common.FromHex(c.in)
			gas := p.RequiredGas(in)
			for b.Loop() {
				if _, err := p.Run(in); err != nil {
					b.Fatal(err)
				}
			}
			ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(float64(gas), "gas/op")
			b.ReportMetric(ns/float64(gas), "ns/gas")
		})
	}
}
