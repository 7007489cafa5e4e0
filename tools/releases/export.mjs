// Gets a release's JSON Schema: `openclaw config schema` through the release's own CLI, run isolated (temp
// HOME/OPENCLAW_STATE_DIR, `env -i`, no network via `unshare -n` when that works); for releases without that
// command (2026.2.x), derived from the release's own zod schema by derive-zod.mjs, run inside the release.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HERE, nodeFor, packageDir, run } from './lib.mjs';

let unshareWorks;
function isolation() {
  if (unshareWorks === undefined) {
    try { unshareWorks = run('unshare', ['-n', 'true']).status === 0; } catch { unshareWorks = false; }
  }
  return unshareWorks ? ['unshare', '-n'] : [];
}

/** Runs the release's node with `args` in a fresh temp HOME/state dir, empty environment, no network. */
export function runIsolated(version, args, { timeout = 180000 } = {}) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-rel-'));
  try {
    fs.mkdirSync(path.join(home, 'state'));
    const env = [
      'PATH=/usr/local/bin:/usr/bin:/bin', `LANG=${process.env.LANG || 'C.UTF-8'}`, `HOME=${home}`, `TMPDIR=${home}`,
      `OPENCLAW_STATE_DIR=${path.join(home, 'state')}`, `OPENCLAW_CONFIG_PATH=${path.join(home, 'state', 'openclaw.json')}`,
      'NO_COLOR=1', 'OPENCLAW_LOG_LEVEL=silent', 'npm_config_offline=true',
    ];
    const pre = isolation();
    const cmd = [...pre, 'env', '-i', ...env, nodeFor(version), ...args];
    return run(cmd[0], cmd.slice(1), { cwd: home, timeout });
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** The first JSON object printed on stdout (the CLI may print a notice line before it). */
function firstJsonObject(text) {
  const i = text.search(/^\{/m);
  if (i < 0) return null;
  try { return { schema: JSON.parse(text.slice(i)), text: text.slice(i) }; } catch { return null; }
}

/** @returns {{schema: object, text: string, method: string, detail: string, cliTried?: string[]}} */
export function exportSchema(version) {
  const cli = path.join(packageDir(version), 'openclaw.mjs');
  const tried = [];
  for (const args of [['config', 'schema'], ['config', 'schema', '--json']]) {
    const r = runIsolated(version, [cli, ...args]);
    const got = firstJsonObject(r.stdout || '');
    if (got && got.schema.properties) return { ...got, method: 'config schema', detail: `openclaw ${args.join(' ')}` };
    tried.push(`${args.join(' ')}: exit ${r.status}: ${((r.stderr || '') + (r.stdout || '')).trim().split('\n').slice(0, 2).join(' / ')}`);
  }
  // no `config schema` command: derive it from the zod schema the release validates with
  const r = runIsolated(version, [path.join(HERE, 'derive-zod.mjs'), packageDir(version)]);
  const got = firstJsonObject(r.stdout || '');
  if (!got || !got.schema.properties) {
    throw new Error(`${version}: no schema (${tried.join('; ')}; derive-zod: exit ${r.status}: ${(r.stderr || '').trim().slice(0, 2000)})`);
  }
  const how = (r.stderr || '').split('\n').find((l) => l.startsWith('derive-zod:')) || '';
  return { ...got, method: 'derived from zod', detail: how.replace(/^derive-zod:\s*/, ''), cliTried: tried };
}
