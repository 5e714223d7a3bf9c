// The profile's own table of the Kohesio labels it recognises, checked against the portal's UI messages (an oracle
// in ../shared, never copied): every label the portal shows is in the table, and the table holds nothing else.
import { describe, expect, it } from 'vitest';
import { readMessages, type Messages } from '../support/kohesio-page.js';
import { oraclePath } from '../support/oracle.js';
import { PROFILE } from '../support/builders.js';

const MESSAGES = oraclePath('kohesio/project-page-messages.json');
const P = 'page.project-detail.';

/** The forms of an ICU plural message (`{VAR_PLURAL, plural, =0 {…} =1 {…} other {…}}`), or the message itself. */
function forms(message: string | undefined): string[] {
  if (message === undefined) return [];
  const found = [...message.matchAll(/(?:=\d+|zero|one|two|few|many|other) \{([^}]*)\}/gu)].map((m) => m[1] ?? '');
  return [...new Set((found.length > 0 ? found : [message]).map((f) => f.trim()).filter((f) => f !== ''))].sort();
}

/** What the profile must hold for a language, by the portal's messages. */
function portalTable(m: Messages): Record<string, string[]> {
  const one = (...keys: string[]): string[] => [...new Set(keys.flatMap((k) => forms(m[k])))].sort();
  return {
    siteHeader: one('comp.header.label.siteHeader'),
    headings: one(`${P}label.projectInfo`, `${P}label.funding`, `${P}label.programmes`),
    na: one(`${P}label.na`),
    noSummary: one('comp.message.noTranslationAvailable'),
    noRegion: one(`${P}label.multipleLocations`),
    ...Object.fromEntries(
      ['startDate', 'endDate', 'fund', 'totalBudget', 'euContribution', 'programme', 'programmingPeriod', 'managingAuthority', 'projectWebsite', 'programmeWebsite'].map(
        (k) => [`fields.${k}`, one(`${P}label.${k}`)],
      ),
    ),
    ...Object.fromEntries(['beneficiary', 'theme', 'interventionField'].map((k) => [`lists.${k}`, one(`${P}label.${k}`)])),
  };
}

describe.skipIf(MESSAGES === undefined)('the eu-knowledge-graph profile’s Kohesio labels', () => {
  const messages = readMessages(MESSAGES ?? '');
  const info = PROFILE.infoPage;

  it('cover the portal’s languages', () => {
    expect(Object.keys(info?.labels ?? {}).sort()).toEqual(Object.keys(messages).sort());
  });

  it.each(Object.keys(messages).sort())('%s: are the portal’s own, each where the page shows it', (language) => {
    const labels = info?.labels[language];
    const m = messages[language] ?? {};
    const sorted = (texts: readonly string[] | undefined): string[] => [...new Set((texts ?? []).map((t) => t.trim()))].sort();
    const ours: Record<string, string[]> = {
      siteHeader: sorted(labels?.siteHeader),
      headings: sorted(labels?.headings),
      na: sorted(labels?.na),
      noSummary: sorted(labels?.noSummary),
      noRegion: sorted(labels?.noRegion),
      ...Object.fromEntries(Object.entries(labels?.fields ?? {}).map(([k, v]) => [`fields.${k}`, sorted(v)])),
      ...Object.fromEntries(Object.entries(labels?.lists ?? {}).map(([k, v]) => [`lists.${k}`, sorted(v)])),
    };
    expect(ours).toEqual(portalTable(m));
    // Furniture: breadcrumbs and links the page shows, each one of the portal's messages.
    const all = new Set(Object.values(m).flatMap((v) => forms(v)));
    for (const text of labels?.furniture ?? []) expect(all, text).toContain(text);
  });

  it('map the fields and lists the issue names to the EU Knowledge Graph’s properties', () => {
    const byKey = Object.fromEntries((info?.fields ?? []).map((f) => [f.key, f]));
    expect(byKey['startDate']).toMatchObject({ kind: 'date', property: 'P20' });
    expect(byKey['endDate']).toMatchObject({ kind: 'date', property: 'P33' });
    expect(byKey['totalBudget']).toMatchObject({ kind: 'amount', property: 'P474', unit: 'Q226' });
    expect(byKey['euContribution']).toMatchObject({ kind: 'amount', property: 'P835', unit: 'Q226', rate: { property: 'P837', unit: 'Q660' } });
    expect(byKey['fund']).toMatchObject({ kind: 'item', property: 'P1584' });
    expect(byKey['programme']).toMatchObject({ kind: 'item', property: 'P1368' });
    expect(byKey['programmingPeriod']?.kind).toBe('info');
    expect(byKey['managingAuthority']?.kind).toBe('info');
    expect(info?.lists.find((l) => l.key === 'beneficiary')).toMatchObject({ property: 'P889', nameProperty: 'P841' });
    expect(info?.location).toMatchObject({ country: 'P32', region: 'P1845' });
    expect(info?.amountLocale).toBe('fr');
    expect(info?.datePattern).toBe('d MMMM yyyy');
  });
});
