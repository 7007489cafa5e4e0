// Runs a release's own `openclaw config validate --json` code for many files in ONE Node process (the CLI
// costs ~3 s of CPU a file for releases before 2026.9, which oc-validate runs one process a file). Runs inside
// the release's Node (>= 22), isolated by export.mjs's runIsolated (empty env, temp HOME/state, no network):
//
//   node inproc-validate.mjs PKG_DIR FILE...      → one JSON line a file: {file, valid, issues, warnings}
//
// How: the release's dist chunk that defines runConfigValidate (src/cli/config-cli.ts) is imported through a
// copy placed beside it (dist/.clawlint-<chunk>, so its relative imports resolve) that also exports that
// function; it is then called as the CLI's action calls it, `runConfigValidate({ json: true, runtime })`, with a
// runtime that captures the JSON instead of printing it and exiting. OPENCLAW_CONFIG_PATH is set per file
// (the output's `path` is checked against it) to a copy of the file (of its folder when it has an `$include`,
// as oc-validate's CLI mode does), so that nothing the release writes back reaches the original.
// Releases without `config validate` (2026.2.x) use the release's readConfigFileSnapshot(), whose issues are
// what its "Invalid config at ..." report (oc-validate's source for them) lists.
// Files whose loading makes the release npm-install plugin dependencies (2026.4.x) are recorded as unknown, as
// oc-validate does. generate.mjs checks the verdicts against oc-validate (one CLI process a file) on a sample.
import { cpSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const out = process.stdout.write.bind(process.stdout);
for (const k of ['log', 'info', 'debug', 'trace', 'warn']) console[k] = (...a) => process.stderr.write(a.map(String).join(' ') + '\n');

const [pkg, ...files] = process.argv.slice(2);
const dist = path.join(pkg, 'dist');
process.argv = [process.argv[0], path.join(dist, '.clawlint-entry.js')];

function exportsOf(file) {
  const src = readFileSync(path.join(dist, file), 'utf8');
  const m = [...src.matchAll(/export\s*\{([^}]*)\}/g)].pop();
  const names = new Map();
  if (m) for (const part of m[1].split(',')) { const [local, alias] = part.trim().split(/\s+as\s+/); if (local) names.set(local, alias ?? local); }
  return { src, names };
}
async function importNamed(name, filter = () => true) {
  for (const f of readdirSync(dist).sort()) {
    if (!/\.m?js$/.test(f) || f.startsWith('.') || !filter(f)) continue;
    const { names } = exportsOf(f);
    if (names.has(name)) return (await import(pathToFileURL(path.join(dist, f)).href))[names.get(name)];
  }
  return undefined;
}

// 1. the release's runConfigValidate
let runConfigValidate;
const chunk = readdirSync(dist).sort().find((f) => /^config-cli-[^.]*\.m?js$/.test(f) && readFileSync(path.join(dist, f), 'utf8').includes('async function runConfigValidate('));
if (chunk) {
  const { src, names } = exportsOf(chunk);
  if (names.has('runConfigValidate')) runConfigValidate = (await import(pathToFileURL(path.join(dist, chunk)).href))[names.get('runConfigValidate')];
  else {
    const copy = path.join(dist, `.clawlint-${chunk}`);
    const text = src + '\nexport { runConfigValidate as __clawlintRunConfigValidate };\n';
    if (!existsSync(copy) || readFileSync(copy, 'utf8') !== text) writeFileSync(copy, text);
    runConfigValidate = (await import(pathToFileURL(copy).href)).__clawlintRunConfigValidate;
  }
}
const readConfigFileSnapshot = runConfigValidate ? null
  : (existsSync(path.join(dist, 'config', 'config.js')) ? (await import(pathToFileURL(path.join(dist, 'config', 'config.js')).href)).readConfigFileSnapshot : await importNamed('readConfigFileSnapshot'));
if (!runConfigValidate && typeof readConfigFileSnapshot !== 'function') {
  process.stderr.write(`inproc-validate: neither runConfigValidate nor readConfigFileSnapshot found in ${dist}\n`);
  process.exit(2);
}
process.stderr.write(`inproc-validate: ${runConfigValidate ? `runConfigValidate from dist/${chunk}` : 'readConfigFileSnapshot (no config validate command)'}\n`);

const flat = (s) => String(s).replace(/[\t\r\n]+/g, ' ').trim();
const norm = (issues) => (issues || []).map((i) => ({ path: (typeof i.path === 'string' && i.path.trim()) || '<root>', message: flat(i.message) }));
class Exit extends Error { constructor(code) { super(`exit ${code}`); this.code = code; } }

