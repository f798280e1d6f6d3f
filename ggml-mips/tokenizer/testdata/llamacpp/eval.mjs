// Runs a model with llama.cpp (node-llama-cpp's prebuilt CPU backend) and
// prints, as JSON, its greedy continuation of a prompt and the logits it
// chose from:
//
//   node eval.mjs MODEL.gguf REQUEST.json > OUT.json
//
// REQUEST.json is {"runs": [{"prompt": [ids], "generate": n}, ...],
// "threads": t, "top": k}. For each run, from an empty context, the prompt
// is evaluated as given (no BOS is added), then n tokens are generated one
// at a time, each the argmax of the raw logits (the lowest id among equal
// maxima). OUT.json holds, per run, the tokens, for each the k largest
// logits (token, logit; largest first), and all logits after the prompt.
// The KV cache is F32 and flash attention off, as in ggml-mips; nothing is
// downloaded or compiled.
import { readFileSync } from "node:fs";
import { getLlama } from "node-llama-cpp";

const [modelPath, reqPath] = process.argv.slice(2);
if (!modelPath || !reqPath) {
  console.error("usage: node eval.mjs MODEL.gguf REQUEST.json");
  process.exit(2);
}
const req = JSON.parse(readFileSync(reqPath, "utf8"));
const top = req.top ?? 8;
for (const r of req.runs ?? []) {
  if (!Array.isArray(r.prompt) || r.prompt.length === 0 || !(r.generate >= 1)) {
    console.error("eval.mjs: every run needs a non-empty prompt and generate ≥ 1");
    process.exit(2);
  }
}
const llama = await getLlama({ gpu: false, build: "never", logLevel: "error" });
const model = await llama.loadModel({ modelPath, gpuLayers: 0 });
const longest = Math.max(...req.runs.map((r) => r.prompt.length + r.generate));
const context = await model.createContext({
  contextSize: longest,
  batchSize: Math.max(...req.runs.map((r) => r.prompt.length)),
  threads: req.threads ?? 1,
  flashAttention: false,
  experimentalKvCacheKeyType: "F32",
  experimentalKvCacheValueType: "F32",
});
const seq = context.getSequence();
const want = { generateNext: { logits: true } };
const runs = [];
for (const { prompt, generate } of req.runs) {
  await seq.clearHistory();
  let input = prompt.map((t, i) => (i === prompt.length - 1 ? [t, want] : t));
  const out = { tokens: [], top: [], first: null };
  for (let step = 0; step < generate; step++) {
    const res = await seq.controlledEvaluate(input);
    const logits = res[input.length - 1]?.next?.logits;
    if (!logits) throw new Error(`no logits at step ${step}`);
    const sorted = [...logits].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const best = sorted[0][0];
    out.tokens.push(best);
    out.top.push(sorted.slice(0, top));
    if (step === 0) {
      const all = new Array(sorted.length).fill(0);
      for (const [t, v] of logits) all[t] = v;
      out.first = all;
    }
    input = [[best, want]];
  }
  runs.push(out);
}
process.stdout.write(JSON.stringify({ runs }) + "\n");
await context.dispose();
await model.dispose();
await llama.dispose();
