// What became of each item of an upload, and the tally of a run.
import type { ItemId } from '../model/index.js';

export type Outcome = 'created' | 'edited' | 'unchanged' | 'held-back' | 'refused' | 'failed';

/** Why an item was not sent as it is, for tests and --diagnostics json (the reason says it in words). */
export type ReportCode =
  | 'same-terms-in-run' // another input of this run has the same labels and descriptions
  | 'terms-taken' // an existing item has one of our label+description pairs (--duplicates refuse)
  | 'value-refused' // a value the wiki would refuse (its limits, whitespace, datatype), found before sending
  | 'server-refused' // the wiki refused the edit
  | 'patched-incomplete' // Wikibase patched our edit onto a newer revision and what it saved still lacks ours
  | 'no-label'
  | 'unresolved-links'
  | 'unreadable'
  | 'not-on-target'
  | 'lost-answers';

export interface ItemReport {
  readonly outcome: Outcome;
  readonly code?: ReportCode;
  readonly key: string;
  /** `Q42` or `new item "…"`. */
  readonly name: string;
  readonly id?: ItemId;
  readonly revid?: number;
  readonly reason?: string;
}

export interface UploadTally {
  items: number;
  created: number;
  edited: number;
  unchanged: number;
  heldBack: number;
  refused: number;
  failed: number;
  /** Successful wbeditentity calls, those for items created for labels included. */
  edits: number;
  /** Edits Wikibase patched onto a newer revision (each read back and completed or reported). */
  patched: number;
}
