// Renders a Kohesio project page as the portal's HTML (the project-detail template's structure: info sections of
// `prjt-box--content` rows under `prjt-box--title` headings, the `article--post__title` heading, the summary's
// `article--post__teaser`, the location's flag image in `map__wrapper`), from the same project and messages as the
// text renderer, so a test can read both and compare.
import { date, euro, P, plural, rate, type KohesioProject, type Messages } from './kohesio-page.js';

const escape = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export function renderKohesioHtml(project: KohesioProject, messages: Messages): string {
  const m = (key: string): string => messages[key] ?? '';
  const na = m(`${P}label.na`);
  const out: string[] = [];
  let box: string[] = [];
  const section = (title: string): void => {
    if (box.length > 0) out.push(`<div class="prjt-box prjt-box--grey">\n${box.join('\n')}\n</div>`);
    box = [`  <span class="prjt-box--title">${escape(title)}</span>`];
  };
  const row = (inner: string): void => void box.push(`  <div class="prjt-box--content">${inner}</div>`);
  const field = (key: string, value: string | null): void =>
    row(`<span>${escape(m(`${P}label.${key}`))}</span><span>${escape(value ?? na)}</span>`);

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
    for (const value of values) row(`<span class="no-bold">${escape(value)}</span>`);
  }
  section('');
  const main: string[] = [];
  if (project.title !== undefined) main.push(`<h1 class="article--post__title">\n  ${escape(project.title)}\n</h1>`);
  // The template interpolates the summary as it is stored: paragraphs separated by blank lines in one element.
  if (project.summary !== undefined) main.push(`<div class="article--post__content"><p class="article--post__teaser">${escape(project.summary)}</p></div>`);
  if (project.country !== undefined) {
    const region = project.region === undefined ? '' : `${escape(project.region)}, ${escape(project.country)}`;
    main.push(`<div class="map__wrapper"><h2 class="title"><img class="flag" src="assets/images/flags/xx.png" alt="Flag of ${escape(project.country)}">\n  ${region}\n</h2><app-map></app-map></div>`);
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${project.language}">`,
    '<head><meta charset="utf-8"><title>Kohesio</title></head>',
    '<body>',
    `<header class="ecl-site-header"><div class="ecl-site-header__title">${escape(m('comp.header.label.siteHeader'))}</div></header>`,
    '<div class="kohesio-page-wrapper kohesio-page-detail">',
    '<div class="kohesio-info-container">',
    ...out,
    '</div>',
    `<div class="kohesio-main-container">\n<article class="article--post"><div class="article--post__inner">\n${main.join('\n')}\n</div></article>\n</div>`,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}
