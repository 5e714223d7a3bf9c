// MediaWiki messages with {{PLURAL:$1|…}}: rendered for a count with CLDR plural rules, and read back to a count.

const CLDR_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

interface Part {
  readonly text?: string;
  readonly plural?: { readonly explicit: ReadonlyMap<number, string>; readonly forms: readonly string[] };
}

function parseMessage(message: string): Part[] {
  return message
    .split(/(\{\{PLURAL:\$1\|[^}]*\}\})/u)
    .filter((p) => p !== '')
    .map((part) => {
      const m = /^\{\{PLURAL:\$1\|([^}]*)\}\}$/u.exec(part);
      if (m?.[1] === undefined) return { text: part };
      const explicit = new Map<number, string>();
      const forms: string[] = [];
      for (const form of m[1].split('|')) {
        const n = /^(\d+)=(.*)$/su.exec(form);
        if (n?.[1] !== undefined) explicit.set(Number(n[1]), n[2] ?? '');
        else forms.push(form);
      }
      return { plural: { explicit, forms } };
    });
}

export interface PluralMessage {
  /** The message for a count, as MediaWiki renders it (the count formatted for the language). */
  render(count: number): string;
  /** The count a rendered line shows, or null when the line is not this message. */
  read(line: string): number | null;
}

export function pluralMessage(message: string, lang: string): PluralMessage {
  const parts = parseMessage(message);
  const rules = new Intl.PluralRules(lang);
  // MediaWiki gives the forms in CLDR's order of the categories the language uses for whole numbers.
  const categories = CLDR_ORDER.filter((c) => rules.resolvedOptions().pluralCategories.includes(c));
  const number = new Intl.NumberFormat(lang, { useGrouping: true });
  const render = (count: number): string =>
    parts
      .map((p) => {
        if (p.plural === undefined) return p.text ?? '';
        const explicit = p.plural.explicit.get(count);
        if (explicit !== undefined) return explicit;
        const index = categories.indexOf(rules.select(count));
        return p.plural.forms[Math.min(Math.max(index, 0), p.plural.forms.length - 1)] ?? '';
      })
      .join('')
      .replaceAll('$1', number.format(count));
  // Keyed with every whitespace character as a space: the flattening writes a no-break space (`0 référence`) so.
  const rendered = new Map<string, number>();
  for (let n = 0; n <= 20; n++) {
    const key = spaced(render(n));
    if (!rendered.has(key)) rendered.set(key, n);
  }
  // A longer line is none of them, and is not worth hashing (summaries run to thousands of characters).
  const longest = Math.max(...[...rendered.keys()].map((r) => r.length));
  const shape = new RegExp(`^${escapeForms(parts)}$`, 'u');
  const ends = endings(parts);
  return {
    render,
    read(line) {
      const exact = line.length <= longest ? rendered.get(spaced(line)) : undefined;
      if (exact !== undefined) return exact;
      // Most lines given are values, not this message: the pattern is spared every line that does not end as it does.
      if (ends !== null && !endsWithAny(line, ends)) return null;
      const digits = shape.exec(line)?.[1];
      return digits === undefined ? null : Number(digits.replace(/\D/gu, ''));
    },
  };
}

/** Every run of whitespace (no-break and narrow no-break spaces too) as one space. */
const spaced = (text: string): string => text.replace(/\s+/gu, ' ');

function endsWithAny(line: string, ends: readonly string[]): boolean {
  for (const end of ends) if (line.endsWith(end)) return true;
  return false;
}

/**
 * What a line the pattern matches must end with: the last word of the last part (of each of its forms, for a plural
 * part), spaces and counts being the only things the pattern does not match literally. Null when some form ends in
 * a space, a count or nothing (French `référence{{PLURAL:$1||s}}`): then nothing is known.
 */
function endings(parts: readonly Part[]): string[] | null {
  const last = parts.at(-1);
  if (last === undefined) return null;
  const texts = last.plural === undefined ? [last.text ?? ''] : [...last.plural.forms, ...last.plural.explicit.values()];
  const ends: string[] = [];
  for (const text of texts) {
    const count = text.lastIndexOf('$1');
    const end = text.slice(Math.max(text.lastIndexOf(' ') + 1, count === -1 ? 0 : count + 2));
    if (end === '') return null;
    ends.push(end);
  }
  return ends;
}

/** A pattern for any count: every form, with $1 as digits (grouped as the language groups them). */
function escapeForms(parts: readonly Part[]): string {
  const escape = (s: string): string =>
    s
      .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
      .replace(/\\\$1/gu, '(\\d[\\d\\s.,\u00a0\u202f]*)')
      .replace(/\s+/gu, '\\s+');
  return parts
    .map((p) => {
      if (p.plural === undefined) return escape(p.text ?? '');
      const forms = [...p.plural.forms, ...p.plural.explicit.values()];
      return `(?:${[...new Set(forms)].map(escape).join('|')})`;
    })
    .join('');
}
