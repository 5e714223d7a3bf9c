// The site table sitelinks are written with: a given table first, then the rule by which Wikimedia names its wikis.
import { z } from 'zod';
import { wikimediaSite } from '../../model/index.js';
import type { Site } from './settings.js';

export { wikimediaSite };

/** The site of a sitelink: the given table's, else Wikimedia's; undefined when neither knows it. */
export function siteOf(globalId: string, table: Readonly<Record<string, Site>> | undefined): Site | undefined {
  return (table !== undefined && Object.hasOwn(table, globalId) ? table[globalId] : undefined) ?? wikimediaSite(globalId);
}

// --- reading a site table ---------------------------------------------------------------------------------------

const PagePath = z.string().regex(/\$1/u, 'expected a page URL with $1 for the title');
const SiteEntrySchema = z.object({
  globalId: z.string().min(1),
  group: z.string().min(1),
  language: z.string().min(1),
  pagePath: PagePath,
});

/** MediaWiki's `action=sitematrix` answer: languages by number, each with its sites, and the special wikis. */
const MatrixSiteSchema = z.object({ url: z.string().url(), dbname: z.string().min(1), code: z.string() });
const SitematrixSchema = z.object({
  sitematrix: z.record(
    z.string(),
    z.union([z.number(), z.array(MatrixSiteSchema), z.object({ code: z.string(), site: z.array(MatrixSiteSchema) })]),
  ),
});

export const SiteTableSchema = z.union([
  z.array(SiteEntrySchema),
  z.object({ sites: z.array(SiteEntrySchema) }),
  SitematrixSchema,
]);

const MATRIX_GROUP: Readonly<Record<string, string>> = { wiki: 'wikipedia' };

/** A site table file's content as sites by global id, or the problems that make it none. */
export function readSiteTable(json: unknown): { sites: Record<string, Site> } | { problems: string[] } {
  const result = SiteTableSchema.safeParse(json);
  if (!result.success) return { problems: result.error.issues.map((i) => `${i.path.join('.') || 'the file'}: ${i.message}`) };
  const sites: Record<string, Site> = {};
  const data = result.data;
  if (Array.isArray(data) || 'sites' in data) {
    for (const { globalId, group, language, pagePath } of Array.isArray(data) ? data : data.sites) sites[globalId] = { group, language, pagePath };
    return { sites };
  }
  for (const entry of Object.values(data.sitematrix)) {
    if (typeof entry === 'number') continue;
    const language = Array.isArray(entry) ? 'en' : entry.code;
    for (const site of Array.isArray(entry) ? entry : entry.site) {
      const group = Array.isArray(entry) ? site.code : (MATRIX_GROUP[site.code] ?? site.code);
      sites[site.dbname] = { group, language, pagePath: `${site.url.replace(/\/$/u, '')}/wiki/$1` };
    }
  }
  return { sites };
}
