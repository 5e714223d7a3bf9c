// A snak's value in QuickStatements syntax (`Q5`, `"text"`, `it:"testo"`, `488705.11U226`, `…Z/11`, `@lat/lon`), or why not.
import {
  EARTH,
  GREGORIAN,
  JULIAN,
  compareDecimal,
  entityIdOf,
  formatDecimal,
  parseDecimal,
  subtractDecimal,
  type DataValue,
  type EntityIdValue,
  type GlobeCoordinateValue,
  type QuantityValue,
  type Snak,
  type TimeValue,
} from '../../model/index.js';
import { floatReaches } from './binary-float.js';
import { codeProblem, type TextProblem } from './text.js';

export interface ValueContext {
  /** The target Wikibase's concept URI base: a unit is written as `U<n>` only if it is `<base>Q<n>`. */
  readonly conceptUriBase: string;
  /** The rule for a text between double quotes in this format. */
  readonly quotedText: (text: string) => TextProblem;
}

/**
 * The value as QuickStatements syntax, with what QuickStatements will store differently (`losses`, each the end
 * of "… cannot express <loss>"); or the `problem` that keeps it from being written at all.
 */
export type ValueSyntax = { readonly text: string; readonly losses: readonly string[] } | { readonly problem: string };

const written = (text: string, losses: readonly string[] = []): ValueSyntax => ({ text, losses });
const refused = (problem: string): ValueSyntax => ({ problem });

/** QuickStatements' fixed coordinate precision (parseValueV1 sets 0.000001 whatever the text says). */
export const QUICKSTATEMENTS_COORDINATE_PRECISION = 0.000001;

export function snakSyntax(snak: Snak, ctx: ValueContext): ValueSyntax {
  if (snak.snaktype !== 'value') return written(snak.snaktype);
  return dataValueSyntax(snak.datavalue, ctx);
}

export function dataValueSyntax(dv: DataValue, ctx: ValueContext): ValueSyntax {
  switch (dv.type) {
    case 'string':
      return quoted(dv.value, ctx);
    case 'monolingualtext': {
      const code = codeProblem(dv.value.language);
      if (code !== null) return refused(`a monolingual text in ${code}`);
      const text = quoted(dv.value.text, ctx);
      return 'problem' in text ? text : written(`${dv.value.language}:${text.text}`);
    }
    case 'wikibase-entityid':
      return entityIdSyntax(dv.value);
    case 'quantity':
      return quantitySyntax(dv.value, ctx);
    case 'time':
      return timeSyntax(dv.value);
    case 'globecoordinate':
      return coordinateSyntax(dv.value);
  }
}

function quoted(text: string, ctx: ValueContext): ValueSyntax {
  const problem = ctx.quotedText(text);
  return problem === null ? written(`"${text}"`) : refused(problem);
}

// What all three readers take as an entity id (the PHP tool's isValidItemIdentifier).
const QS_ENTITY_ID = /^(?:[QPLM][1-9]\d*|L[1-9]\d*-[FS][1-9]\d*)$/u;

export function entityIdSyntax(value: EntityIdValue['value']): ValueSyntax {
  const id = entityIdOf(value);
  return QS_ENTITY_ID.test(id) ? written(id) : refused(`the entity id ${id} (not an id QuickStatements reads)`);
}

/** The amount without its `+` (as QuickStatements documents it), digits and trailing zeros kept as they are. */
const unsigned = (decimal: string): string => (decimal.startsWith('+') ? decimal.slice(1) : decimal);

export function quantitySyntax(value: QuantityValue['value'], ctx: ValueContext): ValueSyntax {
  const amount = unsigned(value.amount);
  let unit = '';
  if (value.unit !== '1') {
    const local = value.unit.startsWith(ctx.conceptUriBase) ? value.unit.slice(ctx.conceptUriBase.length) : '';
    // parseValueV1 rebuilds the unit as <its site's entityBase>Q<n>: a unit elsewhere has no spelling.
    if (!/^Q[1-9]\d*$/u.test(local)) return refused(`the unit ${value.unit}, which is not an item of this Wikibase`);
    unit = `U${local.slice(1)}`;
  }
  const { upperBound, lowerBound } = value;
  if (upperBound === undefined && lowerBound === undefined) return written(`${amount}${unit}`);
  if (upperBound === undefined || lowerBound === undefined) {
    return refused(`a quantity with only one bound (${upperBound ?? lowerBound}) around ${value.amount}`);
  }
  const exact = parseDecimal(value.amount);
  const up = subtractDecimal(parseDecimal(upperBound), exact);
  const down = subtractDecimal(exact, parseDecimal(lowerBound));
  if (compareDecimal(up, down) !== 0 || up.mantissa < 0n) {
    return refused(`asymmetric bounds [${lowerBound}, ${upperBound}] around ${value.amount} (V1 has only a ~tolerance)`);
  }
  const tolerance = unsigned(formatDecimal(up));
  const upperReached = floatReaches(amount, tolerance, 1, parseDecimal(upperBound));
  const lowerReached = floatReaches(amount, tolerance, -1, parseDecimal(lowerBound));
  if (!upperReached || !lowerReached) {
    return refused(
      `the bounds [${lowerBound}, ${upperBound}] exactly (QuickStatements computes ${amount}~${tolerance} ` +
        'in binary floating point, which misses them)',
    );
  }
  return written(`${amount}~${tolerance}${unit}`);
}

export function timeSyntax(value: TimeValue['value']): ValueSyntax {
  // parseValueV1 sets timezone, before and after to 0 and has no syntax for them.
  for (const field of ['timezone', 'before', 'after'] as const) {
    if (value[field] !== 0) return refused(`a time with ${field} ${value[field]} (QuickStatements always writes 0)`);
  }
  // Always with the precision: without it QuickStatements silently stores year precision (9).
  const text = `${value.time}/${value.precision}`;
  if (value.calendarmodel === GREGORIAN) return written(text);
  if (value.calendarmodel === JULIAN) return written(`${text}/J`);
  return refused(`the calendar model ${value.calendarmodel} (QuickStatements has only Gregorian and /J Julian)`);
}

export function coordinateSyntax(value: GlobeCoordinateValue['value']): ValueSyntax {
  // parseValueV1 always stores Earth: a point on another globe would silently move to Earth.
  if (value.globe !== EARTH) return refused(`the globe ${value.globe} (QuickStatements puts every coordinate on Earth)`);
  const losses: string[] = [];
  if (value.precision !== QUICKSTATEMENTS_COORDINATE_PRECISION) {
    const stored = QUICKSTATEMENTS_COORDINATE_PRECISION;
    losses.push(`the coordinate precision ${value.precision ?? 'null'} (QuickStatements stores ${stored} instead)`);
  }
  if (value.altitude !== undefined && value.altitude !== null) {
    losses.push(`the altitude ${value.altitude} (QuickStatements has no altitude: the coordinate is written without it)`);
  }
  return written(`@${plainNumber(value.latitude)}/${plainNumber(value.longitude)}`, losses);
}

/**
 * A number in plain decimal notation: JavaScript's shortest round-trip digits (which PHP parses back to the
 * same double), with the exponent JavaScript uses below 1e-6 and from 1e21 spelled out, since
 * parseValueV1's coordinate pattern takes digits and dots only.
 */
export function plainNumber(x: number): string {
  const shortest = Object.is(x, -0) ? '0' : String(x);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/u.exec(shortest);
  if (m === null) return shortest;
  const [, sign = '', whole = '', fraction = '', exp = '0'] = m;
  const digits = whole + fraction;
  const point = whole.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
