import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { renderItemPage } from '../../src/render/index.js';
import { PROFILE } from '../unit/support.js';
it('x', () => {
  const e = JSON.parse(readFileSync('/work/main/fixtures/seed-item-page/expected.json','utf8')).entities.Q4295133;
  const out = renderItemPage(e, 'en', PROFILE);
  const inp = readFileSync('/work/main/fixtures/seed-item-page/input.txt','utf8');
  console.log(out === inp);
  for (const l of ['de','hu','lt','el','ga','mt','fr']) console.log(renderItemPage(e, l, PROFILE).split('\n').filter(x=>x.length<200).join('\n'), '\n=====');
});
