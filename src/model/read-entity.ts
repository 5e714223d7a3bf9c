// Reads a Wikibase JSON entity into the model: validated, with each problem named by entity and JSON path.
import type { Diagnostic } from '../diagnostics/index.js';
import type { EntitySource } from '../input/index.js';
import { ItemSchema, PropertyEntitySchema, type Entity } from './entity.js';

const SCHEMAS = { item: ItemSchema, property: PropertyEntitySchema } as const;
const KEYS = { item: new Set(Object.keys(ItemSchema.shape)), property: new Set(Object.keys(PropertyEntitySchema.shape)) };

/** `claims.P2[0].mainsnak`: a JSON path as people write it. */
export function jsonPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$-]*$/u.test(name) ? (out === '' ? name : `${out}.${name}`) : `${out}[${JSON.stringify(name)}]`;
  }, base);
}

export function readEntity(source: EntitySource): { entity: Entity | null; diagnostics: Diagnostic[] } {
  const json = source.json;
  const record = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const name = typeof record['id'] === 'string' ? record['id'] : source.path === '' ? 'the entity' : `the entity at ${source.path}`;
  const span = { file: source.file, line: source.line, column: 1 };
  const type = record['type'];
  if (typeof type === 'string' && type !== 'item' && type !== 'property') {
    return { entity: null, diagnostics: [{ code: 'entity-unsupported', severity: 'error', span, entity: name, type }] };
  }
  const kind = type === 'property' ? 'property' : 'item';
  const result = SCHEMAS[kind].safeParse(json);
  if (!result.success) {
    const diagnostics: Diagnostic[] = result.error.issues.map((issue) => ({
      code: 'entity-invalid',
      severity: 'error',
      span,
      entity: name,
      path: jsonPath(source.path, issue.path),
      problem: issue.message,
    }));
    return { entity: null, diagnostics };
  }
  const ignored = Object.keys(record).filter((k) => !KEYS[kind].has(k));
  const diagnostics: Diagnostic[] =
    ignored.length === 0 ? [] : [{ code: 'field-ignored', severity: 'warning', span, entity: name, fields: ignored }];
  return { entity: result.data, diagnostics };
}
