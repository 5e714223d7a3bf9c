// What a page was read as (site, page kind, flattening), reported for every page so nothing is silently misread.
import type { Diagnostic } from '../diagnostics/index.js';
import type { Profile } from '../profile/index.js';
import type { Page } from './page.js';

/** Seed-style, portal and info pages are plain text; labelled pages say their flattening (text, Markdown, HTML). */
const FLATTENING = 'plain-text';

export function classifyPage(page: Page, profile: Profile): Diagnostic {
  const base = { code: 'page-classified', severity: 'info', flattening: FLATTENING } as const;
  switch (page.kind) {
    case 'item':
      return { ...base, span: page.titleSpan, site: 'wikibase', kind: 'item-page', language: page.uiLanguage };
    case 'labelled':
      return { ...base, flattening: page.flattening, span: page.titleSpan, site: page.site ?? 'wikibase', kind: 'labelled-item-page', language: page.uiLanguage };
    case 'portal':
      return { ...base, span: page.span, site: profile.infoPage?.site ?? 'portal', kind: 'summary-page' };
    case 'info': {
      const span = { file: page.source.file, line: page.source.line, column: 1, ...(page.source.inRecord ? { pageLine: page.source.pageLine ?? 1 } : {}) };
      return { ...base, flattening: page.flattening ?? FLATTENING, span, site: profile.infoPage?.site ?? 'portal', kind: profile.infoPage?.kind ?? 'project-page', language: page.language };
    }
  }
}
