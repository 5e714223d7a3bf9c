// `pattern`: string and external-id values of the listed properties match a regular expression.
import { spanOf } from '../../merge/index.js';
import type { Finding, Rule } from '../rule.js';

const compiled = new Map<string, RegExp>();

export const patternRule: Rule<'pattern'> = (check, { item, spans }) => {
  let regex = compiled.get(check.pattern);
  if (regex === undefined) {
    regex = new RegExp(check.pattern, 'u');
    compiled.set(check.pattern, regex);
  }
  const findings: Finding[] = [];
  for (const property of check.properties) {
    for (const s of item.claims?.[property] ?? []) {
      const snak = s.mainsnak;
      if (snak.snaktype !== 'value' || snak.datavalue.type !== 'string' || regex.test(snak.datavalue.value)) continue;
      const span = spanOf(spans, s);
      findings.push({ ...(span === undefined ? {} : { span }), values: { property, value: snak.datavalue.value, expected: check.pattern } });
    }
  }
  return findings;
};
