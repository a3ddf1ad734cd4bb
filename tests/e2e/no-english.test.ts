/**
 * Builds the demo with its interface in each non-English language (cy, nl, da, de) and fails on
 * any English interface text in the built HTML outside the data itself: every text node,
 * interface attribute and script JSON block of every page is read, the text the council's config
 * and data supplied is set aside, and what is left must hold no English interface word (see
 * harness/english-text.ts). The scripts' message blocks must hold only catalogue keys, in the
 * page's own language.
 *
 * Slow (one Astro build per language): while developing, narrow it with
 *   ATLAS_I18N_LANGS=cy,de          languages to build (default: cy,nl,da,de)
 *   ATLAS_I18N_PAGES='/datasets/**' pages to check (URL path globs, comma-separated; * within a
 *                                   segment, ** across segments)
 *   ATLAS_E2E_REUSE=1               reuse a good build from an earlier run
 *
 * English still left in a language is listed, text by text, in no-english.remaining.json: a text
 * not on that list fails (new English), and so does a listed text no longer found (translated:
 * take it off), so the list only shrinks. `ATLAS_I18N_WRITE_REMAINING=1` rewrites the list from a
 * full run (every page) instead of failing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { enGB } from '../../src/lib/i18n/messages/en-GB/index.ts';
import { catalogueFor } from '../../src/lib/i18n/catalogues.ts';
import type { Message, Messages } from '../../src/lib/i18n/catalogue.ts';
import { buildSite, repoRoot, type BuiltSite } from './harness/build-site.ts';
import { collectDataStrings, DataText, englishIn, englishWords } from './harness/english-text.ts';
import { buildLanguageSite } from './harness/language-site.ts';
import { jsonStrings, readPage, type JsonBlock, type PageText } from './harness/page-text.ts';
import { letterOf } from '../../src/lib/area-list-pages.ts';
import type { AreaList } from '../../src/lib/manifest.ts';

const LANGUAGES = (process.env.ATLAS_I18N_LANGS ?? 'cy,nl,da,de')
  .split(',')
  .map((l) => l.trim())
  .filter(Boolean);
const PAGE_GLOBS = (process.env.ATLAS_I18N_PAGES ?? '')
  .split(',')
  .map((g) => g.trim())
  .filter(Boolean);
/** The English texts each language still shows, by language (see the header). */
const REMAINING_FILE = resolve(repoRoot, 'tests/e2e/no-english.remaining.json');
const remaining: Record<string, string[]> = existsSync(REMAINING_FILE)
  ? (JSON.parse(readFileSync(REMAINING_FILE, 'utf8')) as Record<string, string[]>)
  : {};
const WRITE_REMAINING = process.env.ATLAS_I18N_WRITE_REMAINING === '1';

/** Lines of findings in a failure message; the rest are counted. */
const MAX_LINES = 50;
/** One language's Astro build can take ten minutes on a busy 2-core machine. */
const BUILD_TIMEOUT_MS = 40 * 60_000;

const runId = inject('e2eRunId');
const demoConfig = inject('demoConfig');
const demo = await buildSite({ config: demoConfig, name: 'demo', runId });
const config = ((await import(pathToFileURL(resolve(repoRoot, demoConfig)).href)) as { default: unknown }).default;
/**
 * The letters of the area lists' A-to-Z index (`K` for Kestrel Heath): each is the initial of an
 * area's name, so data; each is set aside only where it is a whole text (see DataText).
 */
function areaInitials(dataDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as {
    layers: { files: { areas: string } }[];
  };
  return manifest.layers.flatMap((l) =>
    (JSON.parse(readFileSync(join(dataDir, l.files.areas), 'utf8')) as AreaList).areas.map((a) => letterOf(a.name)),
  );
}
const dataStrings = [...collectDataStrings(demo.dataDir, config), ...areaInitials(demo.dataDir)];

/** A URL path glob as a regular expression: `*` within a segment, `**` across segments. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${body}$`);
}
const pageFilters = PAGE_GLOBS.map(globToRegExp);

/** A built page: its URL path and what its HTML holds. */
interface BuiltPage {
  path: string;
  lang: string;
  texts: PageText[];
  json: JsonBlock[];
}

