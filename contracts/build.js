#!/usr/bin/env node
// Compiles contracts/src/*.sol and src/examples/*.sol with the solc pinned in package.json (the npm
// package bundles the compiler: nothing is downloaded at run time) and writes
// one artifact per contract:
//
//   artifacts/<Name>.json  {contractName, compiler, abi, bytecode, deployedBytecode}
//   artifacts/<Name>.abi   the ABI alone (input of abigen --abi)
//   artifacts/<Name>.bin   the creation bytecode, hex without 0x (abigen --bin)
//
// Usage: node build.js [--out DIR]   (default DIR: artifacts next to this file)
//
// Settings, fixed here so that the committed artifacts are reproducible:
//   evmVersion "cancun": the fork go-ethereum v1.17's core/vm/runtime enables
//     by default (setDefaults: ShanghaiTime = CancunTime = 0), and a subset of
//     what its simulated backend (Prague and later) runs. MIPS.sol uses MCOPY
//     (EIP-5656, Cancun).
//   optimizer enabled, runs = 1000: the verifier is called once per dispute
//     but every call should be cheap; 1000 keeps MIPS well under the 24 KiB
//     code-size limit.
//   metadata.bytecodeHash "none" and no CBOR metadata: the bytecode does not
//     depend on file paths or comments, only on the code.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const here = __dirname;
const srcDir = path.join(here, 'src');
let outDir = path.join(here, 'artifacts');
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out' && i + 1 < args.length) {
    outDir = path.resolve(args[++i]);
  } else {
    console.error(`usage: node build.js [--out DIR]`);
    process.exit(2);
  }
}

const EXPECTED_SOLC = require('./package.json').devDependencies.solc;
const version = solc.version(); // e.g. "0.8.28+commit.7893614a.Emscripten.clang"
if (!version.startsWith(EXPECTED_SOLC + '+')) {
  console.error(`solc ${version} is installed, package.json pins ${EXPECTED_SOLC}: run npm ci`);
  process.exit(1);
}

// Source units are named by their path under contracts/ ("src/X.sol",
// "src/examples/Y.sol"), so imports between them resolve as relative paths.
const sources = {};
for (const dir of ['', 'examples']) {
  const abs = path.join(srcDir, dir);
  for (const f of fs.readdirSync(abs).filter((f) => f.endsWith('.sol')).sort()) {
    sources[path.posix.join('src', dir, f)] = { content: fs.readFileSync(path.join(abs, f), 'utf8') };
  }
}

const settings = {
  evmVersion: 'cancun',
  optimizer: { enabled: true, runs: 1000 },
  metadata: { bytecodeHash: 'none', appendCBOR: false },
  outputSelection: {
    '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
  },
};
const input = { language: 'Solidity', sources, settings };
const output = JSON.parse(solc.compile(JSON.stringify(input)));

let failed = false;
for (const e of output.errors || []) {
  if (e.severity === 'error') failed = true;
  console.error(e.formattedMessage || e.message);
}
if (failed) process.exit(1);

// The contracts we ship (interfaces and libraries with only internal
// functions, such as AILib, have no artifact of their own).
const wanted = {
  'src/BatchInbox.sol': ['BatchInbox'],
  'src/Bridge.sol': ['Bridge'],
  'src/L2Withdrawals.sol': ['L2Withdrawals'],
  'src/OutputOracle.sol': ['OutputOracle'],
  'src/DisputeGame.sol': ['DisputeGame'],
  'src/MIPS.sol': ['MIPS'],
  'src/OpML.sol': ['OpML'],
  'src/PreimageOracle.sol': ['PreimageOracle'],
  'src/examples/AIContract.sol': ['AIContract'],
  'src/examples/FashionGate.sol': ['FashionGate'],
};
fs.mkdirSync(outDir, { recursive: true });
for (const [file, names] of Object.entries(wanted)) {
  for (const name of names) {
    const c = output.contracts[file] && output.contracts[file][name];
    if (!c) {
      console.error(`${file}: contract ${name} not found`);
      process.exit(1);
    }
    const artifact = {
      contractName: name,
      sourceName: file,
      compiler: { version, settings: { evmVersion: settings.evmVersion, optimizer: settings.optimizer } },
      abi: c.abi,
      bytecode: '0x' + c.evm.bytecode.object,
      deployedBytecode: '0x' + c.evm.deployedBytecode.object,
    };
    fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(artifact, null, 2) + '\n');
    fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(c.abi) + '\n');
    fs.writeFileSync(path.join(outDir, `${name}.bin`), c.evm.bytecode.object + '\n');
    const size = c.evm.deployedBytecode.object.length / 2;
    console.log(`${name}: ${size} bytes deployed`);
  }
}
