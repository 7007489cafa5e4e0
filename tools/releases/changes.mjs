// Schema differences between consecutive releases (validation copies), with CHANGELOG evidence for removed keys.
import { resolvePointer } from './lib.mjs';

/**
 * Flattens a schema into config paths: `a.b` for properties, `a.*` for additionalProperties/patternProperties,
 * `a[]` for items; anyOf/oneOf/allOf branches and `$ref`s are followed at the same path.
 * Returns {keys: Set, enums: Map(path -> Set), required: Map(path -> Set)}.
 */
export function flatten(root) {
  const keys = new Set(), enums = new Map(), required = new Map();
  const add = (map, p, vals) => { if (!map.has(p)) map.set(p, new Set()); for (const v of vals) map.get(p).add(v); };
  const seen = new Set();
  const walk = (node, p, refStack) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    if (typeof node.$ref === 'string') {
      const target = resolvePointer(root, node.$ref);
      if (target && !refStack.includes(node.$ref)) walk(target, p, [...refStack, node.$ref]);
    }
    const sig = `${p}\u0000${refStack.length}`;
    if (seen.has(node) && seen.has(sig)) return;
    if (Array.isArray(node.enum)) add(enums, p, node.enum.map((v) => JSON.stringify(v)));
    if ('const' in node) add(enums, p, [JSON.stringify(node.const)]);
    if (Array.isArray(node.required) && node.required.length) add(required, p || '<root>', node.required);
    if (node.properties && typeof node.properties === 'object') {
      for (const [k, v] of Object.entries(node.properties)) {
        const cp = p ? `${p}.${k}` : k;
        keys.add(cp);
        walk(v, cp, refStack);
      }
    }
    const star = p ? `${p}.*` : '*';
    if (node.additionalProperties && typeof node.additionalProperties === 'object') walk(node.additionalProperties, star, refStack);
    if (node.patternProperties && typeof node.patternProperties === 'object') for (const v of Object.values(node.patternProperties)) walk(v, star, refStack);
    if (node.items) for (const it of [].concat(node.items)) walk(it, `${p}[]`, refStack);
    for (const kw of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(node[kw])) for (const b of node[kw]) walk(b, p, refStack);
    seen.add(node); seen.add(sig);
  };
  walk(root, '', []);
  return { keys, enums, required };
}

/** CHANGELOG sections (`## <version>` headings) newer than `from`, up to and including `to`. */
function changelogLines(text, from, to) {
  if (!text) return [];
  const cmp = (a, b) => {
    const pa = a.split(/[.-]/).map(Number), pb = b.split(/[.-]/).map(Number);
    for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) - (pb[i] || 0);
    return 0;
  };
  const out = [];
  let keep = false;
  for (const line of text.split('\n')) {
    const h = /^##\s+(?:v)?(\d{4}\.\d+\.\d+)/.exec(line);
    if (h) { keep = cmp(h[1], from) > 0 && cmp(h[1], to) <= 0; continue; }
    if (/^##\s+Unreleased/i.test(line)) { keep = false; continue; }
    if (keep && line.trim().startsWith('-')) out.push(line.trim());
  }
  return out;
}

/**
 * Changelog lines about a removed key: lines naming its last two segments (`parent.key`) in backticks, else lines
 * naming the key itself in backticks that also speak of a removal/rename/migration. At most 3, distinct.
 */
function evidenceFor(lines, keyPath) {
  const segs = keyPath.split('.').map((s) => s.replace(/\[\]$/, '')).filter((s) => s && s !== '*');
  const last = segs[segs.length - 1] || keyPath;
  const dotted = segs.slice(-2).join('.');
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const strong = segs.length > 1 ? new RegExp(`\`[^\`]*\\b${esc(dotted)}\\b[^\`]*\``) : null;
  const weak = new RegExp(`\`[^\`]*\\b${esc(last)}\\b[^\`]*\``);
  const removal = /\b(remov|retir|deprecat|renam|drop|replac|migrat|moved|no longer|legacy)/i;
  let found = strong ? lines.filter((l) => strong.test(l)) : [];
  if (!found.length && last.length >= 4) found = lines.filter((l) => weak.test(l) && removal.test(l));
  return [...new Set(found)].slice(0, 3).map((l) => (l.length > 400 ? l.slice(0, 397) + '...' : l));
}

