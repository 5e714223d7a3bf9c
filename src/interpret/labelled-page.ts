// Turns a labelled page (text, Markdown or HTML) into an item draft: each group's property is named on the page, so
// its values are read by the property's datatype, and terms come from the terms table and the heading.
import type { Diagnostic } from '../diagnostics/index.js';
import { languageCodeForName } from '../locale/index.js';
import type { Datatype, PropertyId, Rank } from '../model/index.js';
import type { LabelledPage, PropertyRef, TermsRow } from '../parse/index.js';
import type { Profile } from '../profile/index.js';
import type { DraftSnak, DraftStatement, DraftTerm } from './draft.js';
import type { InterpretContext, InterpretResult } from './interpret-page.js';
import { rowTerms } from './row-terms.js';
import { placeSitelinks } from './sitelinks.js';
import { readTypedValue, type TypedContext } from './typed-value.js';

function rowLanguage(row: TermsRow, uiLanguage: string): string | null {
  return row.languageCode ?? languageCodeForName(row.languageName, uiLanguage);
}

function terms(page: LabelledPage, ctx: InterpretContext, diagnostics: Diagnostic[]): DraftTerm[] {
  const out: DraftTerm[] = [];
  for (const row of page.terms) out.push(...rowTerms(row, rowLanguage(row, page.uiLanguage), diagnostics));
  // The heading's aliases are the UI language's (a flattened table may have lost its alias cells).
  const ui = ctx.uiLanguage;
  for (const alias of page.headingAliases) {
    if (!out.some((t) => t.kind === 'alias' && t.language === ui && t.value === alias.text)) {
      out.push({ kind: 'alias', language: ui, value: alias.text, span: alias.span });
    }
  }
  if (page.terms.length === 0 && page.titleLabel !== undefined) {
    out.push({ kind: 'label', language: ui, value: page.titleLabel, span: page.titleSpan });
  }
  return out;
}

/**
 * The rank a flattening that hides ranks implies: the profile's assignment for this property and value shape says
 * (the EU Knowledge Graph's euro statement with an exchange rate is preferred); normal otherwise.
 */
function impliedRank(profile: Profile, property: PropertyId, unit: string | undefined, qualified: boolean): Rank {
  for (const rule of profile.assignments) {
    if (!rule.properties.includes(property)) continue;
    if (rule.qualified !== undefined && rule.qualified !== qualified) continue;
    if (rule.units !== undefined && (unit === undefined || !rule.units.some((u) => unit.endsWith(`/${u}`)))) continue;
    return rule.rank;
  }
  return 'normal';
}

/** The property's id and datatype, or the diagnostic that says why the page's property cannot be used. */
function propertyOf(ref: PropertyRef, ctx: InterpretContext): { id: PropertyId; datatype: Datatype } | Diagnostic {
  if (ref.id === undefined && ref.candidates !== undefined) {
    return { code: 'property-label-ambiguous', severity: 'error', span: ref.span, label: ref.label, candidates: [...ref.candidates] };
  }
  if (ref.id === undefined) {
    return { code: 'property-label-unknown', severity: 'error', span: ref.span, label: ref.label, language: ctx.uiLanguage };
  }
  const definition = ctx.profile.properties[ref.id];
  if (definition === undefined) return { code: 'property-unknown', severity: 'error', span: ref.span, property: ref.id };
  return { id: ref.id, datatype: definition.datatype };
}

/** The hosts of the profile's Wikibase: its concept URIs, its pages, its API and SPARQL endpoint. */
function profileHosts(profile: Profile): string[] {
  const { conceptUriBase, dataUriBase, api, sparql } = profile.wikibase;
  return [conceptUriBase, dataUriBase, api, sparql].flatMap((u) => (u === undefined ? [] : [new URL(u).host]));
}

export function interpretLabelledPage(page: LabelledPage, ctx: InterpretContext): InterpretResult {
  const hosts = profileHosts(ctx.profile);
  if (page.site !== undefined && !hosts.includes(page.site)) {
    // Its ids are another Wikibase's: read with this profile, P31 or Q1071 would name something else.
    const diagnostic: Diagnostic = { code: 'wikibase-mismatch', severity: 'error', span: page.titleSpan, site: page.site, expected: hosts[0] ?? '' };
    return { draft: null, diagnostics: [diagnostic] };
  }
  const diagnostics: Diagnostic[] = [];
  const typed: TypedContext = {
    uiLanguage: ctx.uiLanguage,
    units: ctx.units,
    conceptUriBase: ctx.profile.wikibase.conceptUriBase,
    itemLabels: ctx.itemLabels,
  };
  // A property that cannot be used is reported once, where the page names it, not at each of its values.
  const reported = new Set<PropertyRef>();
  const resolve = (ref: PropertyRef): { id: PropertyId; datatype: Datatype } | null => {
    const found = propertyOf(ref, ctx);
    if ('id' in found) return found;
    if (!reported.has(ref)) diagnostics.push(found);
    reported.add(ref);
    return null;
  };
  const statements: DraftStatement[] = [];
  for (const statement of page.statements) {
    const property = resolve(statement.property);
    const first = statement.value[0];
    if (property === null || first === undefined) continue;
    const main = readTypedValue(statement.value, property.datatype, typed);
    if ('diagnostic' in main) {
      diagnostics.push(main.diagnostic);
      continue;
    }
    diagnostics.push(...main.skipped);
    const qualifiers: DraftSnak[] = [];
    for (const qualifier of statement.qualifiers) {
      const q = resolve(qualifier.property);
      if (q === null) continue;
      for (const line of qualifier.values) {
        const value = readTypedValue([line], q.datatype, typed);
        if ('diagnostic' in value) {
          diagnostics.push(value.diagnostic);
          continue;
        }
        diagnostics.push(...value.skipped);
        qualifiers.push({ property: q.id, datatype: q.datatype, datavalue: value.datavalue, span: line.span });
      }
    }
    if (statement.references > 0) {
      diagnostics.push({ code: 'references-not-shown', severity: 'warning', span: statement.referencesSpan, count: statement.references });
    }
    const unit = main.datavalue.type === 'quantity' ? main.datavalue.value.unit : undefined;
    statements.push({
      property: property.id,
      datatype: property.datatype,
      datavalue: main.datavalue,
      span: first.span,
      rank: statement.rank ?? impliedRank(ctx.profile, property.id, unit, statement.qualifiers.length > 0),
      qualifiers,
    });
  }
  const sitelinks = placeSitelinks(page.sitelinks, diagnostics);
  const draft = { id: page.id, span: page.titleSpan, terms: terms(page, ctx, diagnostics), statements, ...(sitelinks.length === 0 ? {} : { sitelinks }) };
  return { draft, diagnostics };
}
