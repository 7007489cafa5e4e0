// OpenClaw's checks beyond its JSON Schema, read from a release's own dist/ (releases/<version>/checks.json).
//
//   node checks.mjs [--only 2026.7.1,2026.9.6]      (generate.mjs calls extractChecks for each release it makes)
//
// Each fact is found by the message OpenClaw reports, so a release without the check gets null, and a release whose
// code changed shape fails loudly instead of writing a wrong list. What each fact is for: ReleaseChecks.java.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { migratesOnLoad } from './doctor-rules.mjs';
import { RELEASES_DIR, nodeFor, packageDir, run, supportedReleases } from './lib.mjs';

function distFiles(dist) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) { if (dir === dist && e.name !== 'extensions') continue; walk(f); }
      else if (/\.(m?js)$/.test(e.name) && dir === dist) out.push(f);
    }
  };
  walk(dist);
  return out.sort();
}

const readAll = (files) => files.map((f) => ({ f, text: fs.readFileSync(f, 'utf8') }));
const stringsOf = (list) => [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]);

function need(value, what, version) {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
    throw new Error(`${version}: found the check for ${what} but not its data; the release's code changed shape`);
  }
  return value;
}

/** tools.web.search: legacy provider blocks (the zod superRefine) and the provider id check (the validator). */
function webSearch(version, sources, dist) {
  const legacyMessage = 'legacy web_search provider config must use plugins.entries.<plugin>.config.webSearch';
  const schema = sources.find((s) => s.text.includes(legacyMessage));
  let legacy = null;
  if (schema) {
    const keysFile = sources.find((s) => /const LEGACY_WEB_SEARCH_PROVIDER_CONFIG_KEYS = (\/\* @__PURE__ \*\/ )?new Set\(\[/.test(s.text));
    const m = keysFile && keysFile.text.match(/const LEGACY_WEB_SEARCH_PROVIDER_CONFIG_KEYS = (?:\/\* @__PURE__ \*\/ )?new Set\(\[([^\]]*)\]\)/);
    const at = schema.text.indexOf(legacyMessage);
    const refine = schema.text.slice(Math.max(0, at - 600), at);
    // what `openclaw doctor --fix` does with them (its prepareWebSearch): each block to its owner plugin's entry, and a
    // bare apiKey (once Brave's) to the plugin named where the doctor adds it to that provider's payload
    const doctor = sources.find((s) => /const LEGACY_WEB_SEARCH_OWNERS = (?:\/\* @__PURE__ \*\/ )?new Map\(\[/.test(s.text));
    const owners = {};
    if (doctor) {
      const i = doctor.text.indexOf('const LEGACY_WEB_SEARCH_OWNERS = ');
      const body = doctor.text.slice(i, doctor.text.indexOf(']);', i));
      for (const [, provider, plugin] of body.matchAll(/\["([^"]+)", "([^"]+)"\]/g)) owners[provider] = plugin;
    }
    const apiKeyTo = doctor && doctor.text.match(/const (\w+)Payload = cloneRecord\(\w+\);\s*if \(hasOwnKey\(source, "apiKey"\)\) \1Payload\.apiKey = source\.apiKey;/);
    legacy = {
      message: legacyMessage,
      owners: doctor ? need(Object.keys(owners).length ? owners : null, 'the doctor\'s web_search owners', version) : null,
      apiKeyPlugin: apiKeyTo ? apiKeyTo[1] : null,
      // keys whose value, when an object, is a legacy provider block
      providerKeys: need(m && stringsOf(m[1]), 'legacy web_search provider keys', version),
      // keys that are legacy whatever their value (2026.8: apiKey)
      anyValueKeys: stringsOf((refine.match(/if \(((?:key === "[^"]+" \|\| )+)LEGACY_WEB_SEARCH_PROVIDER_CONFIG_KEYS/) || ['', ''])[1]),
    };
  }
  const unavailable = sources.find((s) => s.text.includes('web_search provider is not available: ${trimmed}'));
  let provider = null;
  if (unavailable) {
    const catalogFile = sources.find((s) => s.text.includes('function resolveWebSearchInstallCatalogEntries()'));
    need(catalogFile, 'the web_search install catalog', version);
    const name = (catalogFile.text.match(/export \{[^}]*\b(\w+) as (\w+)[^}]*\}/g) || []).join(' ');
    const alias = [...name.matchAll(/resolveWebSearchInstallCatalogEntries as (\w+)/g)].map((x) => x[1])[0];
    const script = `const m = await import(${JSON.stringify(pathToFileURL(catalogFile.f).href)});
      console.log(JSON.stringify(m[${JSON.stringify(need(alias, 'the install catalog export', version))}]().map((e) => ({ provider: e.provider.id, plugin: e.pluginId }))));`;
    const r = run(nodeFor(version), ['--input-type=module', '-e', script], { cwd: path.dirname(dist), timeout: 60000 });
    if (r.status !== 0) throw new Error(`${version}: reading the web_search install catalog failed: ${r.stderr}`);
    const catalog = JSON.parse(r.stdout.trim().split('\n').pop());
    // the providers of the bundled plugins are always registered
    provider = { bundled: bundledWebSearchProviders(dist), installCatalog: need(catalog, 'install catalog entries', version) };
  }
  // 2026.4.x moves legacy provider blocks on load (its doctor migration "tools.web.search-provider-config->
  // plugins.entries", run by applyRuntimeLegacyConfigMigrations when the config is read; doctor-rules.mjs
  // migratesOnLoad): the provider ids it moves are the bundled plugins' contracts.webSearchProviders but those in
  // NON_MIGRATED_LEGACY_WEB_SEARCH_PROVIDER_IDS
  let migratedOnLoad = null;
  const migration = sources.find((s) => s.text.includes('"tools.web.search-provider-config->plugins.entries"'));
  if (migration && !legacy && migratesOnLoad(version)) {
    const kept = migration.text.match(/const NON_MIGRATED_LEGACY_WEB_SEARCH_PROVIDER_IDS = (?:\/\* @__PURE__ \*\/ )?new Set\(\[([^\]]*)\]\)/);
    const notMoved = new Set(kept ? stringsOf(kept[1]) : []);
    const ids = new Set(bundledWebSearchProviders(dist).map((b) => b.provider).filter((p) => !notMoved.has(p)));
    migratedOnLoad = { providerKeys: need(ids.size ? [...ids].sort() : null, 'web_search providers moved on load', version) };
  }
  return { legacy, provider, migratedOnLoad };
}

/** mcp.servers.<id>: legacy keys rejected by a superRefine although the exported schema allows any key there. */
function mcpServers(version, sources) {
  const schema = sources.find((s) => /const McpServerSchema = /.test(s.text));
  if (!schema) return null;
  const at = schema.text.indexOf('const McpServerSchema = ');
  const body = schema.text.slice(at, at + 6000);
  const m = body.match(/for \(const key of \[([^\]]*)\]\) if \(Object\.hasOwn\(data, key\)\) ctx\.addIssue\(\{[^}]*message: `Unrecognized key: "\$\{key\}"`/);
  if (!m) return null;
  const keys = stringsOf(m[1]);
  // what `openclaw doctor --fix` writes instead (its migrateMcpServerTimeoutAliases, canonicalizeConfiguredMcpServer)
  const replacements = {};
  const legacy = sources.find((s) => s.text.includes('function migrateMcpServerTimeoutAliases('));
  if (legacy) {
    const i = legacy.text.indexOf('function migrateMcpServerTimeoutAliases(');
    for (const [, alias, canonical] of legacy.text.slice(i, i + 1500).matchAll(/\["(\w+)", "(\w+)"\]/g)) {
      replacements[alias] = { key: canonical, seconds: true };
    }
  }
  for (const k of keys) {
    if (replacements[k]) continue;
    if (k === 'workingDirectory') replacements[k] = { key: 'cwd' };
    else if (k.includes('_')) replacements[k] = { key: k.replace(/_([a-z])/g, (_, c) => c.toUpperCase()) };
  }
  return { keys, replacements };
}

/** agents (2026.8+ keyed entries): the roster checks of AgentsSchema's superRefine, as the messages say them. */
function agentRoster(sources) {
  const s = sources.find((x) => x.text.includes('multi-agent rosters require agents.ownership'));
  if (!s) return null;
  const has = (text) => s.text.includes(text);
  return {
    emptyEntries: has('agents.entries must contain at least one configured agent'),
    sameIdKeys: has('resolve to the same agent id'),
    atMostOneDefault: has('must contain at most one default=true entry'),
    explicitConflictsWithDefault: has('agents.ownership=explicit cannot be combined with a legacy default=true marker'),
    ownershipRequired: true,
  };
}

/**
 * LEGACY_CONFIG_RULES, where the validator returns their issues instead of validating (2026.2: "routing.queue was moved;
 * use messages.queue instead (auto-migrated on load)."); null where the release has no such list.
 */
function legacyConfigRules(version, sources) {
  const rejects = sources.find((s) => /const legacyIssues = findLegacyConfigIssues\(raw\);\s*if \(legacyIssues\.length > 0\) return \{\s*ok: false/.test(s.text));
  // 2026.3 and later keep their rules as LEGACY_CONFIG_MIGRATION_RULES, with code matchers: not read (yet)
  const file = rejects && sources.find((s) => s.text.includes('const LEGACY_CONFIG_RULES = ['));
  if (!file) return null;
  const i = file.text.indexOf('const LEGACY_CONFIG_RULES = [');
  const body = file.text.slice(i, file.text.indexOf('\n];', i));
  const rules = [];
  for (const m of body.matchAll(/\{\s*path: \[([^\]]*)\],\s*message: ("(?:[^"\\]|\\.)*")(?:,\s*match: ([^\n]*))?\s*\}/g)) {
    const match = m[3] === undefined ? null : /^\(value\) => typeof value === "string"$/.test(m[3].trim()) ? 'string' : 'code';
    rules.push({ path: stringsOf(m[1]), message: JSON.parse(m[2]), match });
  }
  return need(rules, 'legacy config rules', version);
}

/**
 * The provider ids the release's bundled plugins register (their manifests' `providers`): a model reference to one
 * of them resolves through the plugin's catalogue without a models.providers entry (the `openai` plugin of
 * 2026.3 to 2026.5 brings `openai-codex`, which 2026.6 and later no longer ship).
 */
function bundledProviders(dist) {
  const ids = new Set();
  for (const { manifest } of bundledManifests(dist)) {
    for (const p of manifest.providers || []) ids.add(String(p).trim().toLowerCase());
  }
  return [...ids].sort();
}

/**
 * Which custom providers OpenClaw lets run without a key: from 2026.3 a provider with baseUrl, api and models but no
 * apiKey gets the placeholder key `custom-local` when its host is local by the release's own test (isLocalBaseUrl,
 * later isLocalProviderBaseUrl with its host aliases). Null for a release without it: there every custom provider
 * without a key fails with "No API key found for provider".
 */
function localKeyless(version, sources) {
  const marker = sources.find((s) => /function (hasSyntheticLocalProviderAuthConfig|resolveSyntheticLocalProviderAuth)\(/.test(s.text)
    && s.text.includes('CUSTOM_LOCAL_AUTH_MARKER') && s.text.includes('function isCustomLocalProviderConfig('));
  if (!marker) return null;
  const body = (text, name) => {
    const i = text.indexOf(`function ${name}(`);
    return i < 0 ? null : text.slice(i, text.indexOf('\n}', i) + 2);
  };
  const custom = need(body(marker.text, 'isCustomLocalProviderConfig'), 'the keyless local provider test', version);
  for (const field of ['baseUrl', 'api', 'models']) {
    if (!custom.includes(`providerConfig.${field}`)) throw new Error(`${version}: isCustomLocalProviderConfig no longer reads ${field}`);
  }
  let test = body(marker.text, 'isLocalBaseUrl');
  const aliases = [];
  if (!test) {
    const viaShared = need(body(marker.text, 'isLocalAuthProviderBaseUrl'), 'the local host test', version);
    const aliasName = /isLocalProviderBaseUrl\(baseUrl, (\w+)\)/.exec(viaShared);
    const shared = sources.find((s) => s.text.includes('function isLocalProviderBaseUrl('));
    test = need(shared && body(shared.text, 'isLocalProviderBaseUrl'), 'isLocalProviderBaseUrl', version);
    if (aliasName) {
      const set = new RegExp(`${aliasName[1]} = [^\\[]*\\[([^\\]]*)\\]`).exec(marker.text);
      aliases.push(...stringsOf(need(set && set[1], aliasName[1], version)));
    }
  }
  const hosts = [...test.matchAll(/host === "([^"]+)"/g)].map((m) => m[1].replace(/^\[(.*)\]$/, '$1'));
  return {
    hosts: need([...new Set([...hosts, ...aliases])].sort(), 'the local host names', version),
    // `host.endsWith("]")` is the IPv6 bracket strip, not a domain suffix.
    suffixes: [...test.matchAll(/host\.endsWith\("([^"\]]+)"\)/g)].map((m) => m[1]).sort(),
    privateIpv4: /isPrivateIpv4Host|isRfc1918Ipv4Address/.test(test),
    loopbackRange: /isLoopbackIpAddress/.test(test),
  };
}

/** The web_search providers of the bundled plugins (their manifests' contracts.webSearchProviders), by provider id. */
function bundledWebSearchProviders(dist) {
  const out = [];
  for (const { id, manifest: m } of bundledManifests(dist)) {
    for (const p of (m.contracts || {}).webSearchProviders || []) out.push({ provider: p, plugin: m.id || id });
  }
  return out.sort((a, b) => a.provider.localeCompare(b.provider));
}

/** The bundled plugins' manifests (dist/extensions/<id>/openclaw.plugin.json), by folder name. */
function bundledManifests(dist) {
  const extensions = path.join(dist, 'extensions');
  return (fs.existsSync(extensions) ? fs.readdirSync(extensions).sort() : [])
    .map((id) => ({ id, file: path.join(extensions, id, 'openclaw.plugin.json') }))
    .filter((e) => fs.existsSync(e.file))
    .map((e) => ({ id: e.id, manifest: JSON.parse(fs.readFileSync(e.file, 'utf8')) }));
}

export function extractChecks(version) {
  const pkg = packageDir(version);
  const dist = path.join(pkg, 'dist');
  const sources = readAll(distFiles(dist));
  const ws = webSearch(version, sources, dist);
  return { release: version, webSearch: ws, mcpServers: mcpServers(version, sources), agentRoster: agentRoster(sources),
    legacyConfigRules: legacyConfigRules(version, sources), bundledProviders: bundledProviders(dist),
    localKeyless: localKeyless(version, sources) };
}

export function writeChecks(version) {
  const checks = extractChecks(version);
  fs.mkdirSync(path.join(RELEASES_DIR, version), { recursive: true });
  fs.writeFileSync(path.join(RELEASES_DIR, version, 'checks.json'), JSON.stringify(checks, null, 1) + '\n');
  return checks;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--only');
  const only = i >= 0 ? new Set(argv[i + 1].split(',')) : null;
  for (const r of supportedReleases()) {
    if (only && !only.has(r.version)) continue;
    const c = writeChecks(r.version);
    console.log(`${r.version}: web_search legacy ${c.webSearch.legacy ? c.webSearch.legacy.providerKeys.length + ' keys' : '-'}, provider check ${c.webSearch.provider ? c.webSearch.provider.installCatalog.length + ' catalog entries' : '-'}, mcp ${c.mcpServers ? c.mcpServers.keys.join(',') : '-'}, roster ${c.agentRoster ? 'yes' : '-'}, legacy rules ${c.legacyConfigRules ? c.legacyConfigRules.length : '-'}`);
  }
}
