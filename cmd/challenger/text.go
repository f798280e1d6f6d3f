package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/tokenizer"
	"github.com/spf13/cobra"
)

// promptFlags are the text input of infer and check: a language model's
// prompt as text, tokenized with the model's own vocabulary (its GGUF
// metadata), instead of an input file. The input the model, the
// precompile and the VM get stays the token ids (llama's encoding).
type promptFlags struct {
	prompt       string
	tokens       uint32
	parseSpecial bool
	addSpecial   bool
}

func (p *promptFlags) add(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&p.prompt, "prompt", "", "a llama model's prompt as `TEXT`, tokenized with the model's own vocabulary (instead of --input)")
	f.Uint32Var(&p.tokens, "tokens", 16, "with --prompt: the `N`umber of tokens to generate")
	f.BoolVar(&p.parseSpecial, "parse-special", true, "with --prompt: the text of a special token (<s>, <|im_start|>) is that token, as in llama.cpp's tools")
	f.BoolVar(&p.addSpecial, "add-special", true, "with --prompt: add BOS (and EOS) where the vocabulary asks for them")
}

// input returns the inference's input bytes: the file inputPath, or the
// prompt tokenized with tv's vocabulary (tv may be nil: not a language
// model). It says how the input was made in the error.
func (p *promptFlags) input(cmd *cobra.Command, tv *textView, inputPath string) ([]byte, error) {
	hasPrompt, hasInput := cmd.Flags().Changed("prompt"), cmd.Flags().Changed("input")
	switch {
	case hasPrompt && hasInput:
		return nil, errors.New("give --input or --prompt, not both")
	case hasInput:
		b, err := os.ReadFile(inputPath)
		if err != nil {
			return nil, fmt.Errorf("--input: %w", err)
		}
		return b, nil
	case !hasPrompt:
		return nil, errors.New("give the input: --input FILE, or --prompt TEXT for a llama model")
	}
	if tv == nil {
		return nil, errors.New("--prompt: the model is not a language model (general.architecture is not llama); give --input FILE")
	}
	if tv.err != nil {
		return nil, fmt.Errorf("--prompt: the model's vocabulary: %w", tv.err)
	}
	ids, err := tv.vocab.Encode(p.prompt, tokenizer.EncodeOptions{AddSpecial: p.addSpecial, ParseSpecial: p.parseSpecial})
	if err != nil {
		if tv.vocab.Placeholder() {
			err = fmt.Errorf("%w; the model has the placeholder vocabulary of 'challenger model random', whose byte tokens need a vocabulary of at least 259", err)
		}
		return nil, fmt.Errorf("--prompt: %w", err)
	}
	if len(ids) == 0 {
		return nil, errors.New("--prompt: the prompt has no tokens (an empty prompt, and the vocabulary adds no BOS); the model needs at least one")
	}
	prompt := make([]int32, len(ids))
	for i, id := range ids {
		prompt[i] = int32(id)
	}
	return llama.EncodeInput(prompt, p.tokens), nil
}

// textView shows a llama model's token ids as text, with the model's
// vocabulary.
type textView struct {
	vocab *tokenizer.Vocab
	err   error // why the model's vocabulary cannot be used
}

// newTextView reads the vocabulary of a llama or qwen2 model; nil for
// other models.
func newTextView(model []byte) *textView {
	f, err := gguf.Parse(model)
	if err != nil {
		return nil
	}
	if arch, _ := f.GetString("general.architecture"); !llama.IsArch(arch) {
		return nil
	}
	v, err := tokenizer.Load(f)
	return &textView{vocab: v, err: err}
}

