package tokenizer

// symbol is a piece of a word during merging: the bytes [start, end) of
// the word, linked to its neighbours (-1 at the ends). A symbol merged
// into its left neighbour has start == end.
type symbol struct {
	start, end int
	prev, next int
}

// bigram is a candidate merge of symbols left and right, whose texts were
// size bytes long together when it was queued; if either has changed
// since, the candidate is stale (symbols only grow, so the size tells).
type bigram struct {
	left, right int
	size        int
	score       float32 // SPM: the merged piece's score, highest first
	rank        int32   // BPE: the merge's rank, lowest first
}

// bigramQueue is a priority queue of candidate merges (a binary heap);
// ties go to the leftmost. With these ties the order is total on the
// candidates that are not stale, so the result does not depend on the
// heap's layout.
type bigramQueue struct {
	items []bigram
	bpe   bool
}

func (q *bigramQueue) len() int { return len(q.items) }

// before says whether candidate a is merged before b.
func (q *bigramQueue) before(a, b *bigram) bool {
	if q.bpe {
		if a.rank != b.rank {
			return a.rank < b.rank
		}
	} else if a.score != b.score {
		return a.score > b.score
	}
	return a.left < b.left
}

func (q *bigramQueue) push(b bigram) {
	q.items = append(q.items, b)
	for i := len(q.items) - 1; i > 0; {
		p := (i - 1) / 2
		if !q.before(&q.items[i], &q.items[p]) {
			break
		}
		q.items[i], q.items[p] = q.items[p], q.items[i]
		i = p
	}
}

func (q *bigramQueue) pop() bigram {
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < last && q.before(&q.items[l], &q.items[m]) {
			m = l
		}
		if r := l + 1; r < last && q.before(&q.items[r], &q.items[m]) {
			m = r
		}
		if m == i {
			break
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
	return top
}

// mergeBigrams offers every adjacent pair of syms to add (which queues
// the pairs the vocabulary has), then merges the best queued pair until
// none is left, offering the new neighbours of each merge: the merge loop
// of both tokenizers, which differ in how a pair is ranked.
func mergeBigrams(syms []symbol, q *bigramQueue, add func(left, right int)) {
	for i := 1; i < len(syms); i++ {
		add(i-1, i)
	}
	for q.len() > 0 {
		b := q.pop()
		if stale(syms, b) {
			continue
		}
		merge(syms, b)
		l := syms[b.left]
		add(l.prev, b.left)
		add(b.left, l.next)
	}
}

// stale says whether candidate b no longer joins two current symbols.
func stale(syms []symbol, b bigram) bool {
	l, r := &syms[b.left], &syms[b.right]
	return l.start == l.end || r.start == r.end || (l.end-l.start)+(r.end-r.start) != b.size
}

// merge joins candidate b's right symbol into its left one.
func merge(syms []symbol, b bigram) {
	l, r := &syms[b.left], &syms[b.right]
	l.end = r.end
	r.start = r.end
	l.next = r.next
	if r.next >= 0 {
		syms[r.next].prev = b.left
	}
}

// spmSession holds the buffers of one Encode call's SPM tokenization.
type spmSession struct {
	syms  []symbol
	queue bigramQueue
}

// encode appends the tokens of text (spaces already written as U+2581),
// as llama.cpp's llm_tokenizer_spm_session: split into UTF-8 characters
// (by their lead byte only, as llama.cpp does), merge the adjacent pair
// whose concatenation is the highest-scoring token until none is a
// token, then each symbol is its token, or its bytes' tokens.
func (s *spmSession) encode(v *Vocab, text string, out []uint32) ([]uint32, error) {
	s.syms = s.syms[:0]
	for off := 0; off < len(text); {
		n := min(utf8Len(text[off]), len(text)-off)
		i := len(s.syms)
		next := i + 1
		if off+n == len(text) {
			next = -1
		}
		s.syms = append(s.syms, symbol{start: off, end: off + n, prev: i - 1, next: next})
		off += n
	}
	s.queue = bigramQueue{items: s.queue.items[:0]}
	mergeBigrams(s.syms, &s.queue, func(left, right int) { s.tryAdd(v, text, left, right) })
	for i := 0; len(s.syms) > 0 && i != -1; i = s.syms[i].next {
		sym := s.syms[i]
		if id, ok := v.ids[text[sym.start:sym.end]]; ok {
			out = append(out, id)
			continue
		}
		for j := sym.start; j < sym.end; j++ {
			id, err := v.byteToken(text[j])
			if err != nil {
				return nil, err
			}
			out = append(out, id)
		}
	}
	return out, nil
}

func (s *spmSession) tryAdd(v *Vocab, text string, left, right int) {
	if left < 0 || right < 0 {
		return
	}
	l, r := s.syms[left], s.syms[right]
	id, ok := v.ids[text[l.start:r.end]]
	if !ok {
		return
	}
	s.queue.push(bigram{left: left, right: right, size: r.end - l.start, score: v.score[id]})
}

// utf8Len is the length of the UTF-8 sequence lead byte b announces, as
// llama.cpp's unicode_len_utf8 reads it (a continuation byte counts as
// one).
func utf8Len(b byte) int {
	switch b >> 4 {
	case 0xC, 0xD:
		return 2
	case 0xE:
		return 3
	case 0xF:
		return 4
	}
	return 1
}
