// Turns a portal project page's info block into an item draft, by the profile's infoPage table: dates, amounts
// and the rate, items named by label (resolved, never guessed), the title as label and the summary.
import type { Diagnostic, Span } from '../diagnostics/index.js';
import { parseLocaleAmount, parsePatternDate } from '../locale/index.js';
import { GREGORIAN, type DataValue, type Datatype, type ItemId, type PropertyId } from '../model/index.js';
import type { InfoPage } from '../parse/index.js';
import type { InfoField, InfoPageProfile, Profile } from '../profile/index.js';
import { resolveItemLabel } from '../resolve/label-table.js';
import type { PageAddress } from '../parse/index.js';
import type { DraftStatement, DraftTerm } from './draft.js';
import type { InterpretContext, InterpretResult } from './interpret-page.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

class Builder {
  readonly statements: DraftStatement[] = [];
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly ctx: InterpretContext,
    private readonly language: string,
  ) {}

  private get profile(): Profile {
    return this.ctx.profile;
  }

  add(property: PropertyId, datavalue: DataValue, span: Span): void {
    const datatype: Datatype = this.profile.properties[property]?.datatype ?? 'string';
    this.statements.push({ property, datatype, datavalue, span, rank: 'normal', qualifiers: [] });
  }

  quantity(property: PropertyId, amount: string, unit: ItemId, span: Span): void {
    this.add(property, { type: 'quantity', value: { amount, unit: `${this.profile.wikibase.conceptUriBase}${unit}` } }, span);
  }

  unrecognised(value: string, why: string, span: Span): void {
    this.diagnostics.push({ code: 'value-unrecognised', severity: 'error', span, value, why });
  }

  /** An item named by its label: its statement when the label resolves; else reported (and false). */
  item(property: PropertyId, label: string, span: Span, report = true): boolean {
    const found = resolveItemLabel(this.ctx.itemLabels, label, this.language);
    if ('id' in found) {
      const id = found.id;
      this.add(property, { type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id } }, span);
      return true;
    }
    if (report || found.candidates.length > 1) {
      this.diagnostics.push({ code: 'label-unresolved', severity: 'warning', span, property, label, language: this.language, candidates: [...found.candidates] });
    }
    return false;
  }
}

function readField(b: Builder, info: InfoPageProfile, field: InfoField, label: string, text: string, span: Span, language: string, profile: Profile): void {
  switch (field.kind) {
    case 'date': {
      const date = parsePatternDate(text, info.datePattern, language);
      if (date === null) return b.unrecognised(text, `expected a date written "${info.datePattern}" in ${language}`, span);
      const time = `+${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}T00:00:00Z`;
      return b.add(field.property, { type: 'time', value: { time, timezone: 0, before: 0, after: 0, precision: 11, calendarmodel: GREGORIAN } }, span);
    }
    case 'amount': {
      const currency = profile.units.find((u) => u.item === field.unit)?.currency;
      const rated = field.rate === undefined ? null : /^(.*?)\s*\(([^()]*)\)\s*$/u.exec(text);
      const amountText = rated?.[1] ?? text;
      const amount = parseLocaleAmount(amountText, info.amountLocale, currency);
      if (amount === null) b.unrecognised(amountText, `expected an amount written as the ${info.amountLocale} locale writes ${currency ?? 'numbers'}`, span);
      else b.quantity(field.property, amount, field.unit, span);
      if (rated?.[2] !== undefined && field.rate !== undefined) {
        const rate = parseLocaleAmount(rated[2].replace(/\s*%\s*$/u, ''), info.amountLocale);
        if (rate === null || !/%\s*$/u.test(rated[2])) b.unrecognised(rated[2], 'expected a rate such as 85% or 46,606%', span);
        else b.quantity(field.rate.property, rate, field.rate.unit, span);
      }
      return;
    }
    case 'item':
      b.item(field.property, text, span);
      return;
    case 'info':
      b.diagnostics.push({ code: 'value-not-attached', severity: 'info', span, field: label, value: text });
  }
}

/**
 * An info page becomes a draft of the item its address names, in the page's language: the title its label, the
 * summary a value of the profile's portal property. Without an address it is reported, as a summary-only page is.
 */
export function interpretInfoPage(page: InfoPage, address: PageAddress | null, ctx: InterpretContext): InterpretResult {
  const info = ctx.profile.infoPage;
  const first = page.title?.span ?? page.fields[0]?.span ?? { file: page.source.file, line: page.source.line, column: 1 };
  if (info === undefined) return { draft: null, diagnostics: [] };
  if (address === null) return { draft: null, diagnostics: [{ code: 'portal-unattached', severity: 'error', span: first, language: page.language }] };
  const language = address.language ?? page.language;
  const b = new Builder(ctx, language);
  const fields = new Map(info.fields.map((f) => [f.key, f]));
  for (const line of page.fields) {
    const field = fields.get(line.key);
    if (line.value === null) {
      b.diagnostics.push({ code: 'line-skipped', severity: 'info', span: line.span, as: 'a missing value' });
    } else if (field === undefined) {
      b.diagnostics.push({ code: 'value-not-attached', severity: 'info', span: line.span, field: line.label, value: line.value.text });
    } else {
      readField(b, info, field, line.label, line.value.text, line.value.span, language, ctx.profile);
    }
  }
  const lists = new Map(info.lists.map((l) => [l.key, l]));
  for (const { key, value } of page.lists) {
    const list = lists.get(key);
    if (list === undefined) {
      b.diagnostics.push({ code: 'value-not-attached', severity: 'info', span: value.span, field: key, value: value.text });
      continue;
    }
    const found = b.item(list.property, value.text, value.span, list.nameProperty === undefined);
    // A beneficiary no item is known for is still named: the name is a value of its own property.
    if (!found && list.nameProperty !== undefined) b.add(list.nameProperty, { type: 'string', value: value.text }, value.span);
  }
  const location = info.location;
  if (location !== undefined) {
    for (const place of page.locations) {
      b.item(location.country, place.country, place.span);
      if (place.region !== undefined) b.item(location.region, place.region, place.span);
    }
  }
  const terms: DraftTerm[] = page.title === undefined ? [] : [{ kind: 'label', language, value: page.title.text, span: page.title.span }];
  if (page.summary !== undefined) {
    const property = ctx.profile.portalProperty;
    if (property === undefined) b.diagnostics.push({ code: 'portal-unmapped', severity: 'error', span: page.summary.span });
    else b.add(property, { type: 'monolingualtext', value: { text: page.summary.text, language } }, page.summary.span);
  }
  return { draft: { id: address.id, span: first, terms, statements: b.statements }, diagnostics: b.diagnostics };
}
