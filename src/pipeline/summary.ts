// Counts of what a run did, for the final summary line and for machines.
import { plural, type Diagnostic } from '../diagnostics/index.js';

export class RunSummary {
  pages = 0;
  entities = 0;
  statements = 0;
  readonly bySeverity = { error: 0, warning: 0, info: 0 };
  readonly byCode = new Map<string, number>();

  count(d: Diagnostic): void {
    this.bySeverity[d.severity] += 1;
    this.byCode.set(d.code, (this.byCode.get(d.code) ?? 0) + 1);
  }

  get hasErrors(): boolean {
    return this.bySeverity.error > 0;
  }

  line(): string {
    const codes = [...this.byCode]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    const head = [
      plural(this.pages, 'page'),
      plural(this.entities, 'entity', 'entities'),
      plural(this.statements, 'statement'),
      plural(this.bySeverity.error, 'error'),
      plural(this.bySeverity.warning, 'warning'),
    ].join(', ');
    return codes === '' ? head : `${head} (${codes})`;
  }

  toJSON(): object {
    return {
      pages: this.pages,
      entities: this.entities,
      statements: this.statements,
      diagnostics: { ...this.bySeverity, byCode: Object.fromEntries(this.byCode) },
    };
  }
}
