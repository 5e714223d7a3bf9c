// The upload driver: items in, at most one wbeditentity each, every intent and result journaled before moving on.
import type { Item, ItemId } from '../model/index.js';
import { describeChange } from './describe-change.js';
import { diffItem, newItemPlan, type ItemPlan } from './diff.js';
import { ApiError, FATAL_API_CODES, OutcomeUnknown } from './errors.js';
import type { ItemReport, Outcome, ReportCode, UploadTally } from './outcome.js';

export type { ItemReport, Outcome, ReportCode, UploadTally };
import { describeRefusal } from './refusal.js';
import { itemKey, itemName, termsOf } from './item-key.js';
import type { Journal } from './journal.js';
import { LinkResolver, type LinkOptions } from './links.js';
import type { MergeRules } from './merge-rules.js';
import type { Pacer } from './pacer.js';
import type { Lookup, ServerItem } from './server-item.js';
import { TermFinder } from './term-finder.js';
import { editParams, IDS_PER_READ, type EditRequest, type EditResult, type Wikibase } from './wikibase.js';
import { WbimportError } from '../diagnostics/errors.js';

export interface UploaderOptions {
  readonly wikibase: Wikibase;
  readonly journal: Journal;
  readonly rules: MergeRules;
  readonly links: LinkOptions | null;
  /** A new item whose label+description pair an existing item has: that item is the target, or the item is refused. */
  readonly duplicates: 'adopt' | 'refuse';
  /** Print the payloads (json) or a readable diff, and write nothing. */
  readonly dryRun: 'json' | 'diff' | null;
  readonly print: (text: string) => void;
  readonly summary?: string;
  readonly tags: readonly string[];
  readonly bot: boolean;
  readonly pacer: Pacer;
  readonly onReport?: (report: ItemReport) => void;
  readonly onPacing?: (ms: number) => void;
  readonly shouldStop?: () => boolean;
  /** Values the wiki would refuse, found before sending (wiki-limits.ts): the item is refused, naming them. */
  readonly checkValues?: (item: Item) => readonly string[];
  /** Called before the first create: throws (CredentialsError) when the login may not create pages. */
  readonly beforeCreate?: () => void;
}

/** The user asked to stop (Ctrl-C): the journal is complete up to the last item. */
export class UploadStopped extends WbimportError {
  override readonly name = 'UploadStopped';
}

/** Conflicts and lost answers tolerated for one item before it is given up. */
const MAX_ROUNDS = 5;

interface Entry {
  item: Item;
  readonly key: string;
  readonly name: string;
}

type Found = { readonly how: 'created'; readonly result: EditResult } | { readonly how: 'recovered' | 'adopted'; readonly id: ItemId } | { readonly how: 'printed' };
type Refusal = { readonly refused: string; readonly code: ReportCode };

/** The item Wikibase names when it refuses a label+description pair already taken. */
export function conflictingItem(error: ApiError): ItemId | undefined {
  if (error.code !== 'modification-failed' || !error.hasMessage('wikibase-validator-label-with-description-conflict')) return undefined;
  // The item is the message's last parameter (a link); the label before it could look like an id too.
  const texts = [...error.messages.flatMap((m) => m.parameters.map(String)).reverse(), error.info];
  for (const text of texts) {
    const id = /\b(Q[1-9]\d*)\b/u.exec(text)?.[1];
    if (id !== undefined) return id as ItemId;
  }
  return undefined;
}

export class Uploader {
  readonly tally: UploadTally = { items: 0, created: 0, edited: 0, unchanged: 0, heldBack: 0, refused: 0, failed: 0, edits: 0, patched: 0 };
  private readonly buffer: Entry[] = [];
  /** Keys of the new items this run has taken (key → name), to report a second input with the same terms. */
  private readonly newKeys = new Map<string, string>();
  /** Items this run created or edited (id → the input's name): never adopted for another input. */
  private readonly touched = new Map<ItemId, string>();
  private readonly finder: TermFinder;
  private readonly links: LinkResolver | null;

  constructor(private readonly options: UploaderOptions) {
    this.finder = new TermFinder(options.wikibase);
    this.links =
      options.links === null
        ? null
        : new LinkResolver(
            options.links,
            this.finder,
            options.dryRun === null ? (key, item) => this.createLinked(key, item) : null,
            (key) => options.journal.idFor(key),
          );
  }

