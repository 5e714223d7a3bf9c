// The upload journal: an NDJSON file of every intent and result, each synced to disk before the run moves on.
import { closeSync, existsSync, fdatasyncSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { ItemIdSchema, type ItemId } from '../model/index.js';
import { EXIT, WbimportError } from '../diagnostics/errors.js';

/** The journal's records, as written and as read back (zod: a line that is not one of them is damage). */
const JournalRecordSchema = z.union([
  z.object({ type: z.literal('run'), api: z.string(), version: z.string(), at: z.string() }),
  z.object({ type: z.literal('intent'), op: z.literal('create'), key: z.string(), label: z.string().optional(), preexisting: z.array(z.string()).readonly(), at: z.string() }),
  z.object({ type: z.literal('intent'), op: z.literal('edit'), key: z.string(), id: ItemIdSchema, baserevid: z.number(), at: z.string() }),
  z.object({
    type: z.literal('done'),
    /** create: we created it; edit: we edited it; adopt: an existing item with our label and description became the target. */
    op: z.enum(['create', 'edit', 'adopt']),
    key: z.string(),
    id: ItemIdSchema,
    revid: z.number().optional(),
    /** The answer was lost and the result found again on the server. */
    recovered: z.literal(true).optional(),
    /** Wikibase patched the edit onto a newer revision; a read showed the item then held ours. */
    patched: z.literal(true).optional(),
    at: z.string(),
  }),
]);

export type JournalRecord = z.infer<typeof JournalRecordSchema>;

type Unstamped<R> = R extends unknown ? Omit<R, 'at'> : never;

/** The journal cannot be used: unreadable in the middle, or written for another Wikibase (exit 2). */
export class JournalError extends WbimportError {
  override readonly exitCode = EXIT.usage;
  override readonly name = 'JournalError';
}

/** A last line cut short by a crash: dropped (it was never acted on) and reported. */
export interface TornRecord {
  readonly line: number;
  readonly text: string;
}

/** A line read back: its record, or what is wrong with it. */
function parseRecord(text: string): { readonly record: JournalRecord } | { readonly problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'not JSON' };
  }
  const parsed = JournalRecordSchema.safeParse(value);
  if (parsed.success) return { record: parsed.data };
  return { problem: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') };
}

function readJournalText(path: string): string {
  if (!existsSync(path)) return '';
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new JournalError(`cannot read the journal ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export interface JournalOptions {
  readonly api: string;
  readonly version: string;
  /** A dry run reads the journal (to know the items created earlier) and never writes it. */
  readonly readOnly: boolean;
  readonly now?: () => number;
}

export class Journal {
  private fd: number | null = null;
  private readonly ids = new Map<string, ItemId>();
  private readonly pending = new Map<string, readonly string[]>();
  /** Records read back from an earlier run. */
  readonly resumed: number;

  private constructor(
    readonly path: string,
    private readonly options: JournalOptions,
    records: readonly JournalRecord[],
  ) {
    records.forEach((r) => this.apply(r));
    this.resumed = records.length;
  }

  /** Opens (or starts) the journal at `path`; a torn last line is cut off and returned to be reported. */
  static open(path: string, options: JournalOptions): { journal: Journal; torn: TornRecord | null } {
    const text = readJournalText(path);
    const lines = text.split('\n');
    const complete = text.endsWith('\n') || text === '';
    const records: JournalRecord[] = [];
    let torn: TornRecord | null = null;
    let goodBytes = 0;
    lines.forEach((line, i) => {
      if (line === '' && i === lines.length - 1) return;
      const read = parseRecord(line);
      const last = i === lines.length - 1 && !complete;
      if ('problem' in read) {
        if (last) torn = { line: i + 1, text: line.length > 80 ? `${line.slice(0, 77)}…` : line };
        else throw new JournalError(`${path}:${i + 1}: not a journal record (${read.problem}); the journal is damaged (move it aside to start afresh)`);
        return;
      }
      records.push(read.record);
      goodBytes += Buffer.byteLength(line, 'utf8') + (last ? 0 : 1);
    });
    const run = records.find((r) => r.type === 'run');
    if (run !== undefined && run.type === 'run' && run.api !== options.api) {
      throw new JournalError(`${path} is the journal of uploads to ${run.api}, not ${options.api}: name another with --journal`);
    }
    const journal = new Journal(path, options, records);
    if (!options.readOnly) {
      journal.fd = openSync(path, existsSync(path) ? 'r+' : 'w+');
      // A torn line is cut off, and a whole last line without its newline gets one, before anything is appended.
      ftruncateSync(journal.fd, goodBytes);
      if (!complete && torn === null && records.length > 0) writeSync(journal.fd, '\n', goodBytes);
      journal.position = goodBytes + (!complete && torn === null && records.length > 0 ? 1 : 0);
      journal.append({ type: 'run', api: options.api, version: options.version });
    }
    return { journal, torn };
  }

  private position = 0;

  private apply(record: JournalRecord): void {
    if (record.type === 'intent' && record.op === 'create') this.pending.set(record.key, record.preexisting);
    if (record.type === 'done') {
      this.ids.set(record.key, record.id);
      this.pending.delete(record.key);
    }
  }

  /** The item an earlier run created, adopted or edited for this key. */
  idFor(key: string): ItemId | undefined {
    return this.ids.get(key);
  }

  /** A create that was sent (or about to be) with no result recorded: it may exist on the server. */
  pendingCreate(key: string): { readonly preexisting: readonly string[] } | undefined {
    const preexisting = this.pending.get(key);
    return preexisting === undefined ? undefined : { preexisting };
  }

  /**
   * Writes one record before returning, so that it outlives a crash or kill -9 of the process. The intent of a
   * create is also synced to the disk, to outlive a power cut: it is the one record whose loss could cost a
   * duplicate item. Losing any other (a result, an edit's intent) only costs a look-up or a re-read on resume.
   */
  append(record: Unstamped<JournalRecord>): void {
    const full = { ...record, at: new Date((this.options.now ?? Date.now)()).toISOString() } as JournalRecord;
    this.apply(full);
    if (this.fd === null) return;
    const line = `${JSON.stringify(full)}\n`;
    this.position += writeSync(this.fd, line, this.position);
    if (full.type === 'intent' && full.op === 'create') fdatasyncSync(this.fd);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
