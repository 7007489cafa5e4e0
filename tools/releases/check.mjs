// Data-level check: every recorded input, validated with Ajv against each release's validation copy, compared
// with OpenClaw's recorded verdict. Prints a table; writes the OpenClaw checks beyond the schema to
// src-test-fixtures/.../oracle/beyond-schema.json. Run by generate.sh; alone: node check.mjs --shared DIR
//
//  (a) files OpenClaw rejects that the schema accepts
//  (b) OpenClaw issues with no Ajv error at the same path (for a missing key: a `required` error on the parent)
//  (c) files OpenClaw accepts that the schema rejects
// Also, per release, (c) for the copy without the "default ⇒ not required" step, and the probes
// (tools/releases/probes, recorded by generate.mjs in probes/verdicts.json).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import JSON5 from 'json5';
import { HERE, ORACLE_OUT, RELEASES_DIR, REPO, readJsonl, readValidationCopy } from './lib.mjs';
import { normalise } from './normalise.mjs';

const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
const shared = path.resolve(opt('shared') || path.join(REPO, '..', 'shared'));
const verbose = argv.includes('--verbose');
const index = JSON.parse(fs.readFileSync(path.join(RELEASES_DIR, 'index.json'), 'utf8'));
const probeVerdicts = fs.existsSync(path.join(HERE, 'probes', 'verdicts.json'))
  ? JSON.parse(fs.readFileSync(path.join(HERE, 'probes', 'verdicts.json'), 'utf8')) : {};

function compile(schema) {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Ajv instancePath (`/a/b/0`) → OpenClaw's dotted path (`a.b.0`, `<root>`). */
const dotted = (p) => (p ? p.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.') : '<root>');
const parentOf = (p) => (p === '<root>' || !p.includes('.') ? '<root>' : p.slice(0, p.lastIndexOf('.')));
const lastOf = (p) => p.split('.').pop();
const isMissing = (m) => /received undefined|required|missing/i.test(m);

/** Does OpenClaw's issue have a matching Ajv error? */
function matched(issue, errors) {
  const here = errors.some((e) => dotted(e.instancePath) === issue.path);
  if (here) return true;
  if (isMissing(issue.message)) {
    const parent = parentOf(issue.path);
    // a `required` error naming the key, or any error on the parent object (e.g. a failed anyOf branch)
    return errors.some((e) => dotted(e.instancePath) === parent && (e.keyword !== 'required' || e.params.missingProperty === lastOf(issue.path)));
  }
  return false;
}

const cache = new Map();
function load(file) {
  const abs = /^(corpus|seed)\//.test(file) ? path.join(shared, file) : path.join(REPO, file);
  if (cache.has(abs)) return cache.get(abs);
  let v;
  try {
    const text = fs.readFileSync(abs, 'utf8');
    const data = JSON5.parse(text);
    v = { data, include: /"?\$include"?\s*:/.test(text) };
  } catch (e) { v = { error: e.message.split('\n')[0] }; }
  cache.set(abs, v);
  return v;
}

const short = (errs) => errs.slice(0, 3).map((e) => `${dotted(e.instancePath)} ${e.message}${e.params?.additionalProperty ? ` "${e.params.additionalProperty}"` : ''}${e.params?.missingProperty ? ` "${e.params.missingProperty}"` : ''}`).join('; ') + (errs.length > 3 ? `; +${errs.length - 3}` : '');

const beyond = {};
const rows = [];
const details = [];
for (const rel of index.releases) {
  const v = rel.version;
  const schema = readValidationCopy(v);
  const validate = compile(schema);
  const upstream = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(RELEASES_DIR, rel.schema.upstream))).toString('utf8'));
  const validateKeepRequired = compile(normalise(upstream, { keepRequiredWithDefault: true }).schema);
  const records = [...readJsonl(path.join(ORACLE_OUT, rel.verdicts.main)), ...readJsonl(path.join(ORACLE_OUT, rel.verdicts.fixtures))];
  const counts = { files: 0, skipped: 0, unknown: 0, a: 0, issues: 0, b: 0, c: 0, cKeepRequired: 0 };
  const listA = [], listC = [], bucket = new Map();
  for (const r of records) {
    if (r.valid === null) { counts.unknown++; continue; }
    const f = load(r.file);
    if (f.error) { counts.skipped++; continue; }
    counts.files++;
    const ok = validate(f.data);
    const errors = ok ? [] : validate.errors.slice();
    if (r.valid && !validateKeepRequired(f.data)) counts.cKeepRequired++;
    if (!r.valid && ok) { counts.a++; listA.push({ file: r.file, why: r.issues.map((i) => `${i.path}: ${i.message}`).join('; ') }); }
    if (r.valid && !ok) {
      counts.c++;
      // why OpenClaw accepts: it resolves $include before validating, and migrates legacy shapes (with a warning)
      const because = [f.include ? '$include resolved before validation' : '', r.warnings.length ? `OpenClaw warns: ${r.warnings.map((w) => `${w.path}: ${w.message}`).join('; ')}` : ''].filter(Boolean).join('; ');
      listC.push({ file: r.file, why: short(errors), because });
    }
    if (!r.valid) {
      for (const issue of r.issues) {
        counts.issues++;
        if (matched(issue, errors)) continue;
        counts.b++;
        const key = `${issue.path}\u0000${issue.message}`;
        if (!bucket.has(key)) bucket.set(key, { message: issue.message, path: issue.path, files: [] });
        bucket.get(key).files.push(r.file);
      }
    }
  }
  // the probes: each states what it verifies; the schema must agree with OpenClaw on every one
  const probes = (probeVerdicts[v] || []).map((p) => {
    const f = load(p.file);
    if (f.error) return { file: p.file, agree: null };
    const ok = validate(f.data);
    return { file: p.file, openclaw: p.valid, schema: ok, agree: p.valid === null ? null : ok === p.valid, why: ok ? '' : short(validate.errors) };
  });
  counts.probes = `${probes.filter((p) => p.agree).length}/${probes.filter((p) => p.agree !== null).length}`;
  beyond[v] = [...bucket.values()].sort((x, y) => x.message.localeCompare(y.message) || x.path.localeCompare(y.path));
  rows.push({ v, ...counts });
  details.push({ v, listA, listC, probes });
}

