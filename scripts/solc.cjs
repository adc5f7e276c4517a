#!/usr/bin/env node
// Forge's Solidity compiler: a thin wrapper around the pinned solc-js (npm `solc`).
//
// No native solc can be installed offline here, and forge cannot call `solcjs` directly
// (it always passes --allow-paths, which solcjs rejects). Forge only needs two calls:
//   solc --version                      -> last line "Version: <version>"
//   solc --standard-json [--base-path P] [--include-path P]... < input.json
// Forge already puts every source into the standard JSON; the import callback below is only a
// fallback that resolves a missing import against the base and include paths.
"use strict";

const fs = require("fs");
const path = require("path");
const solc = require("solc");

const args = process.argv.slice(2);

if (args.includes("--version")) {
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${solc.version()}\n`);
  process.exit(0);
}

if (!args.includes("--standard-json")) {
  process.stderr.write("cairn solc wrapper: only --version and --standard-json are supported\n");
  process.exit(2);
}

const roots = [];
for (let i = 0; i < args.length; i++) {
  if ((args[i] === "--base-path" || args[i] === "--include-path") && i + 1 < args.length) {
    roots.push(args[++i]);
  }
}
if (roots.length === 0) roots.push(process.cwd());

function findImport(importPath) {
  for (const root of roots) {
    const candidate = path.resolve(root, importPath);
    if (fs.existsSync(candidate)) {
      return { contents: fs.readFileSync(candidate, "utf8") };
    }
  }
  return { error: `File not found: ${importPath}` };
}

const chunks = [];
process.stdin.on("data", (chunk) => chunks.push(chunk));
process.stdin.on("end", () => {
  const input = Buffer.concat(chunks).toString("utf8");
  process.stdout.write(solc.compile(input, { import: findImport }));
});
