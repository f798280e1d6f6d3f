// Tokenizes texts with llama.cpp (node-llama-cpp's prebuilt CPU backend,
// the model loaded vocabulary only) and prints what it gives, as JSON:
//
//   node tokenize.mjs MODEL.gguf TEXTS.json > OUT.json
//
// TEXTS.json is an array of strings. OUT.json holds, for each text, the
// ids of llama_tokenize(text, add_special=false, parse_special=false) and
// (…, parse_special=true) and llama_detokenize of the latter with and
// without unparse_special; and for every token its attribute bits, whether
// it ends generation, and llama_detokenize([token]) with and without
// unparse_special; and the BOS/EOS ids and whether llama.cpp adds them.
import { readFileSync } from "node:fs";
import { getLlama } from "node-llama-cpp";

const [modelPath, textsPath] = process.argv.slice(2);
if (!modelPath || !textsPath) {
  console.error("usage: node tokenize.mjs MODEL.gguf TEXTS.json");
  process.exit(2);
}
const texts = JSON.parse(readFileSync(textsPath, "utf8"));
// build "never": use the prebuilt binary or fail; nothing is downloaded or compiled.
const llama = await getLlama({ gpu: false, build: "never", logLevel: "error" });
const model = await llama.loadModel({ modelPath, vocabOnly: true });

const bits = ["unknown", "unused", "normal", "control", "userDefined", "byte"];
const n = model.fileInfo.metadata.tokenizer.ggml.tokens.length;
const attrs = new Array(n), eog = [], piece = new Array(n), pieceSpecial = new Array(n);
for (let t = 0; t < n; t++) {
  const a = model.getTokenAttributes(t);
  attrs[t] = bits.reduce((acc, b, i) => acc | (a[b] ? 1 << i : 0), 0);
  if (model.isEogToken(t)) eog.push(t);
  piece[t] = model.detokenize([t], false);
  pieceSpecial[t] = model.detokenize([t], true);
}
const out = {
  bos: model.tokens.bos ?? -1,
  eos: model.tokens.eos ?? -1,
  addBos: model.tokens.shouldPrependBosToken,
  addEos: model.tokens.shouldAppendEosToken,
  attrs, eog, piece, pieceSpecial,
  plain: [], special: [], decoded: [], decodedSpecial: [],
};
for (const text of texts) {
  out.plain.push(Array.from(model.tokenize(text, false)));
  const ids = model.tokenize(text, true);
  out.special.push(Array.from(ids));
  out.decoded.push(model.detokenize(ids, false));
  out.decodedSpecial.push(model.detokenize(ids, true));
}
process.stdout.write(JSON.stringify(out) + "\n");
await model.dispose();
await llama.dispose();
