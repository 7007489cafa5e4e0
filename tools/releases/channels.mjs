// Which channel sections of a release's exported schema its validator actually checks. `openclaw config schema`
// merges every bundled channel plugin's config schema into `channels.<id>`, but a release validates a channel's
// config only where its own code or the plugin's manifest (`channelConfigs`) supplies that schema at validation
// time: 2026.3.31 checks its ten built-in channels and passes feishu, matrix, line, ... through unchecked. The
// validation copy must not be stricter than the validator, so each channel is asked: a config whose only content is
// `channels.<id>` holding one key no channel has. Rejected: the release checks that channel. Accepted: it does
// not, and the validation copy takes anything there. No verdict (a release that installs plugins to judge it):
// kept as exported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validate } from './verdicts.mjs';

const PROBE_KEY = 'clawlintProbeNoSuchKey';
const NOT_CHANNELS = new Set(['defaults', 'modelByChannel']);

/** The channel ids of `schema` (the normalised copy) whose config the release accepts unchecked, sorted. */
export function uncheckedChannels({ oc, version, shared, schema, engine }) {
  const ids = Object.keys(schema?.properties?.channels?.properties ?? {}).filter((id) => !NOT_CHANNELS.has(id)).sort();
  if (ids.length === 0) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-channels-'));
  try {
    const files = ids.map((id, i) => {
      const name = `channel-${i}.json`;
      fs.writeFileSync(path.join(dir, name), JSON.stringify({ channels: { [id]: { [PROBE_KEY]: true } } }) + '\n');
      return name;
    });
    const verdicts = validate(oc, version, dir, files, shared, engine);
    return ids.filter((id, i) => verdicts[i].valid === true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Lets the validation copy take anything at `channels.<id>` for each unchecked id. */
export function relaxChannels(schema, unchecked) {
  for (const id of unchecked) schema.properties.channels.properties[id] = {};
  return schema;
}
