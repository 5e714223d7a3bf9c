// Gives each value of a page its property, by kind and order, as the profile's assignments say.
import type { Datatype, PropertyId } from '../model/index.js';
import type { Assignment, Profile } from '../profile/index.js';
import type { ValueShape } from './classify-value.js';

export interface PropertyChoice {
  readonly property: PropertyId;
  readonly datatype: Datatype;
}

/** One assigner per page: the counters say how many values each rule has taken so far. */
export class Assigner {
  readonly #counts = new Map<Assignment, number>();

  constructor(private readonly profile: Profile) {}

  assign(value: ValueShape): PropertyChoice | null {
    const rule = this.profile.assignments.find(
      (a) => a.kind === value.kind && (a.units === undefined || (value.unit !== undefined && a.units.includes(value.unit))),
    );
    if (rule === undefined) return null;
    const n = this.#counts.get(rule) ?? 0;
    const property = rule.properties[n] ?? (rule.repeatLast ? rule.properties.at(-1) : undefined);
    if (property === undefined) return null;
    this.#counts.set(rule, n + 1);
    const definition = this.profile.properties[property];
    return definition === undefined ? null : { property, datatype: definition.datatype };
  }
}
