// Runs the profile's consistency checks on a built item and reports each failure (never "corrects" data).
import type { CheckDiagnostic } from '../diagnostics/index.js';
import {
  absDecimal,
  compareDecimal,
  formatDecimal,
  halfUnitInLastPlace,
  multiplyDecimal,
  parseDecimal,
  subtractDecimal,
  type Decimal,
  type Item,
} from '../model/index.js';
import type { StatementSpans } from '../merge/index.js';
import type { Check, Profile } from '../profile/index.js';
import { factsOf, type Fact } from './statement-values.js';

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/gu, (whole, name: string) => values[name] ?? whole);

function after(a: Fact, b: Fact): boolean | null {
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    return a.unit === b.unit ? compareDecimal(a.amount, b.amount) > 0 : null;
  }
  if (a.kind === 'time' && b.kind === 'time') {
    // Compared at the coarser of the two precisions: September 2018 is not after 1 September 2018.
    for (let i = 0; i < Math.min(a.known, b.known); i++) {
      const x = a.key[i] as bigint | number;
      const y = b.key[i] as bigint | number;
      if (x !== y) return x > y;
    }
    return false;
  }
  return null;
}

/** value × denominator vs numerator × scale, compared exactly: |v·d − n·s| ≤ tolerance·d. */
function ratioHolds(value: Decimal, numerator: Decimal, denominator: Decimal, scale: Decimal, tolerance: Decimal): boolean {
  const allowed = compareDecimal(tolerance, halfUnitInLastPlace(value)) >= 0 ? tolerance : halfUnitInLastPlace(value);
  const difference = absDecimal(subtractDecimal(multiplyDecimal(value, denominator), multiplyDecimal(numerator, scale)));
  return compareDecimal(difference, multiplyDecimal(allowed, absDecimal(denominator))) <= 0;
}

/** numerator / denominator × scale, rounded half away from zero to 6 decimal places, for the message only. */
function expectedRatio(numerator: Decimal, denominator: Decimal, scale: Decimal): string {
  const places = 6;
  const top = multiplyDecimal(numerator, scale);
  // One more place than shown, then rounded: mantissa × 10^shift / denominator at scale places + 1.
  const shift = BigInt(places + 1 + denominator.scale - top.scale);
  const tenfold =
    shift >= 0n ? (top.mantissa * 10n ** shift) / denominator.mantissa : top.mantissa / (denominator.mantissa * 10n ** -shift);
  const rounded = (tenfold + (tenfold < 0n ? -5n : 5n)) / 10n;
  return formatDecimal({ mantissa: rounded, scale: places });
}

function runCheck(check: Check, item: Item, spans: StatementSpans): CheckDiagnostic[] {
  const out: CheckDiagnostic[] = [];
  const report = (span: Fact['span'], values: Record<string, string>): void => {
    out.push({
      code: check.code,
      check: true,
      severity: check.severity,
      item: item.id ?? 'a new item',
      message: fill(check.message, values),
      ...(span === undefined ? {} : { span }),
    });
  };
  if (check.kind === 'order') {
    for (const left of factsOf(item, check.left, spans)) {
      for (const right of factsOf(item, check.right, spans)) {
        if (after(left, right) === true) report(left.span, { left: left.text, right: right.text });
      }
    }
    return out;
  }
  const scale = parseDecimal(check.scale);
  const tolerance = parseDecimal(check.tolerance);
  for (const value of factsOf(item, check.value, spans)) {
    for (const numerator of factsOf(item, check.numerator, spans)) {
      for (const denominator of factsOf(item, check.denominator, spans)) {
        if (value.kind !== 'quantity' || numerator.kind !== 'quantity' || denominator.kind !== 'quantity') continue;
        if (numerator.unit !== denominator.unit || denominator.amount.mantissa === 0n) continue;
        if (!ratioHolds(value.amount, numerator.amount, denominator.amount, scale, tolerance)) {
          report(value.span, { value: value.text, expected: expectedRatio(numerator.amount, denominator.amount, scale) });
        }
      }
    }
  }
  return out;
}

export function runChecks(item: Item, spans: StatementSpans, profile: Profile): CheckDiagnostic[] {
  return profile.checks.flatMap((check) => runCheck(check, item, spans));
}
