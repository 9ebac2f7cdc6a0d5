#!/usr/bin/env node
// Records (default) or checks (--check) the expected output of every JS
// program under tests/programs as insta snapshots, using Node.js itself as
// the reference: the snapshot holds node's exit status and stdout.
//
//   node tests/record-node.js           write tests/snapshots/programs__*.snap
//   node tests/record-node.js --check   fail if any snapshot differs from node
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = __dirname;
const progDir = path.join(root, "programs");
const snapDir = path.join(root, "snapshots");
const check = process.argv.includes("--check");
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

function expected(file) {
  const r = spawnSync(process.execPath, [file, "a", "b"], { cwd: progDir, env, encoding: "utf8", timeout: 20000 });
  return `exit: ${r.status}\n${r.stdout}`;
}

function snapshot(name, body) {
  return `---\nsource: tests/programs.rs\nexpression: output\n---\n${body.replace(/\n+$/, "")}\n`;
}

let bad = 0;
let count = 0;
fs.mkdirSync(snapDir, { recursive: true });
for (const f of fs.readdirSync(progDir).filter((f) => f.endsWith(".js") || f.endsWith(".mjs")).sort()) {
  const name = f.replace(/\.m?js$/, "");
  const snapPath = path.join(snapDir, `programs__${name}.snap`);
  const want = snapshot(name, expected(path.join(progDir, f)));
  count++;
  if (check) {
    const have = fs.existsSync(snapPath) ? fs.readFileSync(snapPath, "utf8") : "";
    if (have !== want) {
      console.log(`MISMATCH ${f}`);
      bad++;
    }
  } else {
    fs.writeFileSync(snapPath, want);
  }
}
console.log(`${count - bad} passed, ${bad} failed`);
process.exit(bad ? 1 : 0);
