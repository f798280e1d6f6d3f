// Prints what Hugging Face's GGUF parser reads from a file, as JSON:
// metadata, tensor infos and the data offset (64-bit integers as strings).
import { gguf } from "@huggingface/gguf";

const path = process.argv[2];
if (!path) {
  console.error("usage: node dump.mjs FILE.gguf");
  process.exit(2);
}
const { metadata, tensorInfos, tensorDataOffset } = await gguf(path, { allowLocalFile: true });
const big = (_, v) => (typeof v === "bigint" ? v.toString() : v);
process.stdout.write(JSON.stringify({ metadata, tensorInfos, tensorDataOffset }, big) + "\n");
