// `datatype`: every value has the kind of value its property's datatype stores.
import { VALUE_TYPE_OF_DATATYPE } from '../../model/index.js';
import { spanOf } from '../../merge/index.js';
import type { Finding, Rule } from '../rule.js';

export const datatypeRule: Rule<'datatype'> = (_check, { item, spans, profile }) => {
  const findings: Finding[] = [];
  for (const [property, statements] of Object.entries(item.claims ?? {})) {
    const definition = profile.properties[property as keyof typeof profile.properties];
    if (definition === undefined) continue;
    const expected = VALUE_TYPE_OF_DATATYPE[definition.datatype];
    for (const s of statements) {
      if (s.mainsnak.snaktype !== 'value' || s.mainsnak.datavalue.type === expected) continue;
      const span = spanOf(spans, s);
      findings.push({
        ...(span === undefined ? {} : { span }),
        values: { property, value: s.mainsnak.datavalue.type, expected: `${definition.datatype} (${expected})` },
      });
    }
  }
  return findings;
};