// textReport is a llama claim's input and outputs as text.
type textReport struct {
	PromptIDs []uint32 `json:"promptIds"`
	Generate  uint32   `json:"generate"`
	Prompt    string   `json:"prompt"`
	OutputIDs []uint32 `json:"outputIds"` // the native output's
	Native    string   `json:"native"`
	Claimed   string   `json:"claimed,omitempty"`
	VMOutput  string   `json:"vmOutput,omitempty"`
	// Note says why the text is not meaningful (a placeholder
	// vocabulary) or missing (no usable vocabulary, an input that is not
	// llama's encoding).
	Note string `json:"note,omitempty"`
}

// report decodes a llama input and outputs; nil if tv is nil.
func (tv *textView) report(input, native, claimed, vmOutput []byte) *textReport {
	if tv == nil {
		return nil
	}
	r := &textReport{}
	if tv.err != nil {
		r.Note = "no text: the model's vocabulary: " + tv.err.Error()
		return r
	}
	if len(input) < 8 || len(input)%4 != 0 {
		r.Note = "no text: the input is not llama's encoding (N, then the prompt's token ids)"
		return r
	}
	r.Generate = binary.BigEndian.Uint32(input)
	r.PromptIDs = ids(input[4:])
	var err error
	if r.Prompt, err = tv.vocab.Decode(r.PromptIDs, tokenizer.DecodeOptions{UnparseSpecial: true}); err != nil {
		r.Note = "no text: " + err.Error()
		return r
	}
	if len(native)%4 == 0 {
		r.OutputIDs = ids(native)
	}
	for _, o := range []struct {
		b   []byte
		dst *string
	}{{native, &r.Native}, {claimed, &r.Claimed}, {vmOutput, &r.VMOutput}} {
		if o.b != nil {
			*o.dst = tv.continuation(o.b)
		}
	}
	if tv.vocab.Placeholder() {
		r.Note = "the model has the placeholder vocabulary of 'challenger model random': prompts become byte tokens and the other tokens print as <tok_N>; 'challenger model random --tokenizer' makes models with a real vocabulary"
	}
	return r
}

// continuation is generated tokens as text: their pieces one after the
// other (a continuation keeps its leading space), special tokens as their
// text; an output that is not whole token ids, or an id the vocabulary
// does not have, is shown as such.
func (tv *textView) continuation(out []byte) string {
	if len(out)%4 != 0 {
		return fmt.Sprintf("(%d bytes: not whole token ids)", len(out))
	}
	var b strings.Builder
	for _, id := range ids(out) {
		p, err := tv.vocab.Piece(id, true)
		if err != nil {
			p = fmt.Sprintf("<id %d: not in the vocabulary>", id)
		}
		b.WriteString(p)
	}
	return b.String()
}

func ids(b []byte) []uint32 {
	out := make([]uint32, len(b)/4)
	for i := range out {
		out[i] = binary.BigEndian.Uint32(b[4*i:])
	}
	return out
}

// print writes the report's lines, values quoted (Go syntax, so spaces,
// line breaks and bytes that are not UTF-8 show).
func (r *textReport) print(w io.Writer, outputs bool) {
	if r == nil {
		return
	}
	if r.PromptIDs != nil {
		fmt.Fprintf(w, "prompt ids:   %v (%d tokens; %d to generate)\n", r.PromptIDs, len(r.PromptIDs), r.Generate)
		fmt.Fprintf(w, "prompt text:  %s\n", strconv.Quote(r.Prompt))
		fmt.Fprintf(w, "output ids:   %v\n", r.OutputIDs)
		if outputs {
			fmt.Fprintf(w, "native text:  %s\n", strconv.Quote(r.Native))
			if r.Claimed != r.Native {
				fmt.Fprintf(w, "claimed text: %s\n", strconv.Quote(r.Claimed))
			}
			fmt.Fprintf(w, "VM text:      %s\n", strconv.Quote(r.VMOutput))
		} else {
			fmt.Fprintf(w, "output text:  %s\n", strconv.Quote(r.Native))
		}
	}
	if r.Note != "" {
		fmt.Fprintf(w, "note:         %s\n", r.Note)
	}
}
