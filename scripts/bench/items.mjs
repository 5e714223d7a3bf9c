// Synthetic EU Knowledge Graph projects (modelled on the seed item and the non-euro fixture), from a seeded PRNG.
import { COUNTRIES, CONTENT_LANGUAGES, TOPICS, description, sentences, title } from './vocabulary.mjs';

const ENTITY = 'https://linkedopendata.eu/entity/';
const GREGORIAN = 'http://www.wikidata.org/entity/Q1985727';
const EARTH = 'http://www.wikidata.org/entity/Q2';
/** Item ids start here, far above the fixtures' ids. */
const FIRST_ID = 5_000_000;

/** mulberry32: small, fast, and the same sequence on every platform. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const weighted = (list) => {
    const total = list.reduce((n, x) => n + x.weight, 0);
    let r = next() * total;
    for (const x of list) if ((r -= x.weight) < 0) return x;
    return list[list.length - 1];
  };
  return { next, int, pick, chance, weighted };
}

/** Each item has a generator of its own, so item n is the same whatever the corpus size. */
export const itemRandom = (seed, n) => prng((seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0);

const pad = (n, width) => String(n).padStart(width, '0');

/** Cents as Wikibase writes an amount: `+488705.11`, or whole (`+12500`) when `whole`. */
const amount = (cents, whole) => (whole ? `+${Math.round(cents / 100)}` : `+${Math.floor(cents / 100)}.${pad(cents % 100, 2)}`);

function quantity(value, unit) {
  return { type: 'quantity', value: { amount: value, unit: `${ENTITY}${unit}` } };
}

function time(year, month, day, precision) {
  const d = precision === 10 ? 0 : day;
  return {
    type: 'time',
    value: { time: `+${year}-${pad(month, 2)}-${pad(d, 2)}T00:00:00Z`, timezone: 0, before: 0, after: 0, precision, calendarmodel: GREGORIAN },
  };
}

const DATATYPES = { quantity: 'quantity', time: 'time', string: 'string', monolingualtext: 'monolingualtext', globecoordinate: 'globe-coordinate' };

function statement(property, datavalue, qualifiers = []) {
  const snak = (p, v) => ({ snaktype: 'value', property: p, datavalue: v, datatype: DATATYPES[v.type] });
  return {
    mainsnak: snak(property, datavalue),
    type: 'statement',
    rank: qualifiers.length > 0 ? 'preferred' : 'normal',
    ...(qualifiers.length === 0
      ? {}
      : {
          qualifiers: Object.fromEntries(qualifiers.map(([p, v]) => [p, [snak(p, v)]])),
          'qualifiers-order': qualifiers.map(([p]) => p),
        }),
  };
}

/** A summary: the title as its first sentence, then four to thirteen of the language's sentences. */
function summaryText(r, language, topic, place) {
  const pool = sentences(language);
  const parts = [`${title(language, topic, place)}.`];
  const count = r.int(4, 13);
  for (let i = 0; i < count; i += 1) parts.push(pool[r.int(0, pool.length - 1)].replace('{n}', String(r.int(2, 400) * 250)));
  return parts.join(' ');
}

const monolingual = (text, language) => ({ type: 'monolingualtext', value: { text, language } });

/** A co-financing rate as the Knowledge Graph shows it: `+85.0`, `+80`, or computed to many digits. */
function rate(r) {
  const percent = r.pick([50, 55, 60, 63, 70, 75, 80, 85, 85, 85, 90, 95, 100]);
  const form = r.next();
  return { percent, text: form < 0.5 ? `+${percent}.0` : form < 0.8 ? `+${percent}` : `+${percent}.00` };
}

/**
 * Contribution and budget in cents: the budget log-uniform from 10,000 to 20,000,000, the contribution at the rate;
 * both in whole euros when `whole`.
 */
function amounts(r, percent, whole) {
  const cents = Math.round(Math.exp(Math.log(1e6) + r.next() * (Math.log(2e9) - Math.log(1e6))));
  const step = whole ? 100 : 1;
  const budget = Math.round(cents / step) * step;
  return { budget, contribution: Math.round((budget * percent) / 100 / step) * step };
}

function postalCode(r, shape) {
  return shape.replace(/9/gu, () => String(r.int(0, 9)));
}

function coordinates(r, [south, north, west, east]) {
  const places = r.chance(0.7) ? 4 : 5;
  const scale = 10 ** places;
  const at = (min, max) => Math.round((min + r.next() * (max - min)) * scale) / scale;
  return {
    type: 'globecoordinate',
    value: { latitude: at(south, north), longitude: at(west, east), altitude: null, precision: places === 4 ? 1e-4 : 1e-5, globe: EARTH },
  };
}

/** Claims in the order the import bots add them, which is the order the profile's assignments read them back. */
function claims(r, country, topic, place, summaries) {
  const out = {};
  const put = (p, v, q) => void (out[p] ??= []).push(statement(p, v, q));
  const { percent, text: rateText } = rate(r);
  const whole = r.chance(0.2);
  const { budget, contribution } = amounts(r, percent, whole);
  const start = { year: r.int(2014, 2023), month: r.int(1, 12), day: r.int(1, 28) };
  const months = start.year * 12 + start.month - 1 + r.int(6, 72);
  const end = { year: Math.floor(months / 12), month: (months % 12) + 1, day: r.int(1, 28) };
  if (country.currency !== null && r.chance(0.85)) {
    // The non-euro pattern: each amount in the local currency, then in Euro (preferred) with the rate and its date.
    const [low, high] = country.currency.rate;
    const exchange = Math.round((low + r.next() * (high - low)) * 1e4) / 1e4;
    const on = time(start.year, start.month, r.int(1, 28), 11);
    for (const [p, local] of [['P835', contribution], ['P474', budget]]) {
      put(p, quantity(amount(local, whole), country.currency.unit));
      put(p, quantity(amount(Math.round(local * exchange), false), 'Q226'), [['P834', quantity(`+${exchange.toFixed(4)}`, 'Q226')], ['P10', on]]);
    }
  } else {
    put('P835', quantity(amount(contribution, whole), 'Q226'));
    put('P474', quantity(amount(budget, whole), 'Q226'));
  }
  put('P837', quantity(rateText, 'Q660'));
  put('P20', time(start.year, start.month, start.day, r.chance(0.9) ? 11 : 10));
  put('P33', time(end.year, end.month, end.day, r.chance(0.9) ? 11 : 10));
  put('P841', { type: 'string', value: r.pick(country.beneficiaries).replace('{place}', place) });
  if (country.postal !== null && r.chance(0.6)) put('P460', { type: 'string', value: postalCode(r, country.postal) });
  for (const [language, text] of summaries) put('P836', monolingual(text, language));
  if (r.chance(0.6)) put('P127', coordinates(r, country.box));
  return out;
}

const term = (language, value) => ({ language, value });

/**
 * Item n: a project in a country (weighted as the Knowledge Graph's are), labelled in its language and in English,
 * described in English and sometimes in its language, with summaries in both and sometimes a third language.
 */
export function projectItem(seed, n) {
  const r = itemRandom(seed, n);
  const country = r.weighted(COUNTRIES);
  const local = country.language;
  const topic = r.int(0, TOPICS - 1);
  const place = r.pick(country.places);
  const labels = { [local]: term(local, title(local, topic, place)) };
  if (r.chance(0.85)) labels.en = term('en', title('en', topic, place));
  const descriptions = {};
  if (r.chance(0.8)) descriptions.en = term('en', description('en', country));
  if (r.chance(0.4)) descriptions[local] = term(local, description(local, country));
  const aliases = r.chance(0.15) ? { en: [term('en', `${place} ${['water', 'energy', 'research', 'digital', 'road', 'inclusion', 'cycling'][topic]} project`)] } : {};
  const summaries = [[local, summaryText(r, local, topic, place)]];
  if (r.chance(0.8)) summaries.push(['en', summaryText(r, 'en', topic, place)]);
  if (r.chance(0.15)) {
    const third = r.pick(CONTENT_LANGUAGES.filter((l) => l !== local && l !== 'en'));
    summaries.push([third, summaryText(r, third, topic, place)]);
  }
  const item = {
    type: 'item',
    id: `Q${FIRST_ID + n}`,
    labels,
    descriptions,
    aliases,
    claims: claims(r, country, topic, place, summaries),
    sitelinks: {},
  };
  return { item, r, country, topic, place, summaryLanguages: summaries.map(([l]) => l) };
}

export { summaryText };
