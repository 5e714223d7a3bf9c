// Assigner: each value goes to the nth property of the first rule matching its kind and unit; repeatLast; exhausted rules.
import { describe, expect, it } from 'vitest';
import { Assigner, type StatementChoice, type ValueShape } from '../../src/interpret/index.js';
import { parseProfile } from '../../src/profile/index.js';
import { PROFILE, rawProfile } from '../support/builders.js';

const run = (shapes: ValueShape[], assigner = new Assigner(PROFILE)): (string | null)[] =>
  shapes.map((s) => assigner.assign(s)?.property ?? null);

const euro: ValueShape = { kind: 'quantity', unit: 'Q226' };
const percent: ValueShape = { kind: 'quantity', unit: 'Q660' };
const time: ValueShape = { kind: 'time' };
const text: ValueShape = { kind: 'monolingualtext' };
const string: ValueShape = { kind: 'string' };

describe('Assigner with the EU Knowledge Graph profile', () => {
  it.each<[string, ValueShape[], (string | null)[]]>([
    ['the seed page in order', [euro, euro, percent, time, time, string, text], ['P835', 'P474', 'P837', 'P20', 'P33', 'P841', 'P836']],
    ['Euro amounts: contribution, budget, then none', [euro, euro, euro], ['P835', 'P474', null]],
    ['dates: start, end, then none', [time, time, time], ['P20', 'P33', null]],
    ['one rate only', [percent, percent], ['P837', null]],
    ['one beneficiary name only', [string, string], ['P841', null]],
    ['summaries repeat the last property', [text, text, text, text], ['P836', 'P836', 'P836', 'P836']],
    ['each rule counts its own values', [time, euro, percent, euro, time], ['P20', 'P835', 'P837', 'P474', 'P33']],
    ['an exhausted rule leaves the other rules as they were', [euro, euro, euro, percent], ['P835', 'P474', null, 'P837']],
    ['a unit no rule names', [{ kind: 'quantity', unit: 'Q999' }], [null]],
    ['a non-euro project: local amounts and qualified Euro amounts', [{ kind: 'quantity', unit: 'Q218' }, { kind: 'quantity', unit: 'Q218' }], ['P835', 'P474']],
    ['a postal code before the beneficiary name', [{ kind: 'string', text: '62-800' }, { kind: 'string', text: 'Gmina' }], ['P460', 'P841']],
    ['a name that is no postal code', [{ kind: 'string', text: 'Gmina 62' }], ['P841']],
    ['a unitless quantity, where every quantity rule names units', [{ kind: 'quantity' }], [null]],
    ['an external id, for which there is no rule', [{ kind: 'external-id' }], [null]],
  ])('%s', (_, shapes, expected) => {
    expect(run(shapes)).toEqual(expected);
  });

  it('answers with the property\'s datatype', () => {
    const assigner = new Assigner(PROFILE);
    expect([euro, time, string, text].map((s) => assigner.assign(s))).toEqual<StatementChoice[]>([
      { property: 'P835', datatype: 'quantity', rank: 'normal', qualifiers: [] },
      { property: 'P20', datatype: 'time', rank: 'normal', qualifiers: [] },
      { property: 'P841', datatype: 'string', rank: 'normal', qualifiers: [] },
      { property: 'P836', datatype: 'monolingualtext', rank: 'normal', qualifiers: [] },
    ]);
  });

  it('gives a Euro amount with qualifier values the preferred rank and places its qualifiers', () => {
    const assigner = new Assigner(PROFILE);
    const choice = assigner.assign(euro, true);
    expect(choice).toMatchObject({ property: 'P835', rank: 'preferred' });
    const place = assigner.qualifiers(choice?.qualifiers ?? []);
    expect([euro, time, time].map((q) => place(q)?.property ?? null)).toEqual(['P834', 'P10', null]);
    // Euro amounts without qualifiers are another rule, with its own count.
    expect(assigner.assign(euro, false)?.property).toBe('P835');
  });

  it('starts counting again with each assigner (one per page)', () => {
    const first = new Assigner(PROFILE);
    expect(run([euro], first)).toEqual(['P835']);
    expect(run([euro])).toEqual(['P835']);
    expect(run([euro], first)).toEqual(['P474']);
  });
});

describe('Assigner with a profile of its own', () => {
  it('lets a rule without units take any quantity, unitless included, after the rules that name units', () => {
    const raw = rawProfile();
    raw.assignments = [
      { kind: 'quantity', units: ['Q226'], properties: ['P835'] },
      { kind: 'quantity', properties: ['P474', 'P837'] },
    ];
    const assigner = new Assigner(parseProfile(raw));
    expect(run([{ kind: 'quantity' }, euro, { kind: 'quantity', unit: 'Q217' }], assigner)).toEqual(['P474', 'P835', 'P837']);
  });
});
