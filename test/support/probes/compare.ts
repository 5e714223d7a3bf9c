// Compares the fake's answer with the recorded one: status, the MediaWiki-API-Error header, error code, warnings,
// message names and the shape of the body. Ids, tokens, timestamps and revision numbers differ between the two
// servers: ids are learnt as the replay goes (recorded → fake) so later requests can name the fake's.
import { isDeepStrictEqual } from 'node:util';

/** Recorded ids, statement GUIDs and revision ids → the fake's. */
export class IdMap {
  readonly ids = new Map<string, string>();
  readonly revisions = new Map<number, number>();

  learn(recorded: unknown, fake: unknown, key: string): void {
    if (typeof recorded === 'string' && typeof fake === 'string') {
      if (/^Q\d+$/u.test(recorded) && /^Q\d+$/u.test(fake)) this.ids.set(recorded, fake);
      const guid = /^(Q\d+)\$/u;
      if (guid.test(recorded) && guid.test(fake)) {
        this.ids.set(recorded, fake);
        this.ids.set(recorded.toUpperCase(), fake);
      }
    }
    if (typeof recorded === 'number' && typeof fake === 'number' && key === 'lastrevid') this.revisions.set(recorded, fake);
  }

  /** A recorded value with every known id, GUID and revision replaced by the fake's. */
  apply(value: unknown, key = ''): unknown {
    if (typeof value === 'string') {
      if (key === 'baserevid' && /^\d+$/u.test(value)) return String(this.revisions.get(Number(value)) ?? value);
      const whole = this.ids.get(value);
      if (whole !== undefined) return whole;
      return value.replace(/\b[Qq]\d+\b/gu, (id) => {
        const mapped = this.ids.get(id.toUpperCase());
        if (mapped === undefined || !/^Q\d+$/u.test(mapped)) return id;
        return id.startsWith('q') ? mapped.toLowerCase() : mapped;
      });
    }
    if (Array.isArray(value)) return value.map((v) => this.apply(v));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.apply(k) as string, this.apply(v, k)]));
    }
    return value;
  }
}

/** Fields whose values must be equal, not just of one type: they say what happened. */
const MEANINGFUL = new Set(['code', 'result', 'name', 'snaktype', 'datatype', 'rank', 'type', 'success', 'missing', 'nochange', 'entity-type']);
const ENTITY_KEY = /^[QP]\d+$/u;

type Json = unknown;

function kind(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Differences between the recorded body and the fake's, as paths with what each side has. Ids are learnt into
 * `ids` on the way. Maps keyed by entity id are paired in order (their keys are ids of each server).
 */
export function compareBodies(recorded: Json, fake: Json, ids: IdMap, path = '', key = ''): string[] {
  ids.learn(recorded, fake, key);
  if (kind(recorded) !== kind(fake)) return [`${path || '/'}: recorded ${kind(recorded)} ${short(recorded)}, fake ${kind(fake)} ${short(fake)}`];
  if (Array.isArray(recorded) && Array.isArray(fake)) {
    if (recorded.length !== fake.length) return [`${path}: recorded ${recorded.length} entries, fake ${fake.length}`];
    return recorded.flatMap((r, i) => compareBodies(r, fake[i], ids, `${path}/${i}`, key));
  }
  if (isObject(recorded) && isObject(fake)) {
    const rk = Object.keys(recorded);
    const fk = Object.keys(fake);
    if (rk.length > 0 && rk.every((k) => ENTITY_KEY.test(k)) && fk.every((k) => ENTITY_KEY.test(k)) && rk.some((k) => k.startsWith('Q'))) {
      if (rk.length !== fk.length) return [`${path}: recorded ${rk.length} entities, fake ${fk.length}`];
      return rk.flatMap((k, i) => {
        const f = fk[i] ?? '';
        ids.learn(k, f, 'id');
        return compareBodies(recorded[k], fake[f], ids, `${path}/${k}`, k);
      });
    }
    const out: string[] = [];
    const missing = rk.filter((k) => !(k in fake));
    const extra = fk.filter((k) => !(k in recorded));
    if (missing.length > 0) out.push(`${path}: fake lacks ${missing.join(', ')}`);
    if (extra.length > 0) out.push(`${path}: fake has more: ${extra.join(', ')}`);
    for (const k of rk) if (k in fake) out.push(...compareBodies(recorded[k], fake[k], ids, `${path}/${k}`, k));
    // The same value gives the same hash: checked where the two values are equal.
    if ('hash' in recorded && 'datavalue' in recorded && isDeepStrictEqual(ids.apply(recorded['datavalue']), fake['datavalue']) && recorded['hash'] !== fake['hash']) {
      out.push(`${path}/hash: recorded ${String(recorded['hash'])}, fake ${String(fake['hash'])}`);
    }
    return out;
  }
  if (MEANINGFUL.has(key) && recorded !== fake && !(key === 'type' && path.includes('/datavalue/value'))) {
    return [`${path}: recorded ${short(recorded)}, fake ${short(fake)}`];
  }
  return [];
}

function short(value: Json): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
