// The fake Wikibase's pure parts: fault applicability and scheduling, the seeded PRNG, parameter parsing.
import { describe, expect, it } from 'vitest';
import { FaultSchedule, faultApplies, type FaultTarget } from '../support/fake-wikibase/faults.js';
import { createPrng } from '../support/fake-wikibase/prng.js';
import { flag, multiValue, parseCookies } from '../support/fake-wikibase/request.js';
import { FAULT_KINDS, type FaultKind } from '../support/fake-wikibase/types.js';

const READ: FaultTarget = { action: 'wbgetentities', maxlag: undefined, write: false };
const READ_MAXLAG: FaultTarget = { action: 'wbgetentities', maxlag: 5, write: false };
const EDIT: FaultTarget = { action: 'wbeditentity', maxlag: undefined, write: true };
const LOGOUT: FaultTarget = { action: 'logout', maxlag: 5, write: true };

describe('faultApplies (lag 7)', () => {
  it.each<[FaultKind, FaultTarget, boolean]>([
    ['maxlag', READ, false],
    ['maxlag', READ_MAXLAG, true],
    ['maxlag', { ...READ, maxlag: 7 }, false],
    ['maxlag', { ...READ, maxlag: 0 }, true],
    ['badtoken', READ, false],
    ['badtoken', EDIT, true],
    ['badtoken', LOGOUT, true],
    ['editconflict', LOGOUT, false],
    ['editconflict', EDIT, true],
    ['ratelimit', READ, true],
    ['server-error', READ, true],
    ['unavailable', EDIT, true],
    ['drop-before', READ, true],
    ['drop-after', EDIT, true],
  ])('%s on %j → %s', (kind, target, expected) => expect(faultApplies(kind, target, 7)).toBe(expected));
});

describe('FaultSchedule', () => {
  it('keeps a scripted fault at the head until a request it applies to', () => {
    const schedule = new FaultSchedule(undefined, 7);
    schedule.inject(['maxlag', 'ratelimit']);
    expect([READ, EDIT, READ_MAXLAG, READ, READ].map((t) => schedule.next(t))).toEqual([undefined, undefined, 'maxlag', 'ratelimit', undefined]);
  });

  it('draws random faults per request whether or not a scripted one is used', () => {
    const plan = { rate: 0.5, kinds: FAULT_KINDS, seed: 11 };
    const plain = new FaultSchedule(plan, 7);
    const scripted = new FaultSchedule(plan, 7);
    scripted.inject(['server-error', 'server-error']);
    const a = Array.from({ length: 30 }, () => plain.next(EDIT));
    const b = Array.from({ length: 30 }, () => scripted.next(EDIT));
    expect(b.slice(0, 2)).toEqual(['server-error', 'server-error']);
    expect(b.slice(2)).toEqual(a.slice(2));
  });

  it('restarts the sequence from the seed on set()', () => {
    const schedule = new FaultSchedule({ rate: 0.5, kinds: FAULT_KINDS, seed: 5 }, 7);
    const first = Array.from({ length: 20 }, () => schedule.next(EDIT));
    schedule.set({ rate: 0.5, kinds: FAULT_KINDS, seed: 5 });
    expect(Array.from({ length: 20 }, () => schedule.next(EDIT))).toEqual(first);
  });
});

describe('createPrng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createPrng(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(1).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('makes uppercase version-4-shaped UUIDs and hex of any length', () => {
    const prng = createPrng(3);
    for (let i = 0; i < 20; i++) expect(prng.uuid()).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(prng.hex(13)).toMatch(/^[0-9a-f]{13}$/);
  });
});

describe('parameters', () => {
  it.each([
    ['Q1|Q2', ['Q1', 'Q2']],
    ['', []],
    ['\u001fa|b\u001fc', ['a|b', 'c']],
  ])('multiValue(%j) → %j', (value, expected) => expect(multiValue(value)).toEqual(expected));

  it.each([
    [{ bot: '' }, true],
    [{ bot: 'false' }, true],
    [{}, false],
  ])('flag(%j, "bot") → %s', (params, expected) => expect(flag(params, 'bot')).toBe(expected));

  it('reads cookies by name', () => {
    expect([...parseCookies('a=1; fakewiki_session=abc%20d;broken; b=')]).toEqual([
      ['a', '1'],
      ['fakewiki_session', 'abc d'],
      ['b', ''],
    ]);
  });
});
