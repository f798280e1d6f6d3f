package tokencheck

import (
	"fmt"
	"strings"

	"github.com/axonum/opml/ggml-mips/gguf"
)

// A BuiltinVocab is a small vocabulary made in code (no file needed, so
// the check can run inside the VM), as GGUF tokenizer metadata.
type BuiltinVocab struct {
	Name string
	KV   []gguf.KV
}

// GGUF token types (tokenizer.ggml.token_type).
const (
	typeNormal      = 1
	typeUnknown     = 2
	typeControl     = 3
	typeUserDefined = 4
	typeByte        = 6
)

// Merges learned for each built-in vocabulary.
const (
	spmMerges = 400
	bpeMerges = 400
)

// specialTexts are the built-in vocabularies' special tokens beyond
// BOS/EOS: control tokens (<|im_end|> and <|eot_id|> end generation by
// their text, as in llama.cpp), a fill-in-the-middle token and
// user-defined ones (always matched in the text).
var specialTexts = []struct {
	text string
	typ  int32
}{
	{"<|im_start|>", typeControl}, {"<|im_end|>", typeControl}, {"<|eot_id|>", typeControl},
	{"<|fim_prefix|>", typeControl}, {"<think>", typeUserDefined}, {"</think>", typeUserDefined},
}

// Builtin returns the built-in vocabularies: SentencePiece with scores
// (ties among them), byte fallback and control tokens, with and without
// the space prefix; byte-level BPE with merges, special tokens and a few
// whole-word tokens no merge reaches, with Llama 3's pre-tokenizer (which
// takes such words whole) and with Qwen2's. Their pieces and merges are
// learned from the hand-picked corpus texts and words, so they cover
// several scripts, code and emoji; text they do not cover falls back to
// bytes.
func Builtin() []BuiltinVocab {
	spm := spmKV()
	noPrefix := append(append([]gguf.KV(nil), spm...), gguf.KV{Key: "tokenizer.ggml.add_space_prefix", Value: gguf.Bool(false)})
	bpe := bpeKV()
	llama3 := append([]gguf.KV{{Key: "tokenizer.ggml.pre", Value: gguf.String("llama-bpe")}}, bpe...)
	qwen2 := append([]gguf.KV{{Key: "tokenizer.ggml.pre", Value: gguf.String("qwen2")},
		{Key: "tokenizer.ggml.add_eos_token", Value: gguf.Bool(true)}}, bpe...)
	return []BuiltinVocab{
		{"spm", spm},
		{"spm-noprefix", noPrefix},
		{"bpe-llama3", llama3},
		{"bpe-qwen2", qwen2},
	}
}

// trainingWords are the words the built-in vocabularies learn from, with
// how often each occurs, in order of first occurrence: the corpus words
// and the hand-picked texts split at spaces (a space belongs to the word
// after it, as in both tokenizers).
func trainingWords() (words []string, count map[string]int) {
	count = map[string]int{}
	add := func(w string) {
		if w == "" {
			return
		}
		if count[w] == 0 {
			words = append(words, w)
		}
		count[w]++
	}
	for _, w := range corpusWords {
		add(w)
		add(" " + w)
	}
	for _, t := range corpusCases {
		start := 0
		for i := 1; i < len(t); i++ {
			if t[i] == ' ' && t[i-1] != ' ' {
				add(t[start:i])
				start = i
			}
		}
		add(t[start:])
	}
	return words, count
}

// trainer learns BPE merges: at each step the most frequent adjacent
// pair of symbols over all words (ties: the pair of the earliest symbols)
// becomes one symbol.
type trainer struct {
	sym   []string
	id    map[string]int32
	words [][]int32
	count []int
}

func (t *trainer) intern(s string) int32 {
	if id, ok := t.id[s]; ok {
		return id
	}
	id := int32(len(t.sym))
	t.sym = append(t.sym, s)
	t.id[s] = id
	return id
}

// newTrainer splits each word into its initial symbols.
func newTrainer(words []string, count map[string]int, symbols func(word string) []string) *trainer {
	t := &trainer{id: map[string]int32{}}
	for _, w := range words {
		var ids []int32
		for _, s := range symbols(w) {
			ids = append(ids, t.intern(s))
		}
		t.words = append(t.words, ids)
		t.count = append(t.count, count[w])
	}
	return t
}

// learn makes up to n merges and returns them as symbol pairs. The pair
// counts are kept up to date word by word (a word with the merged pair
// has its pairs taken out, merged and put back), in a slice that is
// scanned for the most frequent pair (a map's order would be random), so
// a merge costs a scan of the symbols and of the counts, not a recount.
func (t *trainer) learn(n int) [][2]string {
	type pairCount struct {
		pair  uint64 // left<<32 | right
		count int
	}
	var counts []pairCount
	index := map[uint64]int{}
	tally := func(i, sign int) {
		w := t.words[i]
		for j := 0; j+1 < len(w); j++ {
			k := uint64(w[j])<<32 | uint64(w[j+1])
			at, ok := index[k]
			if !ok {
				at = len(counts)
				index[k] = at
				counts = append(counts, pairCount{pair: k})
			}
			counts[at].count += sign * t.count[i]
		}
	}
	for i := range t.words {
		tally(i, 1)
	}
	var merges [][2]string
	for range n {
		best := pairCount{}
		for _, c := range counts {
			if c.count > best.count || c.count == best.count && c.pair < best.pair {
				best = c
			}
		}
		if best.count < 2 {
			break
		}
		a, b := int32(best.pair>>32), int32(uint32(best.pair))
		m := t.intern(t.sym[a] + t.sym[b])
		merges = append(merges, [2]string{t.sym[a], t.sym[b]})
		for i, w := range t.words {
			if !hasPair(w, a, b) {
				continue
			}
			tally(i, -1)
			out := w[:0]
			for j := 0; j < len(w); j++ {
				if j+1 < len(w) && w[j] == a && w[j+1] == b {
					out = append(out, m)
					j++
					continue
				}
				out = append(out, w[j])
			}
			t.words[i] = out
			tally(i, 1)
		}
	}
	return merges
}

