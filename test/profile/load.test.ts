// Profiles: the built-in profile loads; a bad profile is a ProfileError that names the JSON path of each problem.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/files/index.js';
import { DEFAULT_PROFILE, parseProfile, ProfileError, type ProfileInput } from '../../src/profile/index.js';
import { rawProfile } from '../support/builders.js';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wbimport-profile-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The error parseProfile throws for the built-in profile changed by `change`. */
function problem(change: (raw: ProfileInput & Record<string, unknown>) => void): ProfileError {
  const raw = rawProfile() as ProfileInput & Record<string, unknown>;
  change(raw);
  try {
    parseProfile(raw, 'bad.json');
  } catch (error) {
    if (error instanceof ProfileError) return error;
    throw error;
  }
  throw new Error('expected a ProfileError');
}

describe('the built-in profile', () => {
  it('loads by default, by name, and by path, to the same profile', async () => {
    const byDefault = await loadProfile();
    expect(byDefault.name).toBe(DEFAULT_PROFILE);
    expect(await loadProfile('eu-knowledge-graph')).toEqual(byDefault);
    expect(await loadProfile(join(import.meta.dirname, '../../schemas/profiles/eu-knowledge-graph.json'))).toEqual(byDefault);
  });

  it('has what the pipeline relies on, defaults filled in', async () => {
    const profile = await loadProfile();
    expect(profile.wikibase.conceptUriBase).toBe('https://linkedopendata.eu/entity/');
    expect(profile.portalProperty).toBe('P836');
    expect(profile.properties['P835']).toEqual({ label: 'EU contribution', datatype: 'quantity', multiple: false });
    expect(profile.properties['P836']?.multiple).toBe(true);
    expect(profile.assignments.map((a) => a.repeatLast)).toEqual([false, false, false, false, false, false, false, true, false]);
    expect(profile.assignments.map((a) => a.rank)).toEqual(['normal', 'preferred', 'normal', 'normal', 'normal', 'normal', 'normal', 'normal', 'normal']);
    expect(profile.checks.map((c) => [c.kind, c.code, c.stage])).toEqual([
      ['order', 'contribution-exceeds-budget', 'convert'],
      ['ratio', 'rate-mismatch', 'convert'],
      ['order', 'start-after-end', 'convert'],
      ['required', 'summary-missing', 'validate'],
      ['required', 'amount-missing', 'validate'],
      ['units', 'unit-not-allowed', 'validate'],
      ['units', 'rate-unit-not-allowed', 'validate'],
      ['range', 'rate-out-of-range', 'validate'],
      ['range', 'amount-negative', 'validate'],
      ['range', 'date-implausible', 'validate'],
      ['single-value', 'several-values', 'validate'],
      ['datatype', 'datatype-mismatch', 'validate'],
      ['pattern', 'postal-code-format', 'validate'],
    ]);
    expect(profile.units.map((u) => u.item)).toEqual(['Q226', 'Q660', 'Q217', 'Q218', 'Q220']);
  });

  it('loads a profile file of one\'s own, checks defaulting to none', async () => {
    const raw = rawProfile();
    delete raw.checks;
    raw.name = 'my-wikibase';
    const path = join(dir, 'my-wikibase.json');
    writeFileSync(path, JSON.stringify(raw));
    const profile = await loadProfile(path);
    expect(profile.name).toBe('my-wikibase');
    expect(profile.checks).toEqual([]);
  });
});

describe('loadProfile: profiles it cannot read', () => {
  it.each<[string, () => string]>([
    ['an unknown built-in name', () => 'no-such-profile'],
    ['a missing file', () => join(dir, 'missing.json')],
    [
      'a file that is not JSON',
      () => {
        const path = join(dir, 'broken.json');
        writeFileSync(path, '{ "name": ');
        return path;
      },
    ],
  ])('%s → ProfileError', async (_, path) => {
    const where = path();
    const error = await loadProfile(where).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as ProfileError).name).toBe('ProfileError');
    expect((error as ProfileError).message).toContain(where.startsWith('/') ? where : `${where}.json`);
  });

  it('names the file of an invalid profile', async () => {
    const path = join(dir, 'invalid.json');
    writeFileSync(path, JSON.stringify({ ...rawProfile(), portalProperty: 'P1' }));
    await expect(loadProfile(path)).rejects.toThrow(path);
  });
});

describe('parseProfile: problems named by JSON path', () => {
  // The path is what a profile's author needs to find the problem: the message's format is the point here.
  it.each<[string, (raw: ProfileInput & Record<string, unknown>) => void, string[]]>([
    [
      'an assignment to an undeclared property',
      (raw) => {
        raw.assignments[0]!.properties = ['P835', 'P999'];
      },
      ['assignments[0].properties[1]', 'P999'],
    ],
    ['an undeclared portal property', (raw) => void (raw.portalProperty = 'P998'), ['portalProperty', 'P998']],
    [
      'a check on an undeclared property',
      (raw) => {
        raw.checks = [{ kind: 'order', code: 'x-before-y', severity: 'warning', left: 'P835', right: 'P997', message: '' }];
      },
      ['checks[0]', 'P997'],
    ],
    [
      'an address pattern that is not a regular expression',
      (raw) => {
        raw.addresses[1]!.pattern = '^https://kohesio\\.eu/(?<id>Q[0-9+$';
      },
      ['addresses[1].pattern'],
    ],
    [
      'an address pattern without an id group',
      (raw) => {
        raw.addresses[0]!.pattern = '^https://linkedopendata\\.eu/wiki/Item:(Q\\d+)$';
      },
      ['addresses[0].pattern', '(?<id>'],
    ],
    ['a bad datatype', (raw) => void (raw.properties['P835'] = { label: 'x', datatype: 'decimal' as 'quantity' }), ['properties.P835.datatype']],
    ['a bad property id as a key', (raw) => void (raw.properties['835'] = { label: 'x', datatype: 'quantity' }), ['properties']],
    ['a bad unit item', (raw) => void (raw.units[0]!.item = 'Q-1' as 'Q1'), ['units[0].item']],
    ['a unit with no label', (raw) => void (raw.units[0]!.labels = { en: [] }), ['units[0].labels.en']],
    [
      'a ratio scale that is not a decimal',
      (raw) => {
        raw.checks = [{ kind: 'ratio', code: 'r', severity: 'info', value: 'P837', numerator: 'P835', denominator: 'P474', scale: '100', tolerance: '+0.01', message: '' }];
      },
      ['checks[0].scale'],
    ],
    ['a check code that is not kebab-case', (raw) => void ((raw.checks ?? [])[0]!.code = 'Rate Mismatch'), ['checks[0].code']],
    ['a bad concept URI base', (raw) => void (raw.wikibase.conceptUriBase = 'linkedopendata.eu/entity/'), ['wikibase.conceptUriBase']],
    ['a missing name', (raw) => void delete (raw as Record<string, unknown>)['name'], ['name']],
  ])('%s', (_, change, expected) => {
    const error = problem(change);
    expect(error).toBeInstanceOf(ProfileError);
    expect(error.message).toContain('bad.json');
    for (const text of expected) expect(error.message).toContain(text);
  });

  it('lists every problem, not just the first', () => {
    const error = problem((raw) => {
      raw.portalProperty = 'P998';
      raw.addresses[0]!.pattern = '(';
    });
    expect(error.message).toContain('portalProperty');
    expect(error.message).toContain('addresses[0].pattern');
  });

  it('accepts the built-in profile as it is', () => {
    expect(() => parseProfile(rawProfile())).not.toThrow();
  });
});
