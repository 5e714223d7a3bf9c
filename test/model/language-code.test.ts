// MediaWiki language codes as Wikibase takes them for terms and monolingual texts.
import { describe, expect, it } from 'vitest';
import { isLanguageCode } from '../../src/model/index.js';

describe('isLanguageCode', () => {
  it.each(['en', 'de-ch', 'sr-el', 'zh-classical', 'simple', 'be-x-old', 'zh-min-nan', 'roa-tara', 'mul', 'und', 'en-x-piglatin', 'mis-x-Q36252'])(
    'takes %s',
    (code) => expect(isLanguageCode(code)).toBe(true),
  );
  it.each(['deprecated', 'EN', 'en_GB', '', 'de-CH', 'e', 'en-', 'english'])('refuses %j', (code) => expect(isLanguageCode(code)).toBe(false));
});
