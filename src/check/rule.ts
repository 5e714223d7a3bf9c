// What every profile rule gets to look at, and what it finds.
import type { Span } from '../diagnostics/index.js';
import type { Item } from '../model/index.js';
import type { StatementSpans } from '../merge/index.js';
import type { Check, Profile } from '../profile/index.js';

export interface RuleContext {
  readonly item: Item;
  readonly spans: StatementSpans;
  readonly profile: Profile;
  /** Where the item itself was read (its title line, or the entity's line), for findings about the whole item. */
  readonly where?: Span;
}

/** One failure of a rule: where, and the values its message names. */
export interface Finding {
  readonly span?: Span;
  readonly values: Readonly<Record<string, string>>;
}

export type Rule<K extends Check['kind']> = (check: Extract<Check, { kind: K }>, ctx: RuleContext) => Finding[];
