// Gives each value of a page its property, by kind and order, as the profile's assignments say.
import type { Datatype, PropertyId, Rank } from '../model/index.js';
import { profileRegex, type Assignment, type Profile, type QualifierAssignment } from '../profile/index.js';
import type { ValueShape } from './classify-value.js';

export interface PropertyChoice {
  readonly property: PropertyId;
  readonly datatype: Datatype;
}

export interface StatementChoice extends PropertyChoice {
  readonly rank: Rank;
  /** How this statement's qualifier values are placed. */
  readonly qualifiers: readonly QualifierAssignment[];
}

function matches(rule: QualifierAssignment, value: ValueShape): boolean {
  if (rule.kind !== value.kind) return false;
  if (rule.units !== undefined && (value.unit === undefined || !rule.units.includes(value.unit))) return false;
  if (rule.pattern === undefined) return true;
  return value.text !== undefined && profileRegex(rule.pattern).test(value.text);
}

/** Counts, per rule, how many values it has taken; the first matching rule with a property left takes the next. */
class Counter<R extends QualifierAssignment> {
  readonly #counts = new Map<R, number>();

  constructor(
    private readonly rules: readonly R[],
    private readonly profile: Profile,
  ) {}

  /** `qualified`, when given, skips statement rules that ask for the other (no closure: this runs per value). */
  take(value: ValueShape, qualified?: boolean): { rule: R; choice: PropertyChoice } | null {
    for (const rule of this.rules) {
      if (!matches(rule, value)) continue;
      if (qualified !== undefined && 'qualified' in rule && rule.qualified !== undefined && rule.qualified !== qualified) continue;
      const n = this.#counts.get(rule) ?? 0;
      const property = rule.properties[n] ?? (rule.repeatLast ? rule.properties.at(-1) : undefined);
      const definition = property === undefined ? undefined : this.profile.properties[property];
      // A used-up rule passes the value on to the next matching one.
      if (property === undefined || definition === undefined) continue;
      this.#counts.set(rule, n + 1);
      return { rule, choice: { property, datatype: definition.datatype } };
    }
    return null;
  }
}

/** One assigner per page. */
export class Assigner {
  readonly #statements: Counter<Assignment>;

  constructor(private readonly profile: Profile) {
    this.#statements = new Counter(profile.assignments, profile);
  }

  /** A statement's property and rank; `qualified` says whether it shows qualifier values. */
  assign(value: ValueShape, qualified = false): StatementChoice | null {
    const taken = this.#statements.take(value, qualified);
    if (taken === null) return null;
    // Spelled out, not spread: a spread of objects of several shapes is V8's slow path, and this runs per value.
    const { choice, rule } = taken;
    return { property: choice.property, datatype: choice.datatype, rank: rule.rank, qualifiers: rule.qualifiers };
  }

  /**
   * A statement whose property the page names: the first assignment of that property that takes such a value
   * gives its rank and qualifier rules (the order of values decides nothing); null when none takes it.
   */
  assignNamed(property: PropertyId, value: ValueShape, qualified = false): StatementChoice | null {
    const definition = this.profile.properties[property];
    if (definition === undefined) return null;
    for (const rule of this.profile.assignments) {
      if (!rule.properties.includes(property) || !matches(rule, value)) continue;
      if (rule.qualified !== undefined && rule.qualified !== qualified) continue;
      return { property, datatype: definition.datatype, rank: rule.rank, qualifiers: rule.qualifiers };
    }
    return null;
  }

  /** Whether some assignment places such a value as a statement of its own, whatever the order (no count taken). */
  placesAsStatement(value: ValueShape): boolean {
    return this.profile.assignments.some((rule) => rule.qualified !== true && matches(rule, value));
  }

  /** A fresh placer for one statement's qualifier values. */
  qualifiers(rules: readonly QualifierAssignment[]): (value: ValueShape) => PropertyChoice | null {
    const counter = new Counter(rules, this.profile);
    return (value) => counter.take(value)?.choice ?? null;
  }
}
