package tokencheck

import (
	"math/rand/v2"
	"strings"
)

// corpusCases are hand-picked texts for the comparison with llama.cpp:
// the edges of each pre-tokenizer alternative, of SentencePiece's space
// handling and byte fallback, and of special-token parsing.
var corpusCases = []string{
	"", " ", "  ", "   ", "\n", "\n\n", "\r\n", " \n", "\n ", "\t", "\t\t", " \t \n \r\n  ", "\v\f", "x ", "x  ", " x", "  x",
	"Hello world", "Hello, world!", " Hello", "Hello  world", "hello\nworld", "hello \n world", "Hello\r\n\r\nWorld",
	"I'm here; you're there. It's ours, we'VE won, THEY'LL see, he'D go, 'tis, 's, 'S, ''s, x'Re, don't'll'",
	"'", "''", "' s", "'s'", "'ll", "'LL", "'lL",
	"I 'm sure you 're right, we 've seen he 's there, they 'll go, I 'd say, don 't", "a ' b ' ' c", " ' ", "x ' '' y",
	"Really ? Yes ! No . Well , maybe", " ?", "a .b", "' m", " 'x", " 'r", " 'v",
	"1", "12", "123", "1234", "12345", "1234567", "3.14159", "1,000,000.00", "-42", "+1e-9", "0x1F", "v1.2.3-rc4",
	"٣٤٥ ۱۲۳ ४५६ ๑๒๓", "Ⅻ Ⅳ ⅷ", "½ ¾ ² ³ ①②③", "x²+y²=z²",
	"func main() {\n\tfmt.Println(\"hi\")\n}\n",
	"def f(x):\n    return x ** 2  # square\n\n\nprint(f(3))",
	"{\"a\": [1, 2, 3], \"b\": {\"c\": null}}",
	"<div class=\"x\">&nbsp;<br/></div>",
	"if (a <= b && c != d) { x += 1; } else { y >>= 2; }",
	"SELECT * FROM t WHERE id IN (1,2,3) -- comment",
	"    indented\n        more\n\tand tab",
	"a\u00a0b\u3000c\u2028d\u2029e\u0085f\u200bg\ufeffh",
	"😀", "😀😃😄", "👍🏽", "👨‍👩‍👧‍👦", "🇯🇵🇺🇸", "❤️", "🦙 llama", "✅ done ❌ fail",
	"日本語のテキストです。", "中文文本，包括标点符号。", "한국어 텍스트입니다.", "Русский текст, ёж.",
	"Ελληνικά κείμενα", "עברית טקסט", "النص العربي", "हिन्दी पाठ", "ภาษาไทย", "Tiếng Việt có dấu",
	"e\u0301 café cafe\u0301 naïve Zürich", "ﬁ ﬂ Å Å", "\U0002EBF0\U0002EBF1 ext-I", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝕏",
	"\u2581 ▁▁ Ġ Ċ", "<0x41> <0xFF>", "[PAD151660]",
	"<s>", "</s>", "<unk>", "<s>Hello</s>", " <s> ", "<s><s>", "<<s>>", "<s", "s>", "</s></s>x",
	"<|begin_of_text|>Hello<|end_of_text|>", "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>",
	"<|im_start|>system\nYou are helpful.<|im_end|>\n<|im_start|>user\nHi<|im_end|>",
	"<|im_start", "im_end|>", "<|endoftext|><|endoftext|>", "<think>\nhmm\n</think>\n\nanswer",
	"<tool_call>{\"name\":\"f\"}</tool_call>", "<|fim_prefix|>a<|fim_suffix|>b<|fim_middle|>",
	"<|reserved_special_token_5|>", "text<|eot_id|> more",
}

