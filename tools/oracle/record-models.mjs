// Records OpenClaw's own model resolution (tools/oc-models: `openclaw models status --json` and
// `openclaw models list --json`, once without --agent and once per agent id) for every test input that the
// release accepts. Run through record-models.sh. Node >= 18; parses JSON5 with the json5 package that the
// OpenClaw install itself ships (no dependency of ours).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { listFiles } from '../releases/lib.mjs';

const BASE_VERSION = '2026.9.6';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const { repo, shared } = args;
const ocModels = args['oc-models'], ocValidate = args['oc-validate'];
if (!repo || !shared || !ocModels || !ocValidate) {
  console.error('usage: node record-models.mjs --repo DIR --shared DIR --oc-models PATH --oc-validate PATH');
  process.exit(2);
}
const version = process.env.OC_VERSION || BASE_VERSION;
const oracleDir = process.env.OC_ORACLE_DIR || (version === BASE_VERSION ? '/tmp/oc-oracle' : `/tmp/oc-oracle-${version}`);
const pkgFile = path.join(oracleDir, 'node_modules', 'openclaw', 'package.json');
if (!fs.existsSync(pkgFile)) {
  console.error(`record-models: OpenClaw ${version} is not installed in ${oracleDir}; run: OC_VERSION=${version} ${ocValidate} --install`);
  process.exit(2);
}
const installed = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).version;
if (installed !== version) {
  console.error(`record-models: ${oracleDir} has openclaw@${installed}, expected ${version}`);
  process.exit(2);
}
const JSON5 = createRequire(pkgFile)('json5');

// Some releases (2026.4.x) install their bundled provider plugins' runtime dependencies (npm) into the state
// folder on the first start, which fails offline ("npm error code ENOTCACHED"), so the CLI prints no JSON. The
// release's own npm install already holds those packages: a stage folder (OPENCLAW_PLUGIN_STAGE_DIR, passed
// through oc-models' OC_VALIDATE_PASS_ENV) whose node_modules is that install lets the release find them there.
const childEnv = { ...process.env, OC_VERSION: version };
{
  const pkgRoot = path.dirname(pkgFile);
  const stagesDeps = fs.readdirSync(path.join(pkgRoot, 'dist')).some((n) => /^bundled-runtime-root-.*\.js$/.test(n));
  if (stagesDeps && !process.env.OPENCLAW_PLUGIN_STAGE_DIR) {
    const stage = `/tmp/clawlint-oc-stage-${version}`;
    const key = `openclaw-${version}-${crypto.createHash('sha256').update(path.resolve(pkgRoot)).digest('hex').slice(0, 12)}`;
    fs.mkdirSync(path.join(stage, key), { recursive: true });
    const link = path.join(stage, key, 'node_modules');
    if (!fs.existsSync(link)) fs.symlinkSync(path.join(oracleDir, 'node_modules'), link);
    childEnv.OPENCLAW_PLUGIN_STAGE_DIR = stage;
    childEnv.OC_VALIDATE_PASS_ENV = [process.env.OC_VALIDATE_PASS_ENV, 'OPENCLAW_PLUGIN_STAGE_DIR'].filter(Boolean).join(' ');
    console.error(`record-models: ${version} stages plugin runtime dependencies; using its own install through ${stage}`);
  }
}

const outDir = path.join(repo, 'src-test-fixtures/src/main/resources/dev/clawlint/fixtures/oracle');
const fixedTsv = path.join(repo, 'src-test-fixtures/data/oracle/fixed-snippets.tsv');
const goldenFix = 'src-test-fixtures/golden/fix';
const cacheFile = process.env.OC_MODELS_CACHE || `/tmp/clawlint-models-cache-${version}.jsonl`;

// ---- inputs: {file (as recorded), base (folder it is relative to)}, the files this release accepts ----
const inputs = [];
const probesDir = 'src-test-fixtures/data/oracle/models-probes';
const recordedVerdicts = (name) => fs.readFileSync(path.join(outDir, name), 'utf8').split('\n')
  .filter((l) => l.trim()).map((l) => JSON.parse(l));
