// Package llama is the llama-architecture decoder (llama 1/2/3 shapes,
// llama2.c's stories models, TinyLlama): a forward pass built as a
// ggml.Graph with a KV cache, so greedy generation is bit-identical natively
// and in the fraud-proof VM, and every node of every step can be hashed for
// a dispute. Load reads llama.cpp's GGUF layout; Random and Marshal write it.
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
//	    q = rope(attn_q·h), k = rope(attn_k·h), v = attn_v·h            {headDim, heads or kvHeads, T}
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
// V over it. Rope rotates adjacent pairs (x[2i], x[2i+1]), llama.cpp's
// "normal" mode for LLM_ARCH_LLAMA; llama.cpp's converter permutes the
// Q and K weights of Hugging Face checkpoints to suit it, so files from
// convert_hf_to_gguf.py run unchanged.
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
// Metadata (llama.cpp's keys):
//
//	general.architecture                      string  "llama" (Arch)
//	llama.embedding_length                    uint    dim
//	llama.block_count                         uint    layers
//	llama.attention.head_count                uint    heads, dividing dim; dim/heads even
//	llama.attention.head_count_kv             uint    optional, default heads; divides heads
//	llama.feed_forward_length                 uint    ffn
//	llama.context_length                      uint    positions
//	llama.rope.freq_base                      float32 optional, default 10000; ≥ 1
//	llama.attention.layer_norm_rms_epsilon    float32 optional, default 1e-5; in (0, 1)
//	llama.vocab_size                          uint    optional; must equal token_embd's rows
//	llama.rope.dimension_count                uint    optional; must equal dim/heads (no partial rotary)
//	llama.expert_count                        uint    optional; must be 0 (no mixture of experts)
//	llama.rope.scaling.type                   string  optional; must be "none"
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
// weights) writes the keys above plus general.name, general.file_type,
// llama.rope.dimension_count, llama.vocab_size and a placeholder
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
// presets (Preset) go up to 7b, LLaMA-7B's shape: a Q8_0 file of 6.67 GiB.
package llama
