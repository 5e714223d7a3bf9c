// The statements of a labelled page: groups (a property label, then values each closed by its "N references" line),
// qualifiers as a property label then its value lines, the Identifiers section, furniture reported as skipped.
import type { Diagnostic } from '../diagnostics/index.js';
import { isPropertyId } from '../model/index.js';
import type { Flattening, LabelledQualifier, LabelledStatement, MarkedLine, PropertyLabels, PropertyRef } from './labelled-types.js';
import { soleLink } from './labelled-types.js';
import { TERMS_FURNITURE } from './labelled-terms.js';
import type { UiPhrases } from './ui-phrases.js';

/**
 * The property a line names: a link to `Property:P…` (Markdown, HTML), or in a text copy a label the profile's table
 * knows in the page's UI language (one that several properties share is a property still, with no id).
 */
export function propertyOf(line: MarkedLine, flattening: Flattening, labels: PropertyLabels, uiLanguage: string): PropertyRef | null {
  if (flattening !== 'text') {
    const entity = soleLink(line)?.entity;
    return entity !== undefined && isPropertyId(entity) ? { label: line.text, id: entity, span: line.span } : null;
  }
  const found = labels.lookup(line.text, uiLanguage);
  if (found === undefined) return null;
  return typeof found === 'string' ? { label: line.text, id: found, span: line.span } : { label: line.text, candidates: found, span: line.span };
}

/** A line of a block, read: a property (a group's or a qualifier's) or a value line. */
type Token = { property: PropertyRef; line: MarkedLine } | { line: MarkedLine };

/** The lines between two references lines, each told a property or a value (a property's next line is its value). */
function tokens(block: readonly MarkedLine[], flattening: Flattening, labels: PropertyLabels, language: string): Token[] {
  const out: Token[] = [];
  let afterProperty = false;
  for (const line of block) {
    const property: PropertyRef | null = afterProperty ? null : propertyOf(line, flattening, labels, language);
    out.push(property === null ? { line } : { property, line });
    afterProperty = property !== null;
  }
  return out;
}

/** A stretch of the statements: the lines up to a references line (its count), a heading, or the page's end. */
type Stretch =
  | { readonly kind: 'block'; readonly lines: MarkedLine[]; readonly count: number | null; readonly countLine: MarkedLine | null }
  | { readonly kind: 'heading'; readonly section: LabelledStatement['section'] };

/**
 * Whether the flattening shows the references' snaks (label, value) after a references line, as one that keeps
 * collapsed content does: then every stretch after a line counting references starts with a property, and some
 * hold more than one. A stretch starting with a bare value (another value of the group) shows they are not.
 */
function showsReferences(stretches: readonly Stretch[], read: (lines: readonly MarkedLine[]) => Token[]): boolean {
  let several = false;
  for (let k = 1; k < stretches.length; k++) {
    const before = stretches[k - 1] as Stretch;
    const stretch = stretches[k] as Stretch;
    if (before.kind !== 'block' || (before.count ?? 0) === 0 || stretch.kind !== 'block') continue;
    const tokens = read(stretch.lines);
    if (tokens[0] === undefined) continue;
    if (!('property' in tokens[0])) return false;
    if (tokens.filter((t) => 'property' in t).length > 1) several = true;
  }
  return several;
}

