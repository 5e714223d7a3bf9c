// One page read as the pipeline reads it (parse, interpret, merge), for tests that look at the item and diagnostics.
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { interpretContext, interpretInfoPage, interpretItemPage, interpretLabelledPage, interpretPortalPage } from '../../src/interpret/index.js';
import { EntityBuilder } from '../../src/merge/index.js';
import type { Item } from '../../src/model/index.js';
import { parsePage, propertyLabelTable, type Page } from '../../src/parse/index.js';
import type { Profile } from '../../src/profile/index.js';
import type { ItemLabelLookup } from '../../src/resolve/index.js';
import { sourceAddress } from '../../src/parse/address.js';

export interface ReadPage {
  readonly page: Page | null;
  readonly item: Item | undefined;
  readonly diagnostics: Diagnostic[];
}

export function readPage(text: string, profile: Profile, file = 'page.txt', itemLabels?: ItemLabelLookup): ReadPage {
  const source = { text, file, line: 1, inRecord: false };
  const { address } = sourceAddress(source, profile);
  const parsed = parsePage(source, address, null, { labels: propertyLabelTable(profile) });
  const diagnostics = [...parsed.diagnostics];
  const page = parsed.page;
  if (page === null) return { page, item: undefined, diagnostics };
  const language = page.kind === 'portal' ? (address?.language ?? 'en') : page.kind === 'info' ? page.language : page.uiLanguage;
  const ctx = interpretContext(profile, language, itemLabels);
  const result =
    page.kind === 'item'
      ? interpretItemPage(page, ctx)
      : page.kind === 'labelled'
        ? interpretLabelledPage(page, ctx)
        : page.kind === 'info'
          ? interpretInfoPage(page, address, ctx)
          : interpretPortalPage(page, address, ctx);
  diagnostics.push(...result.diagnostics);
  if (result.draft === null) return { page, item: undefined, diagnostics };
  const builder = new EntityBuilder(result.draft.id, profile);
  diagnostics.push(...builder.add(result.draft));
  return { page, item: builder.build().item, diagnostics };
}
