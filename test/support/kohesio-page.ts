// Renders a Kohesio project page as the portal shows it (and scrapers flatten it), from the portal's own UI
// messages (../shared/kohesio/project-page-messages.json): the oracle the profile's label table is read against.
import { readFileSync } from 'node:fs';

export type Messages = Readonly<Record<string, string>>;

/** The portal's messages per language, read from the oracle file. */
export function readMessages(path: string): Readonly<Record<string, Messages>> {
  return (JSON.parse(readFileSync(path, 'utf8')) as { languages: Record<string, Messages> }).languages;
}

export interface ProjectDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface Programme {
  readonly name?: string | undefined;
  readonly period: string;
  readonly authority: string;
}

/** A project as the page shows it; `null` where the page shows `n/a`. Amounts are cents, the rate thousandths. */
export interface KohesioProject {
  readonly language: string;
  readonly title?: string;
  /** Paragraphs separated by a blank line. */
  readonly summary?: string;
  readonly start: ProjectDate | null;
  readonly end: ProjectDate | null;
  readonly fund: string | null;
  readonly budgetCents: bigint | null;
  readonly contribution: { readonly cents: bigint; readonly rateThousandths: number } | null;
  readonly programmes: readonly Programme[];
  /** The beneficiaries, one per line under their heading (in the plural when several). */
  readonly beneficiaries?: readonly string[];
  /** Themes and intervention fields: one per line under their heading (in the plural when several). */
  readonly themes?: readonly string[];
  readonly interventionFields?: readonly string[];
  readonly country?: string;
  readonly region?: string;
}

export interface RenderOptions {
  /** Section headings glued to the next line, as some scrapers do (`informacje o projekcieData początkowa: …`). */
  readonly glued: boolean;
  readonly siteHeader: boolean;
  /** The no-break and narrow no-break spaces Intl and the template write, or the plain spaces scrapers leave. */
  readonly plainSpaces: boolean;
}

const P = 'page.project-detail.';

/** An ICU `{VAR_PLURAL, plural, =0 {…} =1 {…} other {…}}` message for a count. */
function plural(message: string, count: number): string {
  const forms = new Map([...message.matchAll(/(=\d+|zero|one|two|few|many|other) \{([^}]*)\}/gu)].map((m) => [m[1], m[2] ?? '']));
  return forms.get(`=${count}`) ?? forms.get('other') ?? message;
}

/** Angular's `d MMMM yyyy` in the page's locale (CLDR's format-context month names, as Intl gives them). */
function date(d: ProjectDate, language: string): string {
  const parts = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(d.year, d.month - 1, d.day)),
  );
  return `${d.day} ${parts.find((p) => p.type === 'month')?.value ?? ''} ${d.year}`;
}

/** Euro in the French locale, whatever the page's language (the portal's template fixes it). */
const euro = (cents: bigint): string =>
  new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' }).format(Number(cents) / 100);
const rate = (thousandths: number): string => new Intl.NumberFormat('fr', { maximumFractionDigits: 3 }).format(thousandths / 1000);

/** One row of an info section: a field's label and value (`n/a` when missing), or a list entry alone. */
export type InfoRow = { readonly label: string; readonly value: string } | { readonly entry: string };

/** The info block as the template builds it: each section's heading and rows, in the page's order. */
export function infoSections(project: KohesioProject, messages: Messages): { heading: string; rows: InfoRow[] }[] {
  const m = (key: string): string => messages[key] ?? '';
  const na = m(`${P}label.na`);
  const sections: { heading: string; rows: InfoRow[] }[] = [];
  const section = (heading: string): void => void sections.push({ heading, rows: [] });
  const row = (r: InfoRow): void => void sections.at(-1)?.rows.push(r);
  const field = (key: string, value: string | null): void => row({ label: m(`${P}label.${key}`), value: value ?? na });

  section(m(`${P}label.projectInfo`));
  field('startDate', project.start === null ? null : date(project.start, project.language));
  field('endDate', project.end === null ? null : date(project.end, project.language));
  section(m(`${P}label.funding`));
  field('fund', project.fund);
  field('totalBudget', project.budgetCents === null ? null : euro(project.budgetCents));
  const c = project.contribution;
  field('euContribution', c === null ? null : `${euro(c.cents)} (${rate(c.rateThousandths)}%)`);
  if (project.programmes.length > 0) {
    section(plural(m(`${P}label.programmes`), project.programmes.length));
    for (const programme of project.programmes) {
      if (programme.name !== undefined) field('programme', programme.name);
      field('programmingPeriod', programme.period);
      field('managingAuthority', programme.authority);
    }
  }
  for (const [key, values] of [['beneficiary', project.beneficiaries], ['theme', project.themes], ['interventionField', project.interventionFields]] as const) {
    if (values === undefined || values.length === 0) continue;
    section(plural(m(`${P}label.${key}`), values.length));
    for (const entry of values) row({ entry });
  }
  return sections;
}

export function renderKohesioPage(project: KohesioProject, messages: Messages, options: RenderOptions): string {
  const lines: string[] = [];
  if (options.siteHeader) lines.push(messages['comp.header.label.siteHeader'] ?? '', '');
  for (const { heading, rows } of infoSections(project, messages)) {
    const texts = rows.map((r) => ('entry' in r ? r.entry : `${r.label}${r.value}`));
    // Glued, a heading runs into the line after it (an empty line when the section has none).
    if (options.glued) lines.push(`${heading}${texts[0] ?? ''}`, ...texts.slice(1));
    else lines.push(heading, ...texts);
  }
  if (project.title !== undefined) lines.push('', project.title);
  if (project.summary !== undefined) lines.push('', project.summary);
  if (project.country !== undefined) {
    const region = project.region === undefined ? '' : `${options.plainSpaces ? ' ' : '\u00a0'}${project.region}, ${project.country}`;
    lines.push('', `Flag of ${project.country}${region}`);
  }
  const text = lines.join('\n');
  return options.plainSpaces ? text.replace(/[\u00a0\u202f]/gu, ' ') : text;
}
