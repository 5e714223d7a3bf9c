// The seed-style flattening's pruning of link-dense blocks (trafilatura 1.12's rule, with its defaults), applied to
// a page's block tree: which blocks a real flattened page keeps, and the lines the kept ones show.
import { weakMemo } from '../util/memo.js';

/** A run of text inside a block; `link` when it is a hyperlink's text. */
export interface Inline {
  readonly text: string;
  readonly link: boolean;
}

/**
 * A `<div>` of the page: either a leaf holding text runs (one line of the flattened page) or a container of blocks.
 * Empty blocks are left out by the builder, as the flattening drops empty elements before it measures.
 */
export type Block = { readonly inlines: readonly Inline[] } | { readonly children: readonly Block[] };

// The rule's constants (trafilatura's defaults, favouring neither precision nor recall).
/** A block is measured only when its text is shorter than this: the last child of its parent gets a larger budget. */
const MEASURED_BELOW = { last: 300, other: 100 } as const;
/**
 * Share of a block's text that, in link text, prunes it, last child or not (0.66 for the others, as some versions
 * have it, leaves only 34 of the 120 real seed-style pages equal; one pass instead of two, 94).
 */
const LINK_SHARE = 0.8;
/** Link texts shorter than this are "short"; a block of several links, more than SHORT_SHARE of them short, goes. */
const SHORT_LINK = 10;
const SHORT_SHARE = 0.8;
/** A kept block with links, text shorter than this and at least BACKTRACK_CHILDREN children loses all its children. */
const BACKTRACK_BELOW = 100;
const BACKTRACK_CHILDREN = 3;

/** Whitespace collapsed as the flattening does (every Unicode space, U+00A0 and U+202F too, becomes one space). */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

// Blocks never change (pruning makes new containers), so their measures are kept: every block is measured once
// per pass however deep it sits.
/** A block's text as the rule measures it: its runs in order, blocks apart by whitespace, collapsed. */
const textOf = weakMemo('render.block-text', (block: Block): string =>
  'inlines' in block ? collapse(block.inlines.map((i) => i.text).join('')) : collapse(block.children.map(textOf).join(' ')),
);

/** The non-empty link texts of a block, in order. */
const linksOf = weakMemo('render.block-links', (block: Block): readonly string[] =>
  'inlines' in block ? block.inlines.filter((i) => i.link).map((i) => collapse(i.text)).filter((t) => t.length > 0) : block.children.flatMap(linksOf),
);

/** Whether the rule prunes a block by its link text, given whether it is its parent's last child. */
function linkDense(block: Block, last: boolean): boolean {
  const texts = linksOf(block);
  if (texts.length === 0) return false;
  const length = textOf(block).length;
  if (length >= (last ? MEASURED_BELOW.last : MEASURED_BELOW.other)) return false;
  const linkLength = texts.reduce((sum, t) => sum + t.length, 0);
  const short = texts.filter((t) => t.length < SHORT_LINK).length;
  return linkLength > LINK_SHARE * length || (texts.length > 1 && short / texts.length > SHORT_SHARE);
}

/** Whether a kept block loses its children: short, with links, and at least BACKTRACK_CHILDREN of them. */
function backtracked(block: Block): boolean {
  if ('inlines' in block || block.children.length < BACKTRACK_CHILDREN) return false;
  const length = textOf(block).length;
  return length > 0 && length < BACKTRACK_BELOW && linksOf(block).length > 0;
}

/**
 * The block as the flattening keeps it, or undefined when pruned. Every block is judged on the page as it was
 * (the rule collects its deletions first, then applies them), so a pruned block takes its kept children with it.
 */
function prune(block: Block, last: boolean): Block | undefined {
  if (linkDense(block, last)) return undefined;
  if ('inlines' in block) return block;
  if (backtracked(block)) return { children: [] };
  const children = block.children.flatMap((child, i) => prune(child, i === block.children.length - 1) ?? []);
  return { children };
}

/** How many times the flattening applies the rule: the second pass judges the page the first one left. */
const PASSES = 2;

/** What the flattening keeps of a block: the lines of its kept leaves (empty ones left out), and those leaves. */
export interface Flattened {
  readonly lines: readonly string[];
  readonly kept: ReadonlySet<Block>;
}

/** Flattens a block as the seed-style flattening does; `last` says whether it is its parent's last child. */
export function flatten(block: Block, last: boolean): Flattened {
  let kept: Block | undefined = block;
  for (let pass = 0; pass < PASSES && kept !== undefined; pass += 1) kept = prune(kept, last);
  const leaves = kept === undefined ? [] : leavesOf(kept).filter((leaf) => textOf(leaf).length > 0);
  return { lines: leaves.map(textOf), kept: new Set(leaves) };
}

function leavesOf(block: Block): Block[] {
  return 'inlines' in block ? [block] : block.children.flatMap(leavesOf);
}
