// The Wikibase calls the upload makes: read items (50 ids a request), search labels, create or edit an item.
import { WBK } from 'wikibase-sdk';
import type { ItemId } from '../model/index.js';
import { describeWarning, PATCHED_WARNINGS, readEditAnswer } from './answers.js';
import { OutcomeUnknown } from './errors.js';
import type { ApiClient, Json } from './api-client.js';
import type { EditData } from './diff.js';
import { readEntities, type Lookup } from './server-item.js';
import type { Session } from './session.js';

/** wbgetentities takes at most 50 ids. */
export const IDS_PER_READ = 50;

export interface SearchHit {
  readonly id: string;
  readonly label?: string;
  readonly description?: string;
  readonly matchType?: string;
  readonly matchText?: string;
}

export interface EditRequest {
  /** Absent: a new item (`new=item`). */
  readonly id?: ItemId;
  readonly baserevid?: number;
  readonly data: EditData;
  readonly summary?: string;
  readonly tags: readonly string[];
  readonly bot: boolean;
}

export interface EditResult {
  readonly id: ItemId;
  readonly revid: number;
  /** Wikibase saved the edit patched onto a newer revision (the warning's name): what it saved must be read. */
  readonly patched?: string;
  /** Other warnings of the answer, as text. */
  readonly warnings: readonly string[];
}

/** wbeditentity's parameters for a request, as sent (the token aside) and as --dry-run shows them. */
export function editParams(request: EditRequest): Record<string, string> {
  return {
    action: 'wbeditentity',
    ...(request.id === undefined ? { new: 'item' } : { id: request.id }),
    ...(request.baserevid === undefined ? {} : { baserevid: String(request.baserevid) }),
    data: JSON.stringify(request.data),
    ...(request.summary === undefined ? {} : { summary: request.summary }),
    ...(request.tags.length === 0 ? {} : { tags: request.tags.join('|') }),
    ...(request.bot ? { bot: '1' } : {}),
  };
}

/** The instance and script path wikibase-sdk wants, from an API address such as https://host/w/api.php. */
export function sdkInstance(apiUrl: string): { instance: string; wgScriptPath: string } {
  const url = new URL(apiUrl);
  const path = url.pathname.replace(/\/api\.php$/u, '');
  return { instance: url.origin, wgScriptPath: path.replace(/^\//u, '') };
}

/**
 * A URL built by wikibase-sdk, sent to the API address exactly as given: only the query string is taken from
 * the builder (which joins instance and script path itself, and makes `//api.php` of an API at the web root).
 */
export function atApi(apiUrl: string, built: string): string {
  const target = new URL(apiUrl);
  target.search = new URL(built).search;
  return target.toString();
}

export class Wikibase {
  private readonly wbk: ReturnType<typeof WBK>;

  constructor(
    readonly api: ApiClient,
    private readonly session: Session | null,
  ) {
    this.wbk = WBK(sdkInstance(api.apiUrl));
  }

  get canWrite(): boolean {
    return this.session !== null;
  }

  async getItems(ids: readonly ItemId[], props?: readonly ('labels' | 'descriptions' | 'aliases' | 'claims' | 'info')[]): Promise<Map<ItemId, Lookup | { readonly error: string }>> {
    const out = new Map<ItemId, Lookup | { readonly error: string }>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += IDS_PER_READ) {
      const chunk = unique.slice(i, i + IDS_PER_READ);
      const url = atApi(this.api.apiUrl, this.wbk.getEntities({ ids: chunk, ...(props === undefined ? {} : { props: [...props] }) }));
      for (const [id, lookup] of readEntities(await this.api.readUrl(url), chunk)) out.set(id, lookup);
    }
    return out;
  }

  /** Items whose label or alias starts with `text` in `language`, following the search's continuation up to `max`. */
  async search(text: string, language: string, max = 200): Promise<SearchHit[]> {
    const hits: SearchHit[] = [];
    let offset = 0;
    while (hits.length < max) {
      const url = atApi(this.api.apiUrl, this.wbk.searchEntities({ search: text, language, limit: 50, continue: offset, type: 'item' }));
      const answer = await this.api.readUrl(`${url}&strictlanguage=1`);
      const list = Array.isArray(answer['search']) ? (answer['search'] as Json[]) : [];
      for (const hit of list) {
        if (typeof hit['id'] !== 'string') continue;
        const match = (hit['match'] ?? {}) as Json;
        hits.push({
          id: hit['id'],
          ...(typeof hit['label'] === 'string' ? { label: hit['label'] } : {}),
          ...(typeof hit['description'] === 'string' ? { description: hit['description'] } : {}),
          ...(typeof match['type'] === 'string' ? { matchType: match['type'] } : {}),
          ...(typeof match['text'] === 'string' ? { matchText: match['text'] } : {}),
        });
      }
      const next = answer['search-continue'];
      if (typeof next !== 'number' || next <= offset || list.length === 0) break;
      offset = next;
    }
    return hits;
  }

  /** Creates or edits; throws OutcomeUnknown when the answer was lost and ApiError when refused. */
  async edit(request: EditRequest): Promise<EditResult> {
    if (this.session === null) throw new Error('no session: writes need credentials');
    const answer = await this.session.write(editParams(request), { retryUnknown: false });
    const read = readEditAnswer(answer);
    // An answer without them may still follow an applied edit: the caller settles it as a lost answer.
    if (read === undefined) throw new OutcomeUnknown('wbeditentity answered without an entity id and revision');
    const patched = read.warnings.find((w) => w.name !== undefined && PATCHED_WARNINGS.has(w.name))?.name;
    return {
      id: read.id,
      revid: read.revid,
      ...(patched === undefined ? {} : { patched }),
      warnings: read.warnings.filter((w) => w.name === undefined || !PATCHED_WARNINGS.has(w.name)).map(describeWarning),
    };
  }
}
