// Turns a release's raw JSON Schema export into clawlint's validation copy. Each step is documented (and
// verified against OpenClaw's verdicts) in README.md. Pure functions; Node >= 18.
import { escapePointer, resolvePointer } from './lib.mjs';

// Keywords whose value is a map of name -> subschema.
const MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependencies']);
// Keywords whose value is a subschema.
const SCHEMA_KEYWORDS = new Set(['additionalProperties', 'items', 'additionalItems', 'contains', 'propertyNames',
  'not', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems']);
// Keywords whose value is an array of subschemas.
const ARRAY_KEYWORDS = new Set(['anyOf', 'oneOf', 'allOf', 'items', 'prefixItems']);
// Annotations only (no effect on validation), dropped from the validation copy.
export const ANNOTATIONS = ['title', 'description', 'markdownDescription', 'examples', '$comment', 'deprecated'];

/**
 * Visits every subschema (schema-aware: names under `properties` etc. are not mistaken for keywords).
 * `fn(node, pointer)` may mutate the node in place.
 */
export function eachSchema(node, fn, ptr = '') {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  fn(node, ptr);
  for (const [k, v] of Object.entries(node)) {
    const p = `${ptr}/${escapePointer(k)}`;
    if (MAP_KEYWORDS.has(k) && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [name, sub] of Object.entries(v)) if (sub && typeof sub === 'object' && !Array.isArray(sub)) eachSchema(sub, fn, `${p}/${escapePointer(name)}`);
    } else if (ARRAY_KEYWORDS.has(k) && Array.isArray(v)) {
      v.forEach((sub, i) => eachSchema(sub, fn, `${p}/${i}`));
    } else if (SCHEMA_KEYWORDS.has(k) && v && typeof v === 'object' && !Array.isArray(v)) {
      eachSchema(v, fn, p);
    }
  }
}

const clone = (o) => JSON.parse(JSON.stringify(o));

// draft-07's formats (plus draft 2019-09's duration/uuid, which Ajv and networknt know)
export const STANDARD_FORMATS = new Set(['date-time', 'date', 'time', 'email', 'idn-email', 'hostname', 'idn-hostname',
  'ipv4', 'ipv6', 'uri', 'uri-reference', 'iri', 'iri-reference', 'uri-template', 'json-pointer',
  'relative-json-pointer', 'regex', 'duration', 'uuid']);

/**
 * Dangling `$ref`s: a plugin's config schema embedded at plugins.entries.<id>.config keeps refs written against
 * its own root (`#/$defs/x`), which do not resolve from the document root. Where an enclosing subschema
 * defines the target, the ref is re-pointed to it (OpenClaw validates the plugin config against the plugin's own
 * schema, where those refs resolve); otherwise it becomes `{}` (anything). Mutates; returns the list.
 */
export function fixDanglingRefs(root) {
  const fixes = [];
  eachSchema(root, (node, ptr) => {
    if (typeof node.$ref !== 'string' || resolvePointer(root, node.$ref) !== undefined) return;
    const ref = node.$ref;
    let target = null;
    if (ref.startsWith('#/')) {
      // try every enclosing schema, innermost first, as the base the ref was written against
      const parts = ptr.split('/').slice(1);
      for (let n = parts.length; n >= 0 && !target; n--) {
        const base = '#' + (n ? '/' + parts.slice(0, n).join('/') : '');
        const cand = base + ref.slice(1);
        if (cand !== ref && resolvePointer(root, cand) !== undefined) target = cand;
      }
    }
    if (target) { node.$ref = target; fixes.push({ at: ptr, ref, fix: 're-pointed', to: target }); }
    else { delete node.$ref; fixes.push({ at: ptr, ref, fix: 'anything ({})' }); }
  });
  return fixes;
}

/**
 * Rewrites a JavaScript (Ajv, `u` flag) regular expression into one that java.util.regex compiles with the same
 * meaning. Returns the rewritten source (unchanged when nothing needed rewriting).
 *  - `[` inside a character class is literal in JS but opens a nested class (union) in Java: escaped.
 *  - `&&` inside a class is an intersection in Java: the second `&` is escaped.
 *  - `\0` (NUL) is an octal escape in Java that needs a digit: `\x00`.
 *  - `[^]` (any character) / `[]` (nothing) are JS-only: `[\s\S]` / `(?!)`.
 *  - `\u{H..}` (code point) is `\x{H..}` in Java.
 *  - `\d`, `\w`, `\s` etc. are left alone (same meaning for the ASCII inputs configs use).
 */
export function javaRegex(src) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const next = src[i + 1];
      if (next === '0' && !/[0-7]/.test(src[i + 2] ?? '')) { out += '\\x00'; i++; continue; }
      if (next === 'u' && src[i + 2] === '{') {
        const end = src.indexOf('}', i + 3);
        if (end > 0) { out += `\\x{${src.slice(i + 3, end)}}`; i = end; continue; }
      }
      out += c + (next ?? '');
      i++;
      continue;
    }
    if (!inClass) {
      if (c === '[') {
        if (src.startsWith('[^]', i)) { out += '[\\s\\S]'; i += 2; continue; }
        if (src.startsWith('[]', i)) { out += '(?!)'; i += 1; continue; }
        inClass = true;
        out += c;
        // a leading `]` (after an optional `^`) is literal in Java but closes an empty class in JS: leave as is
        if (src[i + 1] === '^') { out += '^'; i++; }
        continue;
      }
      out += c;
      continue;
    }
    // inside a character class
    if (c === ']') { inClass = false; out += c; continue; }
    if (c === '[') { out += '\\['; continue; }
    if (c === '&' && src[i + 1] === '&') { out += '&\\&'; i++; continue; }
    out += c;
  }
  return out;
}

