// A refusal of the wiki said in words: which statement (property and value) and why, from the error's messages
// (their names and parameters), never just the error code or the wiki markup of its info text.
import type { Item } from '../model/index.js';
import { showValue } from './describe-change.js';
import type { ApiError } from './errors.js';

/** `[[Item:Q5|Q5]]` → `Q5`; `⧼name⧽` (a message without English text) → ''. */
export function plainText(text: string): string {
  return text
    .replace(/\[\[[^|\]]*\|([^\]]*)\]\]/gu, '$1')
    .replace(/\[\[([^\]]*)\]\]/gu, '$1')
    .replace(/\u29fc[^\u29fd]*\u29fd/gu, '')
    .replace(/<[^>]*>/gu, '')
    .trim();
}

const param = (parameters: readonly unknown[], i: number): string => plainText(String(parameters[i] ?? ''));

/** What a Wikibase validator's message means, from its name and parameters. */
function reasonOf(name: string, p: readonly unknown[]): string | undefined {
  switch (name) {
    case 'wikibase-validator-too-long':
      return `longer than the wiki allows (${param(p, 0)} characters)`;
    case 'wikibase-validator-label-too-long':
    case 'wikibase-validator-description-too-long':
    case 'wikibase-validator-alias-too-long':
      return `a ${name.split('-')[2] ?? 'term'} longer than the wiki allows (${param(p, 0)} characters)`;
    case 'wikibase-validator-too-short':
      return 'an empty text';
    case 'wikibase-validator-malformed-value':
      return 'a text with leading or trailing whitespace, a tab or a line break, or a malformed date (Wikibase refuses it, it does not trim values)';
    case 'wikibase-validator-bad-value-type':
      return `a ${param(p, 0)} value where the property takes ${param(p, 1)} values`;
    case 'wikibase-validator-no-such-property':
      return `property ${param(p, 0)} does not exist on the wiki`;
    case 'wikibase-validator-no-such-entity':
      return `${param(p, 0)} does not exist on the wiki`;
    case 'wikibase-validator-not-a-language':
      return `"${param(p, 0)}" is not a language code the wiki knows`;
    case 'wikibase-validator-too-high':
      return `a precision of ${param(p, 1)}, over the wiki's maximum ${param(p, 0)}`;
    case 'wikibase-validator-bad-prefix':
      return `${param(p, 0)} is not an entity the wiki accepts there (wrong URI prefix)`;
    case 'wikibase-validator-not-allowed':
      return `${param(p, 0)} is not allowed (a unit must be an item of this wiki)`;
    case 'wikibase-validator-bad-value':
      return `a corrupt value: ${param(p, 0)}`;
    case 'wikibase-validator-missing-field':
      return `the field "${param(p, 0)}" is missing`;
    case 'wikibase-validator-label-with-description-conflict':
      return `${param(p, 2)} already has the label "${param(p, 0)}" with the same description in ${param(p, 1)}`;
    case 'wikibase-validator-label-equals-description':
      return `the label and the description in ${param(p, 0)} are the same`;
    case 'no-such-entity':
      return `${param(p, 0)} does not exist on the wiki`;
    default:
      return undefined;
  }
}

/** The statements of ours whose value (or property) a message parameter names: "P841 = \"  Beneficiary  \"". */
function statementsNamed(item: Item, parameters: readonly unknown[]): string[] {
  const texts = parameters.map((p) => String(p));
  const named = new Set(texts.flatMap((t) => [...t.matchAll(/\bP[1-9]\d*\b/gu)].map((m) => m[0])));
  const out: string[] = [];
  for (const [property, statements] of Object.entries(item.claims ?? {})) {
    for (const statement of statements) {
      const snak = statement.mainsnak;
      if (snak.snaktype !== 'value') continue;
      const value = snak.datavalue;
      const raw = value.type === 'string' ? value.value : value.type === 'monolingualtext' ? value.value.text : value.type === 'wikibase-entityid' ? (value.value.id ?? '') : value.type === 'time' ? value.value.time : value.type === 'quantity' ? value.value.unit : '';
      // Wikibase cuts long values in its messages ("xxxx..."): a cut parameter names the values it starts.
      const matches = texts.some((t) => t === raw || (t.endsWith('...') && t.length > 3 && raw.startsWith(t.slice(0, -3))) || (raw !== '' && plainText(t) === raw));
      if (matches || named.has(property)) out.push(`${property} = ${showValue(value)}`);
    }
  }
  return [...new Set(out)];
}

/**
 * "statement P841 = \"  Beneficiary  \": a text with leading or trailing whitespace … (wikibase-validator-malformed-value)".
 * The item is named by the caller's report.
 */
export function describeRefusal(error: ApiError, item: Item): string {
  const parts: string[] = [];
  for (const message of error.messages) {
    const reason = reasonOf(message.name, message.parameters);
    if (reason === undefined) continue;
    const statements = message.name.startsWith('wikibase-validator-label') ? [] : statementsNamed(item, message.parameters);
    const where = statements.length === 0 ? '' : `statement ${statements.join(', ')}: `;
    parts.push(`${where}${reason} (${message.name})`);
  }
  if (parts.length > 0) return `refused by the wiki: ${parts.join('; ')}`;
  const info = plainText(error.info);
  return `refused by the wiki: ${error.code}${info === '' ? '' : `: ${info}`}`;
}
