// Renders a Kohesio project page as the portal's HTML (the project-detail template's structure: info sections of
// `prjt-box--content` rows under `prjt-box--title` headings, the `article--post__title` heading, the summary's
// `article--post__teaser`, the location's flag image in `map__wrapper`), from the same project and messages as the
// text renderer, so a test can read both and compare.
import { infoSections, type KohesioProject, type Messages } from './kohesio-page.js';

const escape = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export function renderKohesioHtml(project: KohesioProject, messages: Messages): string {
  const boxes = infoSections(project, messages).map(({ heading, rows }) => {
    const cells = rows.map((r) =>
      'entry' in r ? `<span class="no-bold">${escape(r.entry)}</span>` : `<span>${escape(r.label)}</span><span>${escape(r.value)}</span>`,
    );
    return [
      '<div class="prjt-box prjt-box--grey">',
      `  <span class="prjt-box--title">${escape(heading)}</span>`,
      ...cells.map((c) => `  <div class="prjt-box--content">${c}</div>`),
      '</div>',
    ].join('\n');
  });
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
    `<header class="ecl-site-header"><div class="ecl-site-header__title">${escape(messages['comp.header.label.siteHeader'] ?? '')}</div></header>`,
    '<div class="kohesio-page-wrapper kohesio-page-detail">',
    '<div class="kohesio-info-container">',
    ...boxes,
    '</div>',
    `<div class="kohesio-main-container">\n<article class="article--post"><div class="article--post__inner">\n${main.join('\n')}\n</div></article>\n</div>`,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}
