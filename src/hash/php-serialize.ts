// Byte-exact PHP encodings (serialize(), json_encode(), float-to-string) that Wikibase hashes are computed over.

/** PHP measures strings in bytes, and Wikibase's strings are UTF-8. */
export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export function phpString(s: string): string {
  return phpStringSized(s).text;
}

export const phpNull = 'N;';

export function phpFloat(x: number): string {
  return `d:${phpShortestFloat(x, 'E')};`;
}

/** A PHP list (array with keys 0..n-1); the items are already-serialized values. */
export function phpList(items: readonly string[]): string {
  let body = '';
  for (let i = 0; i < items.length; i += 1) body += `i:${i};${items[i]}`;
  return `a:${items.length}:{${body}}`;
}

/**
 * The pre-PHP-7.4 `Serializable` form. Wikibase freezes its hashes on this form
 * (getSerializationForHash), so it is still what gets hashed under PHP 8.
 */
export function legacyObject(className: string, data: string): string {
  return legacyObjectSized(className, sized(data)).text;
}

/**
 * A serialization with its length in UTF-8 bytes. What embeds a serialization must state its length, and measuring a
 * long text again at each level (value, snak) costs as much as hashing it: the sized forms add the lengths up.
 */
export interface Sized {
  readonly text: string;
  readonly bytes: number;
}

export function sized(text: string): Sized {
  return { text, bytes: byteLength(text) };
}

/** phpString, sized: `s:N:"…";` is six ASCII characters and the length around the string. */
export function phpStringSized(s: string): Sized {
  const n = byteLength(s);
  const length = String(n);
  return { text: `s:${length}:"${s}";`, bytes: n + length.length + 6 };
}

/** phpList, sized: its framing is ASCII, so its bytes are its characters but the items' own. */
export function phpListSized(items: readonly Sized[]): Sized {
  const text = phpList(items.map((item) => item.text));
  let bytes = text.length;
  for (const item of items) bytes += item.bytes - item.text.length;
  return { text, bytes };
}

/** legacyObject, sized. */
export function legacyObjectSized(className: string, data: Sized): Sized {
  const head = `C:${byteLength(className)}:"${className}":${data.bytes}:{`;
  return { text: `${head}${data.text}}`, bytes: byteLength(head) + data.bytes + 1 };
}

/**
 * The plain object form, for public properties only. Not used by the current
 * Wikibase hashes; kept so a future class without a legacy form can be expressed.
 */
export function phpObject(className: string, props: ReadonlyArray<readonly [string, string]>): string {
  const body = props.map(([name, value]) => phpString(name) + value).join('');
  return `O:${byteLength(className)}:"${className}":${props.length}:{${body}}`;
}

// ---------------------------------------------------------------------------
// json_encode() with PHP's default flags

export type JsonLike = string | number | null | boolean | readonly JsonLike[];

/**
 * json_encode() with default flags. A whole number within 2^53 prints the same
 * whether PHP holds it as int or float (json_encode drops ".0"), so only larger
 * or fractional numbers need the float path.
 */
export function phpJsonEncode(value: JsonLike): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return jsonString(value);
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) ? String(value) : phpShortestFloat(value, 'e');
  }
  return `[${value.map(phpJsonEncode).join(',')}]`;
}

const JSON_SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '/': '\\/', // PHP escapes slashes unless JSON_UNESCAPED_SLASHES
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Printable ASCII: json_encode escapes only `"`, `\` and `/` in it (timestamps, calendar and globe URIs). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function jsonString(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return `"${s.replace(/["\\/]/g, '\\$&')}"`;
  if (LONE_SURROGATE.test(s)) throw new Error('json_encode fails on malformed UTF-8');
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const code = s.charCodeAt(i);
    const short = JSON_SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    // PHP escapes every non-ASCII code unit (as UTF-16, so astral chars become surrogate pairs)
    else if (code < 0x20 || code > 0x7f) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

// ---------------------------------------------------------------------------
// PHP's double formatting (zend_gcvt)

/** A positive decimal: 0.<digits> × 10^point, digits without trailing zeros. */
interface Decimal {
  readonly digits: string;
  readonly point: number;
}

/**
 * (string)$float under the default `precision = 14`: GlobeCoordinateValue::getHash
 * concatenates floats this way.
 */
export function phpFloatToString(x: number): string {
  return formatDouble(x, 14, 'E', roundedTo14);
}

