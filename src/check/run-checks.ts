// Runs the profile's rules on a built item and reports each failure (never "corrects" data): a table of rules.
import type { CheckDiagnostic, Span } from '../diagnostics/index.js';
import type { Item } from '../model/index.js';
import type { StatementSpans } from '../merge/index.js';
import type { Check, Profile } from '../profile/index.js';
import type { Finding, Rule, RuleContext } from './rule.js';
import { datatypeRule } from './rules/datatype.js';
import { orderRule } from './rules/order.js';
import { patternRule } from './rules/pattern.js';
import { rangeRule } from './rules/range.js';
import { ratioRule } from './rules/ratio.js';
import { requiredRule } from './rules/required.js';
import { singleValueRule } from './rules/single-value.js';
import { unitsRule } from './rules/units.js';

const RULES: { [K in Check['kind']]: Rule<K> } = {
  order: orderRule,
  ratio: ratioRule,
  required: requiredRule,
  units: unitsRule,
  range: rangeRule,
  'single-value': singleValueRule,
  datatype: datatypeRule,
  pattern: patternRule,
};

const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/gu, (whole, name: string) => values[name] ?? whole);

function findingsOf<K extends Check['kind']>(check: Extract<Check, { kind: K }>, ctx: RuleContext): Finding[] {
  return (RULES[check.kind] as Rule<K>)(check, ctx);
}

/** What a run checks: `convert` only the rules marked for it, `validate` every rule. */
export type CheckStage = 'convert' | 'validate';

export function runChecks(
  item: Item,
  spans: StatementSpans,
  profile: Profile,
  where?: Span,
  stage: CheckStage = 'convert',
): CheckDiagnostic[] {
  const ctx: RuleContext = { item, spans, profile, ...(where === undefined ? {} : { where }) };
  const out: CheckDiagnostic[] = [];
  for (const check of profile.checks) {
    if (check.severity === 'off' || (stage === 'convert' && check.stage !== 'convert')) continue;
    for (const finding of findingsOf(check, ctx)) {
      const span = finding.span ?? where;
      out.push({
        code: check.code,
        check: true,
        severity: check.severity,
        item: item.id ?? 'a new item',
        message: fill(check.message, finding.values),
        ...(span === undefined ? {} : { span }),
      });
    }
  }
  return out;
}
