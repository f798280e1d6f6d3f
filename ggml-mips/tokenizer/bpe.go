package tokenizer

// bpeSession holds the buffers of one Encode call's byte-level BPE
// tokenization.
type bpeSession struct {
	cps   []rune
	raw   []byte // a word's UTF-8
	word  []byte // the word in GPT-2's byte characters
	syms  []symbol
	queue bigramQueue
}

// encode appends the tokens of a text fragment, as llama.cpp's
// llm_tokenizer_bpe_session: the pre-tokenizer splits the fragment's
// code points into words; each word, in GPT-2's byte characters, is
// split into characters and the adjacent pair with the lowest merge rank
// is merged until no pair has one; each symbol is then its token, or
// its bytes' one-byte tokens where there are such (the others are
// dropped, as llama.cpp drops them).
func (s *bpeSession) encode(v *Vocab, text string, out []uint32) []uint32 {
	s.cps = codepoints(s.cps[:0], text)
	maxDigits := 3
	if v.pre == PreQwen2 {
		maxDigits = 1
	}
	split(s.cps, maxDigits, func(start, end int) {
		s.raw = s.raw[:0]
		for _, r := range s.cps[start:end] {
			s.raw = appendUTF8(s.raw, r)
		}
		s.word = s.word[:0]
		for _, b := range s.raw {
			s.word = append(s.word, byteChars[b]...)
		}
		out = s.mergeWord(v, string(s.word), out)
	})
	return out
}

func (s *bpeSession) mergeWord(v *Vocab, word string, out []uint32) []uint32 {
	if v.ignoreMerges {
		if id, ok := v.ids[word]; ok {
			return append(out, id)
		}
	}
	s.syms = s.syms[:0]
	for off := 0; off < len(word); {
		n := min(utf8Len(word[off]), len(word)-off)
		i := len(s.syms)
		next := i + 1
		if off+n == len(word) {
			next = -1
		}
		s.syms = append(s.syms, symbol{start: off, end: off + n, prev: i - 1, next: next})
		off += n
	}
	s.queue = bigramQueue{items: s.queue.items[:0], bpe: true}
	mergeBigrams(s.syms, &s.queue, func(left, right int) { s.tryAdd(v, word, left, right) })
	for i := 0; len(s.syms) > 0 && i != -1; i = s.syms[i].next {
		sym := s.syms[i]
		if id, ok := v.ids[word[sym.start:sym.end]]; ok {
			out = append(out, id)
			continue
		}
		for j := sym.start; j < sym.end; j++ {
			if id, ok := v.ids[word[j:j+1]]; ok {
				out = append(out, id)
			}
		}
	}
	return out
}

func (s *bpeSession) tryAdd(v *Vocab, word string, left, right int) {
	if left < 0 || right < 0 {
		return
	}
	l, r := s.syms[left], s.syms[right]
	rank, ok := v.ranks[pair{word[l.start:l.end], word[r.start:r.end]}]
	if !ok {
		return
	}
	s.queue.push(bigram{left: left, right: right, size: r.end - l.start, rank: rank})
}
