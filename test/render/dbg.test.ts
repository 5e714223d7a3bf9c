import { isDeepStrictEqual } from 'node:util';
import { it, expect } from 'vitest';
import { renderItemPage } from '../../src/render/index.js';
import { UI_LANGUAGES } from '../../src/parse/index.js';
import { EURO, PERCENT, PROFILE } from '../unit/support.js';
import { carried, errors, itemUrl, readBack } from './round-trip.js';
import type { Item } from '../../src/model/index.js';
const q = (amount: string, unit = EURO, b?: [string, string]) => ({ type: 'quantity' as const, value: { amount, unit, ...(b ? { upperBound: b[0], lowerBound: b[1] } : {}) } });
const st = (p: 'P835' | 'P474' | 'P837' | 'P841', dv: any) => ({ mainsnak: { snaktype: 'value' as const, property: p, datavalue: dv, datatype: PROFILE.properties[p]!.datatype }, type: 'statement' as const, rank: 'normal' as const });
it('probe', () => {
  const cases: Item[] = [
    { type: 'item', id: 'Q1', claims: { P835: [st('P835', q('-1234567.5'))], P474: [st('P474', q('+123456789012345678.25'))], P837: [st('P837', q('+0.000001', PERCENT))] } },
    { type: 'item', id: 'Q2', claims: { P841: [st('P841', { type: 'string', value: 'Banca Euro' })] } },
    { type: 'item', id: 'Q3', claims: { P841: [st('P841', { type: 'string', value: 'Fondazione percent' })] } },
    { type: 'item', id: 'Q4', claims: { P835: [st('P835', q('+1000', EURO, ['+1005', '+995']))] } },
    { type: 'item', id: 'Q5', claims: { P835: [st('P835', q('+1234'))] } },
    { type: 'item', id: 'Q6', claims: { P835: [st('P835', q('+0'))] } },
    { type: 'item', id: 'Q7', claims: { P841: [st('P841', { type: 'string', value: 'Mai' })] } },
  ];
  for (const lang of UI_LANGUAGES) for (const e of cases) {
    for (const opts of [{}, { termsToggler: true, finalNewline: true }]) {
      const text = renderItemPage(e, lang, PROFILE, opts);
      const back = readBack(text, itemUrl(e.id!));
      const errs = errors(back.diagnostics);
      const same = isDeepStrictEqual(back.item && carried(back.item), carried({ ...e, labels: {}, descriptions: {}, aliases: {} }));
      if (errs.length || !same || back.uiLanguage !== lang) console.log(lang, e.id, JSON.stringify(opts), back.uiLanguage, errs.map(x => x.slice(0, 200)), same ? '' : JSON.stringify(back.item?.claims).slice(0, 300), '\n', text.split('\n').slice(-4).join(' ⏎ '));
    }
  }
});
