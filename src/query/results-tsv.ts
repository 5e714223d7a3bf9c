// SPARQL 1.1 Query Results TSV (https://www.w3.org/TR/sparql11-results-csv-tsv/#tsv): `?var` headers, terms in
// SPARQL/Turtle syntax (numbers abbreviated where their lexical form allows it), tab, newline and carriage return
// escaped inside strings, an empty field for an unbound variable, lines ending in LF.
import { XSD, XSD_STRING, type BooleanResult, type ResultTerm, type Solutions } from './results.js';

// Turtle's INTEGER, DECIMAL and DOUBLE productions: only a lexical form that matches may be written bare.
const ABBREVIATED: Readonly<Record<string, RegExp>> = {
  [`${XSD}integer`]: /^[+-]?\d+$/u,
  [`${XSD}decimal`]: /^[+-]?\d*\.\d+$/u,
  [`${XSD}double`]: /^[+-]?(?:\d+\.\d*[eE][+-]?\d+|\.\d+[eE][+-]?\d+|\d+[eE][+-]?\d+)$/u,
  [`${XSD}boolean`]: /^(?:true|false)$/u,
};

const ESCAPES: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '"': '\\"', '\\': '\\\\' };

export function quotedString(value: string): string {
  return `"${value.replace(/[\t\n\r"\\]/gu, (c) => ESCAPES[c] ?? c)}"`;
}

/** A term in SPARQL syntax, on one line. */
export function sparqlTerm(t: ResultTerm): string {
  switch (t.type) {
    case 'uri':
      return `<${t.value}>`;
    case 'bnode':
      return `_:${t.value}`;
    case 'literal': {
      const lang = t['xml:lang'];
      if (lang !== undefined && lang !== '') return `${quotedString(t.value)}@${lang}`;
      if (t.datatype === undefined || t.datatype === XSD_STRING) return quotedString(t.value);
      if (ABBREVIATED[t.datatype]?.test(t.value) === true) return t.value;
      return `${quotedString(t.value)}^^<${t.datatype}>`;
    }
    case 'triple':
      return `<<( ${sparqlTerm(t.value.subject)} ${sparqlTerm(t.value.predicate)} ${sparqlTerm(t.value.object)} )>>`;
  }
}

export function solutionsTsv(result: Solutions): string {
  const lines = [result.vars.map((name) => `?${name}`).join('\t')];
  for (const row of result.rows) {
    lines.push(result.vars.map((name) => (row[name] === undefined ? '' : sparqlTerm(row[name]))).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** The standard defines no TSV for ASK: the answer alone, as oxigraph writes it. */
export function booleanTsv(result: BooleanResult): string {
  return `${String(result.value)}\n`;
}
