// Ajv (the validator most JS tooling uses) compiles the schema in strict mode and agrees on key cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { schema, EDITOR_KEYWORDS, vendorKeywords, allSnippets, repoRoot, SCHEMA_ID } from './schema-helpers.mjs';

function strictAjv() {
  const ajv = new Ajv({ strict: true, allErrors: true });
  // editor and vendor keywords are annotations: register them so strict mode accepts them
  ajv.addVocabulary([...EDITOR_KEYWORDS, ...vendorKeywords()]);
  return ajv;
}

test('the schema compiles under Ajv strict mode (editor and vendor keywords registered)', () => {
  const validate = strictAjv().compile(schema);
  assert.equal(typeof validate, 'function');
});

test('strict mode would reject an unregistered keyword (the check is real)', () => {
  const ajv = new Ajv({ strict: true });
  assert.throws(() => ajv.compile(schema), /strict mode: unknown keyword/);
});

test('vendor keywords are exactly the documented ones', () => {
  assert.deepEqual([...vendorKeywords()].sort(), [
    'x-clawlint-built-in-ids', 'x-clawlint-replaced-by', 'x-clawlint-rule', 'x-clawlint-value-replacements',
    'x-intellij-enum-metadata', 'x-openclaw-enum-since', 'x-openclaw-removed', 'x-openclaw-since', 'x-openclaw-until',
    'x-openclaw-version',
  ]);
});

test('every defaultSnippets body is valid for its own subschema (Ajv)', () => {
  const ajv = strictAjv();
  ajv.addSchema(schema);
  const snippets = allSnippets();
  assert.ok(snippets.length >= 17, `found ${snippets.length} snippets`);
  for (const { pointer, index, snippet } of snippets) {
    const validate = ajv.getSchema(`${SCHEMA_ID}#${pointer}`);
    assert.ok(validate, `subschema ${pointer}`);
    assert.ok(validate(snippet.body), `${pointer}#${index} ${snippet.label}: ${JSON.stringify(validate.errors)}`);
  }
});

test('Ajv agrees with OpenClaw on typical mistakes', () => {
  const validate = strictAjv().compile(schema);
  const ok = (doc) => validate(doc);
  assert.equal(ok(JSON.parse(fs.readFileSync(path.join(repoRoot, 'examples/clean/lmstudio-vllm.json'), 'utf8'))), true, JSON.stringify(validate.errors));
  assert.equal(ok({ models: { providers: { lmstudio: { baseURL: 'http://localhost:1234/v1' } } } }), false);
  assert.equal(ok({ models: { providers: { p: { baseUrl: 'http://x', api: 'openai', models: [] } } } }), false);
  assert.equal(ok({ models: { providers: { ollama: { models: { 'qwen3:32b': {} } } } } }), false);
  assert.equal(ok({ models: { providers: { mlx: { baseUrl: 'http://127.0.0.1:8080/v1' } } } }), false, 'custom id needs models');
  assert.equal(ok({ models: { providers: { OLLAMA: { baseUrl: 'http://127.0.0.1:11434' } } } }), true, 'built-in ids are case-insensitive');
  assert.equal(ok({ agents: { defaults: { heartbeat: { every: '5 minutes' } } } }), false);
  assert.equal(ok({ agents: { entries: { a: {}, b: {} } } }), false, 'two agents need ownership');
  // the guide's keys are declared (the linter reports them under their own rule ids)
  assert.equal(ok({ brain: { model: 'x' }, heartbeat: { model: 'ollama/qwen3:8b' } }), true);
});
