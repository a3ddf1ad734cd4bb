/**
 * The datasets pages of a small German site whose data step gives every roll-up warning, both
 * coordinate hints and a wide-by-area file's warnings (tests/fixtures/build/warnings): each warning
 * is on its dataset's page, and no page under /datasets/ shows English interface text outside the
 * data (the harness of no-english.test.ts: the data's own text set aside, what is left must hold
 * no English word).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { enGB } from '../../src/lib/i18n/messages/en-GB/index.ts';
import { catalogueFor } from '../../src/lib/i18n/catalogues.ts';
import type { Messages } from '../../src/lib/i18n/catalogue.ts';
import type { DatasetWarning } from '../../src/lib/data-reasons.ts';
import type { Manifest } from '../../src/lib/manifest.ts';
import { buildSite, repoRoot, type BuiltSite } from './harness/build-site.ts';
import { collectDataStrings, DataText, englishIn, englishWords } from './harness/english-text.ts';
import { readPage, type PageText } from './harness/page-text.ts';

const CONFIG = 'tests/fixtures/build/warnings/warnings.config.ts';
/** One Astro build on a busy 2-core machine, after the demo's. */
const BUILD_TIMEOUT_MS = 40 * 60_000;

/** The codes the fixture is made to give, by dataset. */
const EXPECTED: Record<string, DatasetWarning['code'][]> = {
  'cases-counties': [
    'rollUpRowNotUsed',
    'rollUpMoreRowsNotUsed',
    'rollUpSelves',
    'rollUpUnknownParents',
    'rollUpOrphans',
    'rollUpOmitted',
    'rollUpGaps',
  ],
  'cases-counties-partial': ['rollUpPartial'],
  register: ['crsUnit', 'crsOther'],
  breit: ['areaColumnIsTotal', 'datesAmbiguous'],
  ebenen: ['rowsValueUnmatched'],
};

/** The pages under /datasets/, by URL path, each as its text pieces. */
function datasetPages(site: BuiltSite): Map<string, PageText[]> {
  const pages = new Map<string, PageText[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(site.siteDir, full).split(sep).join('/');
        pages.set(rel.replace(/(^|\/)index\.html$/, '$1'), readPage(readFileSync(full, 'utf8')).texts);
      }
    }
  };
  walk(join(site.siteDir, 'datasets'));
  return pages;
}

