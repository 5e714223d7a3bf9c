// Kohesio project pages rendered from the portal's own messages, in all 24 languages (headings glued or not, n/a
// values, several programmes, spaces as Intl writes them or as scrapers leave them), read back to their entity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Item, ItemId } from '../../src/model/index.js';
import { Processor } from '../../src/pipeline/processor.js';
import type { LinkEntry } from '../../src/resolve/index.js';
import { renderKohesioHtml } from '../support/kohesio-html.js';
import { readMessages, renderKohesioPage, type KohesioProject, type ProjectDate, type RenderOptions } from '../support/kohesio-page.js';
import { oraclePath } from '../support/oracle.js';
import { EU_LANGUAGES } from './arbitraries.js';
import { ENTITY, PROFILE } from '../support/builders.js';

const MESSAGES = oraclePath('kohesio/project-page-messages.json');

const WORDS = [
  'Projekt', 'razvoj', 'čezmejnega', 'Socijalna', 'aktivacija', 'Ελλάδα', 'ανάπτυξη', 'развитие', 'énergie', 'région',
  'Zöld', 'łączność', 'Fondazione', 'Università', 'Ūkis', 'Ģimene', 'Ħamrun', 'Baile', 'Átha', 'Åtgärd', 'Kraków',
  'Ærø', 'Interreg', 'Centre', 'Bistra', 'Ptuj', '2SoKroG', '(EFRR)', '„Quote“', '50%', '3,5', 'd.o.o.', 'GmbH',
];
const words = (min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));

