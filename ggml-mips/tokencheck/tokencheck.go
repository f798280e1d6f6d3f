// Package tokencheck encodes and decodes a fixed corpus with tokenizer
// vocabularies and prints one keccak256 per vocabulary and mode, so that
// the same program built natively, for arm64 and for MIPS (under qemu and
// in the fraud-proof VM) can be shown to give the same token ids and
// texts byte for byte (see the tests here and TestTokencheckInVM in
// package claim). The corpus is the one package tokenizer compares with
// llama.cpp; the vocabularies are small ones built in code (Builtin) and
// Hugging Face tokenizer directories (LoadHF).
package tokencheck

import (
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/tokenizer"
	"golang.org/x/crypto/sha3"
)

// A mode is one way of calling Encode, and the Decode of its ids.
type mode struct {
	name string
	enc  tokenizer.EncodeOptions
	dec  tokenizer.DecodeOptions
}

// modes covers both switches of each: special-token text as text, as
// tokens, and with BOS/EOS added (and removed again when decoding).
var modes = []mode{
	{"plain", tokenizer.EncodeOptions{}, tokenizer.DecodeOptions{}},
	{"special", tokenizer.EncodeOptions{ParseSpecial: true}, tokenizer.DecodeOptions{UnparseSpecial: true}},
	{"special+add", tokenizer.EncodeOptions{ParseSpecial: true, AddSpecial: true},
		tokenizer.DecodeOptions{UnparseSpecial: true, RemoveSpecial: true}},
}

// Check writes one line per mode for vocabulary v over texts: the
// counts of texts, bytes and ids and the keccak256 of every text's ids
// and decoded text; then one line for the vocabulary itself (each
// token's attributes, end-of-generation flag and pieces).
func Check(w io.Writer, name string, v *tokenizer.Vocab, texts []string) error {
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	var b [4]byte
	for _, m := range modes {
		h := sha3.NewLegacyKeccak256()
		ids := 0
		for i, t := range texts {
			got, err := v.Encode(t, m.enc)
			if err != nil {
				return fmt.Errorf("%s %s: encode text %d: %w", name, m.name, i, err)
			}
			ids += len(got)
			binary.BigEndian.PutUint32(b[:], uint32(len(got)))
			h.Write(b[:])
			for _, id := range got {
				binary.BigEndian.PutUint32(b[:], id)
				h.Write(b[:])
			}
			text, err := v.Decode(got, m.dec)
			if err != nil {
				return fmt.Errorf("%s %s: decode text %d: %w", name, m.name, i, err)
			}
			binary.BigEndian.PutUint32(b[:], uint32(len(text)))
			h.Write(b[:])
			io.WriteString(h, text)
		}
		if _, err := fmt.Fprintf(w, "%-12s %-11s texts %4d bytes %6d ids %6d %x\n", name, m.name, len(texts), size, ids, h.Sum(nil)); err != nil {
			return err
		}
	}
	h := sha3.NewLegacyKeccak256()
	for id := range uint32(v.Size()) {
		eog := byte(0)
		if v.IsEOG(id) {
			eog = 1
		}
		binary.BigEndian.PutUint16(b[:], uint16(v.Attr(id)))
		h.Write([]byte{b[0], b[1], eog})
		for _, special := range []bool{false, true} {
			p, err := v.Piece(id, special)
			if err != nil {
				return fmt.Errorf("%s: piece %d: %w", name, id, err)
			}
			binary.BigEndian.PutUint32(b[:], uint32(len(p)))
			h.Write(b[:])
			io.WriteString(h, p)
		}
	}
	_, err := fmt.Fprintf(w, "%-12s %-11s tokens %6d %s pre %s bos %d eos %d add %v/%v %x\n",
		name, "vocab", v.Size(), v.Kind(), v.Pre(), v.BOS(), v.EOS(), v.AddBOS(), v.AddEOS(), h.Sum(nil))
	return err
}

// Run checks the built-in vocabularies over texts (Corpus, or Light in
// the VM).
func Run(w io.Writer, texts []string) error {
	for _, bv := range Builtin() {
		v, err := tokenizer.Load(&gguf.File{KV: bv.KV})
		if err != nil {
			return fmt.Errorf("built-in vocabulary %s: %w", bv.Name, err)
		}
		if err := Check(w, bv.Name, v, texts); err != nil {
			return err
		}
	}
	return nil
}

// LoadHF loads the vocabulary of a Hugging Face tokenizer directory
// (tokenizer.json and, if present, tokenizer_config.json), converted as
// llama.cpp's converter does (tokenizer.FromHF).
func LoadHF(dir string) (*tokenizer.Vocab, error) {
	tj, err := os.ReadFile(filepath.Join(dir, "tokenizer.json"))
	if err != nil {
		return nil, err
	}
	cj, err := os.ReadFile(filepath.Join(dir, "tokenizer_config.json"))
	if err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	kv, err := tokenizer.FromHF(tj, cj)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	return tokenizer.Load(&gguf.File{KV: kv})
}
