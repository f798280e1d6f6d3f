package tokenizer

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/axonum/opml/ggml-mips/gguf"
)

// Kind is the tokenizer algorithm a vocabulary uses
// (tokenizer.ggml.model).
type Kind int

const (
	// SPM is SentencePiece-style BPE over characters: pieces merge by
	// score, spaces are written as U+2581, and text no piece covers falls
	// back to byte tokens <0xXX> (tokenizer.ggml.model "llama").
	SPM Kind = iota
	// BPE is byte-level BPE: a pre-tokenizer splits the text into words,
	// each word's bytes are mapped to printable characters (GPT-2's
	// byte-to-unicode table) and merged by rank (tokenizer.ggml.model
	// "gpt2").
	BPE
)

func (k Kind) String() string {
	switch k {
	case SPM:
		return "llama (SentencePiece)"
	case BPE:
		return "gpt2 (byte-level BPE)"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Attr is a token's attributes, llama.cpp's llama_token_attr bits.
type Attr uint16

const (
	AttrUnknown     Attr = 1 << 0
	AttrUnused      Attr = 1 << 1
	AttrNormal      Attr = 1 << 2
	AttrControl     Attr = 1 << 3
	AttrUserDefined Attr = 1 << 4
	AttrByte        Attr = 1 << 5
)

// GGUF token types (tokenizer.ggml.token_type), llama.cpp's
// llama_token_type.
const (
	typeUndefined   = 0
	typeNormal      = 1
	typeUnknown     = 2
	typeControl     = 3
	typeUserDefined = 4
	typeUnused      = 5
	typeByte        = 6
)

// NoToken is a special token id the vocabulary does not have.
const NoToken = -1

// Pre is a byte-level BPE vocabulary's pre-tokenizer
// (tokenizer.ggml.pre): how text is split into words before merging.
type Pre int

const (
	PreNone   Pre = iota // SPM vocabularies have none
	PreLlama3            // Llama 3's regex: letters, digits in runs of up to three, punctuation, whitespace
	PreQwen2             // Qwen2's: Llama 3's with each digit on its own
)

func (p Pre) String() string {
	switch p {
	case PreNone:
		return "none"
	case PreLlama3:
		return "llama3"
	case PreQwen2:
		return "qwen2"
	}
	return fmt.Sprintf("Pre(%d)", int(p))
}

// preNames maps tokenizer.ggml.pre values to the pre-tokenizers
// implemented here, as llama.cpp groups them; the flags each group sets
// are in Load.
var preNames = map[string]Pre{
	"llama3": PreLlama3, "llama-v3": PreLlama3, "llama-bpe": PreLlama3, "falcon3": PreLlama3,
	"falcon-h1": PreLlama3, "pixtral": PreLlama3, "midm-2.0": PreLlama3, "lfm2": PreLlama3,
	"jina-v5-nano": PreLlama3,
	"qwen2":        PreQwen2, "deepseek-r1-qwen": PreQwen2, "kormo": PreQwen2, "f2llmv2": PreQwen2,
}

// ErrUnsupported is wrapped by Load's errors for vocabularies whose
// tokenizer this package does not implement.
var ErrUnsupported = errors.New("tokenizer not supported")

// Vocab is a model's vocabulary and the rules to turn text into its
// token ids and back, read from GGUF metadata (Load). It is read-only
// after Load and safe for concurrent use.
type Vocab struct {
	kind Kind
	pre  Pre
	// preName is tokenizer.ggml.pre as written in the file.
	preName string

	text  []string // token id -> text (an empty text is "[EMPTY_<id>]", as llama.cpp names it)
	score []float32
	attr  []Attr
	ids   map[string]uint32 // text -> id

	// ranks holds a BPE vocabulary's merges: the pair's rank (its index
	// in tokenizer.ggml.merges; the first of duplicates counts).
	ranks map[pair]int32

	bos, eos, unk, eot, pad int32 // NoToken if absent
	eog                     []uint32

	addBOS, addEOS bool
	addSpacePrefix bool // SPM: a space before text at the start and after a special token
	ignoreMerges   bool // BPE: a word that is itself a token is that token
	cleanSpaces    bool // Decode: remove the spaces before ?!., and in contractions

	// special lists the ids of control, user-defined and unknown tokens,
	// longest text first (ties by id), the order in which Encode looks
	// for them in the text.
	special []uint32
}

// pair is a BPE merge: two adjacent symbols' texts.
type pair struct{ left, right string }

// Load reads the vocabulary of a GGUF file's metadata: the tokenizer.ggml.*
// keys llama.cpp's converter writes. It supports tokenizer.ggml.model
// "llama" and "gpt2" with the Llama 3 and Qwen2 pre-tokenizers; other
// models and pre-tokenizers are errors wrapping ErrUnsupported.
func Load(f *gguf.File) (*Vocab, error) {
	v, err := load(f)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	return v, nil
}

func load(f *gguf.File) (*Vocab, error) {
	model, err := f.GetString("tokenizer.ggml.model")
	if err != nil {
		return nil, err
	}
	v := &Vocab{eot: NoToken, pad: NoToken}
	if _, ok := f.Lookup("tokenizer.ggml.pre"); ok {
		if v.preName, err = f.GetString("tokenizer.ggml.pre"); err != nil {
			return nil, err
		}
	}
	// Defaults by model, then by pre-tokenizer, as llama.cpp sets them.
	switch model {
	case "llama":
		v.kind, v.pre = SPM, PreNone
		v.bos, v.eos, v.unk = 1, 2, 0
		v.addSpacePrefix, v.addBOS = true, true
	case "gpt2":
		v.kind = BPE
		v.bos, v.eos, v.unk = 11, 11, NoToken
		v.cleanSpaces = true
		pre, ok := preNames[v.preName]
		if !ok {
			return nil, fmt.Errorf("%w: tokenizer.ggml.pre %q (implemented: the llama3 and qwen2 families)", ErrUnsupported, v.preName)
		}
		v.pre = pre
		switch pre {
		case PreLlama3:
			v.ignoreMerges, v.addBOS = true, true
		case PreQwen2:
			v.cleanSpaces = false
		}
	default:
		return nil, fmt.Errorf("%w: tokenizer.ggml.model %q (implemented: llama, gpt2)", ErrUnsupported, model)
	}
	if err := v.readFlag(f, "tokenizer.ggml.add_space_prefix", &v.addSpacePrefix); err != nil {
		return nil, err
	}

	if err := v.readTokens(f); err != nil {
		return nil, err
	}
	if v.kind == BPE {
		if err := v.readMerges(f); err != nil {
			return nil, err
		}
	}

	n := int32(len(v.text))
	for _, s := range []struct {
		key string
		id  *int32
	}{
		{"bos_token_id", &v.bos}, {"eos_token_id", &v.eos}, {"eot_token_id", &v.eot},
		{"unknown_token_id", &v.unk}, {"padding_token_id", &v.pad},
	} {
		if *s.id >= n { // a default out of range is disabled
			*s.id = NoToken
		}
		if _, ok := f.Lookup("tokenizer.ggml." + s.key); !ok {
			continue
		}
		id, err := f.GetUint("tokenizer.ggml." + s.key)
		if err != nil {
			return nil, err
		}
		if id < uint64(n) { // llama.cpp keeps the default for an id out of range
			*s.id = int32(id)
		}
	}
	for _, fl := range []struct {
		key string
		b   *bool
	}{{"add_bos_token", &v.addBOS}, {"add_eos_token", &v.addEOS}} {
		if err := v.readFlag(f, "tokenizer.ggml."+fl.key, fl.b); err != nil {
			return nil, err
		}
	}
	if v.addBOS && v.bos == NoToken {
		return nil, errors.New("the vocabulary adds a BOS token but has none")
	}
	if v.addEOS && v.eos == NoToken {
		return nil, errors.New("the vocabulary adds an EOS token but has none")
	}
	v.markSpecialByText(f)

	for id, a := range v.attr {
		if a&(AttrControl|AttrUserDefined|AttrUnknown) != 0 {
			v.special = append(v.special, uint32(id))
		}
	}
	slices.SortStableFunc(v.special, func(a, b uint32) int {
		return cmp.Compare(len(v.text[b]), len(v.text[a]))
	})
	return v, nil
}

func (v *Vocab) readFlag(f *gguf.File, key string, b *bool) error {
	if _, ok := f.Lookup(key); !ok {
		return nil
	}
	x, err := f.GetBool(key)
	if err != nil {
		return err
	}
	*b = x
	return nil
}

// readTokens reads the token texts, scores and types.
func (v *Vocab) readTokens(f *gguf.File) error {
	texts, err := f.GetStrings("tokenizer.ggml.tokens")
	if err != nil {
		return err
	}
	n := len(texts)
	if n == 0 {
		return errors.New("tokenizer.ggml.tokens is empty")
	}
	if n > 1<<24 {
		return fmt.Errorf("tokenizer.ggml.tokens has %d tokens, more than %d", n, 1<<24)
	}
	v.text, v.score, v.attr = make([]string, n), make([]float32, n), make([]Attr, n)
	v.ids = make(map[string]uint32, n)
	if sv, ok := f.Lookup("tokenizer.ggml.scores"); ok {
		switch s := sv.Any().(type) {
		case []float32:
			if len(s) < n {
				return fmt.Errorf("tokenizer.ggml.scores has %d scores for %d tokens", len(s), n)
			}
			copy(v.score, s)
		case []int32:
			if len(s) < n {
				return fmt.Errorf("tokenizer.ggml.scores has %d scores for %d tokens", len(s), n)
			}
			for i := range v.score {
				v.score[i] = float32(s[i])
			}
		default:
			return fmt.Errorf("tokenizer.ggml.scores is %s, want an array of float32 or int32", sv)
		}
	}
	var types []int32
	if _, ok := f.Lookup("tokenizer.ggml.token_type"); ok {
		if types, err = f.GetInt32s("tokenizer.ggml.token_type"); err != nil {
			return err
		}
		if len(types) < n {
			return fmt.Errorf("tokenizer.ggml.token_type has %d types for %d tokens", len(types), n)
		}
	}
	for i, t := range texts {
		if t == "" {
			t = fmt.Sprintf("[EMPTY_%d]", i)
		}
		if j, dup := v.ids[t]; dup {
			return fmt.Errorf("tokens %d and %d are both %q", j, i, t)
		}
		v.ids[t] = uint32(i)
		v.text[i] = t
		v.attr[i] = AttrNormal
		if types != nil {
			switch types[i] {
			case typeUnknown:
				v.attr[i] = AttrUnknown
			case typeUnused:
				v.attr[i] = AttrUnused
			case typeNormal:
				v.attr[i] = AttrNormal
			case typeControl:
				v.attr[i] = AttrControl
			case typeUserDefined:
				v.attr[i] = AttrUserDefined
			case typeByte:
				if !isByteToken(t) {
					return fmt.Errorf("token %d (%q) has the byte type but is not <0xXX>", i, t)
				}
				v.attr[i] = AttrByte
			default: // typeUndefined and unknown values
				v.attr[i] = 0
			}
		}
	}
	return nil
}

// readMerges reads a BPE vocabulary's merges: "left right", split at the
// first space after the first byte (so a left side may start with a
// space).
func (v *Vocab) readMerges(f *gguf.File) error {
	merges, err := f.GetStrings("tokenizer.ggml.merges")
	if err != nil {
		return err
	}
	v.ranks = make(map[pair]int32, len(merges))
	for i, m := range merges {
		var p pair
		if len(m) > 1 {
			if j := strings.IndexByte(m[1:], ' '); j >= 0 {
				p = pair{m[:j+1], m[j+2:]}
			}
		}
		if _, dup := v.ranks[p]; !dup {
			v.ranks[p] = int32(i)
		}
	}
	return nil
}

// Texts of end-of-generation tokens that llama.cpp recognizes by their
// text and makes control tokens (so special-token parsing finds them)
// whatever their type in the file.
var eogTexts = []string{
	"<|eot_id|>", "<|im_end|>", "<|end|>", "<|return|>", "<|call|>", "<|flush|>", "<|calls|>",
	"<end_of_turn>", "<|endoftext|>", "</s>", "<|eom_id|>", "<EOT>", "_<EOT>", "[EOT]", "[EOS]",
	"<|end_of_text|>", "<end_of_utterance>", "<eos>", "<turn|>", "<|tool_response>",
	"<｜end▁of▁sentence｜>", "[e~[",
}

// fimTexts are the fill-in-the-middle tokens llama.cpp looks for by text
// (one of each group, unless the metadata names it), also made control
// tokens. Where a vocabulary has several of a group llama.cpp takes the
// first its hash map yields; we take the lowest id.
var fimTexts = [][]string{
	{"<|fim_prefix|>", "<fim-prefix>", "<fim_prefix>", "<｜fim▁begin｜>", "<PRE>", "▁<PRE>", "<|code_prefix|>", "<|prefix|>"},
	{"<|fim_suffix|>", "<fim-suffix>", "<fim_suffix>", "<｜fim▁hole｜>", "<SUF>", "▁<SUF>", "<|code_suffix|>", "<|suffix|>"},
	{"<|fim_middle|>", "<fim-middle>", "<fim_middle>", "<｜fim▁end｜>", "<MID>", "▁<MID>", "<|code_middle|>", "<|middle|>"},
	{"<|fim_pad|>", "<fim-pad>", "<fim_pad>", "<PAD>", "[PAD]"},
	{"<|fim_repo|>", "<|repo_name|>", "<fim-repo>", "<REPO>", "<reponame>"},
	{"<|file_sep|>"},
}

// fimPad is the index in fimTexts of the first group whose token ends
// generation (pad, repo, file separator).
const fimPad = 3

// fimKeys are the metadata keys that name the fimTexts groups' tokens.
var fimKeys = [][]string{
	{"fim_pre_token_id", "prefix_token_id"}, {"fim_suf_token_id", "suffix_token_id"},
	{"fim_mid_token_id", "middle_token_id"}, {"fim_pad_token_id"}, {"fim_rep_token_id"}, {"fim_sep_token_id"},
}

// markSpecialByText applies llama.cpp's corrections of token attributes
// by text (llama_vocab::impl::load): end-of-generation and
// fill-in-the-middle tokens become control tokens, the end-of-generation
// set is collected, and the gpt-oss and Gemma 4 exceptions apply.
func (v *Vocab) markSpecialByText(f *gguf.File) {
	eog := map[uint32]bool{}
	for _, t := range eogTexts {
		if id, ok := v.ids[t]; ok {
			eog[id] = true
			v.attr[id] |= AttrControl
		}
	}
	for g, group := range fimTexts {
		id, named := v.named(f, fimKeys[g])
		if !named {
			id = -1
			for _, t := range group {
				if i, ok := v.ids[t]; ok && (id < 0 || int32(i) < id) {
					id = int32(i)
				}
			}
			if id >= 0 {
				v.attr[id] |= AttrControl
			}
		}
		if id >= 0 && g >= fimPad { // the pad, repo and file-separator tokens end generation
			eog[uint32(id)] = true
		}
	}
	for _, t := range []string{"<|channel|>", "<|message|>", "<|start|>", "<|constrain|>"} {
		if id, ok := v.ids[t]; ok {
			v.attr[id] = AttrUserDefined
		}
	}
	for _, id := range []int32{v.eos, v.eot} {
		if id != NoToken {
			eog[uint32(id)] = true
		}
	}
	has := func(t string) (uint32, bool) {
		id, ok := v.ids[t]
		return id, ok && eog[id]
	}
	_, ret := has("<|return|>")
	_, call := has("<|call|>")
	_, calls := has("<|calls|>")
	_, flush := has("<|flush|>")
	if end, ok := has("<|end|>"); ok && (ret && call || (call || calls) && flush) {
		delete(eog, end)
		v.attr[end] = AttrUserDefined
	}
	if _, ok := has("<|tool_response>"); ok {
		if s, ok := has("</s>"); ok {
			delete(eog, s)
			v.attr[s] = AttrNormal
		}
	}
	for id := range eog {
		v.eog = append(v.eog, id)
	}
	slices.Sort(v.eog)
}

// named returns the token the metadata names under one of keys (an id
// in range), if any.
func (v *Vocab) named(f *gguf.File, keys []string) (int32, bool) {
	for _, k := range keys {
		if id, err := f.GetUint("tokenizer.ggml." + k); err == nil && id < uint64(len(v.text)) {
			return int32(id), true
		}
	}
	return NoToken, false
}

func isByteToken(t string) bool {
	return len(t) == 6 && strings.HasPrefix(t, "<0x") && t[5] == '>' && isHex(t[3]) && isHex(t[4])
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// Kind is the vocabulary's tokenizer algorithm.
func (v *Vocab) Kind() Kind { return v.kind }

// Pre is a BPE vocabulary's pre-tokenizer (PreNone for SPM).
func (v *Vocab) Pre() Pre { return v.pre }

// Size is the number of tokens.
func (v *Vocab) Size() int { return len(v.text) }

// Text is token id's text as the vocabulary stores it (a piece with
// U+2581 for spaces, a byte-level BPE token in GPT-2's byte characters,
// or a special token's text); "" for an id out of range.
func (v *Vocab) Text(id uint32) string {
	if int(id) >= len(v.text) {
		return ""
	}
	return v.text[id]
}

// Attr is token id's attributes (0 for an id out of range).
func (v *Vocab) Attr(id uint32) Attr {
	if int(id) >= len(v.attr) {
		return 0
	}
	return v.attr[id]
}

// BOS, EOS and Unknown are the special tokens' ids, NoToken if the
// vocabulary has none.
func (v *Vocab) BOS() int32     { return v.bos }
func (v *Vocab) EOS() int32     { return v.eos }
func (v *Vocab) Unknown() int32 { return v.unk }

// AddBOS and AddEOS say whether Encode with AddSpecial puts a BOS token
// before the text and an EOS token after it.
func (v *Vocab) AddBOS() bool { return v.addBOS }
func (v *Vocab) AddEOS() bool { return v.addEOS }

// IsEOG says whether id ends generation (EOS, end-of-turn and the like).
func (v *Vocab) IsEOG(id uint32) bool {
	_, ok := slices.BinarySearch(v.eog, id)
	return ok
}

// Placeholder says whether this is the placeholder vocabulary that
// package llama writes into random models (<unk>, <s>, </s>, the byte
// tokens, then <tok_N>): it encodes any text as byte tokens, and the
// pieces of its other tokens are not text.
func (v *Vocab) Placeholder() bool {
	if v.kind != SPM || len(v.text) < 3 || v.text[0] != "<unk>" || v.text[1] != "<s>" || v.text[2] != "</s>" {
		return false
	}
	for i := 3; i < len(v.text); i++ {
		if v.attr[i] == AttrByte {
			continue
		}
		if v.text[i] != fmt.Sprintf("<tok_%d>", i) {
			return false
		}
	}
	return true
}