func hasPair(w []int32, a, b int32) bool {
	for j := 0; j+1 < len(w); j++ {
		if w[j] == a && w[j+1] == b {
			return true
		}
	}
	return false
}

// spmKV is a SentencePiece vocabulary: <unk> <s> </s>, the 256 byte
// tokens, the special tokens, the single characters of the training
// words, then the learned pieces, whose score falls with their rank in
// steps of three (so equal scores occur and the leftmost pair wins).
func spmKV() []gguf.KV {
	words, count := trainingWords()
	t := newTrainer(words, count, func(w string) []string {
		w = "▁" + strings.ReplaceAll(strings.TrimPrefix(w, " "), " ", "▁")
		var s []string
		for _, r := range w {
			s = append(s, string(r))
		}
		return s
	})
	chars := len(t.sym)
	merges := t.learn(spmMerges)

	tokens := []string{"<unk>", "<s>", "</s>"}
	types := []int32{typeUnknown, typeControl, typeControl}
	scores := []float32{0, 0, 0}
	for b := range 256 {
		tokens, types, scores = append(tokens, fmt.Sprintf("<0x%02X>", b)), append(types, typeByte), append(scores, 0)
	}
	for _, s := range specialTexts {
		tokens, types, scores = append(tokens, s.text), append(types, s.typ), append(scores, 0)
	}
	seen := map[string]bool{}
	for _, tok := range tokens {
		seen[tok] = true
	}
	for i, c := range t.sym[:chars] {
		if !seen[c] {
			seen[c] = true
			tokens, types, scores = append(tokens, c), append(types, typeNormal), append(scores, float32(-1000-i))
		}
	}
	for rank, m := range merges {
		p := m[0] + m[1]
		if !seen[p] {
			seen[p] = true
			tokens, types, scores = append(tokens, p), append(types, typeNormal), append(scores, float32(-0.5)*float32(rank/3))
		}
	}
	return []gguf.KV{
		{Key: "tokenizer.ggml.model", Value: gguf.String("llama")},
		{Key: "tokenizer.ggml.tokens", Value: gguf.Array(tokens)},
		{Key: "tokenizer.ggml.scores", Value: gguf.Array(scores)},
		{Key: "tokenizer.ggml.token_type", Value: gguf.Array(types)},
		{Key: "tokenizer.ggml.bos_token_id", Value: gguf.Uint32(1)},
		{Key: "tokenizer.ggml.eos_token_id", Value: gguf.Uint32(2)},
		{Key: "tokenizer.ggml.unknown_token_id", Value: gguf.Uint32(0)},
	}
}

// byteChars is GPT-2's byte-to-character table: printable Latin-1 bytes
// are themselves, the others the code points from U+0100 on, in order.
func byteChars() [256]string {
	var t [256]string
	next := rune(256)
	for b := range 256 {
		r := rune(b)
		if !('!' <= b && b <= '~' || 0xA1 <= b && b <= 0xAC || 0xAE <= b && b <= 0xFF) {
			r = next
			next++
		}
		t[b] = string(r)
	}
	return t
}

// wholeWords become tokens of the BPE vocabularies without a merge that
// makes them: Llama 3's pre-tokenizer takes such a word whole
// (ignore_merges), Qwen2's merges it as far as the merges go.
var wholeWords = []string{" antidisestablishmentarianism", " Straße", "façade", " 東京都"}

// bpeKV is a byte-level BPE vocabulary without its pre-tokenizer: the 256
// byte characters, the learned merges' tokens, wholeWords, then
// <|begin_of_text|> (BOS), <|end_of_text|> (EOS) and the special tokens.
func bpeKV() []gguf.KV {
	bc := byteChars()
	enc := func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			b.WriteString(bc[s[i]])
		}
		return b.String()
	}
	words, count := trainingWords()
	t := newTrainer(words, count, func(w string) []string {
		s := make([]string, len(w))
		for i := 0; i < len(w); i++ {
			s[i] = bc[w[i]]
		}
		return s
	})
	merges := t.learn(bpeMerges)

	var tokens []string
	var types []int32
	seen := map[string]bool{}
	add := func(tok string, typ int32) {
		if !seen[tok] {
			seen[tok] = true
			tokens, types = append(tokens, tok), append(types, typ)
		}
	}
	for _, c := range bc {
		add(c, typeNormal)
	}
	mergeText := make([]string, len(merges))
	for i, m := range merges {
		add(m[0]+m[1], typeNormal)
		mergeText[i] = m[0] + " " + m[1]
	}
	for _, w := range wholeWords {
		add(enc(w), typeNormal)
	}
	bos := len(tokens)
	add("<|begin_of_text|>", typeControl)
	add("<|end_of_text|>", typeControl)
	for _, s := range specialTexts {
		add(s.text, s.typ)
	}
	return []gguf.KV{
		{Key: "tokenizer.ggml.model", Value: gguf.String("gpt2")},
		{Key: "tokenizer.ggml.tokens", Value: gguf.Array(tokens)},
		{Key: "tokenizer.ggml.token_type", Value: gguf.Array(types)},
		{Key: "tokenizer.ggml.merges", Value: gguf.Array(mergeText)},
		{Key: "tokenizer.ggml.bos_token_id", Value: gguf.Uint32(uint32(bos))},
		{Key: "tokenizer.ggml.eos_token_id", Value: gguf.Uint32(uint32(bos + 1))},
	}
}