export function readLabelledStatements(
  lines: readonly MarkedLine[],
  flattening: Flattening,
  phrases: UiPhrases,
  labels: PropertyLabels,
): { statements: LabelledStatement[]; diagnostics: Diagnostic[] } {
  const statements: LabelledStatement[] = [];
  const diagnostics: Diagnostic[] = [];
  const skip = (line: MarkedLine, as: string): void => void diagnostics.push({ code: 'line-skipped', severity: 'info', span: line.span, as });
  const read = (block: readonly MarkedLine[]): Token[] => tokens(block, flattening, labels, phrases.language);

  // First the stretches, each line told a references line, a heading, furniture or part of a block.
  const stretches: Stretch[] = [];
  let block: MarkedLine[] = [];
  let lastWasProperty = false;
  for (const line of lines) {
    if (line.text === '') {
      if (line.links.length > 0) skip(line, 'a link with no text (an icon or a thumbnail)');
      else if (line.marked) skip(line, 'an empty list item');
      continue;
    }
    // A line right after a property is its value, whatever it looks like.
    if (!lastWasProperty) {
      const count = phrases.references.read(line.text);
      if (count !== null) {
        stretches.push({ kind: 'block', lines: block, count, countLine: line });
        block = [];
        continue;
      }
      if (!line.marked && (line.text === phrases.statements || line.text === phrases.identifiers)) {
        if (block.length > 0) stretches.push({ kind: 'block', lines: block, count: null, countLine: null });
        block = [];
        stretches.push({ kind: 'heading', section: line.text === phrases.statements ? 'statements' : 'identifiers' });
        continue;
      }
      if (TERMS_FURNITURE.includes(line.text)) {
        skip(line, 'a toggle of the page skin');
        continue;
      }
    }
    lastWasProperty = !lastWasProperty && propertyOf(line, flattening, labels, phrases.language) !== null;
    block.push(line);
  }
  if (block.length > 0) stretches.push({ kind: 'block', lines: block, count: null, countLine: null });

  const withReferences = showsReferences(stretches, read);
  let section: LabelledStatement['section'] = 'statements';
  let group: PropertyRef | null = null;
  let afterReferences = false;
  for (const stretch of stretches) {
    if (stretch.kind === 'heading') {
      section = stretch.section;
      group = null;
      afterReferences = false;
      continue;
    }
    const { count, countLine } = stretch;
    let tokens = read(stretch.lines);
    const follows = afterReferences;
    afterReferences = (count ?? 0) > 0;
    if (tokens.length === 0) {
      if (countLine !== null) diagnostics.push({ code: 'line-unexpected', severity: 'error', span: countLine.span, expected: 'a statement value before its references line' });
      continue;
    }
    const labelsAt = tokens.flatMap((t, k) => ('property' in t ? [k] : []));
    if (withReferences && follows && labelsAt.length > 1 && labelsAt[0] === 0) {
      // The references' snaks, then the next statement: it starts at the last property that can head a group.
      const heads = labelsAt.filter((k) => {
        const id = (tokens[k] as { property: PropertyRef }).property.id;
        return id === undefined || labels.qualifierOnly?.has(id) !== true;
      });
      const start = heads.at(-1) ?? 0;
      for (const t of tokens.slice(0, start)) skip(t.line, 'a reference of the statement above (references are not imported)');
      tokens = tokens.slice(start);
    }
    const [head, ...rest] = tokens;
    if (head === undefined) continue;
    let property: PropertyRef;
    let body: Token[];
    if ('property' in head) {
      property = head.property;
      group = property;
      body = rest;
    } else if (group !== null) {
      property = group; // another value of the group above
      body = tokens;
    } else {
      // A section's first line is a property: one the profile does not know is kept without an id, so that its
      // values are reported with it rather than read as another property's.
      property = { label: head.line.text, span: head.line.span };
      group = property;
      body = rest;
    }
    const value: MarkedLine[] = [];
    const qualifiers: { property: PropertyRef; values: MarkedLine[] }[] = [];
    for (const t of body) {
      if ('property' in t) qualifiers.push({ property: t.property, values: [] });
      else (qualifiers.at(-1)?.values ?? value).push(t.line);
    }
    if (count === null || countLine === null) {
      diagnostics.push({ code: 'statement-unclosed', severity: 'error', span: head.line.span, lines: tokens.length });
      continue;
    }
    if (value.length === 0) {
      diagnostics.push({ code: 'line-unexpected', severity: 'error', span: countLine.span, expected: 'a statement value before its references line' });
      continue;
    }
    const closed: LabelledQualifier[] = qualifiers.map((q) => ({ property: q.property, values: q.values }));
    statements.push({ section, property, value, qualifiers: closed, references: count, referencesSpan: countLine.span });
  }
  return { statements, diagnostics };
}