// 1. what the release's recorded verdicts (fixtures/oracle/openclaw-<version>.jsonl) say it accepts
//    (corpus/real, seed/examples: shared; examples/: repo)
for (const v of recordedVerdicts(`openclaw-${version}.jsonl`)) {
  if (v.valid) inputs.push({ file: v.file, base: v.file.startsWith('examples/') ? repo : shared });
}
// 2. fixture configs: for the base release asked now (they change more often); for another release its
//    recorded verdicts (fixtures-<version>.jsonl, written by tools/releases/generate.sh)
const fixtures = listFiles(repo, 'src-test-fixtures/fixtures', (n) => /\.json5?$/.test(n));
const probes = listFiles(repo, probesDir, (n) => /\.json5?$/.test(n));
// 3. the fixed guide snippets: the golden output of `clawlint fix` (tools/oracle/fixed-snippets.sh keeps
//    them equal to what the CLI writes), those the recorded 2026.9.6 verdict says are accepted (asked again of
//    another release)
const fixed = [];
for (const line of fs.readFileSync(fixedTsv, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [name, verdict] = line.split('\t');
  if (verdict === 'ok') fixed.push(`${goldenFix}/${name}`);
}
// the model-resolution probes (data/oracle/models-probes/: small configs written to pin one behaviour each),
// and whatever has no recorded verdict for this release, are asked of the release's validator now
const only = process.env.OC_MODELS_ONLY ? new RegExp(process.env.OC_MODELS_ONLY) : null;
const askNow = (version === BASE_VERSION ? [...fixtures, ...probes] : [...probes, ...fixed]).filter((f) => !only || only.test(f));
{
  const env = { ...childEnv };
  const r = spawnSync(ocValidate, ['--json', ...askNow], { cwd: repo, env, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0 && r.status !== 1) { console.error(r.stderr); throw new Error(`oc-validate exit ${r.status}`); }
  const ok = new Set(r.stdout.split('\n').filter((l) => l.trim()).map(JSON.parse).filter((o) => o.valid).map((o) => o.file));
  const accepted = version === BASE_VERSION ? [...askNow, ...fixed].filter((f) => ok.has(f) || fixed.includes(f))
    : [...askNow.filter((f) => ok.has(f)),
      ...recordedVerdicts(`fixtures-${version}.jsonl`).filter((v) => v.valid && fixtures.includes(v.file)).map((v) => v.file)];
  for (const f of accepted) inputs.push({ file: f, base: repo });
  for (const f of probes) if (!ok.has(f)) console.error(`record-models: probe ${f} is not accepted by ${version}`);
  console.error(`record-models: ${ok.size} of ${askNow.length} configs asked now accepted by ${version}`);
}

// ---- agent ids of a file: agents.entries keys, legacy agents.list[].id (following $include naively) ----
function loadTree(abs, depth = 0) {
  let text = fs.readFileSync(abs, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return resolveIncludes(JSON5.parse(text), path.dirname(abs), depth);
}
function deepMerge(a, b) {
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? deepMerge(out[k], v) : v;
    return out;
  }
  return b;
}
function resolveIncludes(node, dir, depth) {
  if (Array.isArray(node)) return node.map((n) => resolveIncludes(n, dir, depth));
  if (!node || typeof node !== 'object') return node;
  let base = {};
  const rest = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$include' && depth < 8) {
      for (const p of Array.isArray(v) ? v : [v]) {
        try { base = deepMerge(base, loadTree(path.resolve(dir, String(p)), depth + 1)); } catch { /* the validator decides */ }
      }
    } else rest[k] = resolveIncludes(v, dir, depth);
  }
  return deepMerge(base, rest);
}
function agentIds(abs) {
  const t = loadTree(abs);
  const ids = new Set();
  const a = t && t.agents;
  if (a && a.entries && typeof a.entries === 'object') for (const k of Object.keys(a.entries)) ids.add(k);
  if (a && Array.isArray(a.list)) for (const e of a.list) if (e && typeof e.id === 'string') ids.add(e.id);
  return [...ids].sort();
}

// ---- ${VAR} references of a file: OpenClaw's models status resolves them as secrets and refuses to answer
// ("failed to resolve secrets") when the isolated environment lacks them, so each is passed with a placeholder,
// recorded with the answer ("env"), for the agreement test to resolve the file with the same values ----
const PLACEHOLDER = 'clawlint-placeholder';
function envRefs(abs) {
  const names = new Set();
  for (const m of JSON.stringify(loadTree(abs)).matchAll(/\$\{([A-Z_][A-Z0-9_]*)\}/g)) names.add(m[1]);
  return Object.fromEntries([...names].sort().map((n) => [n, PLACEHOLDER]));
}

// ---- normalisation: no temp paths, nothing that changes from run to run ----
const TMP_RE = /(?:\/[^/"\s]+)*\/oc-models\.[A-Za-z0-9]+/g; // oc-models' mktemp folder, wherever TMPDIR is
function scrub(v) {
  if (typeof v === 'string') return v.replace(TMP_RE, '<tmp>').split(shared + '/').join('').split(repo + '/').join('');
  if (Array.isArray(v)) return v.map(scrub);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      // wall-clock values: there are no auth profiles in the isolated state, but keep the file stable anyway
      if (/^(generatedAt|updatedAt|checkedAt|fetchedAt|now|timestamp)$/.test(k)) { out[k] = '<time>'; continue; }
      out[k] = scrub(x);
    }
    return out;
  }
  return v;
}

