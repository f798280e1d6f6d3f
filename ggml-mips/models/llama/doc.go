// Package llama is the decoder of the llama family as llama.cpp lays it
// out in GGUF: architecture "llama" (Llama 1, 2 and 3.x, Mistral,
// TinyLlama, llama2.c's stories models) and "qwen2" (Qwen2, Qwen2.5). The
// forward pass is built as a ggml.Graph with a KV cache, so greedy
// generation is bit-identical natively and in the fraud-proof VM, and every
// node of every step can be hashed for a dispute. Load reads llama.cpp's
// GGUF layout; Random and Marshal write it.
//
// # Input and output of Infer
//
// All integers are big-endian uint32 (the Ethereum convention, unlike the
// little-endian GGUF file):
//
//	input:  N, then the prompt's token ids t_0 … t_{P−1}    (4 + 4·P bytes, P ≥ 1)
//	output: the N generated token ids                        (4·N bytes)
//
// Generation is greedy: each token is the index of the largest logit (the
// first one on ties). An input whose length is not 4 + 4·P with P ≥ 1, a
// token id ≥ the vocabulary size, or P + N > the context length is an error
// wrapping ErrInput. Text is not part of a claim: callers tokenize, as
// package tokenizer does with the vocabulary in the model's metadata (the
// challenger CLI's --prompt).
//
// # Graph
//
// One graph processes a batch of T tokens at positions pos … pos+T−1 (the
// whole prompt, then one token per generated token), as llama.cpp's
// build_llama does:
//
//	x = get_rows(token_embd, tokens)                                    {dim, T}
//	per block l:
//	    h = rms_norm(x) · attn_norm
//	    q = rope(attn_q·h [+ bq]), k = rope(attn_k·h [+ bk])             {headDim, heads or kvHeads, T}
//	    v = attn_v·h [+ bv]                                               {kvDim, T}
//	    cpy k, v into the cache at pos                                    (K position-major, V transposed)
//	    s = soft_max_causal(scale(K·q, 1/√headDim), pos)                  {pos+T, T, group, kvHeads}
//	    x = x + attn_output · (V·s)
//	    h = rms_norm(x) · ffn_norm
//	    x = x + ffn_down · (silu(ffn_gate·h) · (ffn_up·h))
//	logits = output · (rms_norm(x_{T−1}) · output_norm)                  {vocab}
//	next = argmax(logits)                                                {1} I32
//
// The last node is next, the one before it the logits. Grouped-query
// attention (kvHeads < heads) uses kv head h / (heads/kvHeads) for query
// head h, as llama.cpp does: the query heads that share a kv head are laid
// out as one more dimension of the attention matmuls, which broadcast K and
// V over it. In llama models rope rotates adjacent pairs (x[2i], x[2i+1]),
// llama.cpp's "normal" mode for LLM_ARCH_LLAMA (its converter permutes the
// Q and K weights of Hugging Face checkpoints to suit it, so files from
// convert_hf_to_gguf.py run unchanged); in qwen2 models it rotates the
// pairs (x[i], x[i+headDim/2]), the "neox" mode, on unpermuted weights.
// Pair i turns by position · base^(−2i/headDim), divided by
// rope_freqs.weight[i] when the file has that tensor (Llama 3.1 and later:
// the converter writes the "llama3" rope scaling as these factors, which
// llama.cpp passes to ggml_rope_ext; see Llama3RopeFreqs). The q, k and v
// biases (bq, bk, bv) are qwen2's; llama.cpp adds them to llama models
// that have them too.
//
// # Families
//
// Llama 2 and TinyLlama are llama files with rope base 10000; Llama 3 adds
// grouped-query attention (8 kv heads), rope base 500000 and a 128k
// vocabulary, Llama 3.1 the rope frequency factors, Llama 3.2 1B and 3B a
// tied output head. Mistral 7B is a llama file too (8 kv heads; v0.2 and
// later with rope base 10^6); its sliding window is accepted only where it
// covers the context, so that it changes nothing. Qwen2 and Qwen2.5 are
// qwen2 files (biases, rope base 10^6, RMSNorm epsilon 1e-6, the smaller
// ones with a tied head).
//
// The KV cache lives outside the graph: each graph's cpy nodes write into
// it and its attention reads the positions before pos that earlier graphs
// wrote. A dispute over step s of a generation therefore needs the cache
// as steps 0 … s−1 left it (or re-runs them); the hash of a view node of the
// cache covers only the positions it spans, so hashes do not depend on how
// many positions a Cache was allocated for.
//
// # GGUF layout
//
// Metadata (llama.cpp's keys; ARCH is the architecture, "llama" or
// "qwen2"):
//
//	general.architecture                     string  "llama" (Arch) or "qwen2" (ArchQwen2)
//	ARCH.embedding_length                    uint    dim
//	ARCH.block_count                         uint    layers
//	ARCH.attention.head_count                uint    heads, dividing dim; dim/heads even
//	ARCH.attention.head_count_kv             uint    optional, default heads; divides heads
//	ARCH.feed_forward_length                 uint    ffn
//	ARCH.context_length                      uint    positions
//	ARCH.rope.freq_base                      float32 optional, default 10000; ≥ 1
//	ARCH.attention.layer_norm_rms_epsilon    float32 optional, default 1e-5; in (0, 1)
//	ARCH.vocab_size                          uint    optional; must equal token_embd's rows
//	ARCH.rope.dimension_count                uint    optional; must equal dim/heads (no partial rotary)
//	ARCH.attention.key_length                uint    optional; must equal dim/heads
//	ARCH.attention.value_length              uint    optional; must equal dim/heads
//	ARCH.attention.sliding_window            uint    optional; 0 or at least the context length
//	ARCH.expert_count                        uint    optional; must be 0 (no mixture of experts)
//	ARCH.rope.scaling.type                   string  optional; must be "none"
//
// ("uint" is any unsigned or non-negative integer type.) Other keys,
// including the tokenizer's, are ignored.
//
// Tensors, dims in GGUF order (dims[0] is the row length), and no others:
//
//	token_embd.weight          {dim, vocab}
//	blk.<l>.attn_norm.weight   {dim}            F32
//	blk.<l>.attn_q.weight      {dim, dim}
//	blk.<l>.attn_k.weight      {dim, kvDim}     kvDim = kvHeads·dim/heads
//	blk.<l>.attn_v.weight      {dim, kvDim}
//	blk.<l>.attn_output.weight {dim, dim}
//	blk.<l>.ffn_norm.weight    {dim}            F32
//	blk.<l>.ffn_gate.weight    {dim, ffn}
//	blk.<l>.ffn_up.weight      {dim, ffn}
//	blk.<l>.ffn_down.weight    {ffn, dim}
//	output_norm.weight         {dim}            F32
//	output.weight              {dim, vocab}     optional: absent means tied to token_embd
//	blk.<l>.attn_q.bias        {dim}            F32; qwen2: required, llama: optional (all or none)
//	blk.<l>.attn_k.bias        {kvDim}          F32; as attn_q.bias
//	blk.<l>.attn_v.bias        {kvDim}          F32; as attn_q.bias
//	rope_freqs.weight          {dim/heads/2}    F32, optional, llama only; each factor ≥ 1/512
//
// Weights without a type above may be F32, F16, Q8_0, Q4_0, Q4_K or Q6_K,
// each on its own (so llama.cpp's Q4_K_M mixtures load); a quantized
// weight's rows are whole blocks (32 values, 256 for the K-quants).
// Quantized matmuls quantize their activations (to Q8_0, or for K-quants
// like llama.cpp's Q8_K) and compute exact integer dot products (see
// package ggml); F32 and F16 weights give float32 dot products. Weights and quantization scales must be finite: NaN bit
// patterns, and NaNs converted to integers when activations are quantized,
// differ between CPUs. Every check is made before a graph is built, so a
// malformed file is an error, never a panic.
//
// # Files written here
//
// Marshal (and Random, which fills a network with seeded pseudo-random
// weights; rope frequency factors are Llama3RopeFreqs') writes the keys
// above plus general.name, general.file_type,
// ARCH.rope.dimension_count, ARCH.vocab_size and a placeholder
// tokenizer, so llama.cpp can load the file: tokenizer.ggml.model "llama"
// with tokens <unk>, <s>, </s>, then (for vocabularies of at least 259) the
// 256 byte tokens <0x00> … <0xFF>, then <tok_i>, all of score 0. The
// pieces are not real text: the files are for testing and benchmarking the
// engine, not for reading their output (tokenizer.SetVocab puts a real
// vocabulary into such a file).
//
// Files of any size are written as a stream: NewRandomFile lays out the
// file of Random (its size is known before any weight is drawn) and its
// WriteTo generates and encodes the weights a few rows at a time, on all
// cores, in about 10 MiB of memory, with the same bytes as Random. The
// presets (Preset) go up to 7b, LLaMA-7B's shape (a Q8_0 file of 6.67
// GiB), and mistral-7b; qwen2.5-0.5b and llama3.2-1b have the shapes of
// those models.
package llama
