// An item's plan as QuickStatements V1 command lines, columns separated by tabs.
import type { Plan, PlannedSnak, PlannedStatement } from './plan.js';

/** The subject of every command: the item's id, or LAST (the item the preceding CREATE made). */
export function subjectOf(plan: Plan): string {
  return plan.id ?? 'LAST';
}

const pairs = (snaks: readonly PlannedSnak[], prefix: string): string[] =>
  snaks.flatMap((s, i) => [`${i === 0 ? prefix : prefix.replace('!', '')}${s.property.slice(1)}`, s.value]);

/**
 * The statement with its qualifiers and references. All S pairs of a line make one reference; a further
 * reference needs a way of its own, and which one works depends on the item:
 * - an existing item gets one more line per further reference: QuickStatements finds the statement again by its
 *   value and adds the reference to it (as OpenRefine exports them, OpenRefine PR #2340), whereas `!S` on one
 *   line still yields a single reference there (magnusmanske/quickstatements issue #46);
 * - a new item gets `!S` before each further reference, on the one line: QuickStatements 2 folds the commands
 *   after CREATE into the item's creation (api.php imports with compress=1), and compressCommands starts a new
 *   reference at `!S` but makes every repeated line a statement of its own; QuickStatements 3 reads `!S` too.
 */
export function statementLines(subject: string, statement: PlannedStatement, isNew: boolean): string[] {
  const head = [subject, statement.property, statement.value];
  const [first, ...rest] = statement.references;
  const line = [...head, ...pairs(statement.qualifiers, 'P'), ...pairs(first ?? [], 'S')];
  if (isNew) return [[...line, ...rest.flatMap((reference) => pairs(reference, '!S'))].join('\t')];
  return [line.join('\t'), ...rest.map((reference) => [...head, ...pairs(reference, 'S')].join('\t'))];
}

/**
 * CREATE first for a new item; then terms and sitelinks, then statements, in the plan's order. `report` hears
 * of what only some QuickStatements readers get right.
 */
export function v1Lines(plan: Plan, report: (detail: string) => void = () => {}): string[] {
  const subject = subjectOf(plan);
  const isNew = plan.id === undefined;
  if (isNew) {
    for (const s of plan.statements.filter((st) => st.references.length > 1)) {
      report(
        `${s.references.length} separate references on a statement of an item still to be created, in ${s.where}; ` +
          'they are written with !S, which QuickStatements 3 and the default (compressed) QuickStatements 2 import ' +
          'keep apart, but an uncompressed QuickStatements 2 run merges into one reference',
      );
    }
  }
  return [
    ...(isNew ? ['CREATE'] : []),
    ...plan.terms.map((t) => [subject, `${t.kind}${t.code}`, `"${t.text}"`].join('\t')),
    ...plan.statements.flatMap((s) => statementLines(subject, s, isNew)),
  ];
}
