// Which texts QuickStatements reads back unchanged: quoted values, raw CSV terms, language and site codes.
//
// QuickStatements has no escaping at all, and three implementations read batches: the PHP tool
// (magnusmanske/quickstatements, public_html/quickstatements.php, also wbstack/quickstatements), its Rust
// re-implementation (magnusmanske/quickstatements_rs, src/qs_parser.rs) and QuickStatements 3
// (WikiMovimentoBrasil/quickstatements3, quickstatements/apps/core/parsers/). A text that any of them would cut,
// trim or rewrite is refused here, so that what we write means the same in all of them.

/** Why a text cannot be written, as the end of "… cannot express <detail>", or null when it can. */
export type TextProblem = string | null;

// PHP's trim() set: parseValueV1 trims the whole value and the text inside the quotes; Python's strip() and
// Rust's trim() take at least these.
const EDGE_SPACE = /^[ \t\n\r\0\x0B]|[ \t\n\r\0\x0B]$/u;
// QuickStatements 3's parse_value turns these into straight quotes before reading a value.
const CURLY_QUOTES = /[\u201c\u201d]/u;

function common(text: string): TextProblem {
  if (text === '') return 'an empty text';
  if (/[\n\r]/u.test(text)) return 'a text with a line break (commands are one a line; there is no escape)';
  if (text.includes('"')) return 'a text with a double quote (QuickStatements has no escape for it)';
  if (EDGE_SPACE.test(text)) return 'a text with spaces at its start or end (QuickStatements trims them)';
  if (CURLY_QUOTES.test(text)) return 'a text with curly double quotes (QuickStatements 3 turns them into straight ones)';
  return null;
}

/** A text between double quotes in a V1 command line (`"…"`, `it:"…"`, `Len<TAB>"…"`). */
export function v1QuotedText(text: string): TextProblem {
  if (text.includes('\t')) return 'a text with a tab (the V1 column separator)';
  // Help:QuickStatements documents `|` as a column separator and `||` as a line separator; QuickStatements 3
  // replaces every `|` of a batch, quickstatements_rs every `||` of a line with a tab.
  if (text.includes('|')) return 'a text with a "|" (an alternative V1 column separator)';
  const problem = common(text);
  if (problem !== null) return problem;
  // quickstatements_rs reads `/* … */` anywhere on a line as the edit summary and cuts it out.
  if (/\/\*[\s\S]*\*\//u.test(text)) return 'a text with "/* … */" (read as an edit-summary comment)';
  return null;
}

/**
 * PHP's fgetcsv takes a backslash before a double quote as an escape (its default escape character), not RFC
 * 4180's doubling, so `\` followed by a quote, or by the closing quote of the field, breaks the field.
 */
function phpCsvEscape(text: string): TextProblem {
  if (!/\\("|$)/u.test(text)) return null;
  return "a text with a backslash before a double quote or at its end (PHP's CSV reader takes it as an escape)";
}

/** A text between double quotes in a CSV statement cell (`"…"`, `it:"…"`); tabs and `|` are plain text there. */
export function csvQuotedText(text: string): TextProblem {
  return common(text) ?? phpCsvEscape(text);
}

// The V1 value forms QuickStatements 3 tries on every CSV cell before it falls back to plain text
// (parsers/base.py parse_value), so a term that looks like one of them would be read as that value.
const V1_VALUE_FORMS: readonly RegExp[] = [
  /^(?:somevalue|novalue|LAST)$/u,
  /^(?:[QMPL]\d+|L\d+-[FS]\d+)$/u,
  /^".*"$/su,
  /^[a-z_-]+:".*"$/su,
  /^[+-]?\d+-\d\d-\d\dT\d\d:\d\d:\d\dZ(?:\/\d*)?(?:\/J)?$/u,
  /^@\s*[+-]?[0-9.]+\s*\/\s*[+-]?[0-9.]+$/u,
  /^[+-]?\d+(?:\.\d+)?(?:\s*~\s*[+-]?\d+(?:\.\d+)?|\[[^\]]*\])?(?:U\d+)?$/u,
];

/**
 * A label, description, alias or sitelink title in a CSV cell: written raw, because the PHP tool takes those
 * cells as they are (quotes would become part of the label) while QuickStatements 3 parses them as V1 values.
 */
export function csvTermText(text: string): TextProblem {
  if (text === '') return 'an empty text';
  if (/[\n\r]/u.test(text)) return 'a text with a line break';
  if (EDGE_SPACE.test(text)) return 'a text with spaces at its start or end (QuickStatements trims them)';
  const asQs3Reads = text.replace(/[\u201c\u201d]/gu, '"');
  if (V1_VALUE_FORMS.some((form) => form.test(asQs3Reads))) {
    return `a term that reads as a V1 value ("${text}": QuickStatements 3 would not take it as text)`;
  }
  return phpCsvEscape(text);
}

/**
 * Language codes of terms and monolingual texts, and site ids: the PHP tool lowercases them and takes
 * `[a-z_-]+` (dropping the command silently otherwise), quickstatements_rs wants a letter first.
 */
export function codeProblem(code: string): TextProblem {
  if (/^[a-z][a-z_-]*$/u.test(code)) return null;
  return `the code "${code}" (QuickStatements takes only [a-z_-], starting with a letter)`;
}