/** The same by its definition, exactly, through BigInt: what the fast path is tested against. */
export function phpFloatToStringExact(x: number): string {
  return formatDouble(x, 14, 'E', (v) => roundHalfEven(exactDecimal(v), 14));
}

const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * A positive double rounded to 14 significant digits. JavaScript's toPrecision rounds exactly too, but breaks exact
 * ties upwards where PHP breaks them to even; a tie needs an exact value of 15 significant digits ending in 5, which
 * is then also its shortest form, so only such values take the exact (BigInt) path. A shortest form of 14 digits or
 * fewer is within half an ulp of the value, far nearer than the next 14-digit decimal, so it is the rounding.
 */
function roundedTo14(v: number): Decimal {
  // Below the normal range a double's neighbours are too far apart for its shortest form to say anything.
  if (v < MIN_NORMAL) return roundHalfEven(exactDecimal(v), 14);
  const shortest = shortestDecimal(v);
  if (shortest.digits.length === 15 && shortest.digits.endsWith('5')) return roundHalfEven(exactDecimal(v), 14);
  if (shortest.digits.length <= 14) return shortest;
  return decimalOf(v.toPrecision(14));
}

/** A positive number as JavaScript prints it (`51.757700000000`, `1.0000000000000e-7`) as digits and point. */
function decimalOf(printed: string): Decimal {
  const e = printed.indexOf('e');
  const mantissa = e < 0 ? printed : printed.slice(0, e);
  const exponent = e < 0 ? 0 : Number(printed.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const whole = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const all = dot < 0 ? mantissa : whole + mantissa.slice(dot + 1);
  let zeros = 0;
  while (all.charCodeAt(zeros) === 48) zeros += 1;
  return { digits: all.slice(zeros).replace(/0+$/, ''), point: whole.length + exponent - zeros };
}

/**
 * serialize()/json_encode() under the default `serialize_precision = -1`: the
 * shortest digits that round-trip, which is also what JavaScript prints.
 */
export function phpShortestFloat(x: number, expChar: 'E' | 'e'): string {
  return formatDouble(x, 17, expChar, shortestDecimal);
}

function formatDouble(x: number, ndigit: number, expChar: string, toDecimal: (v: number) => Decimal): string {
  if (!Number.isFinite(x)) throw new RangeError(`no hashable PHP form for ${x}`);
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0`;
  const { digits, point } = toDecimal(Math.abs(x));
  if (point < -3 || point > ndigit) {
    const exp = point - 1;
    const mantissa = `${digits.charAt(0)}.${digits.length > 1 ? digits.slice(1) : '0'}`;
    return `${sign}${mantissa}${expChar}${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
  }
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (digits.length <= point) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function shortestDecimal(v: number): Decimal {
  const [mantissa = '', exp = '0'] = v.toExponential().split('e');
  return { digits: mantissa.replace('.', ''), point: Number(exp) + 1 };
}

/** The exact decimal value of a positive double, so that rounding can be exact too. */
function exactDecimal(v: number): Decimal {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  let exp2 = -1074;
  if (biased !== 0) {
    mantissa |= 1n << 52n;
    exp2 = biased - 1075;
  }
  // v = mantissa × 2^exp2 = (mantissa × 5^-exp2) × 10^exp2 when exp2 < 0
  const scaled = exp2 >= 0 ? mantissa << BigInt(exp2) : mantissa * 5n ** BigInt(-exp2);
  const all = scaled.toString();
  const point = all.length + Math.min(exp2, 0);
  return { digits: all.replace(/0+$/, ''), point };
}

/** PHP's dtoa rounds exact ties to even, where JavaScript's toPrecision rounds them up. */
function roundHalfEven(d: Decimal, n: number): Decimal {
  if (d.digits.length <= n) return d;
  const head = d.digits.slice(0, n);
  const first = d.digits.charAt(n);
  const tail = d.digits.slice(n + 1);
  const lastHeadDigit = Number(head.charAt(n - 1));
  const up = first > '5' || (first === '5' && (/[1-9]/.test(tail) || lastHeadDigit % 2 === 1));
  if (!up) return { digits: head.replace(/0+$/, ''), point: d.point };
  const bumped = (BigInt(head) + 1n).toString();
  if (bumped.length > n) return { digits: '1', point: d.point + 1 };
  return { digits: bumped.replace(/0+$/, ''), point: d.point };
}
