// Writes the benchmark corpus with the page renderer, streaming to disk: NDJSON page records and a plain file of pages.
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { AFTER_EACH_CELL, AFTER_LABEL, ONE_LINE, renderItemPage } from '../../dist/render/index.js';
import { UI_LANGUAGES } from '../../dist/parse/index.js';
import { projectItem, summaryText } from './items.mjs';
import { CONTENT_LANGUAGES, PORTAL_SEGMENTS } from './vocabulary.mjs';

/** Buffers writes into chunks of about a megabyte, hashing what it writes (the corpus is the same run after run). */
class FileSink {
  constructor(path) {
    this.path = path;
    this.fd = openSync(path, 'w');
    this.parts = [];
    this.length = 0;
    this.bytes = 0;
    this.hash = createHash('sha256');
  }
  write(text) {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= 1 << 20) this.flush();
  }
  flush() {
    const chunk = Buffer.from(this.parts.join(''), 'utf8');
    writeSync(this.fd, chunk);
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.parts = [];
    this.length = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
    return { path: this.path, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}

const itemUrl = (id) => `https://linkedopendata.eu/wiki/Item:${id}`;

/** Scrapes are mostly in English, often in the country's language, sometimes in any of the 24 UI languages. */
function uiLanguage(r, local) {
  const x = r.next();
  return x < 0.55 ? 'en' : x < 0.85 ? local : r.pick(UI_LANGUAGES);
}

/** How the scraper broke the terms table's rows: mostly as on the seed page, after the label. */
function rowLayout(r) {
  const x = r.next();
  return x < 0.7 ? AFTER_LABEL : x < 0.9 ? ONE_LINE : AFTER_EACH_CELL;
}

/**
 * `pages` page records in `ndjsonPath` (item pages with their addresses; for a third of the items, also a Kohesio
 * portal page in a language the item has no summary in, written a few hundred to a few thousand items later, as a
 * second crawl would be); one in twenty items has a second item page in another UI language. `textPath` holds the
 * same item pages appended one after another (a plain file has no addresses, so no portal pages).
 */
export function writeCorpus({ pages, seed, profile, ndjsonPath, textPath }) {
  const ndjson = new FileSink(ndjsonPath);
  const text = new FileSink(textPath);
  const counts = { pages: 0, itemPages: 0, portalPages: 0, items: 0, uiLanguages: {} };
  /** Portal records waiting for their item number to come: item number → records. */
  const later = new Map();
  let waiting = 0;
  const record = (url, body) => {
    ndjson.write(`${JSON.stringify({ url, text: body })}\n`);
    counts.pages += 1;
  };
  const itemPage = (item, ui, r) => {
    const body = renderItemPage(item, ui, profile, { termsRowLayout: rowLayout(r) });
    record(itemUrl(item.id), body);
    text.write(`${body}\n`);
    counts.itemPages += 1;
    counts.uiLanguages[ui] = (counts.uiLanguages[ui] ?? 0) + 1;
  };
  const room = () => counts.pages + waiting < pages;

  for (let n = 0; room() || waiting > 0; n += 1) {
    for (const [url, body] of later.get(n) ?? []) {
      record(url, body);
      counts.portalPages += 1;
      waiting -= 1;
    }
    later.delete(n);
    if (!room()) continue;
    const { item, r, country, topic, place, summaryLanguages } = projectItem(seed, n);
    counts.items += 1;
    const ui = uiLanguage(r, country.language);
    itemPage(item, ui, r);
    if (room() && r.chance(0.05)) itemPage(item, r.pick(UI_LANGUAGES.filter((l) => l !== ui)), r);
    if (room() && r.chance(0.35)) {
      const language = r.pick(CONTENT_LANGUAGES.filter((l) => !summaryLanguages.includes(l)));
      const host = r.chance(0.8) ? 'kohesio.ec.europa.eu' : 'kohesio.eu';
      const url = `https://${host}/${language}/${PORTAL_SEGMENTS[language] ?? 'projects'}/${item.id}`;
      const due = n + r.int(200, 3000);
      later.set(due, [...(later.get(due) ?? []), [url, summaryText(r, language, topic, place)]]);
      waiting += 1;
    }
  }
  return { ...counts, ndjson: ndjson.close(), text: text.close() };
}
