#!/usr/bin/env node
// Writes src/locale/cldr-date-table.ts: per UI language, what the date reader asks CLDR (month names in six forms,
// the shapes of a day's and a month's date and of a year; see src/locale/cldr-dates.ts), from the running Node's
// ICU. Run after `npm run build`, when test/locale/cldr-dates.test.ts says the table differs (other ICU data).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const { intlDates } = await import(`${root}dist/locale/cldr-dates.js`);
const { UI_LANGUAGES } = await import(`${root}dist/parse/ui-phrases.js`);

// Spaces other than the plain one (CLDR's no-break and narrow no-break spaces) and marks of direction are written
// as escapes, so the table shows them.
const str = (s) =>
  `'${s
    .replace(/\\/gu, '\\\\')
    .replace(/'/gu, "\\'")
    .replace(/[^\S ]|[\u200e\u200f\u061c]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
const key = (k) => (/^[a-z]+$/u.test(k) ? k : str(k));
const entry = (lang) => {
  const { months, shapes } = intlDates(lang);
  const monthLines = Object.entries(months).map(([form, names]) => `      ${key(form)}: [${names.map(str).join(', ')}],`);
  const shapeLines = Object.entries(shapes).map(([form, parts]) => `      ${key(form)}: [${parts.map(([t, v]) => `[${str(t)}, ${str(v)}]`).join(', ')}],`);
  return `  ${key(lang)}: {\n    months: {\n${monthLines.join('\n')}\n    },\n    shapes: {\n${shapeLines.join('\n')}\n    },\n  },`;
};
const text = `// Made by scripts/cldr-date-table.mjs from Node's ICU (see cldr-dates.ts); test/locale/cldr-dates.test.ts checks it.
import type { CldrDates } from './cldr-date-types.js';

// prettier-ignore
export const CLDR_DATE_TABLE: Readonly<Record<string, CldrDates>> = {
${UI_LANGUAGES.map(entry).join('\n')}
};
`;
writeFileSync(`${root}src/locale/cldr-date-table.ts`, text);
console.log(`wrote src/locale/cldr-date-table.ts (${UI_LANGUAGES.length} UI languages, node ${process.versions.node}, ICU ${process.versions.icu})`);
