package tokenizer

import (
	"fmt"
	"strings"
)

// EncodeOptions are llama_tokenize's two switches.
type EncodeOptions struct {
	// AddSpecial puts the BOS token before the text and the EOS token
	// after it, where the vocabulary asks for them (AddBOS, AddEOS).
	AddSpecial bool
	// ParseSpecial makes the text of a control token in the input (<s>,
	// <|begin_of_text|>, <|im_start|>) that token. Without it such text
	// is tokenized as text. User-defined tokens (type 4) are always
	// matched as whole tokens, with or without it, as in llama.cpp.
	ParseSpecial bool
}

// fragment is a piece of the input after special tokens are found: text
// to tokenize, or a special token (text is then unused).
type fragment struct {
	text    string
	token   uint32
	special bool
}

// Encode returns the token ids of text, exactly as llama.cpp's
// llama_tokenize(vocab, text, add_special, parse_special) does for the
// same GGUF metadata. The only error is SPM byte fallback for a byte the
// vocabulary has no token for (llama.cpp throws there).
func (v *Vocab) Encode(text string, opt EncodeOptions) ([]uint32, error) {
	var frags []fragment
	if text != "" {
		frags = v.partition([]fragment{{text: text}}, opt.ParseSpecial)
	}
	var out []uint32
	if opt.AddSpecial && v.addBOS {
		out = append(out, uint32(v.bos))
	}
	var err error
	switch v.kind {
	case SPM:
		var s spmSession
		prevSpecial := true // a space before the text at the start
		for _, f := range frags {
			if f.special {
				out = append(out, f.token)
				prevSpecial = true
				continue
			}
			t := f.text
			if v.addSpacePrefix && prevSpecial {
				t = " " + t
			}
			if out, err = s.encode(v, strings.ReplaceAll(t, " ", spmSpace), out); err != nil {
				return nil, err
			}
			prevSpecial = false
		}
	case BPE:
		var s bpeSession
		for _, f := range frags {
			if f.special {
				out = append(out, f.token)
				continue
			}
			out = s.encode(v, f.text, out)
		}
	}
	if opt.AddSpecial && v.addEOS {
		out = append(out, uint32(v.eos))
	}
	return out, nil
}

// spmSpace is how SentencePiece pieces write a space: U+2581 "▁".
const spmSpace = "\u2581"

// partition splits the text fragments of frags at each occurrence of a
// special token's text, longest tokens first (llama.cpp's
// tokenizer_st_partition): for each token in turn, every text fragment
// is cut at the token's leftmost occurrences, left to right. Without
// parseSpecial only user-defined tokens are looked for.
func (v *Vocab) partition(frags []fragment, parseSpecial bool) []fragment {
	var next []fragment
	for _, id := range v.special {
		if !parseSpecial && v.attr[id]&(AttrControl|AttrUnknown) != 0 {
			continue
		}
		tok := v.text[id]
		next = next[:0]
		for _, f := range frags {
			if f.special {
				next = append(next, f)
				continue
			}
			rest := f.text
			for {
				i := strings.Index(rest, tok)
				if i < 0 {
					break
				}
				if i > 0 {
					next = append(next, fragment{text: rest[:i]})
				}
				next = append(next, fragment{token: id, special: true})
				rest = rest[i+len(tok):]
			}
			if rest != "" {
				next = append(next, fragment{text: rest})
			}
		}
		frags, next = next, frags
	}
	return frags
}

// byteToken is the SPM token of byte b: <0xXX>, else the one-byte token.
func (v *Vocab) byteToken(b byte) (uint32, error) {
	if id, ok := v.ids[fmt.Sprintf("<0x%02X>", b)]; ok {
		return id, nil
	}
	if id, ok := v.ids[string([]byte{b})]; ok && b != 0 { // llama.cpp looks "\x00" up as a C string: ""
		return id, nil
	}
	return 0, fmt.Errorf("tokenizer: the vocabulary has no token for byte 0x%02X (no <0x%02X> byte token, which SentencePiece falls back to for text no piece covers)", b, b)
}
