// The readable diff --dry-run=diff prints: one line per term or statement added, changed or removed.
import { entityIdOf, type DataValue, type Snak, type Statement } from '../model/index.js';
import type { Change } from './diff.js';

const clip = (text: string, max = 80): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A unit or calendar as its item id when it is a concept URI (Q226 for …/entity/Q226). */
const shortUri = (uri: string): string => /\/(Q\d+)$/u.exec(uri)?.[1] ?? uri;

export function showValue(value: DataValue): string {
  switch (value.type) {
    case 'string':
      return JSON.stringify(clip(value.value));
    case 'monolingualtext':
      return `${value.value.language}:${JSON.stringify(clip(value.value.text))}`;
    case 'quantity': {
      const v = value.value;
      const bounds = v.upperBound === undefined ? '' : ` [${v.lowerBound ?? '?'}, ${v.upperBound}]`;
      return `${v.amount}${bounds}${v.unit === '1' ? '' : ` ${shortUri(v.unit)}`}`;
    }
    case 'time':
      return `${value.value.time}/${value.value.precision}${shortUri(value.value.calendarmodel) === 'Q1985727' ? '' : ` ${shortUri(value.value.calendarmodel)}`}`;
    case 'globecoordinate':
      return `@${value.value.latitude},${value.value.longitude}`;
    case 'wikibase-entityid':
      return entityIdOf(value.value);
  }
}

export function showSnak(snak: Snak): string {
  return snak.snaktype === 'value' ? showValue(snak.datavalue) : snak.snaktype === 'somevalue' ? 'some value' : 'no value';
}

function showStatement(property: string, statement: Statement | null): string {
  if (statement === null) return `${property} (a value wbimport cannot read)`;
  const qualifiers = Object.values(statement.qualifiers ?? {})
    .flat()
    .map((q) => `${q.property}=${showSnak(q)}`);
  const rank = statement.rank === 'normal' ? '' : ` (${statement.rank})`;
  return `${property} ${showSnak(statement.mainsnak)}${rank}${qualifiers.length === 0 ? '' : ` {${qualifiers.join(', ')}}`}`;
}

export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'term':
      return change.before === undefined
        ? `+ ${change.term} ${change.language}: ${JSON.stringify(clip(change.after))}`
        : `~ ${change.term} ${change.language}: ${JSON.stringify(clip(change.before))} → ${JSON.stringify(clip(change.after))}`;
    case 'aliases':
      return `~ aliases ${change.language}: [${change.before.map((a) => JSON.stringify(clip(a, 40))).join(', ')}] → [${change.after.map((a) => JSON.stringify(clip(a, 40))).join(', ')}]`;
    case 'add':
      return `+ ${showStatement(change.property, change.statement)}`;
    case 'update':
      return `~ ${showStatement(change.property, change.statement)}: ${change.what.join(', ')}`;
    case 'remove':
      return `- ${showStatement(change.property, change.statement)}`;
  }
}
