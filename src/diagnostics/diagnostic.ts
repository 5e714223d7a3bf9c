// Diagnostics as data: a union keyed by `code`; turning them into English is messages.ts's job.
import type { Span } from './span.js';

export type Severity = 'error' | 'warning' | 'info';

interface Base {
  readonly severity: Severity;
  readonly span?: Span;
}

/** Problems found by the pipeline's own stages. */
export type CoreDiagnostic = Base &
  (
    | { code: 'input-unreadable'; reason: string }
    | { code: 'input-empty' }
    | { code: 'encoding-invalid'; encoding: string; byte: number; bytes: number }
    | { code: 'page-too-large'; bytes: number; limit: number }
    | { code: 'worker-failed'; reason: string }
    | { code: 'file-skipped' }
    | { code: 'ndjson-invalid'; reason: string }
    | { code: 'json-invalid'; reason: string }
    | { code: 'rdf-invalid'; format: string; reason: string }
    | { code: 'json-unrecognised' }
    | { code: 'entity-invalid'; entity: string; path: string; problem: string }
    | { code: 'entity-unsupported'; entity: string; type: string }
    | { code: 'entity-duplicate'; entity: string }
    | { code: 'field-ignored'; entity: string; fields: string[] }
    | { code: 'address-unrecognised'; url: string }
    | { code: 'address-mismatch'; url: string; urlItem: string; pageItem: string }
    | { code: 'title-missing' }
    | { code: 'ui-language-unknown'; candidates: string[] }
    | { code: 'statements-missing' }
    | { code: 'statements-empty' }
    | { code: 'line-unexpected'; expected: string }
    | { code: 'line-skipped'; as: string }
    | { code: 'page-classified'; site: string; kind: string; flattening: string; language?: string }
    | { code: 'page-unmapped'; site: string; why: string }
    | { code: 'label-unresolved'; property?: string; label: string; language: string; candidates: string[] }
    | { code: 'value-not-attached'; field: string; value: string }
    | { code: 'statement-unclosed'; lines: number }
    | { code: 'value-unrecognised'; value: string; why: string }
    | { code: 'unit-unknown'; unit: string }
    | { code: 'language-unknown'; name: string }
    | { code: 'value-unassigned'; kind: string; value: string }
    | { code: 'value-uncertain'; value: string; why: string }
    | { code: 'qualifier-dropped'; value: string }
    | { code: 'term-unplaced'; term: 'label' | 'description'; value: string }
    | { code: 'references-not-shown'; count: number }
    | { code: 'portal-unattached'; language?: string }
    | { code: 'language-unidentified'; guess?: string; confidence?: number }
    | { code: 'language-identified'; language: string; confidence: number }
    | { code: 'value-conflict'; item: string; property: string; kept: string; dropped: string }
    | { code: 'format-limit'; format: string; item: string; detail: string }
    | { code: 'item-without-id'; format: string }
    | { code: 'item-pages-apart'; item: string; window?: number; held?: number }
    | { code: 'term-conflict'; item: string; term: 'label' | 'description'; language: string; kept: string; dropped: string }
    | { code: 'load-rejected'; item: string; graph: string; reason: string }
    | { code: 'load-mismatch'; item: string; graph: string; sent: number; held: number }
    | { code: 'property-label-unknown'; label: string; language: string }
    | { code: 'property-unknown'; property: string }
    | { code: 'property-label-ambiguous'; label: string; candidates: string[] }
    | { code: 'html-unrecognised'; reason: string }
    | { code: 'portal-unmapped' }
    | { code: 'wikibase-mismatch'; site: string; expected: string }
    | { code: 'sitelink-unplaced'; site: string; title: string; why: string }
    | { code: 'sitelink-conflict'; item: string; site: string; kept: string; dropped: string }
  );

/** A profile's consistency check that failed; its code and message come from the profile. */
export type CheckDiagnostic = Base & {
  code: string;
  check: true;
  item: string;
  message: string;
};

export type Diagnostic = CoreDiagnostic | CheckDiagnostic;
export type DiagnosticCode = CoreDiagnostic['code'];

export function isCheckDiagnostic(d: Diagnostic): d is CheckDiagnostic {
  return 'check' in d;
}
