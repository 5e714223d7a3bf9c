// A validation run's findings, grouped by file and by the page or entity each belongs to.
import type { Diagnostic } from '../diagnostics/index.js';
import type { InputRead } from '../pipeline/index.js';

export interface InputFindings {
  readonly input: InputRead;
  readonly diagnostics: Diagnostic[];
}

export interface FileFindings {
  readonly file: string;
  readonly inputs: InputFindings[];
  /** Findings about the file itself (unreadable, empty, skipped, not JSON where no page was read). */
  readonly diagnostics: Diagnostic[];
}

export class ValidationReport {
  readonly #files = new Map<string, FileFindings>();
  /** Findings with no location at all. */
  readonly general: Diagnostic[] = [];

  #file(file: string): FileFindings {
    let found = this.#files.get(file);
    if (found === undefined) {
      found = { file, inputs: [], diagnostics: [] };
      this.#files.set(file, found);
    }
    return found;
  }

  addInput(input: InputRead): void {
    this.#file(input.file).inputs.push({ input, diagnostics: [] });
  }

  /** A finding belongs to the last page or entity of its file that starts at or before its line. */
  addDiagnostic(d: Diagnostic): void {
    if (d.span === undefined) {
      this.general.push(d);
      return;
    }
    const file = this.#file(d.span.file);
    const line = d.span.line;
    let owner: InputFindings | undefined;
    for (const candidate of file.inputs) if (candidate.input.line <= line && (owner === undefined || candidate.input.line >= owner.input.line)) owner = candidate;
    (owner?.diagnostics ?? file.diagnostics).push(d);
  }

  get files(): FileFindings[] {
    return [...this.#files.values()];
  }

  all(): Diagnostic[] {
    return [...this.files.flatMap((f) => [...f.diagnostics, ...f.inputs.flatMap((i) => i.diagnostics)]), ...this.general];
  }
}
