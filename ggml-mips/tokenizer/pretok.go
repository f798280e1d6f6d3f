package tokenizer

import "unicode"

// Character classes of the pre-tokenizers. llama.cpp's tables
// (unicode-data.cpp) are Unicode 15.1; Go's are 15.0 (TestUnicodeVersion
// pins that). Compared code point by code point they differ only in CJK
// Unified Ideographs Extension I, new in 15.1, which llama.cpp counts as
// letters.

func isLetter(r rune) bool {
	return unicode.IsLetter(r) || 0x2EBF0 <= r && r <= 0x2EE5D
}

func isNumber(r rune) bool { return unicode.IsNumber(r) }

// isSpace is \s: the White_Space property, the set llama.cpp uses.
func isSpace(r rune) bool { return unicode.Is(unicode.White_Space, r) }

// codepoints appends the code points of text to dst as llama.cpp's
// unicode_cpts_from_utf8 reads them: a lead byte and the continuation
// bytes it announces give one code point (overlong forms and surrogates
// included); a byte that starts no complete sequence gives U+FFFD and
// reading resumes at the next byte.
func codepoints(dst []rune, text string) []rune {
	for i := 0; i < len(text); {
		b := text[i]
		cont := func(k int) bool { return i+k < len(text) && text[i+k]&0xC0 == 0x80 }
		switch {
		case b < 0x80:
			dst = append(dst, rune(b))
			i++
		case b&0x40 == 0: // a continuation byte
			dst, i = append(dst, unicode.ReplacementChar), i+1
		case b&0x20 == 0:
			if !cont(1) {
				dst, i = append(dst, unicode.ReplacementChar), i+1
				continue
			}
			dst = append(dst, rune(b&0x1F)<<6|rune(text[i+1]&0x3F))
			i += 2
		case b&0x10 == 0:
			if !cont(1) || !cont(2) {
				dst, i = append(dst, unicode.ReplacementChar), i+1
				continue
			}
			dst = append(dst, rune(b&0x0F)<<12|rune(text[i+1]&0x3F)<<6|rune(text[i+2]&0x3F))
			i += 3
		case b&0x08 == 0:
			if !cont(1) || !cont(2) || !cont(3) {
				dst, i = append(dst, unicode.ReplacementChar), i+1
				continue
			}
			r := rune(b&0x07)<<18 | rune(text[i+1]&0x3F)<<12 | rune(text[i+2]&0x3F)<<6 | rune(text[i+3]&0x3F)
			if r > unicode.MaxRune {
				// llama.cpp throws when it writes such a code point
				// back; we read it as U+FFFD.
				r = unicode.ReplacementChar
			}
			dst = append(dst, r)
			i += 4
		default: // 11111xxx
			dst, i = append(dst, unicode.ReplacementChar), i+1
		}
	}
	return dst
}

// appendUTF8 appends r's UTF-8 encoding, surrogates included (Go's
// utf8.AppendRune would write U+FFFD for those), as llama.cpp's
// unicode_cpt_to_utf8 does.
func appendUTF8(dst []byte, r rune) []byte {
	switch {
	case r < 0x80:
		return append(dst, byte(r))
	case r < 0x800:
		return append(dst, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
	case r < 0x10000:
		return append(dst, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
	}
	return append(dst, 0xF0|byte(r>>18), 0x80|byte(r>>12)&0x3F, 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
}

// split cuts cps into the words of the Llama 3 pre-tokenizer regex
//
//	(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
//
// (Qwen2's is the same with \p{N} for \p{N}{1,3}: maxDigits 1) and calls
// word with each word's bounds. Go's regexp has no lookahead, so the
// alternatives are matched by hand, leftmost first as a backtracking
// engine tries them; each comment gives the alternative a branch
// matches.
func split(cps []rune, maxDigits int, word func(start, end int)) {
	n := len(cps)
	letter := func(i int) bool { return i < n && isLetter(cps[i]) }
	number := func(i int) bool { return i < n && isNumber(cps[i]) }
	space := func(i int) bool { return i < n && isSpace(cps[i]) }
	other := func(i int) bool { return i < n && !isSpace(cps[i]) && !isLetter(cps[i]) && !isNumber(cps[i]) }
	for pos := 0; pos < n; {
		c := cps[pos]
		// (?i:'s|'t|'re|'ve|'m|'ll|'d): the only code points whose lower
		// case is one of these ASCII letters are the letters themselves
		// and their upper case.
		if c == '\'' && pos+1 < n {
			c1 := lowerASCII(cps[pos+1])
			if c1 == 's' || c1 == 't' || c1 == 'm' || c1 == 'd' {
				word(pos, pos+2)
				pos += 2
				continue
			}
			if pos+2 < n {
				c2 := lowerASCII(cps[pos+2])
				if c1 == 'r' && c2 == 'e' || c1 == 'v' && c2 == 'e' || c1 == 'l' && c2 == 'l' {
					word(pos, pos+3)
					pos += 3
					continue
				}
			}
		}
		// [^\r\n\p{L}\p{N}]?\p{L}+
		if c != '\r' && c != '\n' && !isNumber(c) && (isLetter(c) || letter(pos+1)) {
			end := pos + 1
			for letter(end) {
				end++
			}
			word(pos, end)
			pos = end
			continue
		}
		// \p{N}{1,maxDigits}
		if isNumber(c) {
			end := pos + 1
			for end-pos < maxDigits && number(end) {
				end++
			}
			word(pos, end)
			pos = end
			continue
		}
		// ' ?[^\s\p{L}\p{N}]+[\r\n]*'; a lone space at the end of the
		// text is matched here rather than by \s+(?!\S), with the same
		// result.
		if c == ' ' && !space(pos+1) && !letter(pos+1) && !number(pos+1) || other(pos) {
			end := pos
			if c == ' ' {
				end++
			}
			for other(end) {
				end++
			}
			for end < n && (cps[end] == '\r' || cps[end] == '\n') {
				end++
			}
			word(pos, end)
			pos = end
			continue
		}
		// A run of whitespace: \s*[\r\n]+ takes it up to its last line
		// break; \s+(?!\S) leaves its last character to prefix the word
		// after it; \s+ takes the rest.
		run, lastBreak := 0, -1
		for space(pos + run) {
			if r := cps[pos+run]; r == '\r' || r == '\n' {
				lastBreak = pos + run + 1
			}
			run++
		}
		switch {
		case lastBreak >= 0:
			word(pos, lastBreak)
			pos = lastBreak
		case run > 1 && pos+run < n:
			word(pos, pos+run-1)
			pos += run - 1
		case run > 0:
			word(pos, pos+run)
			pos += run
		default:
			word(pos, pos+1)
			pos++
		}
	}
}

func lowerASCII(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// byteChars is GPT-2's byte-to-unicode table: byte-level BPE tokens spell
// byte b as the character byteChars[b] (printable bytes as themselves,
// the others as U+0100 onwards, in byte order), in UTF-8.
var byteChars [256]string

// charBytes inverts byteChars.
var charBytes = map[rune]byte{}

func init() {
	next := rune(256)
	for b := 0; b < 256; b++ {
		r := rune(b)
		if !('!' <= b && b <= '~' || 0xA1 <= b && b <= 0xAC || 0xAE <= b && b <= 0xFF) {
			r = next
			next++
		}
		byteChars[b] = string(r)
		charBytes[r] = byte(b)
	}
}
