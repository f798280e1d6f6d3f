package llama

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
)

// TestGolden pins, for each weight type, the bytes of a Random file and
// the hashes of every node of a prompt graph and of one decoding step. The
// values were recorded natively on amd64; the same test passing under
// GOARCH=mips GOMIPS=softfloat (qemu-mips-static) is the check that Random
// and the forward pass are bit-identical in the fraud-proof VM. A change to
// the engine's arithmetic changes them: re-record only for an intended
// change (the test prints the new values).
func TestGolden(t *testing.T) {
	want := map[ggml.Type][2]string{
		ggml.F32:  {"73062a3981b0154132550107195d879cb3d8dd163059a89b514caca0f715fd53", "d8e33fc3ecc60e6c79c23a563289bf43e2a8d41e8ebb29392db2da3d9321ac5d"},
		ggml.F16:  {"aec457deacbbccf3cfa49ba48b442e679c75288bfd42a751fca18dd79a470502", "fcf21513c8a2bf23e2b98207ab8edf52be90d7487a34e588424debd7ffa5b7d8"},
		ggml.Q8_0: {"e802e09b5b99d335ddd0048cae7449dbd45f7a7fb79c478fae6c6dfa87b1239b", "2a3464f7711caf83a1d784a850807643351f9c7fbe1ad2f51cba8f325b01c6e4"},
		ggml.Q4_0: {"2f6b9f7e73d6c5602ad8cd64216450b851e77ac452ed798760ff06e67f3f5711", "27a4a982e24811019d5846971e2db160930b53d7bfe3075b4739f22574e9cf83"},
	}
	for _, typ := range []ggml.Type{ggml.F32, ggml.F16, ggml.Q8_0, ggml.Q4_0} {
		file := mustRandom(t, tiny, 2024, typ)
		fileSum := sha256.Sum256(file)
		m := mustLoad(t, file)
		c, err := m.NewCache(6)
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.New()
		for _, step := range []struct {
			tokens []int32
			pos    int
		}{{[]int32{9, 8, 7, 6, 5}, 0}, {[]int32{4}, 5}} {
			g, err := m.Graph(c, step.tokens, step.pos)
			if err != nil {
				t.Fatal(err)
			}
			for _, nh := range g.NodeHashes() {
				h.Write(nh[:])
			}
		}
		got := [2]string{hex.EncodeToString(fileSum[:]), hex.EncodeToString(h.Sum(nil))}
		if got != want[typ] {
			t.Errorf("%v: file sha256 %s, node hashes sha256 %s; want %s, %s", typ, got[0], got[1], want[typ][0], want[typ][1])
		}
	}
}