  /** Takes one item; items are read from the server 50 at a time, so this sends only when a batch is full. */
  async add(item: Item): Promise<void> {
    const entry: Entry = { item, key: itemKey(item), name: itemName(item) };
    if (item.id === undefined) {
      // Two new items with the same labels and descriptions: two projects Wikibase cannot tell apart. Never merged.
      const first = this.newKeys.get(entry.key);
      if (first !== undefined) {
        this.report('refused', entry, {
          code: 'same-terms-in-run',
          reason: `another input of this run (${first}) has the same labels and descriptions; Wikibase keeps label+description pairs unique, so the two are not merged: tell them apart (a description) or give the item id`,
        });
        return;
      }
      this.newKeys.set(entry.key, entry.name);
    }
    // The same item twice in a batch would be diffed against a stale read: send the batch first.
    if (this.buffer.some((e) => e.key === entry.key)) await this.flush();
    this.buffer.push(entry);
    if (this.buffer.length >= IDS_PER_READ) await this.flush();
  }

  /** Sends what is buffered; the tally is then final. */
  async finish(): Promise<UploadTally> {
    await this.flush();
    return this.tally;
  }

  private report(outcome: Outcome, entry: Entry, extra: Partial<Pick<ItemReport, 'id' | 'revid' | 'reason' | 'code'>> = {}): void {
    this.tally.items += 1;
    const field = ({ created: 'created', edited: 'edited', unchanged: 'unchanged', 'held-back': 'heldBack', refused: 'refused', failed: 'failed' } as const)[outcome];
    this.tally[field] += 1;
    this.options.onReport?.({ outcome, key: entry.key, name: entry.name, ...extra });
  }

  /** An item the server refused: reported in words; errors that every item would meet stop the run instead. */
  private refuse(entry: Entry, error: unknown): void {
    if (!(error instanceof ApiError) || FATAL_API_CODES.has(error.code)) throw error;
    this.report('refused', entry, { code: 'server-refused', reason: describeRefusal(error, entry.item) });
  }

  private async flush(): Promise<void> {
    const batch = this.buffer.splice(0);
    this.finder.forget();
    const ready: Entry[] = [];
    for (const entry of batch) {
      if (this.options.shouldStop?.() === true) throw new UploadStopped();
      if (entry.item.id === undefined && Object.keys(termsOf(entry.item).labels).length === 0) {
        this.report('refused', entry, { code: 'no-label', reason: 'a new item needs a label: without one it could not be found again after an interrupted run' });
        continue;
      }
      const problems = this.options.checkValues?.(entry.item) ?? [];
      if (problems.length > 0) {
        this.report('refused', entry, { code: 'value-refused', reason: `the wiki would refuse ${problems.length === 1 ? 'a value' : `${problems.length} values`} (nothing sent): ${problems.join('; ')}` });
        continue;
      }
      if (this.links !== null) {
        const resolution = await this.links.resolve(entry.item);
        if (resolution.unresolved.length > 0) {
          this.report('held-back', entry, { code: 'unresolved-links', reason: resolution.unresolved.join('; ') });
          continue;
        }
        entry.item = resolution.item;
      }
      ready.push(entry);
    }
    const ids = ready.flatMap((e) => {
      const id = e.item.id ?? this.options.journal.idFor(e.key);
      return id === undefined ? [] : [id];
    });
    const lookups = ids.length === 0 ? new Map<ItemId, Lookup | { readonly error: string }>() : await this.options.wikibase.getItems(ids);
    // An item edited earlier in this batch is read again: the batch's read is stale for it (its statement ids too).
    const edited = new Set<ItemId>();
    for (const entry of ready) {
      if (this.options.shouldStop?.() === true) throw new UploadStopped();
      const target = entry.item.id ?? this.options.journal.idFor(entry.key);
      if (target === undefined) {
        const id = await this.create(entry);
        if (id !== undefined) edited.add(id);
        continue;
      }
      const theirs = await this.read(entry, target, edited.has(target) ? undefined : lookups.get(target));
      edited.add(target);
      if (theirs !== null) await this.update(entry, theirs, 'unchanged');
    }
  }

  /** The target as the server has it now, or null (reported) when it cannot be edited. */
  private async read(entry: Entry, id: ItemId, known?: Lookup | { readonly error: string }): Promise<ServerItem | null> {
    const lookup = known ?? (await this.options.wikibase.getItems([id])).get(id);
    if (lookup === undefined || 'error' in lookup) {
      this.report('failed', entry, { code: 'unreadable', reason: `cannot read ${id}: ${lookup?.error ?? 'no answer'}` });
      return null;
    }
    if (lookup.kind === 'item') return lookup.item;
    const reason =
      lookup.kind === 'redirect'
        ? `${id} is a redirect to ${lookup.to} on the target: give that id instead`
        : entry.item.id === undefined
          ? `${id}, created for this item by an earlier run (see the journal), no longer exists on the target`
          : `${id} does not exist on the target: an item with an id is edited, never created (leave the id out to create a new item)`;
    this.report('refused', entry, { code: 'not-on-target', reason });
    return null;
  }

  private async send(request: EditRequest): Promise<EditResult> {
    await this.options.pacer.beforeEdit(this.options.onPacing);
    const result = await this.options.wikibase.edit(request);
    this.tally.edits += 1;
    return result;
  }

