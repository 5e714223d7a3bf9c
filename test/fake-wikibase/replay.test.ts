// The recorded contract: every exchange of ../shared/wikibase-api/probes (a real Wikibase's answers) replayed
// against the fake, which must answer with the same status, error code, warnings and shape (ids, tokens and
// timestamps aside).
import { describe, expect, it } from 'vitest';
import { oraclePath } from '../support/oracle.js';
import { readProbes } from '../support/probes/probe-file.js';
import { replay } from '../support/probes/replay.js';

const dir = oraclePath('wikibase-api/probes');

describe.skipIf(dir === undefined)('the fake answers as the recorded Wikibase', () => {
  const probes = dir === undefined ? [] : readProbes(dir);
  it('has probes to replay', () => {
    expect(probes.length).toBeGreaterThan(0);
  });
  it.each(probes.map((p) => [p.scenario, p] as const))('%s', async (_name, probe) => {
    const results = await replay(probe);
    const differences = results.flatMap((r) => r.differences.map((d) => `#${r.exchange.n} ${r.exchange.step}: ${d}`));
    expect(differences).toEqual([]);
    expect(results.length).toBe(probe.exchanges.length);
  }, 60_000);
});
