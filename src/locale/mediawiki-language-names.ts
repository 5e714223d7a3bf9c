// Where MediaWiki's language names (Extension:CLDR, as Wikibase shows them) differ from Intl's, per UI language: the
// project's own table, checked against real pages by test/locale/language-names.test.ts.

/**
 * The locale whose names a UI language shows, where it is not the language itself: MediaWiki's `pt` is Portugal's
 * Portuguese (`polaco`, `neerlandês`), Intl's `pt` Brazil's (`polonês`, `holandês`).
 */
export const NAME_LOCALES: Readonly<Record<string, string>> = { pt: 'pt-PT' };

/** Single names where Extension:CLDR's own list (its LocalNames files) overrides CLDR's: Danish `hollandsk`. */
export const NAME_OVERRIDES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  da: { nl: 'hollandsk' },
};
