// `single-value`: a property that is not `multiple` has one best-rank statement (per language for texts).
import { bestRankStatements, type Statement } from '../../model/index.js';
import { spanOf } from '../../merge/index.js';
import type { Finding, Rule } from '../rule.js';

/** Monolingual texts are single per language: a summary in each language is one value each. */
function groupKey(s: Statement): string {
  const snak = s.mainsnak;
  return snak.snaktype === 'value' && snak.datavalue.type === 'monolingualtext' ? snak.datavalue.value.language : '';
}

export const singleValueRule: Rule<'single-value'> = (_check, { item, spans, profile }) => {
  const findings: Finding[] = [];
  for (const [property, statements] of Object.entries(item.claims ?? {})) {
    const definition = profile.properties[property as keyof typeof profile.properties];
    if (definition === undefined || definition.multiple) continue;
    const groups = new Map<string, Statement[]>();
    for (const s of bestRankStatements(statements)) groups.set(groupKey(s), [...(groups.get(groupKey(s)) ?? []), s]);
    for (const group of groups.values()) {
      const second = group[1];
      if (second === undefined) continue;
      const span = spanOf(spans, second);
      findings.push({ ...(span === undefined ? {} : { span }), values: { property, count: String(group.length) } });
    }
  }
  return findings;
};
