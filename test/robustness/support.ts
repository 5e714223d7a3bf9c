// Inputs the robustness tests share: the seed item page, with its id changed or lines edited.
import { readFileSync } from 'node:fs';
import { REPO } from '../support/run-cli.js';

export const SEED_PAGE = readFileSync(`${REPO}fixtures/seed-item-page/input.txt`, 'utf8').replace(/\n*$/u, '\n');

/** The seed page about another item. */
export const seedPageOf = (id: string): string => SEED_PAGE.replaceAll('Q4295133', id);

/** The ids of an ndjson output, in order. */
export const ndjsonIds = (out: string): string[] =>
  out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => (JSON.parse(l) as { id: string }).id);
