package tokenizer

import (
	"fmt"
	"strconv"
	"strings"
)

// DecodeOptions are llama_detokenize's two switches.
type DecodeOptions struct {
	// RemoveSpecial drops a leading BOS and a trailing EOS token where
	// the vocabulary adds them.
	RemoveSpecial bool
	// UnparseSpecial writes control and unknown tokens as their text
	// (<s>, <|im_end|>); without it they decode to nothing.
	UnparseSpecial bool
}

// Piece is the text of token id alone, as llama_token_to_piece gives it
// (with lstrip 0): an SPM piece with its U+2581 turned back into spaces,
// a byte-level BPE token's bytes, a byte token's byte, a user-defined
// token's text; a control or unknown token's text only if special. It
// may be part of a UTF-8 sequence.
func (v *Vocab) Piece(id uint32, special bool) (string, error) {
	if int(id) >= len(v.text) {
		return "", fmt.Errorf("tokenizer: token id %d is not below the vocabulary size %d", id, len(v.text))
	}
	return v.piece(id, special), nil
}

func (v *Vocab) piece(id uint32, special bool) string {
	a, t := v.attr[id], v.text[id]
	switch {
	case a&(AttrUnknown|AttrControl) != 0 && !special:
		return ""
	case a&(AttrUnknown|AttrControl|AttrUserDefined) != 0:
		return t
	case a&AttrNormal != 0:
		if v.kind == SPM {
			return strings.ReplaceAll(t, spmSpace, " ")
		}
		return decodeByteChars(t)
	case a&AttrByte != 0:
		b, _ := strconv.ParseUint(t[3:5], 16, 8) // Load checked the form
		return string([]byte{byte(b)})
	}
	return "" // unused and undefined tokens
}

// decodeByteChars turns a byte-level BPE token's characters back into
// bytes. A character outside GPT-2's table (a token text a converter
// did not byte-encode) is written as llama.cpp's llama_decode_text
// writes it: [UNK_BYTE_0x<its UTF-8 in hex><the whole token>].
func decodeByteChars(t string) string {
	var b strings.Builder
	for _, r := range codepoints(nil, t) {
		if c, ok := charBytes[r]; ok {
			b.WriteByte(c)
			continue
		}
		b.WriteString("[UNK_BYTE_0x")
		for _, c := range appendUTF8(nil, r) {
			fmt.Fprintf(&b, "%02x", c)
		}
		b.WriteString(t)
		b.WriteString("]")
	}
	return b.String()
}

// Decode returns the text of ids, as llama_detokenize(vocab, ids,
// remove_special, unparse_special) does: the pieces concatenated, the
// first piece without its leading space where the vocabulary puts a
// space before text (SPM), and, for vocabularies that ask for it (the
// Llama 3 family), the spaces before ?!., and in some contractions
// removed. Decoding a continuation piece by piece is Piece's job.
func (v *Vocab) Decode(ids []uint32, opt DecodeOptions) (string, error) {
	removeSpace := v.addSpacePrefix
	if opt.RemoveSpecial && v.addBOS && len(ids) > 0 && v.bos != NoToken && ids[0] == uint32(v.bos) {
		removeSpace = false
		ids = ids[1:]
	}
	if opt.RemoveSpecial && v.addEOS && len(ids) > 0 && v.eos != NoToken && ids[len(ids)-1] == uint32(v.eos) {
		ids = ids[:len(ids)-1]
	}
	var text []byte
	for _, id := range ids {
		p, err := v.Piece(id, opt.UnparseSpecial)
		if err != nil {
			return "", err
		}
		if removeSpace {
			p = strings.TrimPrefix(p, " ")
		}
		removeSpace = false
		text = append(text, p...)
	}
	if v.cleanSpaces {
		text = cleanSpaces(text)
	}
	return string(text), nil
}

// cleanSpaces is llama_detokenize's clean_up_tokenization_spaces, in
// place and byte for byte as llama.cpp does it (including that the
// second pass overwrites the space after a lone apostrophe, which the
// next character's test then sees).
func cleanSpaces(text []byte) []byte {
	start := func(n int) int { return min(n, 1) }
	// " ?", " !", " .", " ," lose the space.
	n := len(text)
	total := start(n)
	for i := 1; i < n; i++ {
		x := text[i]
		if text[i-1] == ' ' && (x == '?' || x == '!' || x == '.' || x == ',') {
			total--
		}
		text[total] = x
		total++
	}
	// " ' " becomes "'".
	n = total
	total = start(n)
	for i := 1; i < n; i++ {
		x := text[i]
		if x == '\'' && i+1 < n && text[i-1] == ' ' && text[i+1] == ' ' {
			total--
			i++
			text[i] = 0
		}
		text[total] = x
		total++
	}
	// " 's", " 'm", " 're", " 've" lose the space.
	n = total
	total = start(n)
	for i := 1; i < n; i++ {
		x := text[i]
		if text[i-1] == ' ' && x == '\'' && i+1 < n {
			x1 := text[i+1]
			switch {
			case x1 == 't' || x1 == 'd':
			case x1 == 's' || x1 == 'm':
				total--
			case i+2 < n:
				if x2 := text[i+2]; x1 == 'r' && x2 == 'e' || x1 == 'v' && x2 == 'e' {
					total--
				}
			}
		}
		text[total] = x
		total++
	}
	return text[:total]
}
