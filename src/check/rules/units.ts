// `units`: quantities of the listed properties are in one of the allowed unit items.
import type { Rule } from '../rule.js';
import { factsOf } from '../statement-values.js';

export const unitsRule: Rule<'units'> = (check, { item, spans, profile }) => {
  const allowed = new Set(check.units.map((u) => `${profile.wikibase.conceptUriBase}${u}`));
  return check.properties.flatMap((property) =>
    factsOf(item, property, spans)
      .filter((f) => f.kind === 'quantity' && !allowed.has(f.unit))
      .map((f) => ({
        ...(f.span === undefined ? {} : { span: f.span }),
        values: { property, value: f.text, unit: f.kind === 'quantity' ? f.unit : '', expected: check.units.join(', ') },
      })),
  );
};
