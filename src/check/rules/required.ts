// `required`: each listed property has at least one statement.
import type { Rule } from '../rule.js';

export const requiredRule: Rule<'required'> = (check, { item, where }) =>
  check.properties
    .filter((p) => (item.claims?.[p] ?? []).length === 0)
    .map((property) => ({ ...(where === undefined ? {} : { span: where }), values: { property } }));