function copyOf(abs, home) {
  const dir = path.dirname(abs), dest = path.join(home, 'cfg');
  let text = '';
  try { text = readFileSync(abs, 'utf8'); } catch { /* missing: the release says so */ }
  if (!text.includes('$include')) {
    // nothing relative to resolve: the file alone
    mkdirSync(dest, { recursive: true });
    const target = path.join(dest, path.basename(abs));
    if (text || existsSync(abs)) copyFileSync(abs, target);
    return target;
  }
  let total = 0;
  const small = (src) => { try { const st = statSync(src); if (st.isDirectory()) return true; total += st.size; return st.isFile() && total < 20e6; } catch { return false; } };
  try { cpSync(dir, dest, { recursive: true, filter: small, dereference: true }); } catch { mkdirSync(dest, { recursive: true }); }
  const target = path.join(dest, path.basename(abs));
  if (!existsSync(target)) { try { copyFileSync(abs, target); } catch { /* missing: the release says so */ } }
  return target;
}

// zod keeps its settings (the message locale) in globalThis.__zod_globalConfig; loading some plugin modules
// installs the English locale as a side effect. The CLI starts afresh for every file, so each file gets the
// settings as they were before the first one (otherwise a 2026.5.x file after the first says "Invalid input:
// expected array, received object" where the CLI says "Invalid input").
const zodBaseline = globalThis.__zod_globalConfig ? { ...globalThis.__zod_globalConfig } : null;
function resetZod() {
  const g = globalThis.__zod_globalConfig;
  if (!g || !zodBaseline) return;
  for (const k of Object.keys(g)) if (!(k in zodBaseline)) delete g[k];
  Object.assign(g, zodBaseline);
}

const tmpRoot = process.env.TMPDIR || '/tmp';
for (const file of files) {
  resetZod();
  const home = mkdtempSync(path.join(tmpRoot, 'occli-'));
  const cfg = copyOf(path.resolve(file), home);
  process.env.OPENCLAW_CONFIG_PATH = cfg;
  let rec;
  try {
    if (runConfigValidate) {
      const printed = [];
      const runtime = {
        log: (...a) => printed.push(a.map(String).join(' ')),
        error: (...a) => printed.push(a.map(String).join(' ')),
        exit: (code) => { throw new Exit(code); },
        writeStdout: (s) => printed.push(String(s)),
        writeJson: (v) => printed.push(JSON.stringify(v)),
      };
      try { await runConfigValidate({ json: true, runtime }); } catch (e) { if (!(e instanceof Exit)) throw e; }
      const first = printed.map((p) => { try { return JSON.parse(p); } catch { return null; } }).find((j) => j && 'valid' in j);
      if (!first) throw new Error(`no JSON verdict printed: ${flat(printed.join(' / ')).slice(0, 300)}`);
      if (first.path && path.resolve(first.path) !== path.resolve(cfg)) throw new Error(`validated ${first.path}, not ${cfg}`);
      rec = first.valid ? { file, valid: true, issues: [], warnings: norm(first.warnings) }
        : { file, valid: false, issues: first.issues ? norm(first.issues) : [{ path: '<root>', message: flat(first.error?.message ?? first.error ?? 'invalid') }], warnings: [] };
    } else {
      const snap = await readConfigFileSnapshot();
      if (path.resolve(snap.path) !== path.resolve(cfg)) throw new Error(`validated ${snap.path}, not ${cfg}`);
      rec = !snap.exists ? { file, valid: false, issues: [{ path: '<root>', message: 'file not found' }], warnings: [] }
        : snap.valid ? { file, valid: true, issues: [], warnings: [] } // 2026.2.x's report shows no warnings
          : { file, valid: false, issues: norm(snap.issues), warnings: [] };
    }
  } catch (err) {
    rec = { file, valid: false, issues: [{ path: '<root>', message: `Config validation error: ${flat(err?.message ?? err)}` }], warnings: [] };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  // messages name the copy's folder (include roots, resolved paths): name the original folder instead
  const copyDir = path.dirname(cfg), origDir = path.dirname(path.resolve(file));
  const back = (m) => m.split(copyDir).join(origDir);
  rec.issues = rec.issues.map((i) => ({ ...i, message: back(i.message) }));
  rec.warnings = rec.warnings.map((w) => ({ ...w, message: back(w.message) }));
  // as oc-validate's CLI mode: a release that npm-installs (runtime dependencies of) plugins while loading the
  // file cannot be judged offline
  if (rec.valid === false && rec.issues.some((i) => /npm error|ENOTCACHED|plugin install/i.test(i.message))) {
    rec = { file, valid: null, unknown: 'this release installs plugins while loading the file (no network here)', issues: rec.issues, warnings: [] };
  }
  // the CLI prints "file not found" as an error without issues; oc-validate turns it into this issue
  if (!rec.valid && rec.issues.length === 1 && /^file not found$/.test(rec.issues[0].message)) rec.issues[0].path = '<root>';
  out(JSON.stringify(rec) + '\n');
}
process.stdout.write('', () => process.exit(0));
