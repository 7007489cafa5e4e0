// The legacy-config rules of a release's `openclaw doctor`: which key moved where, or was removed, in the
// release's own words. OpenClaw's validator only says `Unrecognized key` for a retired key; its doctor rules
// (objects `{ path: [...], message: "..." }` in dist/) say what replaced it. clawlint reads the extract to
// name the replacement and to fix what moved one-to-one.
//
//   node tools/releases/doctor-rules.mjs VERSION...   (writes schema/.../releases/<v>/doctor-rules.json)
import fs from 'node:fs';
import path from 'node:path';
import { RELEASES_DIR, packageDir } from './lib.mjs';

const RULE = /path:\s*\[([^\]]*)\],\s*message:\s*"((?:[^"\\]|\\.)*)"/g;

/** Every `{ path, message }` rule in the release's dist/, deduplicated, sorted by path. */
export function extractDoctorRules(version) {
  const dist = path.join(packageDir(version), 'dist');
  const seen = new Map();
  for (const name of fs.readdirSync(dist)) {
    if (!/\.(m?js)$/.test(name)) continue;
    const text = fs.readFileSync(path.join(dist, name), 'utf8');
    if (!text.includes('doctor --fix') && !text.includes('auto-migrated on load')) continue;
    for (const m of text.matchAll(RULE)) {
      const parts = [...m[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((p) => p[1]);
      if (parts.length === 0 || parts.length !== m[1].split(',').filter((s) => s.trim()).length) continue;
      const message = JSON.parse(`"${m[2]}"`);
      if (!/doctor --fix|auto-migrated|moved|removed|was replaced|renamed|retired/.test(message)) continue;
      const key = parts.join('.') + '\u0000' + message;
      if (!seen.has(key)) seen.set(key, { path: parts.join('.'), message, ...moveOf(parts.join('.'), message) });
    }
  }
  return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path) || a.message.localeCompare(b.message));
}

/**
 * A one-to-one move the message states about the rule's own path, in the words `openclaw doctor --fix` uses
 * for the moves it carries out mechanically: "a.b moved to c.d." or "a.b was renamed to c" (a sibling key);
 * else nothing. "a.b was moved; use c.d instead" (older releases) names a replacement whose value may have
 * another shape, so it is kept as words only.
 */
function moveOf(rulePath, message) {
  const m = message.match(/^(?:top-level )?([\w.]+) (moved to|was renamed to) (?:top-level )?([\w.]+?)\.(?:\s|$)/);
  if (!m || m[1] !== rulePath) return {};
  const to = m[2] === 'was renamed to' && !m[3].includes('.') ? [...rulePath.split('.').slice(0, -1), m[3]].join('.') : m[3];
  return { movedTo: to };
}

/**
 * Does the release run all of its doctor's config migrations whenever it reads a config, before validating?
 * 2026.4.x does (`applyRuntimeLegacyConfigMigrations`, called from the config reader, applies
 * `applyLegacyDoctorMigrations`); earlier releases say so rule by rule ("(auto-migrated on load)" in the message),
 * later ones reject the legacy keys and leave the migration to `openclaw doctor --fix`.
 */
export function migratesOnLoad(version) {
  const dist = path.join(packageDir(version), 'dist');
  for (const name of fs.readdirSync(dist)) {
    if (!/\.(m?js)$/.test(name)) continue;
    const text = fs.readFileSync(path.join(dist, name), 'utf8');
    if (!text.includes('function applyRuntimeLegacyConfigMigrations')) continue;
    const calls = text.split('applyRuntimeLegacyConfigMigrations(').length - 1;
    if (calls >= 2 && text.includes('applyLegacyDoctorMigrations(')) return true; // defined and called
  }
  return false;
}

/** Writes releases/<version>/doctor-rules.json; returns its path and counts. */
export function writeDoctorRules(version, rules, onLoad = migratesOnLoad(version)) {
  const file = path.join(RELEASES_DIR, version, 'doctor-rules.json');
  fs.writeFileSync(file, JSON.stringify({
    comment: `openclaw doctor's legacy-config rules in OpenClaw ${version} (dist/), extracted by tools/releases/doctor-rules.mjs: `
      + 'path = the key the rule looks at; movedTo = where the message says a one-to-one move goes; migratesOnLoad = the '
      + 'release applies every migration when it reads a config (else only the rules whose message says "auto-migrated on load").',
    migratesOnLoad: onLoad,
    rules,
  }, null, 1) + '\n');
  return { file, rules: rules.length, moves: rules.filter((r) => r.movedTo).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const version of process.argv.slice(2)) {
    const w = writeDoctorRules(version, extractDoctorRules(version));
    console.log(`${w.file}: ${w.rules} rules, ${w.moves} one-to-one moves`);
  }
}
