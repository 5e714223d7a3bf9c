// SPARQL 1.1 Query Results CSV (https://www.w3.org/TR/sparql11-results-csv-tsv/#csv): variable names without `?`,
// each term as its plain string (an IRI, a literal's lexical form, `_:label`), RFC 4180 quoting for fields with a
// quote, comma, LF or CR, an empty field for an unbound variable, lines ending in CRLF.
import type { BooleanResult, ResultTerm, Solutions } from './results.js';
import { sparqlTerm } from './results-tsv.js';

function field(t: ResultTerm | undefined): string {
  if (t === undefined) return '';
  const text = t.type === 'bnode' ? `_:${t.value}` : t.type === 'triple' ? sparqlTerm(t) : t.value;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function solutionsCsv(result: Solutions): string {
  const lines = [result.vars.join(',')];
  for (const row of result.rows) lines.push(result.vars.map((name) => field(row[name])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The standard defines no CSV for ASK: the answer alone, as oxigraph writes it, on a CSV line. */
export function booleanCsv(result: BooleanResult): string {
  return `${String(result.value)}\r\n`;
}
