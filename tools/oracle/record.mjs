// Records OpenClaw's verdicts (tools/oc-validate --json) for the test data. Run through record.sh.
// Node >= 18, no dependencies.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFiles } from '../releases/lib.mjs';

export const OPENCLAW_VERSION = '2026.9.6';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const repo = args.repo, shared = args.shared, oc = args.oc;
if (!repo || !shared || !oc) {
  console.error('usage: node record.mjs --repo DIR --shared DIR --oc PATH/TO/oc-validate');
  process.exit(2);
}

const oracleDir = process.env.OC_ORACLE_DIR || '/tmp/oc-oracle';
const pkg = path.join(oracleDir, 'node_modules', 'openclaw', 'package.json');
if (!fs.existsSync(pkg)) {
  console.error(`record: OpenClaw is not installed in ${oracleDir}; run: ${oc} --install`);
  process.exit(2);
}
const installed = JSON.parse(fs.readFileSync(pkg, 'utf8')).version;
if (installed !== OPENCLAW_VERSION) {
  console.error(`record: ${oracleDir} has openclaw@${installed}, the recorded data is for ${OPENCLAW_VERSION}`);
  process.exit(2);
}

const fixturesOut = path.join(repo, 'src-test-fixtures/src/main/resources/dev/clawlint/fixtures/oracle');
const casesDir = path.join(repo, 'schema/src/test/resources/dev/clawlint/schema/cases');
const schemaFile = path.join(repo, 'schema/src/main/resources/dev/clawlint/schema/openclaw.schema.json');

/** Runs oc-validate --json on files (relative to cwd) and returns normalized records in input order. */
function validate(cwd, files) {
  if (files.length === 0) return [];
  const r = spawnSync(oc, ['--json', ...files], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) {
    console.error(r.stderr);
    throw new Error(`oc-validate failed with exit status ${r.status}`);
  }
  const byFile = new Map();
  for (const line of r.stdout.split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    byFile.set(o.file, o);
  }
  const scrub = (s) => s.split(cwd + path.sep).join('').split(shared + path.sep).join('').split(repo + path.sep).join('');
  const pm = (i) => ({ path: i.path, message: scrub(i.message) });
  return files.map((f) => {
    const o = byFile.get(f);
    if (!o) throw new Error(`oc-validate printed no verdict for ${f}`);
    return { file: f, valid: o.valid === true, issues: (o.issues || []).map(pm), warnings: (o.warnings || []).map(pm) };
  });
}

function writeJsonl(file, records) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const bad = records.filter((r) => !r.valid).length;
  console.log(`${path.relative(repo, file)}: ${records.length} files, ${records.length - bad} accepted, ${bad} rejected`);
}

// 1. corpus, guide snippets, repository examples -------------------------------------------------
const corpus = listFiles(shared, 'corpus/real', (n) => !/^(README|MANIFEST)/i.test(n));
const seed = listFiles(shared, 'seed/examples');
const examples = listFiles(repo, 'examples', (n) => !/^README/i.test(n));
const main = [...validate(shared, [...corpus, ...seed]), ...validate(repo, examples)];
writeJsonl(path.join(fixturesOut, `openclaw-${OPENCLAW_VERSION}.jsonl`), main);
const rejectedClean = main.filter((r) => r.file.startsWith('examples/clean/') && !r.valid);

// 2. schema snippets ----------------------------------------------------------------------------
// How a snippet found at a schema location becomes a whole config. A snippet at any other location
// fails the run: add its wrapper here.
const WRAP = {
  '/properties/models/properties/providers': (b) => ({ models: { providers: b } }),
  // a custom id (not built in): OpenClaw then also requires baseUrl and models
  '/definitions/provider': (b) => ({ models: { providers: { 'snippet-provider': b } } }),
  '/definitions/model': (b) => ({ models: { providers: { 'snippet-provider': {
    baseUrl: 'http://127.0.0.1:11434', api: 'ollama', apiKey: 'ollama-local', models: [b] } } } }),
  '/definitions/agentModel': (b) => ({ agents: { defaults: { model: b } } }),
  '/definitions/defaultsHeartbeat': (b) => ({ agents: { defaults: { heartbeat: b } } }),
};
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const found = [];
(function walk(node, ptr) {
  if (Array.isArray(node)) { node.forEach((v, i) => walk(v, `${ptr}/${i}`)); return; }
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    const p = `${ptr}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (k === 'defaultSnippets' && Array.isArray(v)) v.forEach((s, i) => found.push({ at: ptr, index: i, snippet: s }));
    else if (k !== 'enum' && k !== 'examples' && !k.startsWith('x-')) walk(v, p);
  }
})(schema, '');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-snippets-'));
try {
  const files = [];
  const meta = [];
  found.forEach((f, n) => {
    const wrap = WRAP[f.at];
    if (!wrap) throw new Error(`no wrapper for snippets at ${f.at}: add one to WRAP in ${path.relative(repo, process.argv[1])}`);
    const config = wrap(f.snippet.body);
    const name = `${String(n).padStart(2, '0')}.json`;
    fs.writeFileSync(path.join(tmp, name), JSON.stringify(config, null, 2));
    files.push(name);
    meta.push({ snippet: `${f.at}#${f.index}`, label: f.snippet.label, body: f.snippet.body, config });
  });
  const verdicts = validate(tmp, files);
  const records = verdicts.map((v, i) => ({ file: `snippet:${meta[i].snippet}`, ...meta[i], valid: v.valid, issues: v.issues, warnings: v.warnings }));
  writeJsonl(path.join(fixturesOut, `snippets-${OPENCLAW_VERSION}.jsonl`), records);
  var rejectedSnippets = records.filter((r) => !r.valid);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

// 3. the schema module's verdict cases ------------------------------------------------------------
const cases = listFiles(casesDir, '.', (n) => n.endsWith('.json')).map((f) => f.replace(/^\.\//, ''));
writeJsonl(path.join(casesDir, `openclaw-${OPENCLAW_VERSION}.jsonl`), validate(casesDir, cases));

for (const r of [...rejectedClean, ...rejectedSnippets]) {
  console.error(`NOT ACCEPTED by OpenClaw ${OPENCLAW_VERSION}: ${r.file}: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
}
process.exit(rejectedClean.length + rejectedSnippets.length > 0 ? 1 : 0);
