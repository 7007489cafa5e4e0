// Records one release's verdicts with the shared oc-validate (OpenClaw's own validator).
import fs from 'node:fs';
import path from 'node:path';
import { HERE, ORACLE_OUT, REPO, inputs, oracleDir, packageDir, readJsonl, run, writeJsonl } from './lib.mjs';
import { runIsolated } from './export.mjs';

/** Removes machine paths (the folders oc-validate ran in, the shared folder, the repository) from a message. */
function scrubber(...bases) {
  return (s) => {
    let out = String(s);
    // the release's CLI sees a copy of the file's folder in a temp dir: <tmp>/occli-XXXXXX/cfg/
    out = out.replace(/(?:\/[^\s"'()]*)?\/occli-[A-Za-z0-9]+\/cfg\//g, '');
    // the temp HOME the release ran with (oc-validate: <tmp>/oc-validate.X/home or its CLI mode's
    // <tmp>/oc-validate.X/tmp/occli-X; inproc-validate: <tmp>/clawlint-rel-X): "~/" as OpenClaw's input said
    out = out.replace(/(?:\/[^\s"'()]*)?\/oc-validate\.[A-Za-z0-9]+\/(?:home|tmp\/occli-[A-Za-z0-9]+)\//g, '~/');
    out = out.replace(/(?:\/[^\s"'()]*)?\/clawlint-rel-[A-Za-z0-9]+\//g, '~/');
    // npm's pointer to its debug log (a time-stamped temp file)
    out = out.replace(/\s*npm error A complete log of this run can be found in: \S+/g, '');
    for (const b of bases) out = out.split(b + path.sep).join('');
    return out;
  };
}

/**
 * Does oc-validate validate this release in one process (its in-process runner: 2026.9.x)? Otherwise it runs the
 * release's CLI once a file, and inproc-validate.mjs is used instead (checked against oc-validate on a sample).
 */
export function ocValidateInProcess(version) {
  const dist = path.join(packageDir(version), 'dist');
  if (!fs.existsSync(path.join(dist, 'config', 'config.js'))) return false;
  return fs.readdirSync(dist).some((f) => f.startsWith('config-cli-validation-') && f.endsWith('.mjs') &&
    fs.readFileSync(path.join(dist, f), 'utf8').includes('finishConfigValidationForCli'));
}

/** Verdicts for files (relative to cwd) → records in input order; `engine`: 'oc-validate' or 'in-process'. */
export function validate(oc, version, cwd, files, shared, engine = 'oc-validate') {
  if (files.length === 0) return [];
  let r;
  if (engine === 'oc-validate') {
    const env = { ...process.env, OC_VERSION: version, OC_ORACLE_DIR: oracleDir(version) };
    r = run(oc, ['--json', ...files], { cwd, env });
  } else {
    const abs = files.map((f) => path.resolve(cwd, f));
    r = runIsolated(version, [path.join(HERE, 'inproc-validate.mjs'), packageDir(version), ...abs], { timeout: 3600000 });
    if (r.status === 0) {
      // back to the names as given
      r.stdout = r.stdout.split('\n').map((l) => {
        if (!l.startsWith('{')) return l;
        const o = JSON.parse(l);
        o.file = files[abs.indexOf(o.file)];
        return JSON.stringify(o);
      }).join('\n');
    }
  }
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(r.stderr || '');
    throw new Error(`${engine} (${version}) failed with exit status ${r.status}`);
  }
  const byFile = new Map();
  for (const line of r.stdout.split('\n')) {
    if (!line.trim().startsWith('{')) continue;
    const o = JSON.parse(line);
    byFile.set(o.file, o);
  }
  const scrub = scrubber(cwd, shared, REPO);
  const pm = (i) => ({ path: i.path, message: scrub(i.message) });
  return files.map((f) => {
    const o = byFile.get(f);
    if (!o) throw new Error(`${engine} (${version}) printed no verdict for ${f}`);
    if (o.valid === null || o.valid === undefined) {
      return { file: f, valid: null, unknown: o.unknown || 'no verdict', issues: (o.issues || []).map(pm), warnings: [] };
    }
    return { file: f, valid: o.valid === true, issues: (o.issues || []).map(pm), warnings: (o.warnings || []).map(pm) };
  });
}

/** Validates a list of {file, base} entries, grouped by base (consecutive runs keep the order). */
function validateEntries(oc, version, entries, shared, engine) {
  const out = [];
  let i = 0;
  while (i < entries.length) {
    const base = entries[i].base;
    const group = [];
    while (i < entries.length && entries[i].base === base) group.push(entries[i++].file);
    out.push(...validate(oc, version, base, group, shared, engine));
  }
  return out;
}

const summary = (rs) => {
  const n = (p) => rs.filter(p).length;
  return `${rs.length} files, ${n((r) => r.valid === true)} accepted, ${n((r) => r.valid === false)} rejected, ${n((r) => r.valid === null)} unknown`;
};

// oc-validate's CLI mode names the temp copy of the folder in include messages, inproc-validate the original
const pathless = (issues) => issues.map((i) => ({ path: i.path, message: i.message.replace(/\((resolved|root): [^)]*\)/g, '($1: …)') }));
const same = (x, y) => (x.valid === null && y.valid === null) ||
  JSON.stringify({ v: x.valid, i: pathless(x.issues), w: pathless(x.warnings) }) === JSON.stringify({ v: y.valid, i: pathless(y.issues), w: pathless(y.warnings) });

/**
 * Writes openclaw-<version>.jsonl and fixtures-<version>.jsonl (an unchanged file is not rewritten). For a release
 * oc-validate runs one CLI process a file, the verdicts come from inproc-validate.mjs, and `sample` files (spread
 * over the inputs) also go through oc-validate: returns {engine, sample: {files, agree, disagree: [...]}}.
 */
export function recordVerdicts({ oc, version, shared, log = console.log, sample = 12 }) {
  const { main, fixtures } = inputs(shared);
  const engine = ocValidateInProcess(version) ? 'oc-validate' : 'in-process';
  const result = { engine };
  const all = [];
  for (const [name, entries] of [[`openclaw-${version}.jsonl`, main], [`fixtures-${version}.jsonl`, fixtures]]) {
    const t0 = Date.now();
    const records = validateEntries(oc, version, entries, shared, engine);
    entries.forEach((e, i) => all.push({ entry: e, record: records[i] }));
    const file = path.join(ORACLE_OUT, name);
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
    if (before !== text) writeJsonl(file, records);
    log(`  ${path.relative(REPO, file)}: ${summary(records)} (${engine}, ${((Date.now() - t0) / 1000).toFixed(0)} s${before === text ? ', unchanged' : ''})`);
  }
  if (engine === 'in-process' && sample > 0) {
    // a spread sample, half accepted and half rejected where possible
    const pick = (list, n) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
    const acc = all.filter((x) => x.record.valid === true), rej = all.filter((x) => x.record.valid !== true);
    const chosen = [...pick(acc, Math.ceil(sample / 2)), ...pick(rej, Math.floor(sample / 2))];
    const t0 = Date.now();
    const disagree = [];
    for (const x of chosen) {
      const [cli] = validate(oc, version, x.entry.base, [x.entry.file], shared, 'oc-validate');
      if (!same(cli, x.record)) disagree.push({ file: x.entry.file, ocValidate: cli, inProcess: x.record });
    }
    result.sample = { files: chosen.map((x) => x.entry.file), agree: chosen.length - disagree.length, disagree };
    log(`  checked against oc-validate (one CLI process a file) on ${chosen.length} files: ${chosen.length - disagree.length} agree (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    for (const d of disagree) log(`    DISAGREE ${d.file}: oc-validate ${JSON.stringify(d.ocValidate)} / in-process ${JSON.stringify(d.inProcess)}`);
  }
  return result;
}

export { readJsonl };
