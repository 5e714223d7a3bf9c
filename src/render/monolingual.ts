// Writes a monolingual text as Wikibase shows it: the text, a space, the language's name in the UI language in parentheses.
import { languageName } from '../locale/index.js';
import type { MonolingualTextValue } from '../model/index.js';

export function formatMonolingualText(value: MonolingualTextValue['value'], lang: string): string {
  return `${value.text} (${languageName(value.language, lang)})`;
}