fs.writeFileSync(path.join(ORACLE_OUT, 'beyond-schema.json'), JSON.stringify(beyond, null, 1) + '\n');

const pad = (s, n) => String(s).padStart(n);
console.log('\nrelease     files skip unkn |  (a) | issues   (b) |  (c) | (c) w/o default⇒optional | probes');
for (const r of rows) {
  console.log(`${r.v.padEnd(11)} ${pad(r.files, 5)} ${pad(r.skipped, 4)} ${pad(r.unknown, 4)} | ${pad(r.a, 4)} | ${pad(r.issues, 6)} ${pad(r.b, 5)} | ${pad(r.c, 4)} | ${pad(r.cKeepRequired, 24)} | ${pad(r.probes, 6)}`);
}
console.log('(a) OpenClaw rejects, schema accepts; (b) OpenClaw issues without an Ajv error at that path; (c) OpenClaw accepts, schema rejects');
for (const d of details) {
  if (d.listA.length) { console.log(`\n${d.v} (a):`); for (const x of d.listA) console.log(`  ${x.file}: ${x.why}`); }
  if (d.listC.length) { console.log(`\n${d.v} (c):`); for (const x of d.listC) console.log(`  ${x.file}: ${x.why}${x.because ? `  [${x.because.length > 300 ? x.because.slice(0, 297) + '...' : x.because}]` : ''}`); }
  const bad = d.probes.filter((p) => p.agree === false || verbose);
  if (bad.length) { console.log(`\n${d.v} probes${verbose ? '' : ' that disagree'}:`); for (const p of bad) console.log(`  ${p.file}: OpenClaw ${p.openclaw}, schema ${p.schema} ${p.why}`); }
}
console.log(`\n${path.relative(REPO, path.join(ORACLE_OUT, 'beyond-schema.json'))}: ${Object.entries(beyond).map(([v, l]) => `${v} ${l.length}`).join(', ')} distinct messages`);
