// `pattern`: string and external-id values of the listed properties match a regular expression.
import { spanOf } from '../../merge/index.js';
import { profileRegex } from '../../profile/index.js';
import type { Finding, Rule } from '../rule.js';

export const patternRule: Rule<'pattern'> = (check, { item, spans }) => {
  const regex = profileRegex(check.pattern);
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
