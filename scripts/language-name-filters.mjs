#!/usr/bin/env node
// Writes src/locale/name-filter-table.ts: per UI language, the filter of the names its costlier language-name tiers
// hold (see src/locale/name-filter.ts), from the running Node's ICU. Run after `npm run build`, when
// test/locale/name-filter.test.ts says a filter misses a name (a Node with other ICU data).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const { rareTierNames } = await import(`${root}dist/locale/language-names.js`);
const { NameFilter } = await import(`${root}dist/locale/name-filter.js`);
const { UI_LANGUAGES } = await import(`${root}dist/parse/ui-phrases.js`);

const lines = UI_LANGUAGES.map((lang) => `  ${/^[a-z]+$/u.test(lang) ? lang : `'${lang}'`}:\n    '${NameFilter.of(rareTierNames(lang)).toBase64()}',`);
const text = `// Made by scripts/language-name-filters.mjs from Node's ICU (see name-filter.ts); test/locale/name-filter.test.ts checks it.
export const RARE_NAME_FILTERS: Readonly<Record<string, string>> = {
${lines.join('\n')}
};
`;
writeFileSync(`${root}src/locale/name-filter-table.ts`, text);
console.log(`wrote src/locale/name-filter-table.ts (${UI_LANGUAGES.length} UI languages, node ${process.versions.node}, ICU ${process.versions.icu})`);
