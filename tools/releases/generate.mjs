// Generates clawlint's per-release OpenClaw data. Run through generate.sh (see README.md).
//
//   node generate.mjs --shared DIR --oc PATH/TO/oc-validate [--only 2026.7.1,2026.8.2] [--skip-verdicts]
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { writeChecks } from './checks.mjs';
import { exportSchema } from './export.mjs';
import { diffReleases } from './changes.mjs';
import { extractDoctorRules, writeDoctorRules } from './doctor-rules.mjs';
import { HERE, RELEASES_DIR, REPO, oracleDir, packageDir, readValidationCopy, run, supportedReleases, writeValidationCopy } from './lib.mjs';
import { fixDanglingRefs, normalise } from './normalise.mjs';
import { ocValidateInProcess, recordVerdicts, validate } from './verdicts.mjs';
import { relaxChannels, uncheckedChannels } from './channels.mjs';
import { listFiles } from './lib.mjs';

const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
const flag = (name) => argv.includes(`--${name}`);
const shared = opt('shared'), oc = opt('oc');
if (!shared || !oc) { console.error('usage: node generate.mjs --shared DIR --oc PATH/TO/oc-validate [--only V,V] [--skip-verdicts]'); process.exit(2); }
const only = opt('only') ? new Set(opt('only').split(',')) : null;
const releases = supportedReleases();
const t0 = Date.now();
const log = (...a) => console.log(...a);
const rel = (f) => path.relative(REPO, f);

