// The profile's `upload` settings: optional (older profiles still load), checked, and set in the built-in profile.
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/files/index.js';
import { parseProfile, ProfileError } from '../../src/profile/index.js';
import { mergeRules, ruleFor } from '../../src/upload/merge-rules.js';
import { rawProfile } from '../support/builders.js';

describe('upload settings in a profile', () => {
  it('are optional: a profile without them loads, and gets the default rules', () => {
    const raw = rawProfile() as Record<string, unknown>;
    delete raw['upload'];
    const profile = parseProfile(raw);
    expect(profile.upload).toBeUndefined();
    expect(ruleFor(mergeRules(profile.upload), 'P835')).toBe('add');
  });

  it('are set in the built-in profile: the API, single facts replaced, the beneficiary linked by name', async () => {
    const profile = await loadProfile();
    const rules = mergeRules(profile.upload);
    expect(profile.wikibase.api).toBe('https://linkedopendata.eu/w/api.php');
    expect(['P835', 'P474', 'P20', 'P836'].map((p) => ruleFor(rules, p as `P${number}`))).toEqual(['replace', 'replace', 'replace', 'add']);
    expect(profile.upload?.links).toEqual([{ property: 'P889', labelFrom: 'P841', language: 'en' }]);
  });

  it.each([
    [{ links: [{ property: 'P999999', labelFrom: 'P841' }] }, 'upload.links[0].property'],
    [{ merge: { P835: 'overwrite' } }, 'upload.merge.P835'],
    [{ maxlag: 0 }, 'upload.maxlag'],
  ])('are checked: %j is refused at %s', (upload, path) => {
    const raw = { ...rawProfile(), upload } as Record<string, unknown>;
    expect(() => parseProfile(raw, 'bad.json')).toThrow(ProfileError);
    expect(() => parseProfile(raw, 'bad.json')).toThrow(new RegExp(path.replace(/[.[\]]/gu, '\\$&'), 'u'));
  });
});
