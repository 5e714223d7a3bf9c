// Values as Wikibase writes them in RDF: Commons file and data IRIs, and coordinates printed as PHP prints doubles.
import { describe, expect, it } from 'vitest';
import { phpDouble } from '../../src/emit/rdf/values/globe-coordinate.js';
import { commonsDataIri, commonsFileIri } from '../../src/emit/rdf/values/iri.js';

describe('Commons IRIs', () => {
  it.each([
    ['Foo bar baz.png', 'Foo%20bar%20baz.png'],
    ['Map (1900).png', 'Map%20%281900%29.png'],
    ['A, b; c.tif', 'A%2C%20b%3B%20c.tif'],
    ['C++ logo.svg', 'C%2B%2B%20logo.svg'],
    ['Tilde~x.jpg', 'Tilde~x.jpg'],
    ['Foo_bar.png', 'Foo_bar.png'],
    ['100% sure.jpg', '100%25%20sure.jpg'],
    ["It's!*.jpg", 'It%27s%21%2A.jpg'],
  ])('a file %j: the name as stored, raw-URL-encoded', (name, encoded) => {
    expect(commonsFileIri(name)).toBe(`http://commons.wikimedia.org/wiki/Special:FilePath/${encoded}`);
  });

  it.each([
    ['Data:Some area.map', 'Data:Some+area.map'],
    ['Data:A & B.map', 'Data:A+%26+B.map'],
    ['Data:A+B.tab', 'Data:A%2BB.tab'],
    ['Data:Ünïcode Ω.map', 'Data:%C3%9Cn%C3%AFcode+%CE%A9.map'],
  ])('a data page %j: wfUrlencode, a space as +', (name, encoded) => {
    expect(commonsDataIri(name)).toBe(`http://commons.wikimedia.org/data/main/${encoded}`);
  });
});

describe('coordinates', () => {
  it.each([
    [52.516666666666666, '52.516666666667'],
    [0.00001, '1.0E-5'],
    [-1e-15, '-1.0E-15'],
    [90, '90'],
    [-12.5, '-12.5'],
    [-0, '0'],
    [0.0001, '0.0001'],
  ])('%d is written %s', (x, printed) => expect(phpDouble(x)).toBe(printed));
});
