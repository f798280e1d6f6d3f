// Package tokenizer turns text into a model's token ids and back, from the
// vocabulary in the model's GGUF metadata, giving exactly the ids
// llama.cpp's llama_tokenize gives for the same file (a test compares the
// two on real vocabularies). It runs natively, in the command-line tools:
// the inference precompile and the programs the fraud-proof VM runs take
// token ids, so nothing here is part of a claim or of a dispute. It gives
// the same ids on amd64, arm64, MIPS and in the VM all the same (package
// tokencheck checks that).
//
// # What is implemented
//
// tokenizer.ggml.model "llama" (SentencePiece-style BPE: merges by piece
// score, spaces as U+2581, a space before the text, byte fallback to
// <0xXX> tokens) and "gpt2" (byte-level BPE: a pre-tokenizer regex, GPT-2's
// byte-to-character table, merges by rank) with the pre-tokenizers of
// Llama 3 ("llama-bpe" and the names llama.cpp groups with it) and Qwen2
// ("qwen2" and its group). Other models and pre-tokenizers are refused
// (ErrUnsupported), never approximated.
//
// The regexes are matched by hand (split): Go's regexp has no lookahead,
// which \s+(?!\S) needs. The character classes are Go's Unicode 15.0
// tables plus the CJK Extension I block, which is exactly llama.cpp's
// Unicode 15.1 data for \p{L}, \p{N} and \s (compared code point by code
// point); TestUnicodeVersion fails if a Go release changes the tables.
//
// # Choices, all llama.cpp's
//
//   - Special tokens: control, user-defined and unknown tokens are found
//     in the text longest first; control and unknown ones only with
//     EncodeOptions.ParseSpecial (llama.cpp's parse_special), user-defined
//     ones always. Among special tokens of equal length, where llama.cpp's
//     unstable sort leaves the order open, the lower id is looked for first.
//   - Tokens llama.cpp recognizes by their text (end of generation such as
//     <|im_end|>, fill-in-the-middle) become control tokens as there.
//   - Invalid UTF-8 in a BPE text reads as U+FFFD per bad byte; SPM works
//     on bytes and falls back to byte tokens.
//   - No Unicode normalization (Hugging Face's Qwen2 tokenizer applies NFC
//     first; llama.cpp does not).
//   - Decode is llama_detokenize: with the vocabulary's space prefix the
//     first piece loses its leading space, and vocabularies that ask for
//     it (the Llama 3 group) get clean_up_tokenization_spaces.
//
// Not implemented: per-model token attribute overrides that llama.cpp keys
// on general.name (Phi-3's rstrip) and the lstrip/rstrip they imply.
//
// FromHF writes the GGUF tokenizer metadata of a Hugging Face
// tokenizer.json, as llama.cpp's converter does, so models with real
// vocabularies can be made for tests (challenger model random --tokenizer).
package tokenizer
