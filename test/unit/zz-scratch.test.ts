import { it } from 'vitest';
import { parseProfile, loadProfile } from '../../src/profile/index.js';
import { ItemSchema, statementId } from '../../src/model/index.js';
import { isGuid } from 'wikibase-sdk';
it('x', async () => {
  const p = await loadProfile();
  const raw = JSON.parse(JSON.stringify(p));
  raw.assignments[0].properties[1] = 'P999';
  raw.addresses[0].pattern = '(?<id>Q[';
  raw.checks[0].left = 'P998';
  try { parseProfile(raw, 'x.json'); } catch (e) { console.log(String(e)); }
  const r = ItemSchema.safeParse({ type: 'item', id: 'Q1', labels: [], claims: { P1: [{ mainsnak: { snaktype: 'value', property: 'P1', datavalue: { type: 'quantity', value: { amount: '1.5', unit: '1' } } }, type: 'statement', id: 'x', rank: 'normal' }] } });
  console.log(JSON.stringify(r.error?.issues));
  console.log(statementId('Q1', 'k'), isGuid(statementId('Q1','k')));
});
