// Shared helpers for the editor-side schema tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../../..');
export const schemaPath = path.resolve(here, '../../main/resources/dev/clawlint/schema/openclaw.schema.json');
export const schemaText = fs.readFileSync(schemaPath, 'utf8');
export const schema = JSON.parse(schemaText);
export const SCHEMA_ID = 'https://clawlint.dev/schema/openclaw.schema.json';

/** Editor keywords the schema uses (VS Code's JSON language service and friends). */
export const EDITOR_KEYWORDS = ['markdownDescription', 'deprecationMessage', 'enumDescriptions', 'markdownEnumDescriptions',
  'defaultSnippets', 'doNotSuggest', 'patternErrorMessage', 'allowComments', 'allowTrailingCommas'];

/** Every vendor keyword (x-...) used anywhere in the schema. */
export function vendorKeywords(node = schema, out = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => vendorKeywords(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('x-')) out.add(k);
      else vendorKeywords(v, out);
    }
  }
  return out;
}

/** Every defaultSnippets entry with the JSON pointer of the subschema that carries it. */
export function allSnippets(node = schema, ptr = '', out = []) {
  if (Array.isArray(node)) node.forEach((n, i) => allSnippets(n, `${ptr}/${i}`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'defaultSnippets') v.forEach((s, i) => out.push({ pointer: ptr, index: i, snippet: s }));
      else if (k !== 'enum' && k !== 'examples' && !k.startsWith('x-')) allSnippets(v, `${ptr}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
    }
  }
  return out;
}
