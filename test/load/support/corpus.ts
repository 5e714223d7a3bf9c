// A synthetic corpus for load tests: one fixture entity copied under new ids, as NDJSON of Wikibase JSON.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TEMPLATE_FILE = fileURLToPath(new URL('../../../fixtures/wikibase-json-non-euro/input.json', import.meta.url));
const TEMPLATE_ID = 'Q2525567';

/** `count` items Q{first}… (each with the template's 157 triples), one JSON entity a line. */
export function syntheticEntities(count: number, first = 900_000_000): string {
  const template = readFileSync(TEMPLATE_FILE, 'utf8')
    .split('\n')
    .find((line) => line.includes(`"id":"${TEMPLATE_ID}"`));
  if (template === undefined) throw new Error(`${TEMPLATE_FILE} no longer holds ${TEMPLATE_ID}`);
  const line = template.replace(/,\s*$/u, '');
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `Q${first + i}`;
    lines.push(line.split(TEMPLATE_ID).join(id).replace('Przykładowo"', `Przykładowo ${i}"`));
  }
  return `${lines.join('\n')}\n`;
}
