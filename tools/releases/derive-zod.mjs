// Derives the JSON Schema of a release that has no `openclaw config schema` command (2026.2.x), from the zod
// schema the release validates with. Runs inside the release's own Node (>= 22) with its dist/ modules:
//
//   node derive-zod.mjs PATH/TO/node_modules/openclaw      → the schema on stdout, a "derive-zod: ..." line on stderr
//
// It does what later releases' `config schema` does (read from 2026.9.6's dist: runConfigSchema →
// buildConfigSchemaCore → computeBaseConfigSchemaStablePayload, mergeExtensionSchemas):
//   1. OpenClawSchema.toJSONSchema({ io: "input", target: "draft-07", unrepresentable: "any" }), title "OpenClawConfig"
//   2. the bundled plugins' manifest config schemas (extensions/*/openclaw.plugin.json `configSchema`) merged
//      into plugins.entries.<id>.config, the way the release's own gateway `config.schema` merges them
//      (shallow object merge: properties united, required united, the plugin's additionalProperties wins)
//   3. `$schema: {type: "string"}` put first among the root properties (as the CLI command does)
// Field help/labels are not applied: they are annotations, which the validation copy drops anyway.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

for (const k of ['log', 'info', 'debug', 'trace', 'warn']) console[k] = (...a) => process.stderr.write(a.join(' ') + '\n');

const pkg = process.argv[2];
if (!pkg) { process.stderr.write('usage: node derive-zod.mjs PATH/TO/openclaw\n'); process.exit(2); }
const dist = path.join(pkg, 'dist');
// Some chunks act on process.argv when imported (a CLI entry in the same bundle): give them nothing to run.
process.argv = [process.argv[0], path.join(dist, '.derive-zod-entry.js')];

/** dist/ chunks with hashed names: those whose final `export { local as alias }` list names `name`. */
function chunksExporting(name) {
  const found = [];
  for (const f of readdirSync(dist).sort()) {
    if (!/\.(m?js)$/.test(f)) continue;
    const src = readFileSync(path.join(dist, f), 'utf8');
    const m = [...src.matchAll(/export\s*\{([^}]*)\}/g)].pop();
    if (!m) continue;
    for (const part of m[1].split(',')) {
      const [local, alias] = part.trim().split(/\s+as\s+/);
      if (local === name) found.push({ file: f, alias: alias ?? local });
    }
  }
  return found;
}

const isObj = (v) => v && typeof v === 'object' && !Array.isArray(v);
const isObjectSchema = (s) => s.type === 'object' || (Array.isArray(s.type) && s.type.includes('object')) || Boolean(s.properties || s.additionalProperties);
function mergeObjectSchema(base, ext) {
  const required = new Set([...(base.required ?? []), ...(ext.required ?? [])]);
  const merged = { ...base, ...ext, properties: { ...base.properties, ...ext.properties } };
  if (required.size) merged.required = [...required];
  const additional = ext.additionalProperties ?? base.additionalProperties;
  if (additional !== undefined) merged.additionalProperties = additional;
  return merged;
}

const chunks = chunksExporting('OpenClawSchema');
if (chunks.length === 0) { process.stderr.write(`derive-zod: no chunk exports OpenClawSchema in ${dist}\n`); process.exit(2); }
const texts = new Map();
let schema;
for (const c of chunks.slice(0, 1)) {
  const mod = await import(pathToFileURL(path.join(dist, c.file)).href);
  const zod = mod[c.alias];
  if (!zod || typeof zod.toJSONSchema !== 'function') continue;
  const s = zod.toJSONSchema({ io: 'input', target: 'draft-07', unrepresentable: 'any' });
  texts.set(c.file, JSON.stringify(s));
  schema ??= s;
}
if (!schema) { process.stderr.write('derive-zod: OpenClawSchema has no toJSONSchema (not zod 4?)\n'); process.exit(2); }
schema.title = 'OpenClawConfig';

// bundled plugin manifests
const plugins = [];
const extDir = path.join(pkg, 'extensions');
if (existsSync(extDir)) {
  for (const d of readdirSync(extDir).sort()) {
    const mf = path.join(extDir, d, 'openclaw.plugin.json');
    if (!existsSync(mf)) continue;
    try {
      const m = JSON.parse(readFileSync(mf, 'utf8'));
      if (m.id && isObj(m.configSchema)) plugins.push({ id: m.id, configSchema: m.configSchema });
    } catch { /* a manifest that does not parse is skipped by the release too */ }
  }
}
const entries = schema.properties?.plugins?.properties?.entries;
if (isObj(entries) && plugins.length) {
  const entryBase = isObj(entries.additionalProperties) ? entries.additionalProperties : { type: 'object' };
  entries.properties ??= {};
  for (const p of plugins) {
    const entry = structuredClone(entryBase);
    const baseConfig = entry.properties?.config;
    entry.properties = { ...entry.properties,
      config: isObj(baseConfig) && isObjectSchema(baseConfig) && isObjectSchema(p.configSchema)
        ? mergeObjectSchema(baseConfig, p.configSchema) : structuredClone(p.configSchema) };
    entries.properties[p.id] = entry;
  }
}
delete schema.properties.$schema;
schema.properties = { $schema: { type: 'string' }, ...schema.properties };

process.stderr.write(`derive-zod: OpenClawSchema.toJSONSchema({io:"input",target:"draft-07",unrepresentable:"any"}) from dist/${chunks[0].file}` +
  ` (${chunks.length} chunk(s) export it: ${chunks.map((c) => c.file).join(', ')}); ${plugins.length} bundled plugin manifest schema(s) merged into plugins.entries\n`);
process.stdout.write(JSON.stringify(schema, null, 2) + '\n', () => process.exit(0));