  private request(data: ItemPlan['data'], target?: ServerItem): EditRequest {
    return {
      ...(target === undefined ? {} : { id: target.id, baserevid: target.lastrevid }),
      data,
      ...(this.options.summary === undefined ? {} : { summary: this.options.summary }),
      tags: this.options.tags,
      bot: this.options.bot,
    };
  }

  private printPlan(entry: Entry, request: EditRequest, plan: ItemPlan): void {
    if (this.options.dryRun === 'json') {
      this.options.print(JSON.stringify({ item: entry.name, key: entry.key, params: { ...editParams(request), data: request.data } }));
      return;
    }
    const what = request.id === undefined ? 'create' : `edit (base revision ${request.baserevid ?? '?'})`;
    this.options.print([`${entry.name}: ${what}`, ...plan.changes.map((c) => `  ${describeChange(c)}`)].join('\n'));
  }

  /** Brings an existing item to ours: one edit with the difference, against the revision read, re-read on conflict. */
  private async update(entry: Entry, start: ServerItem, noChange: 'unchanged' | 'created'): Promise<void> {
    const { journal } = this.options;
    let theirs = start;
    let sent = false;
    let patched: string | undefined;
    this.touched.set(theirs.id, entry.name);
    for (let round = 1; ; round += 1) {
      const plan = diffItem(entry.item, theirs, this.options.rules);
      if (plan === null) {
        // A lost answer whose edit was applied after all, or a patched edit read back whole: recorded as done only now.
        if (sent && this.options.dryRun === null) {
          journal.append({ type: 'done', op: 'edit', key: entry.key, id: theirs.id, revid: theirs.lastrevid, ...(patched === undefined ? { recovered: true as const } : { patched: true as const }) });
        }
        this.report(sent ? (noChange === 'created' ? 'created' : 'edited') : noChange, entry, { id: theirs.id, revid: theirs.lastrevid });
        return;
      }
      const request = this.request(plan.data, theirs);
      if (this.options.dryRun !== null) {
        this.printPlan(entry, request, plan);
        this.report(noChange === 'created' ? 'created' : 'edited', entry, { id: theirs.id });
        return;
      }
      if (round > MAX_ROUNDS) {
        const what = patched === undefined ? `${MAX_ROUNDS} edits in a row met a conflict or lost their answer` : `Wikibase patched the edit onto a newer revision (${patched}) and what it saved still lacks: ${plan.changes.map(describeChange).join('; ')}`;
        this.report('failed', entry, { id: theirs.id, code: patched === undefined ? 'lost-answers' : 'patched-incomplete', reason: what });
        return;
      }
      journal.append({ type: 'intent', op: 'edit', key: entry.key, id: theirs.id, baserevid: theirs.lastrevid });
      try {
        const result = await this.send(request);
        if (result.patched === undefined) {
          journal.append({ type: 'done', op: 'edit', key: entry.key, id: result.id, revid: result.revid });
          this.report(noChange === 'created' ? 'created' : 'edited', entry, { id: result.id, revid: result.revid });
          return;
        }
        // Saved onto a newer revision, perhaps with part of it dropped; the answer shows what was sent, not what
        // was saved. Not done until a read shows the item holds ours: read back, send what is missing.
        this.tally.patched += 1;
        patched = result.patched;
        sent = true;
      } catch (error) {
        if (error instanceof OutcomeUnknown) sent = true;
        else if (!(error instanceof ApiError && error.code === 'editconflict')) return this.refuse(entry, error);
      }
      // Someone else's edit, or ours whose answer was lost: read again and send what is still missing.
      const fresh = await this.read(entry, theirs.id);
      if (fresh === null) return;
      theirs = fresh;
    }
  }

  /** Creates the item (or finds it again); returns the id it now has, if any. */
  private async create(entry: Entry): Promise<ItemId | undefined> {
    let found: Found | Refusal;
    try {
      found = await this.createOrFind(entry.key, entry.item);
    } catch (error) {
      this.refuse(entry, error);
      return undefined;
    }
    if ('refused' in found) {
      this.report('refused', entry, { code: found.code, reason: found.refused });
      return undefined;
    }
    if (found.how === 'printed') {
      this.report('created', entry);
      return undefined;
    }
    if (found.how === 'created') {
      this.touched.set(found.result.id, entry.name);
      this.report('created', entry, { id: found.result.id, revid: found.result.revid });
      return found.result.id;
    }
    const theirs = await this.read(entry, found.id);
    if (theirs !== null) await this.update(entry, theirs, found.how === 'recovered' ? 'created' : 'unchanged');
    return found.id;
  }

