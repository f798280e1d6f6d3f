// Times greedy generation with llama.cpp (node-llama-cpp's prebuilt CPU
// backend) and prints, as JSON, the seconds each run took:
//
//   node bench.mjs MODEL.gguf REQUEST.json > OUT.json
//
// REQUEST.json is {"prompt": [ids], "generate": n, "threads": [t, ...],
// "runs": r}. For each thread count a context is made (F32 KV cache, flash
// attention off, as in ggml-mips), one untimed run warms it up, then r
// runs are timed (wall clock per run, and the process's CPU time over
// all of them). A run starts from an empty context, evaluates the prompt
// as one batch (no BOS is added) and generates n tokens, each the argmax
// of the logits (llama.cpp's own sampler at temperature 0), end-of-text
// tokens included. OUT.json is {"results": [{"threads": t, "seconds":
// [...], "cpuSeconds": c, "tokens": [...]}]}, tokens being the last
// run's. Nothing is downloaded or compiled.
import { readFileSync } from "node:fs";
import { getLlama } from "node-llama-cpp";

const [modelPath, reqPath] = process.argv.slice(2);
if (!modelPath || !reqPath) {
  console.error("usage: node bench.mjs MODEL.gguf REQUEST.json");
  process.exit(2);
}
const req = JSON.parse(readFileSync(reqPath, "utf8"));
const { prompt, generate } = req;
const runs = req.runs ?? 1;
if (!Array.isArray(prompt) || prompt.length === 0 || !(generate >= 1) || !(runs >= 1)) {
  console.error("bench.mjs: the request needs a non-empty prompt, generate ≥ 1 and runs ≥ 1");
  process.exit(2);
}
// maxThreads 0: a context's thread count is used as given.
const llama = await getLlama({ gpu: false, build: "never", logLevel: "error", maxThreads: 0 });
const model = await llama.loadModel({ modelPath, gpuLayers: 0 });

async function run(seq) {
  await seq.clearHistory();
  const tokens = [];
  const start = process.hrtime.bigint();
  for await (const t of seq.evaluate(prompt, { temperature: 0, yieldEogToken: true })) {
    tokens.push(t);
    if (tokens.length === generate) break;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, tokens };
}

const results = [];
for (const threads of req.threads ?? [1]) {
  const context = await model.createContext({
    contextSize: prompt.length + generate,
    batchSize: prompt.length,
    threads,
    flashAttention: false,
    experimentalKvCacheKeyType: "F32",
    experimentalKvCacheValueType: "F32",
  });
  const seq = context.getSequence();
  await run(seq);
  const out = { threads, seconds: [], tokens: [], cpuSeconds: 0 };
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const r = await run(seq);
    out.seconds.push(r.seconds);
    out.tokens = r.tokens;
  }
  const cpu = process.cpuUsage(cpu0);
  out.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  results.push(out);
  await context.dispose();
}
process.stdout.write(JSON.stringify({ results }) + "\n");
await model.dispose();
await llama.dispose();
