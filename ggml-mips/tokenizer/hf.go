package tokenizer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/axonum/opml/ggml-mips/gguf"
)

// The two pre-tokenizer regexes of Hugging Face tokenizer.json files that
// FromHF recognizes, and the tokenizer.ggml.pre name llama.cpp's
// converter gives each.
var hfPreRegexes = map[string]string{
	`(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`: "llama-bpe",
	`(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`:      "qwen2",
}

type hfTokenizerFile struct {
	AddedTokens []struct {
		ID      int    `json:"id"`
		Content string `json:"content"`
		Special bool   `json:"special"`
	} `json:"added_tokens"`
	Normalizer    json.RawMessage `json:"normalizer"`
	PreTokenizer  json.RawMessage `json:"pre_tokenizer"`
	PostProcessor json.RawMessage `json:"post_processor"`
	Model         struct {
		Type         string          `json:"type"`
		Vocab        map[string]int  `json:"vocab"`
		Merges       json.RawMessage `json:"merges"`
		ByteFallback bool            `json:"byte_fallback"`
	} `json:"model"`
}

// hfToken is a special token in tokenizer_config.json: a string, an
// object with its content, or null.
type hfToken string

func (t *hfToken) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*t = hfToken(s)
		return nil
	}
	var o struct {
		Content string `json:"content"`
	}
	if err := json.Unmarshal(b, &o); err != nil {
		return err
	}
	*t = hfToken(o.Content)
	return nil
}

type hfConfigFile struct {
	BOS         hfToken `json:"bos_token"`
	EOS         hfToken `json:"eos_token"`
	UNK         hfToken `json:"unk_token"`
	PAD         hfToken `json:"pad_token"`
	AddBOSToken *bool   `json:"add_bos_token"`
	AddEOSToken *bool   `json:"add_eos_token"`
}

// FromHF returns the GGUF tokenizer metadata (the tokenizer.ggml.* keys)
// of a Hugging Face tokenizer, as llama.cpp's convert_hf_to_gguf.py
// writes it, from its tokenizer.json and tokenizer_config.json (nil if
// there is none). It handles the two kinds of file this package
// tokenizes:
//
//   - SentencePiece BPE with byte fallback (Llama 2, Mistral, TinyLlama):
//     tokenizer.ggml.model "llama"; the converter reads scores from
//     tokenizer.model, which such a tokenizer.json does not carry, so the
//     scores are SentencePiece's for a BPE model, which lists its pieces
//     best first: 0 for special and byte tokens, −k for the k-th other
//     piece (k from 0).
//   - byte-level BPE with the Llama 3 or Qwen2 pre-tokenizer regex:
//     tokenizer.ggml.model "gpt2", tokenizer.ggml.pre "llama-bpe" or
//     "qwen2", the merges, no scores.
//
// Added tokens marked special, and those whose text looks special
// (<|...|>), are control tokens; other added tokens are user-defined;
// ids no token has are "[PAD<id>]", unused, as the converter pads.
// The BOS, EOS, unknown and padding tokens and the add_bos/add_eos flags
// come from tokenizer_config.json (add_bos also from a TemplateProcessing
// post-processor that starts with a special token).
func FromHF(tokenizerJSON, configJSON []byte) ([]gguf.KV, error) {
	kv, err := fromHF(tokenizerJSON, configJSON)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: Hugging Face tokenizer: %w", err)
	}
	return kv, nil
}