/** Every HTML page of a site (only those ATLAS_I18N_PAGES selects), read. */
function readPages(site: BuiltSite): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(site.siteDir, full).split(sep).join('/');
        const path = site.basePath.replace(/\/?$/, '/') + rel.replace(/(^|\/)index\.html$/, '$1');
        if (pageFilters.length > 0 && !pageFilters.some((re) => re.test(path))) continue;
        pages.push({ path, ...readPage(readFileSync(full, 'utf8')) });
      }
    }
  };
  walk(site.siteDir);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** A script JSON block in the shape `scriptMessages()` writes: `{ locale, messages, ... }`. */
function messageBlock(block: JsonBlock): { locale: string; messages: Record<string, unknown> } | undefined {
  const v = block.value as { locale?: unknown; messages?: unknown } | null;
  if (!v || typeof v !== 'object' || typeof v.locale !== 'string') return undefined;
  if (!v.messages || typeof v.messages !== 'object' || Array.isArray(v.messages)) return undefined;
  return { locale: v.locale, messages: v.messages as Record<string, unknown> };
}

/** A machine value in a JSON block (an id, a path, a colour, a URL), not text for a reader. */
function isMachineValue(s: string): boolean {
  return /^[a-z0-9_.:/#?=&%+-]*$/.test(s) || /^(https?:|\/|#|\.\.?\/)/.test(s);
}

/**
 * True when `piece` of a message block is a plural message's `by`: the name of the parameter
 * that chooses the form (`days`), a name for the script like a placeholder, not text.
 */
function isPluralSelector(block: JsonBlock, messages: Record<string, unknown>, piece: PageText): boolean {
  const prefix = `${block.where} messages.`;
  if (!piece.where.startsWith(prefix) || !piece.where.endsWith('.by')) return false;
  const message = messages[piece.where.slice(prefix.length, -'.by'.length)] as
    { by?: unknown; forms?: unknown } | undefined;
  return typeof message === 'object' && message?.by === piece.text && typeof message.forms === 'object';
}

/** Findings grouped by element and text, most pages first, as at most MAX_LINES lines. */
function report(findings: { path: string; where: string; text: string; words: string[] }[]): string {
  const groups = new Map<string, { where: string; text: string; words: string[]; pages: string[] }>();
  for (const f of findings) {
    const key = `${f.where}\u0000${f.text}`;
    const g = groups.get(key) ?? { where: f.where, text: f.text, words: f.words, pages: [] };
    if (!g.pages.includes(f.path)) g.pages.push(f.path);
    groups.set(key, g);
  }
  const sorted = [...groups.values()].sort((a, b) => b.pages.length - a.pages.length || a.text.localeCompare(b.text));
  const pagesHit = new Set(findings.map((f) => f.path)).size;
  const lines = sorted.slice(0, MAX_LINES).map((g) => {
    const text = g.text.length > 90 ? `${g.text.slice(0, 89)}…` : g.text;
    const pages =
      g.pages.length > 2 ? `${g.pages.slice(0, 2).join(' ')} +${g.pages.length - 2} more` : g.pages.join(' ');
    return `  ${JSON.stringify(text)} [${g.words.join(', ')}] at ${g.where} on ${pages}`;
  });
  const more = sorted.length > MAX_LINES ? [`  … and ${sorted.length - MAX_LINES} more texts`] : [];
  return [`${sorted.length} English interface texts on ${pagesHit} pages:`, ...lines, ...more].join('\n');
}

/** Problems with a page's script message blocks: unknown keys, another language, a wrong text. */
function messageProblems(pages: BuiltPage[]): string[] {
  const known = new Set(Object.keys(enGB.messages));
  const problems: string[] = [];
  for (const page of pages)
    for (const block of page.json) {
      const m = messageBlock(block);
      if (!m) continue;
      const pageLanguage = catalogueFor(page.lang).language;
      const blockLanguage = catalogueFor(m.locale).language;
      if (blockLanguage !== pageLanguage)
        problems.push(`${page.path} ${block.where}: locale ${m.locale} on a page in ${page.lang}`);
      const catalogue = catalogueFor(page.lang).messages as Record<string, Message>;
      for (const [key, value] of Object.entries(m.messages)) {
        if (!known.has(key)) problems.push(`${page.path} ${block.where}: ${key} is not a catalogue key`);
        else if (JSON.stringify(value) !== JSON.stringify(catalogue[key]))
          problems.push(`${page.path} ${block.where}: ${key} is not the ${pageLanguage} message`);
      }
    }
  return problems;
}

function summarise(problems: string[]): string {
  const shown = problems.slice(0, MAX_LINES).map((p) => `  ${p}`);
  const more = problems.length > MAX_LINES ? [`  … and ${problems.length - MAX_LINES} more`] : [];
  return [`${problems.length} problems:`, ...shown, ...more].join('\n');
}

describe('the English demo', () => {
  it('hands its scripts only catalogue keys, in the page language', () => {
    const pages = readPages(demo);
    expect(pages.length, 'pages checked (ATLAS_I18N_PAGES may select none)').toBeGreaterThan(0);
    const problems = messageProblems(pages);
    expect(problems, summarise(problems)).toEqual([]);
  });
});

describe.each(LANGUAGES)('the demo built in %s', (locale) => {
  let pages: BuiltPage[] = [];
  let english: Set<string>;
  let data: DataText;

  beforeAll(async () => {
    const site = await buildLanguageSite({ locale, demo, demoConfig, runId });
    pages = readPages(site);
    english = englishWords(enGB.messages, catalogueFor(locale).messages as Partial<Messages>);
    data = new DataText(dataStrings, english);
  }, BUILD_TIMEOUT_MS);

  it('is built in that language', () => {
    expect(pages.length, 'pages checked (ATLAS_I18N_PAGES may select none)').toBeGreaterThan(0);
    const wrong = pages.filter((p) => catalogueFor(p.lang).language !== locale).map((p) => `${p.path} (${p.lang})`);
    expect(wrong, `pages whose <html lang> is not ${locale}`).toEqual([]);
  });

  it('shows no English interface text outside the data', () => {
    const findings: { path: string; where: string; text: string; words: string[] }[] = [];
    const check = (path: string, piece: PageText) => {
      const words = englishIn(piece.text, data, english);
      if (words.length > 0) findings.push({ path, ...piece, words });
    };
    for (const page of pages) {
      for (const piece of page.texts) check(page.path, piece);
      for (const block of page.json) {
        const messages = messageBlock(block)?.messages;
        for (const piece of jsonStrings(block)) {
          // Every message is text; elsewhere in a JSON block, ids, paths and colours are not.
          const isMessage = messages !== undefined && piece.where.startsWith(`${block.where} messages.`);
          // A message's placeholders (`{files}`) and a plural message's selector are names for the script, not text.
          if (isMessage && isPluralSelector(block, messages, piece)) continue;
          if (isMessage) check(page.path, { ...piece, text: piece.text.replace(/\{[^}]*\}/g, ' ') });
          else if (!isMachineValue(piece.text)) check(page.path, piece);
        }
      }
    }
    const listed = new Set(remaining[locale] ?? []);
    const found = [...new Set(findings.map((f) => f.text))].sort();
    if (WRITE_REMAINING && PAGE_GLOBS.length === 0) {
      // Languages run one after another in this file: each adds its list to the same object.
      remaining[locale] = found;
      const sorted = Object.fromEntries(Object.entries(remaining).sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(REMAINING_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
      return;
    }
    const unlisted = findings.filter((f) => !listed.has(f.text));
    expect(unlisted.length, `English not on the ${locale} list of ${REMAINING_FILE}\n${report(unlisted)}`).toBe(0);
    if (PAGE_GLOBS.length === 0) {
      const gone = [...listed].filter((t) => !found.includes(t));
      expect(gone, `now translated in ${locale}: take these off its list in ${REMAINING_FILE}`).toEqual([]);
    }
  });

  it('hands its scripts only catalogue keys, in the page language', () => {
    const problems = messageProblems(pages);
    expect(problems, summarise(problems)).toEqual([]);
  });
});
