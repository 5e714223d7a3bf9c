// QuickStatements output: V1 commands written item by item, or the CSV import written whole at the end.
import type { Diagnostic } from '../../diagnostics/index.js';
import type { Entity, Item } from '../../model/index.js';
import { drained, type Emitter, type EmitterOptions } from '../emitter.js';
import { v1Lines } from './commands.js';
import { CsvTable } from './csv.js';
import { planItem, type Dialect, type Plan } from './plan.js';
import { csvQuotedText, csvTermText, v1QuotedText } from './text.js';

export const V1_DIALECT: Dialect = { format: 'quickstatements', quotedText: v1QuotedText, termText: v1QuotedText };
export const CSV_DIALECT: Dialect = { format: 'quickstatements-csv', quotedText: csvQuotedText, termText: csvTermText };

/** The diagnostics' name for an item: its id, or its place in the output for one still to be created. */
export function itemName(item: Item, ordinal: number): string {
  return item.id ?? `new item #${ordinal}`;
}

function reporter(onDiagnostic: (d: Diagnostic) => void, format: string, item: string): (detail: string) => void {
  return (detail) => onDiagnostic({ code: 'format-limit', severity: 'warning', format, item, detail });
}

interface Planned {
  readonly plan: Plan;
  readonly name: string;
  readonly report: (detail: string) => void;
}

/** Plans items one by one, numbering them so that new items can be named in diagnostics; a property is reported. */
function planner(dialect: Dialect, { rdf, onDiagnostic }: EmitterOptions): (entity: Entity) => Planned | null {
  let ordinal = 0;
  return (item) => {
    if (item.type === 'property') {
      // QuickStatements V1 and its CSV edit items; a property's terms and statements have no command that creates it.
      reporter(onDiagnostic, dialect.format, item.id ?? 'a new property')('a property (it is left out)');
      return null;
    }
    ordinal += 1;
    const name = itemName(item, ordinal);
    const report = reporter(onDiagnostic, dialect.format, name);
    return { plan: planItem(item, { conceptUriBase: rdf.conceptUriBase, dialect, report }), name, report };
  };
}

/** V1 commands, tab-separated, one a line; a new item is a CREATE line and then commands on LAST. */
export function quickStatementsEmitter(options: EmitterOptions): Emitter {
  const plan = planner(V1_DIALECT, options);
  const { out } = options;
  return {
    async write(item) {
      const planned = plan(item);
      if (planned === null) return;
      const lines = v1Lines(planned.plan, planned.report);
      if (lines.length > 0) await drained(out, out.write(lines.map((l) => `${l}\n`).join('')));
    },
    async end() {},
  };
}

/**
 * QuickStatements' CSV import. Its header names every column of every row, so rows are held until end() and
 * then written after it: memory grows with the output (a limit of the format; V1 streams).
 */
export function quickStatementsCsvEmitter(options: EmitterOptions): Emitter {
  const plan = planner(CSV_DIALECT, options);
  const { out, onDiagnostic } = options;
  const table = new CsvTable();
  return {
    async write(item) {
      const planned = plan(item);
      if (planned !== null) table.add(planned.plan, planned.name, planned.report);
    },
    async end() {
      for (const { item, headers } of table.blankTermColumns()) {
        reporter(onDiagnostic, CSV_DIALECT.format, item)(
          `"nothing" in its blank ${headers.join(', ')} cells (the PHP QuickStatements reads a blank label, ` +
            "description or sitelink cell as setting it empty, which removes the item's own; QuickStatements 3 " +
            'skips blank cells; V1 output has no blank cells)',
        );
      }
      for (const record of table.records()) await drained(out, out.write(record));
    },
  };
}