describe('the datasets pages of a German site with roll-up warnings and coordinate hints', () => {
  let site: BuiltSite;
  let manifest: Manifest;
  let pages: Map<string, PageText[]>;

  beforeAll(async () => {
    site = await buildSite({ config: CONFIG, name: 'warning-codes', runId: inject('e2eRunId') });
    manifest = JSON.parse(readFileSync(join(site.dataDir, 'manifest.json'), 'utf8')) as Manifest;
    pages = datasetPages(site);
  }, BUILD_TIMEOUT_MS);

  it('has the warnings the fixture is made for, each coded', () => {
    for (const [id, codes] of Object.entries(EXPECTED)) {
      const quality = manifest.datasets.find((d) => d.id === id)?.quality;
      const coded = quality?.warningsCoded ?? [];
      for (const code of codes)
        expect(
          coded.map((w) => w?.code),
          `${id} ${code}`,
        ).toContain(code);
      expect(coded.length, id).toBe(quality?.warnings.length);
      expect(coded, `${id}: a warning without a code`).not.toContain(null);
    }
  });

  it('says the warnings on each dataset’s page in German', () => {
    const text = (id: string): string => (pages.get(`datasets/${id}/`) ?? []).map((p) => p.text).join('\n');
    // The roll-up's layers by their labels, as German writes a noun (capital kept), never by their ids.
    expect(text('cases-counties')).toContain(
      'Aufsummierung nach Counties: 1 der Districts ist auch ein Gebiet der Ebene „Counties“ und steht für sich selbst (U1).',
    );
    expect(text('cases-counties')).toContain('lookup.csv: 2 weitere Zeilen nicht verwendet.');
    expect(text('cases-counties-partial')).toContain('1 der Counties ist eine Teilsumme');
    expect(text('register')).toContain('wenn die Koordinaten in Fuß angegeben wären');
    expect(text('register')).toContain('wenn es als EPSG:4326');
    expect(text('breit')).toContain('breit.csv: Die Spalte „Summe“ enthält in 4 der 4 Zeilen mit Zahlen die Summe');
    expect(text('breit')).toContain(
      'dateFormat "auto" hat sie mit dem Tag zuerst gelesen: „01.02.2024“ ist der 2024-02-01.',
    );
    expect(text('breit')).toContain('Die Datei hat eine Spalte je Gebiet');
    expect(text('breit')).toContain('3 Gebietsspalten: Nordheim … Summe');
    expect(text('ebenen')).toContain(
      'ebenen.csv: keine Zeile hat "Gemeinde" in der Spalte "Ebene", die der Zeilenfilter der Konfiguration nennt, also wählt dieser Wert keine Zeile aus.',
    );
    expect(text('ebenen')).toContain('Die Spalte enthält "Flensburg": Ist das der gemeinte Wert');
    // The Land's row is left out by the config, a fourth term of the tally, and listed by its value.
    expect(text('ebenen')).toContain('Durch die Konfiguration ausgelassene Zeilen');
    expect(text('ebenen')).toContain('ausgelassen');
  });

  it('names the partial sum in German on its pages, its downloads giving its own name and the count in numbers', () => {
    const base = join(site.siteDir, 'disease', 'cases-counties-partial', 'grippe');
    const page = readFileSync(join(base, 'C2', 'index.html'), 'utf8');
    // Southshire is summed from Fell alone: Fen (D4) has no data.
    expect(page).toMatch(/<h1[^>]*>Grippe in Southshire \(1 der 2 Districts\)<\/h1>/);
    expect(page).not.toContain('1 of 2');
    expect(readFileSync(join(base, 'index.html'), 'utf8')).toContain('Southshire (1 der 2 Districts)');
    const csv = readFileSync(join(base, 'areas.csv'), 'utf8').split(/\r?\n/);
    expect(csv[0]).toBe(
      'area_code,area_name,week_ending,total_7_days,rate_per_100000_7_days,rank,partial_counted,partial_of',
    );
    expect(csv.find((l) => l.startsWith('C2,'))).toMatch(/^C2,Southshire,.*,1,2$/);
    expect(csv.find((l) => l.startsWith('C1,'))).toMatch(/^C1,Northshire,.*,,$/);
  });

  it('phrases a roll-up’s title and description in German, the data giving only their parts', () => {
    const rolled = manifest.datasets.find((d) => d.id === 'cases-counties');
    expect(rolled).toMatchObject({ title: 'Meldungen', rollUp: { configuredTitle: false } });
    const page = readFileSync(join(site.siteDir, 'datasets', 'cases-counties', 'index.html'), 'utf8');
    expect(page).toMatch(/<h1[^>]*>Meldungen – Counties<\/h1>/);
    expect(page).toContain(
      'Die Zahlen sind Summen der Gebiete der Ebene „Districts“ in jedem Gebiet der Ebene „Counties“.',
    );
    for (const [path, texts] of pages) {
      const text = texts.map((p) => p.text).join('\n');
      expect(text, path).not.toMatch(/ by counties|Figures are sums/i);
    }
  });

  it('says on a county’s profile that its figures sum only some of its districts, in German', () => {
    const profile = (code: string) => readFileSync(join(site.siteDir, 'areas', 'counties', code, 'index.html'), 'utf8');
    // Southshire (C2) is summed from Fell alone: Fen (D4) has no data. Northshire (C1) is whole.
    const partial = [...profile('C2').matchAll(/<span[^>]*data-partial[^>]*>([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(partial.length).toBeGreaterThan(0);
    expect(new Set(partial)).toEqual(new Set(['Summe aus 1 der 2 Districts']));
    expect(profile('C1')).not.toContain('data-partial');
    // The summary at the top says it too.
    expect(profile('C2')).toMatch(/data-profile-summary[^>]*>[^<]*Grippe \(Summe aus 1 der 2 Districts\):/);
  });

  it('shows no English interface text outside the data', async () => {
    const config = ((await import(pathToFileURL(resolve(repoRoot, CONFIG)).href)) as { default: unknown }).default;
    const english = englishWords(enGB.messages, catalogueFor('de').messages as Partial<Messages>);
    const data = new DataText(collectDataStrings(site.dataDir, config), english);
    const findings: string[] = [];
    for (const [path, texts] of pages)
      for (const piece of texts) {
        const words = englishIn(piece.text, data, english);
        if (words.length > 0)
          findings.push(`${path} ${piece.where}: ${JSON.stringify(piece.text)} [${words.join(', ')}]`);
      }
    expect(pages.size).toBeGreaterThan(3);
    expect(findings, findings.join('\n')).toEqual([]);
  });
});
