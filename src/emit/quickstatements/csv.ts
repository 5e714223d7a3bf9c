// Items' plans as QuickStatements' CSV import: a header of commands (`qid,Len,P835,qal834,S854,s813,…`), a row per item.
//
// The layout is what the PHP tool's importDataFromCSV and QuickStatements 3's parsers/csv.py read: `qid` first
// (blank: CREATE, then the row's commands go to the new item); `Lxx`, `Dxx`, `Axx`, `S<site>` take the text
// itself, unquoted; `P…` a V1 value; `qal…` a qualifier on the nearest `P…` column to its left; `S…` starts a
// reference on it and each `s…` after it adds a snak to that reference. Columns repeat for a second statement of
// a property or a second alias. A column belongs to one statement or reference, so an item without it leaves the
// whole group blank.
import type { Plan, PlannedStatement, TermKind } from './plan.js';

/** RFC 4180: a field with a comma, a double quote or a line break goes in double quotes, its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 has it. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

type Section = TermKind | 'P';

/** A header column, or a group of them (a section, a statement, its qualifiers or references, one reference). */
class ColumnNode {
  readonly keys: string[] = [];
  readonly children = new Map<string, ColumnNode>();

  constructor(
    readonly section: Section,
    readonly header?: string,
  ) {}

  /** The child `key`, appended if new. */
  child(key: string, header?: string): ColumnNode {
    return this.children.get(key) ?? this.#insert(key, this.keys.length, header);
  }

  #insert(key: string, at: number, header?: string): ColumnNode {
    const node = new ColumnNode(this.section, header);
    this.children.set(key, node);
    this.keys.splice(at, 0, key);
    return node;
  }

  /**
   * Merges one item's columns into this (the table's) tree, keeping the item's order: a new column goes right
   * after the item's previous one, or before its next one already here. `leaves` maps the item's leaves to ours.
   */
  merge(item: ColumnNode, leaves: Map<ColumnNode, ColumnNode>): void {
    item.keys.forEach((key, i) => {
      const mine = item.children.get(key);
      if (mine === undefined) return;
      let ours = this.children.get(key);
      if (ours === undefined) {
        const previous = item.keys[i - 1];
        const next = item.keys.slice(i + 1).find((k) => this.children.has(k));
        let at = this.keys.length;
        if (previous !== undefined) at = this.keys.indexOf(previous) + 1;
        else if (next !== undefined) at = this.keys.indexOf(next);
        ours = this.#insert(key, at, mine.header);
      }
      if (mine.header !== undefined) leaves.set(mine, ours);
      ours.merge(mine, leaves);
    });
  }

  *leaves(): Generator<ColumnNode> {
    if (this.header !== undefined) yield this;
    for (const key of this.keys) yield* this.children.get(key)?.leaves() ?? [];
  }
}

/** The fixed sections, in header order: labels, descriptions, aliases, sitelinks, statements. */
function sectionTree(): ColumnNode {
  const root = new ColumnNode('P');
  for (const s of ['L', 'D', 'A', 'S', 'P'] as const) {
    root.keys.push(s);
    root.children.set(s, new ColumnNode(s));
  }
  return root;
}

// QuickStatements 3's CSV reader skips header cells it does not recognise, without a word (get_entity_type).
const QS3_TERM_HEADER: Record<TermKind, RegExp> = {
  L: /^L[a-z]{2}$/u,
  D: /^D[a-z]{2}$/u,
  A: /^A[a-z]{2}$/u,
  S: /^S[a-z]+$/u,
};

interface Row {
  readonly plan: Plan;
  readonly item: string;
  readonly cells: Map<ColumnNode, string>;
}

/** Counts occurrences so repeated keys (a second alias, a second P835) get their own column. */
function counter(): (key: string) => number {
  const seen = new Map<string, number>();
  return (key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n;
  };
}

/** Collects rows; the header is known only once every item is in, so nothing is written before end. */
export class CsvTable {
  readonly #root = sectionTree();
  readonly #rows: Row[] = [];

  /** Adds an item's row; `report` hears of columns QuickStatements 3 would ignore. */
  add(plan: Plan, item: string, report: (detail: string) => void): void {
    const mine = sectionTree();
    const cells = new Map<ColumnNode, string>();
    const section = (s: Section): ColumnNode => mine.children.get(s) ?? mine;
    const aliasNumber = counter();
    for (const term of plan.terms) {
      const header = `${term.kind}${term.code}`;
      const key = term.kind === 'A' ? `${term.code}#${aliasNumber(term.code)}` : term.code;
      cells.set(section(term.kind).child(key, header), term.text);
      if (!QS3_TERM_HEADER[term.kind].test(header)) {
        report(
          `the column ${header}, which QuickStatements 3's CSV reader skips (it takes two-letter languages and ` +
            '[a-z] site ids); it is written for the PHP QuickStatements',
        );
      }
    }
    const statementNumber = counter();
    for (const statement of plan.statements) {
      addStatement(section('P').child(`${statement.property}#${statementNumber(statement.property)}`), statement, cells);
    }
    const leaves = new Map<ColumnNode, ColumnNode>();
    this.#root.merge(mine, leaves);
    const ours = new Map<ColumnNode, string>();
    for (const [leaf, text] of cells) {
      const target = leaves.get(leaf);
      if (target !== undefined) ours.set(target, text);
    }
    this.#rows.push({ plan, item, cells: ours });
  }

  /** The header record and each row's record, in the order the items came. */
  *records(): Generator<string> {
    const leaves = [...this.#root.leaves()];
    yield csvRecord(['qid', ...leaves.map((l) => l.header ?? '')]);
    for (const row of this.#rows) {
      yield csvRecord([row.plan.id ?? '', ...leaves.map((l) => row.cells.get(l) ?? '')]);
    }
  }

  /**
   * Per existing item, the label, description and sitelink columns its row leaves blank. QuickStatements 3 skips
   * blank cells, but the PHP tool turns each into a command with an empty value: a blank label, description or
   * sitelink cell sets it empty, which removes the one the item has.
   */
  blankTermColumns(): { item: string; headers: string[] }[] {
    const leaves = [...this.#root.leaves()].filter((l) => l.section === 'L' || l.section === 'D' || l.section === 'S');
    return this.#rows
      .filter((row) => row.plan.id !== undefined)
      .map((row) => ({ item: row.item, headers: leaves.filter((l) => !row.cells.has(l)).map((l) => l.header ?? '') }))
      .filter((b) => b.headers.length > 0);
  }
}

/** The statement's own column, then its qualifiers, then its references (each reference's S, then its s columns). */
function addStatement(block: ColumnNode, statement: PlannedStatement, cells: Map<ColumnNode, string>): void {
  cells.set(block.child('value', statement.property), statement.value);
  const qualifiers = block.child('qualifiers');
  const references = block.child('references');
  const qualifierNumber = counter();
  for (const q of statement.qualifiers) {
    cells.set(qualifiers.child(`${q.property}#${qualifierNumber(q.property)}`, `qal${q.property.slice(1)}`), q.value);
  }
  // Keyed by the reference's properties, so every row using these columns has the same S and s cells.
  const referenceNumber = counter();
  for (const reference of statement.references) {
    const signature = reference.map((s) => s.property).join(',');
    const group = references.child(`${signature}#${referenceNumber(signature)}`);
    reference.forEach((snak, i) => {
      cells.set(group.child(String(i), `${i === 0 ? 'S' : 's'}${snak.property.slice(1)}`), snak.value);
    });
  }
}
