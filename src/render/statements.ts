// The statement sections: each statement's value line, its qualifiers' value lines and its "N references" line.
import type { Claims, PropertyId, Snak, Statement } from '../model/index.js';
import type { UiPhrases } from '../parse/index.js';
import type { Profile } from '../profile/index.js';
import { datatypeOf, formatSnak, type OmissionReason } from './value.js';

/** A value the page cannot show, and why: the whole statement when its main value has no line. */
export interface OmittedValue {
  readonly property: PropertyId;
  readonly role: 'mainsnak' | 'qualifier';
  readonly reason: OmissionReason;
}

/** Qualifier snaks in Wikibase's order: by `qualifiers-order`, then any property it leaves out. */
function qualifierSnaks(statement: Statement): Snak[] {
  const qualifiers = statement.qualifiers ?? {};
  const order = [...(statement['qualifiers-order'] ?? []), ...(Object.keys(qualifiers) as PropertyId[])];
  return [...new Set(order)].flatMap((p) => qualifiers[p] ?? []);
}

function statementLines(
  statement: Statement,
  phrases: UiPhrases,
  profile: Profile,
  onOmit: (o: OmittedValue) => void,
): string[] {
  const main = formatSnak(statement.mainsnak, phrases.language, profile);
  if ('omitted' in main) {
    onOmit({ property: statement.mainsnak.property, role: 'mainsnak', reason: main.omitted });
    return [];
  }
  const qualifiers = qualifierSnaks(statement).flatMap((snak) => {
    const line = formatSnak(snak, phrases.language, profile);
    if ('text' in line) return [line.text];
    onOmit({ property: snak.property, role: 'qualifier', reason: line.omitted });
    return [];
  });
  return [main.text, ...qualifiers, phrases.references.render(statement.references?.length ?? 0)];
}

/**
 * "Statements" and, when there are any, "Identifiers" (statements of external-id properties), each statement in
 * the order of the item's claims, as Wikibase lists them when no property order is configured.
 */
export function renderStatementSections(
  claims: Claims,
  phrases: UiPhrases,
  profile: Profile,
  onOmit: (o: OmittedValue) => void,
): string[] {
  const statements: string[] = [];
  const identifiers: string[] = [];
  for (const list of Object.values(claims)) {
    for (const statement of list) {
      const section = datatypeOf(statement.mainsnak, profile) === 'external-id' ? identifiers : statements;
      section.push(...statementLines(statement, phrases, profile, onOmit));
    }
  }
  return [phrases.statements, ...statements, ...(identifiers.length > 0 ? [phrases.identifiers, ...identifiers] : [])];
}