func fromHF(tokenizerJSON, configJSON []byte) ([]gguf.KV, error) {
	var t hfTokenizerFile
	if err := json.Unmarshal(tokenizerJSON, &t); err != nil {
		return nil, fmt.Errorf("tokenizer.json: %w", err)
	}
	var c hfConfigFile
	if len(configJSON) > 0 {
		if err := json.Unmarshal(configJSON, &c); err != nil {
			return nil, fmt.Errorf("tokenizer_config.json: %w", err)
		}
	}
	if t.Model.Type != "BPE" {
		return nil, fmt.Errorf("%w: model type %q (want BPE)", ErrUnsupported, t.Model.Type)
	}
	spm := t.Model.ByteFallback
	var pre string
	if !spm {
		var err error
		if pre, err = hfPre(t.PreTokenizer); err != nil {
			return nil, err
		}
	}

	// Tokens by id: the vocabulary, then the added tokens.
	n := 0
	for _, id := range t.Model.Vocab {
		n = max(n, id+1)
	}
	for _, a := range t.AddedTokens {
		n = max(n, a.ID+1)
	}
	if n == 0 || n > 1<<24 {
		return nil, fmt.Errorf("%d tokens", n)
	}
	tokens := make([]string, n)
	for text, id := range t.Model.Vocab {
		if id < 0 {
			return nil, fmt.Errorf("token %q has id %d", text, id)
		}
		tokens[id] = text
	}
	types := make([]int32, n)
	added := map[int]bool{}
	for _, a := range t.AddedTokens {
		if a.ID < 0 {
			return nil, fmt.Errorf("added token %q has id %d", a.Content, a.ID)
		}
		tokens[a.ID] = a.Content
		added[a.ID] = true
		types[a.ID] = typeUserDefined
		if a.Special || looksSpecial(a.Content) {
			types[a.ID] = typeControl
		}
	}
	unk := -1
	if c.UNK != "" {
		unk = t.Model.Vocab[string(c.UNK)]
	}
	for id := range tokens {
		switch {
		case tokens[id] == "":
			tokens[id], types[id] = fmt.Sprintf("[PAD%d]", id), typeUnused
		case spm && id == unk:
			types[id] = typeUnknown
		case added[id]:
		case spm && isByteToken(tokens[id]):
			types[id] = typeByte
		default:
			types[id] = typeNormal
		}
	}

	kv := []gguf.KV{}
	if spm {
		scores := make([]float32, n)
		k := 0
		for id := range tokens {
			if types[id] == typeNormal {
				scores[id] = -float32(k)
				k++
			}
		}
		kv = append(kv,
			gguf.KV{Key: "tokenizer.ggml.model", Value: gguf.String("llama")},
			gguf.KV{Key: "tokenizer.ggml.tokens", Value: gguf.Array(tokens)},
			gguf.KV{Key: "tokenizer.ggml.scores", Value: gguf.Array(scores)},
			gguf.KV{Key: "tokenizer.ggml.token_type", Value: gguf.Array(types)})
		if !prependsSpace(t.Normalizer, t.PreTokenizer) {
			kv = append(kv, gguf.KV{Key: "tokenizer.ggml.add_space_prefix", Value: gguf.Bool(false)})
		}
	} else {
		merges, err := hfMerges(t.Model.Merges)
		if err != nil {
			return nil, err
		}
		kv = append(kv,
			gguf.KV{Key: "tokenizer.ggml.model", Value: gguf.String("gpt2")},
			gguf.KV{Key: "tokenizer.ggml.pre", Value: gguf.String(pre)},
			gguf.KV{Key: "tokenizer.ggml.tokens", Value: gguf.Array(tokens)},
			gguf.KV{Key: "tokenizer.ggml.token_type", Value: gguf.Array(types)},
			gguf.KV{Key: "tokenizer.ggml.merges", Value: gguf.Array(merges)})
	}
	ids := map[string]int{}
	for id, text := range tokens {
		ids[text] = id
	}
	for _, s := range []struct {
		key  string
		text hfToken
	}{{"bos_token_id", c.BOS}, {"eos_token_id", c.EOS}, {"unknown_token_id", c.UNK}, {"padding_token_id", c.PAD}} {
		if id, ok := ids[string(s.text)]; ok && s.text != "" {
			kv = append(kv, gguf.KV{Key: "tokenizer.ggml." + s.key, Value: gguf.Uint32(uint32(id))})
		}
	}
	addBOS := c.AddBOSToken
	if addBOS == nil && templateAddsBOS(t.PostProcessor) {
		yes := true
		addBOS = &yes
	}
	if addBOS != nil {
		kv = append(kv, gguf.KV{Key: "tokenizer.ggml.add_bos_token", Value: gguf.Bool(*addBOS)})
	}
	if c.AddEOSToken != nil {
		kv = append(kv, gguf.KV{Key: "tokenizer.ggml.add_eos_token", Value: gguf.Bool(*c.AddEOSToken)})
	}
	return kv, nil
}

