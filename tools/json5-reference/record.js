// Writes src-test-fixtures/data/json5-expected/<folder>/<case>.json: what the JSON5 reference
// parser (json5 2.2.3, pinned in package.json) gives for each json5-tests case.
//
// Value encoding (plain JSON cannot carry them): NaN, Infinity, -Infinity and -0 become
// {"$number": "NaN" | "Infinity" | "-Infinity" | "-0"}. A case the parser rejects becomes
// {"error": {"line": L, "column": C, "message": "..."}} with the parser's own 1-based position.
// Run from this folder: npm ci && npm run record
'use strict';
const fs = require('fs');
const path = require('path');
const JSON5 = require('json5');

const root = path.resolve(__dirname, '../../src-test-fixtures/data');
const casesDir = path.join(root, 'json5-tests');
const outDir = path.join(root, 'json5-expected');

function encode(value) {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { $number: 'NaN' };
    if (value === Infinity) return { $number: 'Infinity' };
    if (value === -Infinity) return { $number: '-Infinity' };
    if (Object.is(value, -0)) return { $number: '-0' };
    return value;
  }
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = encode(v);
    return out;
  }
  return value;
}

let count = 0;
for (const folder of fs.readdirSync(casesDir, { withFileTypes: true })) {
  if (!folder.isDirectory()) continue;
  for (const name of fs.readdirSync(path.join(casesDir, folder.name)).sort()) {
    if (!/\.(json|json5|js|txt)$/.test(name)) continue;
    const text = fs.readFileSync(path.join(casesDir, folder.name, name), 'utf8');
    let record;
    try {
      record = { value: encode(JSON5.parse(text)) };
    } catch (e) {
      record = { error: { line: e.lineNumber, column: e.columnNumber, message: e.message } };
    }
    const target = path.join(outDir, folder.name, name + '.expected.json');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, JSON.stringify(record, null, 2) + '\n');
    count++;
  }
}
console.log(`recorded ${count} cases in ${path.relative(process.cwd(), outDir)}`);
