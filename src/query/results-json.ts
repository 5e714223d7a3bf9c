// SPARQL 1.1 Query Results JSON (https://www.w3.org/TR/sparql11-results-json/): one solution a line, terms with
// `type` and `value` first, `xml:lang` for language-tagged literals, `datatype` for every other non-xsd:string one.
import { XSD_STRING, type BooleanResult, type ResultTerm, type Solutions } from './results.js';

function term(t: ResultTerm): object {
  switch (t.type) {
    case 'uri':
    case 'bnode':
      return { type: t.type, value: t.value };
    case 'literal': {
      const lang = t['xml:lang'];
      if (lang !== undefined && lang !== '') return { type: 'literal', value: t.value, 'xml:lang': lang };
      if (t.datatype === undefined || t.datatype === XSD_STRING) return { type: 'literal', value: t.value };
      return { type: 'literal', value: t.value, datatype: t.datatype };
    }
    case 'triple':
      return { type: 'triple', value: { subject: term(t.value.subject), predicate: term(t.value.predicate), object: term(t.value.object) } };
  }
}

export function solutionsJson(result: Solutions): string {
  const rows = result.rows.map((row) => {
    const binding: Record<string, object> = {};
    for (const name of result.vars) {
      const value = row[name];
      if (value !== undefined) binding[name] = term(value);
    }
    return JSON.stringify(binding);
  });
  const head = `{"head":{"vars":${JSON.stringify(result.vars)}},"results":{"bindings":[`;
  return rows.length === 0 ? `${head}]}}\n` : `${head}\n${rows.join(',\n')}\n]}}\n`;
}

export function booleanJson(result: BooleanResult): string {
  return `{"head":{},"boolean":${String(result.value)}}\n`;
}