const day: fc.Arbitrary<ProjectDate> = fc
  .record({ year: fc.integer({ min: 2000, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter((d) => d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate());
const orNa = <T,>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null, freq: 4 });
const cents = fc.bigInt({ min: 0n, max: 99_999_999_999n });

const project = (language: string): fc.Arbitrary<KohesioProject> =>
  fc
    .record({
      text: fc.option(fc.record({ title: words(2, 8), summary: fc.array(words(3, 30), { minLength: 1, maxLength: 3 }) }), { nil: undefined }),
      start: orNa(day),
      end: orNa(day),
      fund: orNa(words(2, 5)),
      budgetCents: orNa(cents),
      contribution: orNa(fc.record({ cents, rateThousandths: fc.integer({ min: 0, max: 100_000 }) })),
      programmes: fc.uniqueArray(
        fc.record({ name: fc.option(words(2, 5), { nil: undefined }), period: fc.constantFrom('2014-2020', '2021-2027', '2007-2013'), authority: words(2, 8) }),
        { maxLength: 3, selector: (p) => p.name ?? p.authority },
      ),
      // Organisations' names begin with a capital, as the glued heading's end needs; a lower-case one is ambiguous
      // glued (`toetusesaajad.o.o.`), which has its own test.
      beneficiaries: fc.uniqueArray(words(2, 4).filter((w) => /^\p{Lu}/u.test(w)), { maxLength: 3 }),
      themes: fc.uniqueArray(words(2, 4).filter((w) => /^\p{Lu}/u.test(w)), { maxLength: 3 }),
      interventionFields: fc.uniqueArray(words(2, 4).filter((w) => /^\p{Lu}/u.test(w)), { maxLength: 2 }),
      place: fc.option(fc.record({ country: fc.constantFrom('Poland', 'Czech Republic', 'Italy', 'Ireland'), region: fc.option(words(1, 3), { nil: undefined }) }), {
        nil: undefined,
      }),
    })
    .map(({ text, place, ...rest }) => ({
      language,
      ...rest,
      ...(text === undefined ? {} : { title: text.title, summary: text.summary.join('\n\n') }),
      ...(place === undefined ? {} : { country: place.country, ...(place.region === undefined ? {} : { region: place.region }) }),
    }));

const options: fc.Arbitrary<RenderOptions> = fc.record({ glued: fc.boolean(), siteHeader: fc.boolean(), plainSpaces: fc.boolean() });

/** Every label the page names gets an id, but for the beneficiaries when `knownBeneficiary` is false. */
function linkMap(p: KohesioProject, knownBeneficiary: boolean): { entries: LinkEntry[]; id: (label: string) => ItemId | undefined } {
  const labels = [
    p.fund,
    ...p.programmes.map((g) => g.name),
    ...(p.themes ?? []),
    ...(p.interventionFields ?? []),
    p.country,
    p.region,
    ...(knownBeneficiary ? (p.beneficiaries ?? []) : []),
  ];
  const ids = new Map<string, ItemId>();
  for (const label of labels) if (label != null && !ids.has(label)) ids.set(label, `Q${900_000 + ids.size}` as ItemId);
  return { entries: [...ids].map(([label, item]) => ({ label, item, language: p.language })), id: (label) => ids.get(label) };
}

const decimal = (digits: bigint, scale: number): string => {
  const s = digits.toString().padStart(scale + 1, '0');
  const whole = `+${s.slice(0, s.length - scale)}${scale > 0 ? `.${s.slice(s.length - scale)}` : ''}`;
  return scale === 3 ? whole.replace(/\.?0+$/u, '') : whole;
};
const time = (d: ProjectDate): string => `+${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}T00:00:00Z`;

/** The statements the page carries, as `property value` lines, sorted. */
function expected(p: KohesioProject, id: (label: string) => ItemId | undefined): string[] {
  const out: string[] = [];
  if (p.start !== null) out.push(`P20 ${time(p.start)}`);
  if (p.end !== null) out.push(`P33 ${time(p.end)}`);
  if (p.fund !== null) out.push(`P1584 ${id(p.fund)}`);
  if (p.budgetCents !== null) out.push(`P474 ${decimal(p.budgetCents, 2)} Q226`);
  if (p.contribution !== null) {
    out.push(`P835 ${decimal(p.contribution.cents, 2)} Q226`, `P837 ${decimal(BigInt(p.contribution.rateThousandths), 3)} Q660`);
  }
  for (const g of p.programmes) if (g.name !== undefined) out.push(`P1368 ${id(g.name)}`);
  // A beneficiary no item is known for keeps its name (its label may name another item of the page too).
  // Several beneficiaries are several values (P889 and P841 take more than one).
  for (const b of p.beneficiaries ?? []) out.push(id(b) === undefined ? `P841 ${b}` : `P889 ${id(b)}`);
  for (const theme of p.themes ?? []) out.push(`P1848 ${id(theme)}`);
  for (const field of p.interventionFields ?? []) out.push(`P888 ${id(field)}`);
  if (p.country !== undefined) out.push(`P32 ${id(p.country)}`);
  if (p.region !== undefined) out.push(`P1845 ${id(p.region)}`);
  if (p.summary !== undefined) out.push(`P836 ${p.language}:${p.summary}`);
  return [...new Set(out)].sort();
}

function statements(item: Item): string[] {
  const out: string[] = [];
  for (const [property, list] of Object.entries(item.claims ?? {})) {
    for (const s of list) {
      if (s.mainsnak.snaktype !== 'value') continue;
      const v = s.mainsnak.datavalue;
      const text =
        v.type === 'time'
          ? v.value.time
          : v.type === 'quantity'
            ? `${v.value.amount} ${v.value.unit.replace(ENTITY, '')}`
            : v.type === 'wikibase-entityid'
              ? v.value.id
              : v.type === 'monolingualtext'
                ? `${v.value.language}:${v.value.text}`
                : v.type === 'string'
                  ? v.value
                  : JSON.stringify(v.value);
      out.push(`${property} ${text}`);
    }
  }
  return out.sort();
}

async function readBack(text: string, p: KohesioProject, entries: LinkEntry[]): Promise<{ item: Item | undefined; codes: string[] }> {
  const processor = new Processor({ profile: PROFILE, linkMap: entries, output: null, wantItems: true, classify: true });
  const url = `https://kohesio.ec.europa.eu/${p.language}/projects/Q77`;
  const result = await processor.run({ kind: 'pages', pages: [{ text, file: 'page.txt', line: 1, inRecord: false, url }] });
  // The profile's checks (a contribution above the budget, a rate that disagrees) judge the values, not the reading.
  const codes = result.events.flatMap((e) => ('diagnostic' in e && !('check' in e.diagnostic) ? [e.diagnostic.code] : []));
  const entity = result.entities[0]?.item;
  return { item: entity?.type === 'item' ? entity : undefined, codes };
}

describe.skipIf(MESSAGES === undefined)('Kohesio project pages rendered from the portal’s messages read back', () => {
  const messages = readMessages(MESSAGES ?? '');

  it('the portal has the 24 languages', () => {
    expect(Object.keys(messages).sort()).toEqual([...EU_LANGUAGES].sort());
  });

  it.each(EU_LANGUAGES)('%s: every page reads back to the entity it was rendered from', async (language) => {
    await fc.assert(
      fc.asyncProperty(project(language), options, fc.boolean(), async (p, opts, knownBeneficiary) => {
        const text = renderKohesioPage(p, messages[language] ?? {}, opts);
        const links = linkMap(p, knownBeneficiary);
        const { item, codes } = await readBack(text, p, links.entries);
        expect(codes, text).toContain('page-classified');
        expect(codes.filter((c) => !['page-classified', 'line-skipped', 'value-not-attached'].includes(c)), text).toEqual([]);
        expect(item === undefined ? [] : statements(item), text).toEqual(expected(p, links.id));
        expect(item?.labels?.[language]?.value).toBe(p.title);
      }),
      { numRuns: 25 },
    );
  });

  it.each(EU_LANGUAGES)('%s: the page’s HTML (the portal template’s structure) reads as its text does', async (language) => {
    await fc.assert(
      fc.asyncProperty(project(language), fc.boolean(), async (p, knownBeneficiary) => {
        const html = renderKohesioHtml(p, messages[language] ?? {});
        const text = renderKohesioPage(p, messages[language] ?? {}, { glued: false, siteHeader: true, plainSpaces: false });
        const links = linkMap(p, knownBeneficiary);
        const fromHtml = await readBack(html, p, links.entries);
        const fromText = await readBack(text, p, links.entries);
        expect(fromHtml.item, html).toEqual(fromText.item);
        expect(fromHtml.codes.filter((c) => c !== 'line-skipped').sort(), html).toEqual(fromText.codes.filter((c) => c !== 'line-skipped').sort());
        expect(fromHtml.item === undefined ? [] : statements(fromHtml.item), html).toEqual(expected(p, links.id));
      }),
      { numRuns: 10 },
    );
  });

  it('an item named by a label no link map knows is reported and its statement not written', async () => {
    const p: KohesioProject = {
      language: 'de', start: null, end: null, fund: 'Europäischer Sozialfonds', budgetCents: 100n, contribution: null, programmes: [],
      country: 'Italy', region: 'Roma',
    };
    const text = renderKohesioPage(p, messages['de'] ?? {}, { glued: false, siteHeader: true, plainSpaces: false });
    const { item, codes } = await readBack(text, p, []);
    expect(codes.filter((c) => c === 'label-unresolved')).toHaveLength(3);
    expect(Object.keys(item?.claims ?? {})).toEqual(['P474']);
  });

  it('a label two items share in the link map is reported as ambiguous, not chosen', async () => {
    const p: KohesioProject = { language: 'it', start: null, end: null, fund: 'FESR', budgetCents: null, contribution: null, programmes: [] };
    const text = renderKohesioPage(p, messages['it'] ?? {}, { glued: true, siteHeader: false, plainSpaces: true });
    const processor = new Processor({
      profile: PROFILE,
      linkMap: [{ label: 'FESR', item: 'Q1' as ItemId }, { label: 'FESR', item: 'Q2' as ItemId }],
      output: null,
      wantItems: true,
    });
    const result = await processor.run({ kind: 'pages', pages: [{ text, file: 'p.txt', line: 1, inRecord: false, url: 'https://kohesio.eu/it/progetti/Q5' }] });
    const diagnostics = result.events.flatMap((e) => ('diagnostic' in e ? [e.diagnostic] : []));
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'label-unresolved', label: 'FESR', candidates: ['Q1', 'Q2'] }));
    expect(result.entities[0]?.item?.claims?.['P1584']).toBeUndefined();
  });
});
