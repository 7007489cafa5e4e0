// Compares `clawlint resolve --format json` with OpenClaw's recorded model resolution
// (fixtures/oracle/models-2026.9.6.jsonl): the resolved primary, the fallback chain and the listed
// contextWindow of every catalogue row. A quick report from outside; the build's check is
// ModelResolutionAgreementTest (core), which compares every field of the recording.
//
//   node tools/oracle/compare-resolve.mjs [SHARED] [FILE-REGEX]
//
// SHARED defaults to ../shared next to the repository (for corpus/real and seed/examples); the CLI is
// $CLAWLINT or the repository's ./clawlint launcher (needs a build). OpenClaw's `fallbacks` are as written;
// they are compared through the `fallback#N` tags of `models list` where a row carries one.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(process.argv[2] || path.join(repo, '../shared'));
const filter = new RegExp(process.argv[3] || '.');
const cli = process.env.CLAWLINT || path.join(repo, 'clawlint');
const recording = path.join(repo, 'src-test-fixtures/src/main/resources/dev/clawlint/fixtures/oracle/models-2026.9.6.jsonl');
const recs = fs.readFileSync(recording, 'utf8').split('\n').filter((l) => l.trim()).map(JSON.parse);
const resolved = new Map();
let agree = 0, differ = 0, skipped = 0;
for (const r of recs) {
  if (!filter.test(r.file)) continue;
  if (r.status.error) { skipped++; continue; } // OpenClaw answered with an error (roster without owner, secrets)
  const abs = path.join(/^(corpus|seed)\//.test(r.file) ? shared : repo, r.file);
  if (!resolved.has(abs)) {
    const p = spawnSync(cli, ['resolve', '--format', 'json', abs], { encoding: 'utf8' });
    try { resolved.set(abs, JSON.parse(p.stdout)); } catch { resolved.set(abs, { error: (p.stderr || p.stdout).trim().slice(0, 200) }); }
  }
  const c = resolved.get(abs);
  const diffs = [];
  if (c.error) diffs.push(`clawlint: ${c.error}`);
  else {
    const block = c.routing.find((b) => b.agent === (r.agent ?? 'defaults')) ?? c.routing[0];
    const primary = block?.models.find((m) => m.use === 'primary')?.ref;
    if (primary !== r.status.resolvedDefault) diffs.push(`primary: OpenClaw ${r.status.resolvedDefault}, clawlint ${primary}`);
    const tagged = Object.fromEntries((r.list.models ?? []).flatMap((m) =>
      m.tags.filter((t) => t.startsWith('fallback#')).map((t) => [Number(t.slice(9)), m.key])));
    const ocFallbacks = r.status.fallbacks.map((f, i) => tagged[i + 1] ?? f);
    // a fallback without a fallback#N row (a ref to a provider with no configured row) is compared as written
    const clFallbacks = (block?.models ?? []).filter((m) => m.use === 'fallback').map((m, i) => (tagged[i + 1] ? m.ref : m.written));
    if (JSON.stringify(ocFallbacks) !== JSON.stringify(clFallbacks)) {
      diffs.push(`fallbacks: OpenClaw ${JSON.stringify(ocFallbacks)}, clawlint ${JSON.stringify(clFallbacks)}`);
    }
    const rows = [...c.routing.flatMap((b) => b.models), ...(c.available ?? [])];
    for (const m of r.list.models ?? []) {
      const row = rows.find((x) => x.ref === m.key && x.contextWindow !== undefined);
      if (m.contextWindow != null && row && row.contextWindow !== m.contextWindow) {
        diffs.push(`contextWindow ${m.key}: OpenClaw ${m.contextWindow}, clawlint ${row.contextWindow}`);
      }
    }
  }
  if (diffs.length) differ++; else agree++;
  console.log(`${r.file} [${r.agent ?? 'no --agent'}]: ${diffs.length ? '\n    ' + diffs.join('\n    ') : 'agrees'}`);
}
console.log(`\n${agree} records agree, ${differ} differ, ${skipped} skipped (OpenClaw answered with an error)`);
