// What an editor shows: drives vscode-json-languageservice (the engine of VS Code's JSON support) with the schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsonLanguageService from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { schema, SCHEMA_ID } from './schema-helpers.mjs';

// vscode-json-languageservice is CommonJS
const { getLanguageService, ClientCapabilities, DiagnosticSeverity } = jsonLanguageService;


const service = getLanguageService({
  // offline: the schema is handed over below, anything else must not be fetched
  schemaRequestService: (uri) => Promise.reject(new Error(`unexpected schema request ${uri}`)),
  clientCapabilities: ClientCapabilities.LATEST,
});
service.configure({ validate: true, allowComments: true, schemas: [{ uri: SCHEMA_ID, fileMatch: ['*openclaw.json'], schema }] });

/** A document with one `|` cursor marker; returns the document and the cursor position. */
function docAt(textWithCursor) {
  const offset = textWithCursor.indexOf('|');
  assert.ok(offset >= 0, 'cursor marker');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const doc = TextDocument.create('file:///home/u/.openclaw/openclaw.json', 'jsonc', 1, text);
  return { doc, json: service.parseJSONDocument(doc), pos: doc.positionAt(offset) };
}

async function complete(textWithCursor) {
  const { doc, json, pos } = docAt(textWithCursor);
  const list = await service.doComplete(doc, pos, json);
  return list.items;
}

function docText(item) {
  const d = item.documentation;
  return typeof d === 'string' ? d : d?.value ?? '';
}

async function diagnostics(text) {
  const doc = TextDocument.create('file:///home/u/.openclaw/openclaw.json', 'jsonc', 1, text);
  return service.doValidation(doc, service.parseJSONDocument(doc));
}

test('completion inside a provider offers its keys, never the guide keys', async () => {
  const items = await complete('{ "models": { "providers": { "ollama": { | } } } }');
  const labels = items.map((i) => i.label);
  for (const key of ['baseUrl', 'api', 'apiKey', 'models', 'timeoutSeconds']) assert.ok(labels.includes(key), `${key} in ${labels}`);
  for (const key of ['type', 'host', 'requiresStringContent', 'strictMessageKeys', 'tool_choice', 'contextWindow']) {
    assert.ok(!labels.includes(key), `${key} must not be suggested`);
  }
  assert.match(docText(items.find((i) => i.label === 'baseUrl')), /\/v1/);
});

test('completion inside a custom provider (not built in) offers the same keys', async () => {
  const labels = (await complete('{ "models": { "providers": { "gpu-box": { | } } } }')).map((i) => i.label);
  for (const key of ['baseUrl', 'api', 'apiKey', 'models', 'timeoutSeconds']) assert.ok(labels.includes(key), `${key} in ${labels}`);
});