// Pieces the generated texts are made of.
var corpusWords = []string{
	"the", "The", "THE", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "antidisestablishmentarianism",
	"don't", "I've", "we'll", "it's", "O'Neil", "rock'n'roll", "e-mail", "co-op", "U.S.A.",
	"日本", "東京都", "中国", "北京", "한국", "서울", "Москва", "Αθήνα", "ירושלים", "القاهرة", "नई दिल्ली", "กรุงเทพ",
	"naïve", "façade", "Straße", "Ærø", "São Paulo", "Œuvre", "ǅemal", "İstanbul", "ſ",
	"0", "7", "42", "365", "2024", "31415926", "0.5", "1e10", "٣", "४२", "Ⅸ", "¼",
	"😀", "🎉", "👩‍💻", "🏳️‍🌈", "🤖", "⭐", "☕", "→", "≠", "∑", "€", "£", "¥", "©", "™",
	"<s>", "</s>", "<|im_start|>", "<|im_end|>", "<|eot_id|>", "<|begin_of_text|>", "<think>", "<tool_call>",
	"func", "return", "if", "else", "for", "while", "{", "}", "(", ")", "[", "]", ";", "::", "->", "=>", "==", "!=",
	"&&", "||", "//", "/*", "*/", "#include", "<stdio.h>", "printf(\"%d\\n\", x);", "x += 1", "a_b_c", "camelCase",
	"...", "!!!", "???", "?!", "--", "—", "–", "“quoted”", "‘single’", "«guillemets»", "(parens)", "[brackets]",
	"'", "\"", "`", "~", "@", "#", "$", "%", "^", "&", "*", "_", "+", "=", "|", "\\", "/", "<", ">", ",", ".",
}

var corpusSpaces = []string{" ", " ", " ", "  ", "   ", "\t", "\n", "\n\n", "\r\n", " \n", "\n ", "\u00a0", "\u3000", "", "", ""}

// Corpus is the texts compared with llama.cpp (TestLlamaCppAgrees in
// package tokenizer) and across architectures: the hand-picked cases,
// then 1,500 texts generated from a fixed seed (words of several scripts,
// digits, code, emoji and special-token text joined by runs of
// whitespace), 500 runs of random code points from 32 blocks, and three
// long documents, the same on every run and every platform (2,100 texts,
// about 156 KB).
func Corpus() []string { return corpus(1500, 500, true) }

// Light is the part of Corpus small enough for the fraud-proof VM: the
// hand-picked cases and the first 60 generated texts and 30 runs of
// random code points.
func Light() []string { return corpus(60, 30, false) }

func corpus(mixtures, runs int, long bool) []string {
	texts := append([]string(nil), corpusCases...)
	r := rand.New(rand.NewPCG(1, 2))
	for range mixtures {
		var b strings.Builder
		for range 1 + r.IntN(24) {
			b.WriteString(corpusWords[r.IntN(len(corpusWords))])
			b.WriteString(corpusSpaces[r.IntN(len(corpusSpaces))])
		}
		texts = append(texts, b.String())
	}
	// Random code points from blocks of many kinds: ASCII, Latin-1,
	// combining marks, scripts, CJK, symbols, emoji, supplementary planes.
	ranges := [][2]rune{{0x09, 0x0D}, {0x20, 0x7E}, {0x20, 0x7E}, {0xA0, 0xFF}, {0x100, 0x24F}, {0x300, 0x36F},
		{0x370, 0x3FF}, {0x400, 0x4FF}, {0x590, 0x5FF}, {0x600, 0x6FF}, {0x900, 0x97F}, {0xE00, 0xE7F},
		{0x1100, 0x11FF}, {0x2000, 0x206F}, {0x20A0, 0x20CF}, {0x2100, 0x214F}, {0x2150, 0x218F},
		{0x2190, 0x21FF}, {0x2500, 0x257F}, {0x3000, 0x303F}, {0x3040, 0x30FF}, {0x4E00, 0x9FFF},
		{0xAC00, 0xD7A3}, {0xFB00, 0xFB4F}, {0xFE00, 0xFE0F}, {0xFF00, 0xFFEF}, {0x1D400, 0x1D7FF},
		{0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2A6DF}, {0x2EBF0, 0x2EE5D}, {0xE0000, 0xE007F}}
	for range runs {
		var b strings.Builder
		for range 1 + r.IntN(40) {
			rg := ranges[r.IntN(len(ranges))]
			b.WriteRune(rg[0] + rune(r.IntN(int(rg[1]-rg[0]+1))))
		}
		texts = append(texts, b.String())
	}
	if long {
		doc := strings.Repeat("The model's answer, 42, was checked 3 times!\n\tOK? ", 40) + strings.Join(corpusCases, "\n")
		texts = append(texts, doc, strings.Repeat(" ", 300), strings.Repeat("\n", 50)+strings.Repeat("9", 100))
	}
	return texts
}