const out = path.join(outDir, `models-${version}.jsonl`);
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function render(recs) {
  const sorted = [...recs].sort((a, b) => cmp(a.file, b.file) || (a.agent === null ? -1 : b.agent === null ? 1 : cmp(a.agent, b.agent)));
  return sorted.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

// ---- run (one oracle process at a time), with a resumable cache keyed by content ----
const cache = new Map();
if (fs.existsSync(cacheFile)) {
  for (const l of fs.readFileSync(cacheFile, 'utf8').split('\n')) if (l.trim()) { const o = JSON.parse(l); cache.set(o.key, o.rec); }
}
// OC_MODELS_ONLY=<regex>: only the inputs whose file matches. For another release, to compare it quickly (e.g. the
// probes); for the base release, to re-record some files: every other file keeps its committed records.
const kept = [];
if (process.env.OC_MODELS_ONLY) {
  const only = new RegExp(process.env.OC_MODELS_ONLY);
  for (let i = inputs.length - 1; i >= 0; i--) if (!only.test(inputs[i].file)) inputs.splice(i, 1);
  const committed = path.join(outDir, `models-${version}.jsonl`);
  if (version === BASE_VERSION && fs.existsSync(committed)) {
    kept.push(...recordedVerdicts(`models-${version}.jsonl`).filter((r) => !only.test(r.file)));
  }
}
// most telling first (probes, then real configs), so an interrupted run has recorded those
const rank = (f) => (f.startsWith(probesDir) ? 0 : f.startsWith('src-test-fixtures/fixtures/') ? 2 : 1);
inputs.sort((a, b) => rank(a.file) - rank(b.file));
const records = [...kept];
const started = Date.now();
let calls = 0, agentsTotal = 0;
for (const { file, base } of inputs) {
  const abs = path.join(base, file);
  let ids = [];
  try { ids = agentIds(abs); } catch (e) { console.error(`record-models: ${file}: cannot read agents (${e.message})`); }
  agentsTotal += ids.length;
  const hash = crypto.createHash('sha256').update(fs.readFileSync(abs)).digest('hex').slice(0, 16);
  let env = {};
  try { env = envRefs(abs); } catch { /* unreadable: asked without */ }
  const envNames = Object.keys(env);
  const runEnv = { ...childEnv, ...env,
    OC_VALIDATE_PASS_ENV: [childEnv.OC_VALIDATE_PASS_ENV, ...envNames].filter(Boolean).join(' ') };
  for (const agent of [null, ...ids]) {
    const key = `${version}\t${file}\t${agent ?? ''}\t${hash}${envNames.length ? `\t${envNames.join(',')}` : ''}`;
    let rec = cache.get(key);
    if (!rec) {
      const t0 = Date.now();
      const r = spawnSync(ocModels, [...(agent ? ['--agent', agent] : []), file],
        { cwd: base, env: runEnv, encoding: 'utf8', maxBuffer: 256 << 20 });
      if (r.status !== 0) { console.error(r.stderr); throw new Error(`oc-models failed on ${file} (${agent}): exit ${r.status}`); }
      rec = scrub(JSON.parse(r.stdout.trim().split('\n').pop()));
      rec = { file, agent, ...(envNames.length ? { env } : {}), status: rec.status, list: rec.list };
      fs.appendFileSync(cacheFile, JSON.stringify({ key, rec }) + '\n');
      cache.set(key, rec);
      calls++;
      console.error(`record-models: ${file}${agent ? ` --agent ${agent}` : ''} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
    records.push(rec);
    fs.writeFileSync(out, render(records)); // an interrupted run leaves what it has
  }
}
const text = render(records);
if (version === BASE_VERSION) {
  fs.writeFileSync(out, text);
  console.error(`record-models: wrote ${path.relative(repo, out)}`);
} else {
  // another release: kept only when it answers differently from the base release for some file
  const basePath = path.join(outDir, `models-${BASE_VERSION}.jsonl`);
  const baseRecs = new Map(fs.readFileSync(basePath, 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => { const o = JSON.parse(l); return [`${o.file}\t${o.agent}`, l]; }));
  // configPath/agentDir/storePath name the file's folder only; compare the answers
  const differ = records.filter((r) => baseRecs.get(`${r.file}\t${r.agent}`) !== JSON.stringify(r));
  if (process.env.OC_MODELS_ONLY) {
    for (const r of differ) console.error(`record-models: ${version} differs from ${BASE_VERSION}: ${r.file}${r.agent ? ` --agent ${r.agent}` : ''}`);
    if (differ.length) { fs.writeFileSync(out, text); console.error(`record-models: wrote ${path.relative(repo, out)} (only ${process.env.OC_MODELS_ONLY})`); }
    else console.error(`record-models: ${version} answers as ${BASE_VERSION} for every selected input; nothing written`);
    console.error(`record-models: ${inputs.length} files, ${records.length} records, ${calls} oc-models calls in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    process.exit(0);
  }
  for (const r of differ) console.error(`record-models: ${version} differs from ${BASE_VERSION}: ${r.file}${r.agent ? ` --agent ${r.agent}` : ''}`);
  if (differ.length) { fs.writeFileSync(out, text); console.error(`record-models: wrote ${path.relative(repo, out)}`); }
  else { if (fs.existsSync(out)) fs.rmSync(out); console.error(`record-models: ${version} answers as ${BASE_VERSION} for every input; nothing written`); }
}
console.error(`record-models: ${inputs.length} files, ${agentsTotal} agent ids, ${records.length} records, ` +
  `${calls} oc-models calls in ${((Date.now() - started) / 1000).toFixed(0)} s`);