// ---- java.util.regex check of the validation copy's patterns (skipped, with a note, without a JDK) ----------
const JAVA_CHECK = `import java.nio.file.*; import java.util.*; import java.util.regex.*;
public class RegexCheck { public static void main(String[] a) throws Exception {
  for (String line : Files.readAllLines(Path.of(a[0]))) { if (line.isEmpty()) continue;
    String p = new String(Base64.getDecoder().decode(line), "UTF-8");
    try { Pattern.compile(p); System.out.println("ok"); }
    catch (PatternSyntaxException e) { System.out.println("error " + e.getDescription().replace('\\n', ' ')); } } } }
`;
let javaAvailable = null;
function compileJava(patterns) {
  const result = new Map();
  if (javaAvailable === false || patterns.length === 0) return result;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-regex-'));
  try {
    fs.writeFileSync(path.join(dir, 'RegexCheck.java'), JAVA_CHECK);
    fs.writeFileSync(path.join(dir, 'patterns.txt'), patterns.map((p) => Buffer.from(p, 'utf8').toString('base64')).join('\n') + '\n');
    let r;
    try { r = run(process.env.JAVA || 'java', [path.join(dir, 'RegexCheck.java'), path.join(dir, 'patterns.txt')], { cwd: dir }); }
    catch { javaAvailable = false; log('  (no java on PATH: patterns checked with JavaScript rules only)'); return result; }
    if (r.status !== 0) throw new Error(`java regex check failed: ${r.stderr}`);
    javaAvailable = true;
    r.stdout.trim().split('\n').forEach((line, i) => result.set(patterns[i], line === 'ok' ? null : line.replace(/^error /, '')));
    return result;
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
}

// ---- npm publish dates ------------------------------------------------------------------------------------
function publishDates() {
  try {
    const r = run('npm', ['view', 'openclaw', 'time', '--json'], { timeout: 60000 });
    if (r.status === 0) return JSON.parse(r.stdout);
  } catch { /* offline: keep the recorded dates */ }
  return null;
}

const sha256 = (s) => createHash('sha256').update(s).digest('hex');
const indexFile = path.join(RELEASES_DIR, 'index.json');
const previous = fs.existsSync(indexFile) ? JSON.parse(fs.readFileSync(indexFile, 'utf8')) : { releases: [] };
const prevByVersion = new Map(previous.releases.map((r) => [r.version, r]));
const times = publishDates();

const probesFile = path.join(HERE, 'probes', 'verdicts.json');
const probes = fs.existsSync(probesFile) ? JSON.parse(fs.readFileSync(probesFile, 'utf8')) : {};
const entries = [];
for (const r of releases) {
  if (only && !only.has(r.version)) { if (prevByVersion.has(r.version)) entries.push(prevByVersion.get(r.version)); continue; }
  const t = Date.now();
  log(`== ${r.version} (${r.month})`);
  // 1. install
  if (!fs.existsSync(path.join(packageDir(r.version), 'package.json'))) {
    log(`  installing openclaw@${r.version} into ${oracleDir(r.version)} (oc-validate --install)`);
    const i = run(oc, ['--install'], { env: { ...process.env, OC_VERSION: r.version, OC_ORACLE_DIR: oracleDir(r.version) }, stdio: 'inherit' });
    if (i.status !== 0) throw new Error(`install of ${r.version} failed`);
  }
  const installed = JSON.parse(fs.readFileSync(path.join(packageDir(r.version), 'package.json'), 'utf8')).version;
  if (installed !== r.version) throw new Error(`${oracleDir(r.version)} holds openclaw@${installed}, not ${r.version}`);

  // 2. export
  const exp = exportSchema(r.version);
  log(`  schema: ${exp.method} (${exp.detail}), ${exp.text.length} bytes`);
  const outDir = path.join(RELEASES_DIR, r.version);
  fs.mkdirSync(outDir, { recursive: true });
  const upstream = JSON.parse(exp.text);
  const refFixes = fixDanglingRefs(upstream);
  const gz = zlib.gzipSync(Buffer.from(JSON.stringify(upstream), 'utf8'), { level: 9 });
  fs.writeFileSync(path.join(outDir, 'upstream.schema.json.gz'), gz);

  // 3. validation copy
  const { schema, notes } = normalise(exp.schema, { compileJava });
  // 3a. channel sections the release's validator does not check (tools/releases/channels.mjs)
  notes.channelsUnchecked = uncheckedChannels({ oc, version: r.version, shared, schema, engine: ocValidateInProcess(r.version) ? 'oc-validate' : 'in-process' });
  relaxChannels(schema, notes.channelsUnchecked);
  const validation = writeValidationCopy(r.version, schema);
  log(`  ${rel(path.join(RELEASES_DIR, validation))}: ${notes.danglingRefs.length} dangling refs, ${notes.requiredWithDefault.length} required-with-default, ` +
    `${notes.regexRewritten.length} regexes rewritten, ${notes.regexDropped.length} dropped, ${notes.formatsDropped.length} non-standard formats dropped, ` +
    `${notes.channelsUnchecked.length} channels unchecked by the validator${notes.channelsUnchecked.length ? ` (${notes.channelsUnchecked.join(', ')})` : ''}`);

  // 3b. what the release's `openclaw doctor` says about legacy keys (tools/releases/doctor-rules.mjs)
  const doctor = writeDoctorRules(r.version, extractDoctorRules(r.version));
  log(`  ${rel(doctor.file)}: ${doctor.rules} doctor rules, ${doctor.moves} one-to-one moves`);

  // 3c. OpenClaw's checks beyond its schema, read from the release's dist/ (checks.mjs)
  const checks = writeChecks(r.version);
  log(`  checks.json: web_search legacy ${checks.webSearch.legacy ? 'yes' : 'no'}, provider check ${checks.webSearch.provider ? 'yes' : 'no'}, ` +
    `mcp legacy keys ${checks.mcpServers ? checks.mcpServers.keys.length : 0}, roster checks ${checks.agentRoster ? 'yes' : 'no'}`);

  // 4. verdicts, and the probes that verify the normalisation steps (tools/releases/probes)
  let verdictInfo = prevByVersion.get(r.version)?.verdicts ?? {};
  if (!flag('skip-verdicts')) {
    const v = recordVerdicts({ oc, version: r.version, shared, log, sample: Number(opt('sample') ?? 12) });
    const probeDir = path.join(HERE, 'probes');
    const probeFiles = listFiles(probeDir, '.', (n) => /\.json5?$/.test(n)).map((f) => f.replace(/^\.\//, ''));
    probes[r.version] = validate(oc, r.version, probeDir, probeFiles, shared, v.engine).map((p) => ({ ...p, file: `tools/releases/probes/${p.file}` }));
    verdictInfo = { engine: v.engine === 'oc-validate' ? 'oc-validate (in one process)' : 'tools/releases/inproc-validate.mjs (the release\'s runConfigValidate in one process)',
      // --sample 0 skips the (slow) check against oc-validate's CLI and keeps the one recorded before
      ...(v.sample ? { checkedAgainstOcValidate: { files: v.sample.files.length, agree: v.sample.agree, disagree: v.sample.disagree.map((d) => d.file) } }
        : verdictInfo.checkedAgainstOcValidate ? { checkedAgainstOcValidate: verdictInfo.checkedAgainstOcValidate } : {}) };
  }

  entries.push({
    version: r.version,
    month: r.month,
    published: times?.[r.version] ?? prevByVersion.get(r.version)?.published ?? null,
    reason: r.reason,
    schema: {
      method: exp.method,
      detail: exp.detail,
      rawSha256: sha256(exp.text),
      rawBytes: Buffer.byteLength(exp.text),
      validation,
      upstream: `${r.version}/upstream.schema.json.gz`,
    },
    verdicts: { main: `openclaw-${r.version}.jsonl`, fixtures: `fixtures-${r.version}.jsonl`,
      engine: verdictInfo.engine ?? null, ...(verdictInfo.checkedAgainstOcValidate ? { checkedAgainstOcValidate: verdictInfo.checkedAgainstOcValidate } : {}) },
    normalisation: {
      annotationsDropped: notes.annotationsDropped,
      danglingRefs: notes.danglingRefs,
      requiredWithDefault: notes.requiredWithDefault,
      regexRewritten: notes.regexRewritten,
      regexDropped: notes.regexDropped,
      formatsDropped: notes.formatsDropped,
      channelsUnchecked: notes.channelsUnchecked,
      regexCheckedWithJava: javaAvailable === true,
    },
  });
  if (refFixes.length !== notes.danglingRefs.length) throw new Error('dangling ref fixes differ between the copies');
  log(`  ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

fs.writeFileSync(probesFile, JSON.stringify(Object.fromEntries(releases.filter((r) => probes[r.version]).map((r) => [r.version, probes[r.version]])), null, 1) + '\n');

// ---- index, changes, NOTICE ---------------------------------------------------------------------------------
const index = {
  comment: 'Supported OpenClaw releases, oldest first. Generated by tools/releases/generate.sh; do not edit.',
  generatedBy: 'tools/releases/generate.sh',
  releases: entries,
};
fs.writeFileSync(indexFile, JSON.stringify(index, null, 2) + '\n');
log(`${rel(indexFile)}: ${entries.length} releases`);
// the plain list the Java side reads without a JSON library (dev.clawlint.core.knowledge.TargetVersion)
fs.writeFileSync(path.join(RELEASES_DIR, 'supported.txt'), ['# Supported OpenClaw releases, oldest first; one per release line (YEAR.MONTH).',
  '# Generated by tools/releases/generate.sh from releases.json; do not edit.', ...entries.map((e) => e.version)].join('\n') + '\n');

const changes = diffReleases(entries.map((e) => ({
  version: e.version,
  schema: readValidationCopy(e.version),
  changelog: fs.existsSync(path.join(packageDir(e.version), 'CHANGELOG.md')) ? fs.readFileSync(path.join(packageDir(e.version), 'CHANGELOG.md'), 'utf8') : null,
})));
fs.writeFileSync(path.join(RELEASES_DIR, 'changes.json'), JSON.stringify(changes, null, 1) + '\n');
log(`${rel(path.join(RELEASES_DIR, 'changes.json'))}: ${changes.changes.map((c) => `${c.from}→${c.to} +${c.added.length}/-${c.removed.length}`).join(', ')}`);

// NOTICE: OpenClaw's license text from the newest supported release's package (all are MIT; checked below)
const newest = entries[entries.length - 1].version;
const licenses = entries.map((e) => ({ v: e.version, text: fs.readFileSync(path.join(packageDir(e.version), 'LICENSE'), 'utf8'), pkg: JSON.parse(fs.readFileSync(path.join(packageDir(e.version), 'package.json'), 'utf8')).license }));
const notMit = licenses.filter((l) => l.pkg !== 'MIT');
if (notMit.length) throw new Error(`not MIT-licensed: ${notMit.map((l) => l.v).join(', ')}`);
const distinctLicenses = [...new Set(licenses.map((l) => l.text.trim()))];
const notice = [
  'The files in this folder (except index.json and changes.json, which clawlint generates) are derived from',
  'OpenClaw (https://github.com/openclaw/openclaw), as published on npm (package "openclaw"), releases',
  entries.map((e) => e.version).join(', ') + ':',
  'JSON Schema exports (`openclaw config schema`, or derived from the release\'s own zod schema) and, in',
  'src-test-fixtures, OpenClaw\'s recorded validation verdicts. OpenClaw is distributed under the MIT License:',
  '',
  ...distinctLicenses.flatMap((t, i) => [i ? `--- (license text of another release)` : `--- LICENSE of openclaw@${newest} (the same in ${licenses.filter((l) => l.text.trim() === t).map((l) => l.v).join(', ')})`, '', t, '']),
].join('\n');
fs.writeFileSync(path.join(RELEASES_DIR, 'NOTICE'), notice.trimEnd() + '\n');

log(`generate: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
