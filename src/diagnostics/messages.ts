// English wording for each diagnostic code (tests assert codes, not this text).
import { isCheckDiagnostic, type CoreDiagnostic, type Diagnostic } from './diagnostic.js';
import { plural } from './plural.js';

const clip = (s: string, max = 60): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function coreMessage(d: CoreDiagnostic): string {
  switch (d.code) {
    case 'input-unreadable':
      return `cannot read input: ${d.reason}`;
    case 'input-empty':
      return 'the input is empty: expected a page (a Wikibase item page or a Kohesio project page)';
    case 'rdf-invalid':
      return `not valid ${d.format}: ${d.reason}; nothing of this file is loaded`;
    case 'json-invalid':
      return `not valid JSON: ${d.reason}`;
    case 'json-unrecognised':
      return 'expected a Wikibase entity, an {"entities": {…}} envelope or an array of entities';
    case 'entity-invalid':
      return `${d.entity}${d.path === '' ? '' : ` at ${d.path}`}: ${d.problem}; the entity is skipped`;
    case 'entity-duplicate':
      return `${d.entity} was read already: an id names one entity, so this one is skipped`;
    case 'entity-unsupported':
      return `${d.entity} is a ${d.type}: only items and properties are converted; the entity is skipped`;
    case 'field-ignored':
      return `${d.entity}: ${d.fields.map((f) => `"${f}"`).join(', ')} ${d.fields.length === 1 ? 'is' : 'are'} not part of an item in Wikibase JSON and ${d.fields.length === 1 ? 'is' : 'are'} not kept`;
    case 'file-skipped':
      return 'skipped: in a directory only .txt, .text, .html, .htm, .ndjson, .jsonl and .json files (gzipped or not) are read (name the file to read it anyway)';
    case 'ndjson-invalid':
      return `not a valid NDJSON page record: ${d.reason}; expected {"url": "…", "text": "…"}`;
    case 'address-unrecognised':
      return `the address ${d.url} matches none of the profile's page addresses; the page is read by its content alone`;
    case 'address-mismatch':
      return `the address names ${d.urlItem} but the page's title names ${d.pageItem}; the page is skipped`;
    case 'ui-language-unknown':
      return d.candidates.length > 0
        ? `the page's UI language could be any of ${d.candidates.join(', ')}: give it with --ui-language; the page is skipped`
        : "the page's UI language cannot be told (none of Wikibase's fixed phrases is on it): give it with --ui-language; the page is skipped";
    case 'title-missing':
      return 'expected a title line "<label> (Q…)" at the top of the item page';
    case 'statements-missing':
      return 'the item page has no "Statements" section: expected its values after the terms table';
    case 'statements-empty':
      return 'the "Statements" section holds no statement: the page carries no values (only its terms are imported)';
    case 'encoding-invalid':
      return `${d.bytes === 1 ? 'a byte' : `${d.bytes} bytes`} that ${d.bytes === 1 ? 'is' : 'are'} not ${d.encoding} (the first at byte offset ${d.byte}), shown as U+FFFD: convert the file to UTF-8 (a byte-order mark tells UTF-16)`;
    case 'page-too-large':
      return `the page holds ${d.bytes} bytes, more than --max-page-bytes (${d.limit}): it is not imported`;
    case 'worker-failed':
      return `the worker thread working on this page failed (${d.reason}): its pages are not imported, the rest goes on`;
    case 'qualifier-dropped':
      return `a qualifier value (${clip(d.value, 40)}) of a statement whose main value is not imported: it is not imported either`;
    case 'term-unplaced':
      return `the ${d.term} shown under the title ("${clip(d.value, 40)}") is in no row of the terms table, so its language cannot be told: it is not imported`;
    case 'line-skipped':
      return `read as ${d.as}: no data in it`;
    case 'page-classified':
      return `read as a ${d.site} ${d.kind} (${d.flattening})${d.language === undefined ? '' : `, in ${d.language}`}`;
    case 'page-unmapped':
      return `the page shows the structure of a ${d.site} page, but ${d.why}: the profile cannot map it, so that is not imported`;
    case 'label-unresolved': {
      const statement = d.property === undefined ? 'the statement' : `the ${d.property} statement`;
      return d.candidates.length > 0
        ? `"${clip(d.label)}" (${d.language}) names several items (${d.candidates.join(', ')}): ${statement} is not written`
        : `no item is known for "${clip(d.label)}" (${d.language}): give it in a link map (--link-map); ${statement} is not written`;
    }
    case 'value-not-attached':
      return `"${d.field} ${clip(d.value)}" describes something other than the item (its programme), or nothing the profile maps: reported, not attached`;
    case 'line-unexpected':
      return `unexpected line: expected ${d.expected}`;
    case 'statement-unclosed':
      return `the page ends inside a statement (${plural(d.lines, 'line')} with no closing "N references" line): the page looks truncated, so these values are not imported`;
    case 'value-unrecognised':
      return `"${clip(d.value)}" is not a value this page kind can carry: ${d.why}`;
    case 'unit-unknown':
      return `unknown unit "${d.unit}": the profile maps no unit item to this label`;
    case 'language-unknown':
      return `"${d.name}" is not a language name in the page's UI language`;
    case 'value-unassigned':
      return `no property in the profile takes this ${d.kind} value ("${clip(d.value)}")`;
    case 'value-uncertain':
      return `"${clip(d.value)}" is not imported: ${d.why}`;
    case 'references-not-shown':
      return `the statement has ${plural(d.count, 'reference')} that a flattened page does not show; they are not imported`;
    case 'portal-unattached':
      return `a Kohesio project page with no address${d.language ? ` (its text is in ${d.language.endsWith('?') ? `${d.language.slice(0, -1)}, uncertain` : d.language})` : ''}: no item to attach its summary to; give its address (--url, NDJSON records) or its item (--item, a manifest)`;
    case 'language-unidentified':
      return `the language of this Kohesio page cannot be told reliably from its text${d.guess === undefined ? '' : ` (perhaps ${d.guess}, confidence ${d.confidence})`}: give it with --language or a manifest; the page is not imported`;
    case 'language-identified':
      return `the page's language, identified from its text: ${d.language} (confidence ${d.confidence})`;
    case 'value-conflict':
      return `${d.item} ${d.property} already has ${clip(d.kept, 40)}; the different value ${clip(d.dropped, 40)} is not imported`;
    case 'format-limit':
      return `${d.item}: ${d.format} cannot express ${d.detail}`;
    case 'item-without-id':
      return `${d.format} names every entity by its id, and this item has none yet (it is still to be created): use ndjson or quickstatements for new items`;
    case 'item-pages-apart':
      return d.window !== undefined
        ? `a page of ${d.item} comes too far after its others (more than ${d.window} pages after its last one, or far after its first), which were already written: the item is written again with what this page gives; raise --merge-window, or read the input from files (merged exactly, in two passes)`
        : `a page of ${d.item} comes after its others were written early, its first page lying more than ${d.held ?? 0} pages back: the item is written again with what this page gives; group the input by item`;
    case 'term-conflict':
      return `${d.item} already has the ${d.term} "${clip(d.kept, 40)}" in ${d.language}; "${clip(d.dropped, 40)}" is not imported`;
    case 'load-rejected':
      return `the triple store refused ${d.item}'s graph <${d.graph}>: ${d.reason}; the rest is loaded`;
    case 'property-label-unknown':
      return `"${clip(d.label)}" is no property label the profile knows in ${d.language} (its propertyLabels table; \`wbimport profile\` makes one): the group's values are not imported`;
    case 'property-label-ambiguous':
      return `"${clip(d.label)}" is the label of ${d.candidates.join(', ')} in the profile: the page cannot tell which, so the group's values are not imported`;
    case 'property-unknown':
      return `${d.property} is not declared in the profile, so its datatype is unknown: the value is not imported`;
    case 'html-unrecognised':
      return `an HTML page that is not a Wikibase item view (${d.reason}): the page is skipped`;
    case 'wikibase-mismatch':
      return `the page's links point into the Wikibase at ${d.site}, and the profile is for ${d.expected}: its ids would name other things there, so the page is skipped (use a profile for ${d.site}: wbimport profile makes one)`;
    case 'sitelink-unplaced':
      return `the sitelink "${clip(d.title, 40)}" shown as ${d.site === '' ? 'no site' : `"${d.site}"`} names no site this reader can place (${d.why}): it is not imported`;
    case 'sitelink-conflict':
      return `${d.item} already links "${clip(d.kept, 40)}" on ${d.site}; "${clip(d.dropped, 40)}" is not imported`;
    case 'portal-unmapped':
      return 'a portal page (a summary alone), and the profile names no portalProperty to take it: the page is not imported';
    case 'load-mismatch':
      return `the triple store holds ${plural(d.held, 'triple')} in ${d.item}'s graph <${d.graph}>, and ${d.sent} were sent`;
  }
}

export function diagnosticMessage(d: Diagnostic): string {
  return isCheckDiagnostic(d) ? `${d.item}: ${d.message}` : coreMessage(d as CoreDiagnostic);
}
