// Shared builders for the tests of the stages: page sources, source lines, the built-in profile, and small Wikibase values.
import { readFileSync } from 'node:fs';
import type { Span } from '../../src/diagnostics/index.js';
import {
  GREGORIAN,
  type DataValue,
  type ItemId,
  type PropertyId,
  type Rank,
  type Statement,
} from '../../src/model/index.js';
import type { SourceLine } from '../../src/parse/index.js';
import { parseProfile, type Profile, type ProfileInput } from '../../src/profile/index.js';
import type { PageSource } from '../../src/source/index.js';

export const PROFILE_PATH = new URL('../../schemas/profiles/eu-knowledge-graph.json', import.meta.url);

/** The profile's raw JSON, fresh on every call so a test may change it. */
export function rawProfile(): ProfileInput {
  return JSON.parse(readFileSync(PROFILE_PATH, 'utf8')) as ProfileInput;
}

export const PROFILE: Profile = parseProfile(rawProfile());

export const ENTITY = 'https://linkedopendata.eu/entity/';
export const EURO = `${ENTITY}Q226`;
export const PERCENT = `${ENTITY}Q660`;

/** A plain-text page, or with `record` set the text of an NDJSON record at that file line. */
export function pageSource(text: string, options: { file?: string; record?: number; url?: string } = {}): PageSource {
  return {
    text,
    file: options.file ?? 'page.txt',
    line: options.record ?? 1,
    inRecord: options.record !== undefined,
    ...(options.url === undefined ? {} : { url: options.url }),
  };
}

export function span(line: number, extra: Partial<Span> = {}): Span {
  return { file: 'page.txt', line, column: 1, ...extra };
}

export function sourceLine(text: string, line = 1): SourceLine {
  return { text, span: span(line, { text }) };
}

export function quantity(amount: string, unit = EURO): DataValue {
  return { type: 'quantity', value: { amount, unit } };
}

export function day(time: string, precision = 11, calendarmodel = GREGORIAN): DataValue {
  return { type: 'time', value: { time, timezone: 0, before: 0, after: 0, precision, calendarmodel } };
}

export function monolingual(text: string, language: string): DataValue {
  return { type: 'monolingualtext', value: { text, language } };
}

/** A statement with a value main snak; its id is `<item>$<n>` unless given. */
export function statement(
  property: PropertyId,
  datavalue: DataValue,
  options: { id?: string; rank?: Rank; item?: ItemId } = {},
): Statement {
  return {
    mainsnak: { snaktype: 'value', property, datavalue },
    type: 'statement',
    id: options.id ?? `${options.item ?? 'Q1'}$${property}-${JSON.stringify(datavalue.value)}`,
    rank: options.rank ?? 'normal',
  };
}

/** The lines of a page, for building page text that reads like the source. */
export const lines = (...texts: string[]): string => texts.join('\n');