test('completion for the value of api lists the 11 adapters with their descriptions', async () => {
  const items = await complete('{ "models": { "providers": { "ollama": { "api": | } } } }');
  const values = items.map((i) => i.label.replace(/"/g, ''));
  const expected = ['openai-completions', 'openai-responses', 'openai-chatgpt-responses', 'anthropic-messages', 'google-generative-ai',
    'google-vertex', 'github-copilot', 'bedrock-converse-stream', 'ollama', 'pi-messages', 'azure-openai-responses'];
  assert.deepEqual([...values].sort(), [...expected].sort());
  for (const item of items) assert.ok(docText(item).length > 20, `${item.label} documented`);
  // each adapter has its own explanation (not the property's description repeated)
  assert.equal(new Set(items.map(docText)).size, expected.length);
  assert.match(docText(items.find((i) => i.label.includes('"ollama"'))), /\/api\/chat/);
  assert.match(docText(items.find((i) => i.label.includes('openai-completions'))), /LM Studio/);
});

test('provider defaultSnippets are offered as completions for a provider value', async () => {
  const items = await complete('{ "models": { "providers": { "ollama": | } } }');
  const labels = items.map((i) => i.label);
  for (const l of ['LM Studio (OpenAI-compatible, /v1)', 'Ollama (native API, no /v1)', 'vLLM (OpenAI-compatible, /v1)',
    'SGLang (OpenAI-compatible, /v1)', 'MLX mlx_lm.server (Apple Silicon, /v1)', 'LiteLLM proxy (OpenAI-compatible, /v1)',
    'Custom OpenAI-compatible server']) {
    assert.ok(labels.includes(l), `${l} in ${labels}`);
  }
  const ollama = items.find((i) => i.label === 'Ollama (native API, no /v1)');
  assert.match(ollama.insertText, /"api": "ollama"/);
  assert.match(ollama.insertText, /"baseUrl": "http:\/\/127\.0\.0\.1:11434"/);
  assert.match(ollama.insertText, /"num_ctx": 32768/);
});

test('the agents.defaults.model snippet with fallbacks is offered', async () => {
  const items = await complete('{ "agents": { "defaults": { "model": | } } }');
  const snippet = items.find((i) => i.label === 'Local primary with local and cloud fallbacks');
  assert.ok(snippet, items.map((i) => i.label).join(', '));
  assert.match(snippet.insertText, /"fallbacks"/);
});

test('hover on contextWindow shows its documentation', async () => {
  const text = '{ "models": { "providers": { "ollama": { "models": [ { "id": "qwen3:32b", "name": "q", "contextWindow": 32768 } ] } } } }';
  const doc = TextDocument.create('file:///home/u/.openclaw/openclaw.json', 'jsonc', 1, text);
  const hover = await service.doHover(doc, doc.positionAt(text.indexOf('contextWindow') + 3), service.parseJSONDocument(doc));
  const contents = JSON.stringify(hover?.contents ?? '');
  assert.match(contents, /num_ctx/);
  assert.match(contents, /200000/);
});

async function hoverOn(text, needle, shift = 2) {
  const doc = TextDocument.create('file:///home/u/.openclaw/openclaw.json', 'jsonc', 1, text);
  const hover = await service.doHover(doc, doc.positionAt(text.indexOf(needle) + shift), service.parseJSONDocument(doc));
  return JSON.stringify(hover?.contents ?? '');
}

test('hover shows the text written for that place, not the shared definition\'s', async () => {
  // apiKey uses the shared secret definition, but its own advice must show
  assert.match(await hoverOn('{ "models": { "providers": { "ollama": { "apiKey": "ollama-local" } } } }', '"apiKey"'), /ollama-local/);
  // a custom provider id says what it needs
  assert.match(await hoverOn('{ "models": { "providers": { "gpu-box": { } } } }', '"gpu-box"'), /custom.*required/i);
  assert.match(await hoverOn('{ "models": { "providers": { "lmstudio": { } } } }', '"lmstudio"'), /built-in/);
  // agents.defaults.model explains what replaces the guide's brain
  assert.match(await hoverOn('{ "agents": { "defaults": { "model": "ollama/qwen3:32b" } } }', '"model"'), /brain/);
  // a model row's params explain the Ollama keys
  assert.match(await hoverOn('{ "models": { "providers": { "ollama": { "models": [ { "id": "a", "name": "a", "params": { } } ] } } } }', '"params"'), /keep_alive/);
});

test('a typo (baseURL) is a diagnostic; comments are allowed', async () => {
  const diags = await diagnostics('// local LM Studio\n{ "models": { "providers": { "lmstudio": { "baseURL": "http://localhost:1234/v1" } } } }');
  assert.equal(diags.length, 1, JSON.stringify(diags));
  assert.match(diags[0].message, /baseURL/);
  assert.equal(diags[0].range.start.line, 1);
});

test('a clean config has no diagnostics', async () => {
  const diags = await diagnostics(JSON.stringify({
    $schema: SCHEMA_ID,
    models: { providers: { ollama: { baseUrl: 'http://127.0.0.1:11434', api: 'ollama', apiKey: 'ollama-local', timeoutSeconds: 300,
      models: [{ id: 'qwen3:32b', name: 'Qwen3 32B', contextWindow: 32768, params: { num_ctx: 32768 } }] } } },
    agents: { defaults: { model: { primary: 'ollama/qwen3:32b', fallbacks: ['ollama/qwen3:14b'] }, heartbeat: { every: '30m' } } },
  }, null, 2));
  assert.deepEqual(diags, []);
});

test('the guide keys are flagged as deprecated with their replacement', async () => {
  const diags = await diagnostics('{ "models": { "providers": { "ollama-fast": { "type": "ollama", "host": "http://gpu:11434", "baseUrl": "http://gpu:11434", "models": [] } } } }');
  const messages = diags.map((d) => d.message);
  assert.ok(messages.some((m) => /use "api"/.test(m)), messages.join(' | '));
  assert.ok(messages.some((m) => /use "baseUrl"/.test(m)), messages.join(' | '));
  assert.ok(diags.every((d) => d.severity === DiagnosticSeverity.Warning), 'deprecations are warnings');
});

test('a custom provider without baseUrl and models is reported', async () => {
  const diags = await diagnostics('{ "models": { "providers": { "gpu-box": { "api": "openai-completions" } } } }');
  const text = diags.map((d) => d.message).join(' | ');
  assert.match(text, /baseUrl/);
  assert.match(text, /models/);
});
