// The JSON Schemas under schemas/ are what the zod model generates, and our output and profiles satisfy them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { entityJsonSchema } from '../../src/model/index.js';
import { profileJsonSchema } from '../../src/profile/index.js';
import { REPO } from '../support/run-cli.js';

const read = (path: string): unknown => JSON.parse(readFileSync(join(REPO, path), 'utf8'));

describe('generated JSON Schemas', () => {
  it.each([
    ['schemas/wikibase-entity.schema.json', entityJsonSchema],
    ['schemas/profile.schema.json', profileJsonSchema],
  ] as const)('%s is up to date (regenerate with npm run schemas)', (path, generate) => {
    expect(read(path)).toEqual(JSON.parse(JSON.stringify(generate())));
  });

  it('accepts every golden JSON output', () => {
    const validate = new Ajv2020({ strict: false }).compile(read('schemas/wikibase-entity.schema.json') as object);
    const fixtures = readdirSync(join(REPO, 'fixtures'), { withFileTypes: true }).filter(
      (d) => d.isDirectory() && existsSync(join(REPO, 'fixtures', d.name, 'expected.json')),
    );
    expect(fixtures.length).toBeGreaterThan(5);
    for (const fixture of fixtures) {
      const ok = validate(read(`fixtures/${fixture.name}/expected.json`));
      expect(ok, `${fixture.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects an amount that is not a Wikibase decimal', () => {
    const validate = new Ajv2020({ strict: false }).compile(read('schemas/wikibase-entity.schema.json') as object);
    const entity = read('fixtures/seed-item-page/expected.json') as {
      entities: { Q4295133: { claims: { P835: [{ mainsnak: { datavalue: { value: { amount: string } } } }] } } };
    };
    entity.entities.Q4295133.claims.P835[0].mainsnak.datavalue.value.amount = '488705.11';
    expect(validate(entity)).toBe(false);
  });

  it('accepts the built-in profiles', () => {
    const validate = new Ajv2020({ strict: false }).compile(read('schemas/profile.schema.json') as object);
    for (const file of readdirSync(join(REPO, 'schemas/profiles'))) {
      expect(validate(read(`schemas/profiles/${file}`)), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