// prependsSpace says whether a SentencePiece tokenizer.json puts a space
// (U+2581) before the text: a Prepend normalizer (older files), or a
// Metaspace pre-tokenizer that prepends (newer ones).
func prependsSpace(normalizer, pre json.RawMessage) bool {
	if bytes.Contains(normalizer, []byte(`"Prepend"`)) {
		return true
	}
	var m struct {
		Type           string `json:"type"`
		PrependScheme  string `json:"prepend_scheme"`
		AddPrefixSpace *bool  `json:"add_prefix_space"`
	}
	if json.Unmarshal(pre, &m) != nil || m.Type != "Metaspace" {
		return false
	}
	if m.PrependScheme != "" {
		return m.PrependScheme != "never"
	}
	return m.AddPrefixSpace == nil || *m.AddPrefixSpace
}

// hfPre names the pre-tokenizer of a byte-level BPE tokenizer.json: a
// Sequence of a Split by one of hfPreRegexes and a ByteLevel without its
// own regex.
func hfPre(raw json.RawMessage) (string, error) {
	var p struct {
		Type          string `json:"type"`
		Pretokenizers []struct {
			Type    string `json:"type"`
			Pattern struct {
				Regex string `json:"Regex"`
			} `json:"pattern"`
			UseRegex bool `json:"use_regex"`
		} `json:"pretokenizers"`
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		return "", fmt.Errorf("pre_tokenizer: %w", err)
	}
	if p.Type == "Sequence" && len(p.Pretokenizers) == 2 && p.Pretokenizers[0].Type == "Split" &&
		p.Pretokenizers[1].Type == "ByteLevel" && !p.Pretokenizers[1].UseRegex {
		if name, ok := hfPreRegexes[p.Pretokenizers[0].Pattern.Regex]; ok {
			return name, nil
		}
	}
	return "", fmt.Errorf("%w: pre-tokenizer %s (implemented: Llama 3's and Qwen2's regex splits, then ByteLevel)", ErrUnsupported, raw)
}

// hfMerges reads merges written as "left right" strings or as [left,
// right] pairs.
func hfMerges(raw json.RawMessage) ([]string, error) {
	var asStrings []string
	if err := json.Unmarshal(raw, &asStrings); err == nil {
		return asStrings, nil
	}
	var asPairs [][2]string
	if err := json.Unmarshal(raw, &asPairs); err != nil {
		return nil, fmt.Errorf("merges: %w", err)
	}
	out := make([]string, len(asPairs))
	for i, p := range asPairs {
		if strings.Contains(p[0], " ") || strings.Contains(p[1], " ") {
			return nil, errors.New("merges: a merge's side holds a space, which GGUF's \"left right\" form cannot")
		}
		out[i] = p[0] + " " + p[1]
	}
	return out, nil
}

// templateAddsBOS says whether a TemplateProcessing post-processor puts a
// special token before a single sequence.
func templateAddsBOS(raw json.RawMessage) bool {
	var p struct {
		Type   string                       `json:"type"`
		Single []map[string]json.RawMessage `json:"single"`
	}
	if json.Unmarshal(raw, &p) != nil || p.Type != "TemplateProcessing" || len(p.Single) == 0 {
		return false
	}
	_, ok := p.Single[0]["SpecialToken"]
	return ok
}

// looksSpecial is the converter's does_token_look_special: added tokens
// that should be control tokens though not marked special.
func looksSpecial(t string) bool {
	switch t {
	case "<pad>", "<mask>", "<2mass>", "[@BOS@]":
		return true
	}
	return strings.HasPrefix(t, "<|") && strings.HasSuffix(t, "|>") ||
		strings.HasPrefix(t, "<｜") && strings.HasSuffix(t, "｜>") ||
		strings.HasPrefix(t, "<unused") && strings.HasSuffix(t, ">")
}
