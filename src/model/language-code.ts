// The language codes Wikibase takes for terms and monolingual texts: MediaWiki's codes, as a rule rather than a list.
//
// MediaWiki's codes are lower case: an ISO 639 code of two or three letters, then subtags of letters and digits
// (`de-ch`, `sr-el`, `be-tarask`, `zh-classical`, `roa-tara`, `zh-min-nan`, `en-x-piglatin`), or one of the few
// older Wikimedia codes that are no ISO code at all (`simple`). BCP 47 caps subtags at eight characters; MediaWiki
// does not (`zh-classical`), so neither does this rule; after a private-use `x` subtag any case is taken (Wikidata's
// `mis-x-Q…` codes). What it refuses (`deprecated`, `EN`, `en_GB`, ``) Wikibase refuses too.
const MEDIAWIKI_CODE = /^(?:[a-z]{2,3}|simple)(?:-[a-z0-9]{1,12})*(?:-x(?:-[A-Za-z0-9]{1,12})+)?$/u;

export function isLanguageCode(code: string): boolean {
  return MEDIAWIKI_CODE.test(code);
}

export const LANGUAGE_CODE_PROBLEM =
  'expected a MediaWiki language code (lower case, such as "en", "de-ch", "sr-el", "zh-classical")';