  /** Creates an item for a label (see links.ts): the same journaled create, the item found again if it exists. */
  private async createLinked(key: string, item: Item): Promise<{ readonly id: ItemId } | { readonly refused: string }> {
    let found: Found | Refusal;
    try {
      // An item named by a label is that label's item: one already holding its terms is the link, not a duplicate.
      found = await this.createOrFind(key, item, 'adopt');
    } catch (error) {
      if (!(error instanceof ApiError) || FATAL_API_CODES.has(error.code)) throw error;
      return { refused: error.message };
    }
    if ('refused' in found) return found;
    if (found.how === 'printed') return { refused: 'not created in a dry run' };
    return { id: found.how === 'created' ? found.result.id : found.id };
  }

  /**
   * Creates a new item, unless it exists already: created by an interrupted run (a create journaled without its
   * result, found again by its terms), or holding our label+description pair (which Wikibase would refuse anyway).
   */
  private async createOrFind(key: string, item: Item, duplicates = this.options.duplicates): Promise<Found | Refusal> {
    const { journal } = this.options;
    const dry = this.options.dryRun !== null;
    const terms = termsOf(item);
    this.finder.forget();
    const recovered = (id: ItemId): Found => {
      if (!dry) journal.append({ type: 'done', op: 'create', key, id, recovered: true });
      return { how: 'recovered', id };
    };
    const pending = journal.pendingCreate(key);
    if (pending !== undefined) {
      const found = await this.finder.created(terms, pending.preexisting);
      if (found.length > 1) return { refused: `an interrupted run may have created it more than once: ${found.join(', ')}`, code: 'lost-answers' };
      if (found[0] !== undefined) return recovered(found[0]);
    }
    const holders = await this.finder.pairHolders(terms);
    if (holders.length > 0) return this.adoptOrRefuse(key, holders, dry, duplicates);
    const preexisting = pending?.preexisting ?? (await this.finder.sameLabel(terms));
    const plan = newItemPlan(item);
    const request = this.request(plan.data);
    if (!dry) this.options.beforeCreate?.();
    if (dry) {
      this.printPlan({ item, key, name: itemName(item) }, request, plan);
      return { how: 'printed' };
    }
    const label = Object.values(terms.labels)[0];
    for (let round = 1; round <= MAX_ROUNDS; round += 1) {
      journal.append({ type: 'intent', op: 'create', key, ...(label === undefined ? {} : { label }), preexisting });
      try {
        const result = await this.send(request);
        journal.append({ type: 'done', op: 'create', key, id: result.id, revid: result.revid });
        return { how: 'created', result };
      } catch (error) {
        if (error instanceof OutcomeUnknown) {
          this.finder.forget();
          const found = await this.finder.created(terms, preexisting);
          if (found.length > 1) return { refused: `a lost answer left it created more than once: ${found.join(', ')}`, code: 'lost-answers' };
          if (found[0] !== undefined) return recovered(found[0]);
          continue;
        }
        // A conflict on a create is nothing applied (the fake says so; Wikibase never does): send it again.
        if (error instanceof ApiError && error.code === 'editconflict') continue;
        const conflict = error instanceof ApiError ? conflictingItem(error) : undefined;
        if (conflict === undefined) throw error;
        // Our own create of an earlier round, which the search did not show yet; else someone else's item.
        if ((round > 1 || pending !== undefined) && !preexisting.includes(conflict)) return recovered(conflict);
        return this.adoptOrRefuse(key, [conflict], dry, duplicates);
      }
    }
    return { refused: `${MAX_ROUNDS} creates in a row lost their answer and none is found on the server`, code: 'lost-answers' };
  }

  /**
   * An existing item holds one of our label+description pairs. Never merged silently: refused (naming it) unless
   * --duplicates adopt was chosen, and never adopted when this run made or edited it for another input.
   */
  private adoptOrRefuse(key: string, holders: readonly ItemId[], dry: boolean, duplicates: 'adopt' | 'refuse'): Found | Refusal {
    const ofThisRun = holders.filter((id) => this.touched.has(id));
    if (ofThisRun.length > 0) {
      const names = ofThisRun.map((id) => `${id} (${this.touched.get(id) ?? '?'})`).join(', ');
      return { code: 'same-terms-in-run', refused: `another input of this run, ${names}, has the same label and description in one language; Wikibase keeps such pairs unique, so the two are not merged` };
    }
    const holder = holders[0];
    if (duplicates === 'adopt' && holder !== undefined && holders.length === 1) {
      if (!dry) this.options.journal.append({ type: 'done', op: 'adopt', key, id: holder });
      return { how: 'adopted', id: holder };
    }
    return {
      code: 'terms-taken',
      refused: `its label and description in one language are those of the existing ${holders.join(', ')}, and Wikibase keeps such pairs unique: not merged (--duplicates adopt makes ${holders.length === 1 ? 'it' : 'one of them'} the target)`,
    };
  }
}
