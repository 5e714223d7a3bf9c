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
    const matches = (a: Assignment): boolean =>
      a.kind === value.kind && (a.units === undefined || (value.unit !== undefined && a.units.includes(value.unit)));
    // The first matching rule with a property left takes the value; a used-up rule passes it to the next.
    for (const rule of this.profile.assignments.filter(matches)) {
      const n = this.#counts.get(rule) ?? 0;
      const property = rule.properties[n] ?? (rule.repeatLast ? rule.properties.at(-1) : undefined);
      const definition = property === undefined ? undefined : this.profile.properties[property];
      if (property === undefined || definition === undefined) continue;
      this.#counts.set(rule, n + 1);
      return { property, datatype: definition.datatype };
    }
    return null;
  }
}
