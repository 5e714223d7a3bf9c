import { describe, expect, it } from 'vitest';
import { SeenGraphs } from '../../src/load/seen-graphs.js';

describe('SeenGraphs', () => {
  it('tells each graph met again from a new one, whatever its prefix and number', () => {
    const seen = new SeenGraphs();
    const graphs = [
      'https://linkedopendata.eu/entity/Q1',
      'https://linkedopendata.eu/entity/Q10',
      'https://linkedopendata.eu/entity/P1',
      'https://other.example/entity/Q1',
      'https://linkedopendata.eu/entity/Q01',
      'https://linkedopendata.eu/entity/Q99999999999',
      'https://linkedopendata.eu/entity/Q4294967295',
      'https://linkedopendata.eu/entity/',
      'urn:graph',
    ];
    expect(graphs.map((g) => seen.add(g))).toEqual(graphs.map(() => false));
    expect(graphs.map((g) => seen.add(g))).toEqual(graphs.map(() => true));
    expect(seen.add('https://linkedopendata.eu/entity/Q2')).toBe(false);
    expect(seen.add('https://linkedopendata.eu/entity/Q100')).toBe(false);
  });
});