const sorted = (it) => [...it].sort();

/** [{version, schema, changelog}] oldest first → {comment, changes: [...]} */
export function diffReleases(list) {
  const flat = list.map((r) => ({ ...r, f: flatten(r.schema) }));
  const changes = [];
  for (let i = 1; i < flat.length; i++) {
    const a = flat[i - 1], b = flat[i];
    const lines = changelogLines(b.changelog, a.version, b.version);
    const added = sorted([...b.f.keys].filter((k) => !a.f.keys.has(k)));
    const removedPaths = sorted([...a.f.keys].filter((k) => !b.f.keys.has(k)));
    // a removed object's children are implied: list the top-most removed path only
    const top = removedPaths.filter((k) => !removedPaths.some((o) => o !== k && (k.startsWith(o + '.') || k.startsWith(o + '['))));
    const removed = top.map((k) => {
      const ev = evidenceFor(lines, k);
      return { path: k, children: removedPaths.filter((o) => o !== k && (o.startsWith(k + '.') || o.startsWith(k + '['))).length, ...(ev.length ? { evidence: ev } : {}) };
    });
    const addedTop = added.filter((k) => !added.some((o) => o !== k && (k.startsWith(o + '.') || k.startsWith(o + '['))));
    const enumDiff = (x, y) => {
      const out = [];
      for (const [p, vals] of y) {
        const before = x.get(p);
        if (!before) continue; // a new enum on a new path is part of "added"
        const d = sorted([...vals].filter((v) => !before.has(v)));
        if (d.length) out.push({ path: p, values: d.map((v) => JSON.parse(v)) });
      }
      return out.sort((m, n) => m.path.localeCompare(n.path));
    };
    // an object "present in both": its path is a key (or the root, or a wildcard/items path) in both releases
    const present = (f, p) => p === '<root>' || f.keys.has(p) || f.required.has(p) || /(\*|\[\])$/.test(p);
    const reqDiff = (x, y) => {
      const out = [];
      for (const [p, ks] of y.f.required) {
        if (!present(x.f, p)) continue;
        const before = x.f.required.get(p) || new Set();
        const d = sorted([...ks].filter((k) => !before.has(k)));
        if (d.length) out.push({ path: p, keys: d });
      }
      return out.sort((m, n) => m.path.localeCompare(n.path));
    };
    changes.push({
      from: a.version,
      to: b.version,
      changelogSections: lines.length ? `${lines.length} changelog lines of releases after ${a.version} up to ${b.version}` : 'no changelog lines in range',
      added: addedTop.map((k) => ({ path: k, children: added.filter((o) => o !== k && (o.startsWith(k + '.') || o.startsWith(k + '['))).length })),
      removed,
      enumAdded: enumDiff(a.f.enums, b.f.enums),
      enumRemoved: enumDiff(b.f.enums, a.f.enums),
      requiredAdded: reqDiff(a, b),
      requiredRemoved: reqDiff(b, a),
    });
  }
  return {
    comment: 'Schema differences between consecutive supported releases (validation copies). Paths: a.b = property, ' +
      'a.* = any key (additionalProperties/patternProperties), a[] = array items; anyOf/oneOf/allOf and $ref followed. ' +
      'added/removed list the top-most changed key (children: how many keys below it changed with it). ' +
      'enumAdded/enumRemoved: enum/const values at paths present in both. requiredAdded/requiredRemoved: required keys ' +
      'at objects present in both (after the "default => not required" normalisation). evidence: CHANGELOG lines of ' +
      'the newer release that name a removed key. Generated by tools/releases/generate.sh.',
    changes,
  };
}
