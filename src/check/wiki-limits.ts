// What a Wikibase refuses of values, checked before anything is sent: its string limits (`string-limits`, stock
// 400 characters), leading or trailing whitespace, tabs and line breaks (refused as "Malformed input", never
// trimmed), and a value type that does not match the property's datatype. Used by `validate --wiki-limits` and
// by `upload` (with the limits the wiki itself reports).
import { VALUE_TYPE_OF_DATATYPE, type DataValue, type Entity, type Snak } from '../model/index.js';
import { WikiLimitsSchema, type WikiLimits } from '../profile/index.js';

export { WikiLimitsSchema, type WikiLimits };

/** Stock Wikibase's `string-limits`. */
export const STOCK_WIKI_LIMITS: WikiLimits = { string: 400, monolingualtext: 400, url: 500 };

export type ValueProblemKind = 'value-whitespace' | 'value-too-long' | 'value-type-mismatch';

export interface ValueProblem {
  readonly kind: ValueProblemKind;
  readonly property: string;
  /** The value as shown to people (texts quoted, cut). */
  readonly value: string;
  readonly detail: string;
}

/** Wikibase's string validator refuses these (its regex /^\s|[\v\t]|\s$/u): it never trims a value. */
const BAD_SPACE = /^\s|[\t\n\v\f\r\u0085\u2028\u2029]|\s$/u;

const quote = (text: string): string => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);

function textProblems(property: string, text: string, limit: number | undefined): ValueProblem[] {
  const out: ValueProblem[] = [];
  if (BAD_SPACE.test(text)) out.push({ kind: 'value-whitespace', property, value: quote(text), detail: 'leading or trailing whitespace, a tab or a line break (refused as "Malformed input", not trimmed)' });
  const length = [...text].length;
  if (limit !== undefined && length > limit) out.push({ kind: 'value-too-long', property, value: quote(text), detail: `${length} characters, over the wiki's limit of ${limit}` });
  return out;
}

function snakProblems(snak: Snak, limits: WikiLimits, datatypes: Readonly<Record<string, string>>): ValueProblem[] {
  if (snak.snaktype !== 'value') return [];
  const { property } = snak;
  const value: DataValue = snak.datavalue;
  const datatype = datatypes[property];
  const expected = datatype === undefined ? undefined : (VALUE_TYPE_OF_DATATYPE as Readonly<Record<string, string>>)[datatype];
  if (expected !== undefined && value.type !== expected) {
    return [{ kind: 'value-type-mismatch', property, value: value.type, detail: `a ${value.type} value, but ${property} is ${datatype} (${expected} values)` }];
  }
  if (value.type === 'string') return textProblems(property, value.value, datatype === 'url' ? (limits.url ?? limits.string) : limits.string);
  if (value.type === 'monolingualtext') return textProblems(property, value.value.text, limits.monolingualtext);
  return [];
}

/** Every value of the entity (main snaks, qualifiers, references) the wiki would refuse. */
export function valueProblems(item: Entity, limits: WikiLimits, datatypes: Readonly<Record<string, string>>): ValueProblem[] {
  const out: ValueProblem[] = [];
  for (const statements of Object.values(item.claims ?? {})) {
    for (const statement of statements) {
      out.push(...snakProblems(statement.mainsnak, limits, datatypes));
      for (const snaks of Object.values(statement.qualifiers ?? {})) for (const snak of snaks) out.push(...snakProblems(snak, limits, datatypes));
      for (const reference of statement.references ?? []) for (const snaks of Object.values(reference.snaks)) for (const snak of snaks) out.push(...snakProblems(snak, limits, datatypes));
    }
  }
  return out;
}

export function describeValueProblem(problem: ValueProblem): string {
  return `statement ${problem.property} = ${problem.value}: ${problem.detail}`;
}