/**
 * The validation copy: returns {schema, notes}. `keepRequiredWithDefault` skips step 2 (for check.mjs's comparison). `compileJava(patterns) -> Map(pattern -> error|null)` checks
 * candidate patterns with java.util.regex when a JDK is at hand (null: no check).
 */
export function normalise(raw, { compileJava = null, keepRequiredWithDefault = false } = {}) {
  const schema = clone(raw);
  const notes = { danglingRefs: [], regexRewritten: [], regexDropped: [], requiredWithDefault: [], formatsDropped: [], annotationsDropped: 0 };
  notes.danglingRefs = fixDanglingRefs(schema);

  // 1. annotations
  eachSchema(schema, (node) => {
    for (const k of Object.keys(node)) {
      if (ANNOTATIONS.includes(k) || k.startsWith('x-')) { delete node[k]; notes.annotationsDropped++; }
    }
  });

  // 2. properties with a default are not required (zod fills the default before its checks)
  eachSchema(schema, (node, ptr) => {
    if (keepRequiredWithDefault || !Array.isArray(node.required) || !node.properties) return;
    const keep = [];
    for (const name of node.required) {
      const prop = node.properties[name];
      if (prop && typeof prop === 'object' && 'default' in prop) notes.requiredWithDefault.push(`${ptr}/properties/${escapePointer(name)}`);
      else keep.push(name);
    }
    if (keep.length === node.required.length) return;
    if (keep.length) node.required = keep; else delete node.required;
  });

  // 2b. `format` values that are not JSON Schema formats (zod writes e.g. "starts_with" next to the pattern that
  //     does the check): dropped, so that validators that reject unknown formats do not
  eachSchema(schema, (node, ptr) => {
    if (typeof node.format === 'string' && !STANDARD_FORMATS.has(node.format)) {
      notes.formatsDropped.push({ at: ptr, format: node.format, keptPattern: typeof node.pattern === 'string' });
      delete node.format;
    }
  });

  // 3. regular expressions Java cannot compile
  const sites = [];
  eachSchema(schema, (node, ptr) => {
    if (typeof node.pattern === 'string') sites.push({ kind: 'pattern', node, ptr, src: node.pattern });
    if (node.patternProperties && typeof node.patternProperties === 'object') {
      for (const k of Object.keys(node.patternProperties)) sites.push({ kind: 'patternProperties', node, ptr, src: k });
    }
  });
  const rewritten = new Map();
  for (const s of sites) if (!rewritten.has(s.src)) rewritten.set(s.src, javaRegex(s.src));
  const javaErrors = compileJava ? compileJava([...new Set(rewritten.values())]) : new Map();
  const jsError = (p) => { try { new RegExp(p, 'u'); return null; } catch (e) { return e.message; } };
  for (const s of sites) {
    const to = rewritten.get(s.src);
    const bad = javaErrors.get(to) || jsError(to);
    if (bad) {
      notes.regexDropped.push({ at: s.ptr, kind: s.kind, pattern: s.src, error: bad });
      if (s.kind === 'pattern') delete s.node.pattern;
      else {
        // an uncompilable patternProperties key: its subschema then applies to no name; keep it reachable
        // through additionalProperties only if that was already open
        delete s.node.patternProperties[s.src];
      }
      continue;
    }
    if (to === s.src) continue;
    notes.regexRewritten.push({ at: s.ptr, kind: s.kind, from: s.src, to });
    if (s.kind === 'pattern') s.node.pattern = to;
    else {
      const entries = Object.entries(s.node.patternProperties).map(([k, v]) => [k === s.src ? to : k, v]);
      s.node.patternProperties = Object.fromEntries(entries);
    }
  }
  return { schema, notes };
}
