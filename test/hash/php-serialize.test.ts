// Table tests for the PHP encodings; every expected string was printed by PHP 8.2 with default ini settings.
import { describe, expect, it } from 'vitest';
import {
  legacyObject,
  phpFloat,
  phpFloatToString,
  phpJsonEncode,
  phpList,
  phpObject,
  phpString,
} from '../../src/hash/php-serialize.js';

describe('(string)$float with precision=14', () => {
  it.each([
    [12.125, '12.125'],
    [12, '12'],
    [-12.5, '-12.5'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.33333333333333'],
    [0.0001, '0.0001'],
    [1e-5, '1.0E-5'],
    [1.5e-7, '1.5E-7'],
    [1e13, '10000000000000'],
    [1e14, '1.0E+14'],
    [123456789012345, '1.2345678901234E+14'],
    [0.000277777777777778, '0.00027777777777778'],
    // exact ties round to even, unlike Number.prototype.toPrecision
    [12345678901234.5, '12345678901234'],
    [12345678901233.5, '12345678901234'],
    [99999999999999.5, '1.0E+14'],
    [5e-324, '4.9406564584125E-324'],
    [-0, '-0'],
  ])('%s → %s', (x, want) => {
    expect(phpFloatToString(x)).toBe(want);
  });
});

describe('serialize() and json_encode() of floats (serialize_precision=-1)', () => {
  it.each([
    [12.125, 'd:12.125;', '12.125'],
    [12, 'd:12;', '12'],
    [0.1, 'd:0.1;', '0.1'],
    [1e-5, 'd:1.0E-5;', '1.0e-5'],
    [1e16, 'd:10000000000000000;', '10000000000000000'],
    [1e17, 'd:1.0E+17;', '1.0e+17'],
    [1.2345e20, 'd:1.2345E+20;', '1.2345e+20'],
    [1 / 3, 'd:0.3333333333333333;', '0.3333333333333333'],
    [12345678901234.5, 'd:12345678901234.5;', '12345678901234.5'],
    [1.7976931348623157e308, 'd:1.7976931348623157E+308;', '1.7976931348623157e+308'],
  ])('%s', (x, serialized, json) => {
    expect(phpFloat(x)).toBe(serialized);
    expect(phpJsonEncode(x)).toBe(json);
  });
});

describe('strings', () => {
  it('measures strings in UTF-8 bytes', () => {
    expect(phpString('превед')).toBe('s:12:"превед";');
    expect(phpString('')).toBe('s:0:"";');
  });

  it('escapes as json_encode does by default', () => {
    expect(phpJsonEncode(['a/b', 'é😀\u0001\t"\\<>&\'\u007f'])).toBe(
      '["a\\/b","\\u00e9\\ud83d\\ude00\\u0001\\t\\"\\\\<>&\'\u007f"]',
    );
    expect(phpJsonEncode([null, true, 0, -60])).toBe('[null,true,0,-60]');
  });

  it('refuses malformed UTF-16, as json_encode refuses malformed UTF-8', () => {
    expect(() => phpJsonEncode('\ud800')).toThrow();
  });
});

describe('containers and objects', () => {
  it('writes lists with integer keys', () => {
    expect(phpList([phpString('ru'), phpString('x')])).toBe('a:2:{i:0;s:2:"ru";i:1;s:1:"x";}');
    expect(phpList([])).toBe('a:0:{}');
  });

  it('writes the legacy Serializable form with byte lengths', () => {
    expect(legacyObject('DataValues\\StringValue', 'Noël')).toBe('C:22:"DataValues\\StringValue":5:{Noël}');
  });

  it('writes the plain object form', () => {
    expect(phpObject('Foo', [['bar', 'i:1;']])).toBe('O:3:"Foo":1:{s:3:"bar";i:1;}');
  });
});
