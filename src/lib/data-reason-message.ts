/**
 * A rejection reason or a dataset warning in the page's language: the coded form the data step
 * writes (src/lib/data-reasons.ts) looked up in the `datasets` catalogue, its parameters filled
 * (lists joined as the language joins them, asset placement reasons in the language too). Text
 * from the data itself (file names, codes, values) is kept as written. Without a code, or with a
 * code this build does not know (an output older or newer than the site), the English text stored
 * beside it is shown.
 */
import type { MessageKey } from './i18n/catalogue.ts';
import type { Params, Translator } from './i18n/translator.ts';
import {
  DATASET_WARNING_CODES,
  DATE_LAYOUTS,
  ROW_REASON_CODES,
  type DatasetWarning,
  type LayerKinds,
  type PlacementFix,
  type NotNumbersFix,
  rollUpAreaText,
  type RollUpParent,
  type RowReason,
  type WarningTally,
} from './data-reasons.ts';
import { unplacedReason } from './assets/unplaced-reason.ts';
import { localDefaults } from './assets/status-style.ts';
import { DEFAULT_ASSET_CATEGORIES, type AssetCategory } from './assets-files.ts';
import { inSentence } from './indicators/in-sentence.ts';
import { measureNoun } from './cases/measure-noun.ts';
import { codeGeographyOfKey, GSS_PREFIXES } from './geo/code-geography.ts';

type T = Pick<Translator, 't' | 'list' | 'locale'>;

/** The catalogue key of a row reason code. */
export function rowReasonKey(code: RowReason['code']): MessageKey {
  return `datasets.reason.${code}` as MessageKey;
}

/** The catalogue key of a dataset warning code. */
export function datasetWarningKey(code: DatasetWarning['code']): MessageKey {
  return `datasets.warning.${code}` as MessageKey;
}

function rowReasonParams(r: RowReason, t: T): Params {
  switch (r.code) {
    case 'fieldCount':
      return { fields: r.fields, width: r.width };
    case 'areaCodeTooLong':
    case 'countOutOfRange':
    case 'cumulativeJump':
      return { max: r.max };
    case 'areaCodeReserved':
      return { areaCode: r.areaCode };
    case 'dateInvalid':
      return { expected: t.list(DATE_LAYOUTS[r.layout] ?? DATE_LAYOUTS.auto, 'disjunction') };
    case 'childHasParent':
      return { child: r.child, parent: r.parent };
    case 'nothingIdentifies': {
      const roles = r.roles.length > 0 ? r.roles : (['reference', 'name', 'address'] as const);
      const words = roles.map((role) => t.t(`datasets.reason.role.${role}` as MessageKey));
      return { columns: t.list(words, 'disjunction') };
    }
    default:
      return {};
  }
}

/** A rejection reason in the page's language; `text` (the stored English) when it has no known code. */
export function rowReasonMessage(text: string, coded: RowReason | null | undefined, t: T): string {
  if (coded == null || !ROW_REASON_CODES.includes(coded.code)) return text;
  return t.t(rowReasonKey(coded.code), rowReasonParams(coded, t));
}

// `"value" (count), …`, values as written (or, for placement, in the language), then how many more.
function tallyList(tally: WarningTally, t: T, value: (v: string) => string = (v) => v): string {
  const list = tally.items
    .map((i) => t.t('datasets.warning.item', { value: value(i.value), count: i.count }))
    .join(', ');
  return tally.more > 0 ? t.t('datasets.warning.more', { list, count: tally.more }) : list;
}

/** What areas with codes of the geography `key` are, in the language (the key itself for one this build does not know). */
export function geographyLabel(key: string, t: T): string {
  const g = codeGeographyOfKey(key);
  if (g === null) return key;
  const prefix = key.startsWith('gss:') ? key.slice('gss:'.length) : '';
  if (prefix !== '' && !GSS_PREFIXES.includes(prefix)) return t.t('datasets.geography.gssOther', { prefix });
  return t.t(`datasets.geography.${key.replace(':', '.')}` as MessageKey);
}

// The label, code system and boundary files of a geography, in the language; file names as their publisher gives them.
function geographyParams(key: string, t: T): { geography: string; system: string; boundaries: string } {
  const g = codeGeographyOfKey(key);
  if (g === null) return { geography: key, system: key, boundaries: key };
  const gss = key.startsWith('gss:');
  const system = gss
    ? t.t('datasets.geography.system.gss', { prefix: key.slice('gss:'.length) })
    : t.t(`datasets.geography.system.${key.replace(':', '.')}` as MessageKey);
  const files = `${t.list(g.products, 'disjunction')} (${g.publisher})`;
  const boundaries =
    g.note === null ? files : t.t(`datasets.geography.note.${g.note}` as MessageKey, { boundaries: files });
  return { geography: geographyLabel(key, t), system, boundaries };
}

// The geographies of a layer's codes with how many areas of each, as the language lists them.
function kindsList(kinds: LayerKinds, t: T): string {
  if (kinds.items.length === 0) return t.t('datasets.warning.kindsNone');
  const list = kinds.items
    .map((k) => t.t('datasets.warning.kind', { geography: geographyLabel(k.geography, t), count: k.count }))
    .join(', ');
  return kinds.more ? t.t('datasets.warning.kindsMore', { list }) : list;
}

// The first items of a list of `total`, with "…" when some were left off (as the data step lists them).
function listed(items: readonly string[], total: number): string {
  return total > items.length ? `${items.join(', ')}, …` : items.join(', ');
}

// Each parent left out or summed in part, with its children that have no data.
function parentsList(w: { parents: number; items: RollUpParent[] }, t: T): string {
  const list = w.items
    .map((p) =>
      t.t('datasets.warning.rollUpMissing', {
        parent: `${p.name} (${p.code})`,
        missing: p.missing.map(rollUpAreaText).join(', '),
      }),
    )
    .join('; ');
  return w.parents > w.items.length ? `${list}; …` : list;
}

/** A layer as the page knows it, in the page's language. */
export type LayerLabel = { id: string; label: string };

/** The words for a status category id: its label in the page's language (the default categories' from the catalogue). */
function statusWord(id: string, categories: readonly AssetCategory[], t: T): string {
  const known = categories.find((c) => c.id === id) ?? DEFAULT_ASSET_CATEGORIES.find((c) => c.id === id);
  return known === undefined ? id : (localDefaults([known], t)[0]?.label ?? id);
}

function warningParams(
  w: DatasetWarning,
  t: T,
  layers: readonly LayerLabel[],
  categories: readonly AssetCategory[],
): Params {
  // A roll-up's layers as nouns in the page's language, from the page's layer labels ("counties",
  // German "Landkreise"); an id the page does not know keeps the data step's text.
  const noun = (id: string | undefined, stored: string): string => {
    const label = layers.find((l) => l.id === id)?.label;
    return label === undefined ? stored : measureNoun(label, t.locale);
  };
  switch (w.code) {
    case 'notUtf8':
    case 'bomContradicts':
      return { file: w.file, encoding: w.encoding };
    case 'invalidBytes':
      return { file: w.file, encoding: w.encoding, line: String(w.line) };
    case 'replacementCharacters':
      return { file: w.file, line: String(w.line) };
    case 'oneColumn':
      return { file: w.file };
    case 'shortRows':
      return { file: w.file, rows: w.rows };
    case 'cumulativeGaps':
      return {
        dataset: w.dataset,
        gaps: t.t('datasets.warning.gaps', { count: w.gaps }),
        days: t.t('datasets.warning.days', { count: w.days }),
      };
    case 'cumulativeBaseline':
      return { dataset: w.dataset, date: w.date };
    case 'cumulativeCorrections':
      return { dataset: w.dataset, rows: w.rows };
    case 'swappedXY':
      return { rows: w.rows, file: w.file, line: String(w.line) };
    case 'textRepaired':
      return {
        rows: w.rows,
        file: w.file,
        line: String(w.line),
        column: w.column,
        written: w.written,
        repaired: w.repaired,
      };
    case 'idSuffixed':
    case 'badSize':
    case 'assetAreaUnknown':
      return { rows: w.rows, list: tallyList(w, t) };
    case 'snapped':
      return { assets: w.assets, within: w.within, list: tallyList(w, t) };
    case 'unplaced':
      return { assets: w.assets, list: tallyList(w, t, (v) => unplacedReason(v, t)) };
    case 'unmappedStatus':
      return { rows: w.rows, status: statusWord(w.status, categories, t), list: tallyList(w, t) };
    case 'badDate':
      return { dates: w.dates, list: tallyList(w, t), format: w.format ?? '' };
    case 'codesOfOtherLayer':
      return { codes: w.codes, examples: w.examples, layer: w.layer, home: w.home, homeLabel: w.homeLabel };
    case 'codesNotInBoundaries':
      return { codes: w.codes, examples: w.examples, layer: w.layer, example: w.example };
    case 'looksCumulative':
      return { series: w.series, of: w.of, days: w.days };
    case 'areaColumnIsTotal':
      return { file: w.file, column: w.column, rows: w.rows, of: w.of };
    case 'datesAmbiguous':
      return { file: w.file, column: w.column, dates: w.dates, example: w.example, read: w.read };
    case 'areaNameMismatch': {
      const list = w.items
        .map((i) =>
          t.t('datasets.warning.areaNameItem', {
            areaCode: i.areaCode,
            name: i.name,
            expected: i.expected,
            count: i.count,
          }),
        )
        .join(', ');
      return { rows: w.rows, list: w.more > 0 ? t.t('datasets.warning.more', { list, count: w.more }) : list };
    }
    case 'headerRepeated':
      return {
        where: w.where,
        header: w.header,
        key: w.key,
        times: w.columns.length,
        columns: w.columns.join(', '),
        first: String(w.columns[0] ?? ''),
      };
    case 'crsContradicts':
      return { file: w.file, declared: w.declared, configured: w.configured };
    case 'outsideCouncil': {
      const areas = tallyList(
        {
          items: w.areas.map((a) => ({
            value: a.name ?? t.t('datasets.warning.outsideEveryArea', { layer: inSentence(w.layerLabel, t) }),
            count: a.count,
          })),
          more: w.more,
        },
        t,
      );
      const list = w.rows
        .map((r) => t.t('datasets.warning.fileLineId', { file: r.file, line: String(r.line), id: r.id }))
        .join('; ');
      const more = w.assets - w.rows.length;
      return {
        assets: w.assets,
        codes: w.codes.join(', '),
        areas,
        rows: more > 0 ? t.t('datasets.warning.more', { list, count: more }) : list,
      };
    }
    case 'crsPerRow':
      return {
        count: w.systems.length,
        list: w.systems.map((s) => t.t('datasets.warning.crsPerRowItem', { rows: s.rows, crs: s.crs })).join(', '),
      };
    case 'codesUnrecognised':
      return {
        codes: w.codes,
        examples: w.examples,
        layer: w.layer,
        layerLabel: w.layerLabel,
        kinds: kindsList(w.kinds, t),
      };
    case 'codesLikeLayer':
      return {
        codes: w.codes,
        examples: w.examples,
        layer: w.layer,
        ...geographyParams(w.geography, t),
        areas: t.t('datasets.warning.areas', { count: w.areas }),
      };
    case 'codesOtherGeography':
      return {
        codes: w.codes,
        examples: w.examples,
        layer: w.layer,
        layerLabel: w.layerLabel,
        ...geographyParams(w.geography, t),
        kinds: kindsList(w.kinds, t),
      };
    case 'coordinatesNotDegrees':
      return { file: w.file, rows: w.rows, columns: w.columns, example: w.example, crs: w.crs ?? '' };
    case 'coordinatesNotNumbers':
      return { file: w.file, rows: w.rows, columns: w.columns, line: w.line, example: w.example };
    case 'outsideSite':
      return {
        file: w.file,
        assets: w.assets,
        of: t.t('datasets.warning.ofPlacedAssets', { count: w.of }),
        bounds: w.bounds,
        layers: w.layers,
        crs: w.crs ?? '',
      };
    case 'placementUnchecked':
      return { assets: w.assets };
    case 'crsUnit':
      return { assets: w.assets, outside: t.t('datasets.warning.assetsOutside', { count: w.outside }), crs: w.crs };
    case 'crsOther':
      return {
        assets: w.assets,
        outside: t.t('datasets.warning.assetsOutside', { count: w.outside }),
        tried: w.tried ?? w.outside,
        crs: w.crs,
        list: [...w.systems, w.best].map((c) => JSON.stringify(c)).join(', '),
        best: w.best,
      };
    case 'rollUpRowNotUsed':
      return {
        to: noun(w.to, w.to),
        file: w.file,
        line: String(w.line),
        column: w.column,
        reason: typeof w.reason === 'string' ? w.reason : rowReasonMessage(w.reason.code, w.reason, t),
        value: w.value,
      };
    case 'rollUpMoreRowsNotUsed':
      return { to: noun(w.to, w.to), file: w.file, rows: w.rows };
    case 'rollUpSelves':
      return {
        to: noun(w.to, w.to),
        child: noun(w.child, w.child),
        parent: noun(w.parent, w.parent),
        areas: w.areas,
        codes: listed(w.codes, w.areas),
      };
    case 'rollUpUnknownParents':
      return {
        to: noun(w.to, w.to),
        parent: noun(w.parent, w.parent),
        codes: w.codes,
        examples: listed(w.examples, w.codes),
      };
    case 'rollUpOrphans':
      return {
        to: noun(w.to, w.to),
        child: noun(w.child, w.child),
        parent: noun(w.parent, w.parent),
        areas: w.areas,
        list: listed(
          w.items.map((a) => `${a.name} (${a.code})`),
          w.areas,
        ),
      };
    case 'rollUpOmitted':
    case 'rollUpPartial':
      return {
        to: noun(w.to, w.to),
        parents: w.parents,
        parentLabel: noun(w.to, w.parentLabel),
        childLabel: noun(w.from, w.childLabel),
        list: parentsList(w, t),
      };
    case 'rowsValueUnmatched':
      return { files: w.files, column: w.column, value: w.value, closest: w.closest ?? '' };
    case 'benchmarkLookalike':
      return { dataset: w.dataset, benchmark: w.benchmark, areas: w.areas };
    case 'areaPlaceholder':
      return {
        dataset: w.dataset,
        file: w.file,
        column: w.column,
        value: w.value,
        rows: w.rows,
        outcome: t.t(w.layer ? 'datasets.warning.areaPlaceholderRejected' : 'datasets.warning.areaPlaceholderArea'),
      };
    case 'rollUpNotPlaced':
      return { to: noun(w.to, w.to), dataset: w.dataset, rows: w.rows };
    case 'rollUpParentUnknown': {
      const list = w.items
        .map((i) => t.t('datasets.warning.parentValue', { value: i.value, file: i.file, line: i.line, rows: i.rows }))
        .join(', ');
      return {
        to: noun(w.to, w.to),
        layer: w.to,
        column: w.column,
        rows: w.rows,
        list: w.more > 0 ? t.t('datasets.warning.more', { list, count: w.more }) : list,
      };
    }
    case 'rollUpGaps':
      return {
        to: noun(w.to, w.to),
        days: w.days,
        childLabel: noun(w.from, w.childLabel),
        names: listed(w.names, w.parents),
      };
    case 'spellingsMerged': {
      const list = w.items
        .map((i) => t.t('datasets.warning.spellingItem', { value: i.value, as: i.as, count: i.count }))
        .join(', ');
      return {
        spellings: w.spellings,
        list: w.more > 0 ? t.t('datasets.warning.more', { list, count: w.more }) : list,
      };
    }
  }
}

/**
 * A dataset warning (or unknown-code hint) in the page's language; `text` (the stored English) when
 * it has no known code. `layers` (the page's, in its language) name a roll-up's layers.
 */
export function datasetWarningMessage(
  text: string,
  coded: DatasetWarning | null | undefined,
  t: T,
  layers: readonly LayerLabel[] = [],
  categories: readonly AssetCategory[] = [],
): string {
  if (coded == null || !DATASET_WARNING_CODES.includes(coded.code)) return text;
  return t.t(warningKey(coded), warningParams(coded, t, layers, categories));
}

const OUTSIDE_SITE_KEYS = {
  swap: 'datasets.warning.outsideSiteSwap',
  crs: 'datasets.warning.outsideSiteCrs',
  feet: 'datasets.warning.outsideSiteFeet',
  metres: 'datasets.warning.outsideSiteMetres',
} as const satisfies Record<NonNullable<PlacementFix>, MessageKey>;

const NOT_NUMBERS_KEYS = {
  decimalComma: 'datasets.warning.coordinatesNotNumbersDecimalComma',
  decimalPoint: 'datasets.warning.coordinatesNotNumbersDecimalPoint',
  digitGroups: 'datasets.warning.coordinatesNotNumbersDigitGroups',
} as const satisfies Record<NonNullable<NotNumbersFix>, MessageKey>;

// Codes whose sentence differs with a parameter have a key for each form.
function warningKey(coded: DatasetWarning): MessageKey {
  if (coded.code === 'invalidBytes' && coded.detected) return 'datasets.warning.invalidBytesDetected';
  if (coded.code === 'coordinatesNotDegrees' && coded.crs !== null) return 'datasets.warning.coordinatesNotDegreesCrs';
  if (coded.code === 'outsideSite' && coded.fix !== null) return OUTSIDE_SITE_KEYS[coded.fix];
  if (coded.code === 'coordinatesNotNumbers' && coded.fix !== null) return NOT_NUMBERS_KEYS[coded.fix];
  if (coded.code === 'badDate' && coded.format !== undefined) return 'datasets.warning.badDateFormat';
  if (coded.code === 'crsUnit' && coded.unit === 'metres') return 'datasets.warning.crsUnitMetres';
  if (coded.code === 'crsOther' && coded.tried !== null) return 'datasets.warning.crsOtherSampled';
  if (coded.code === 'rowsValueUnmatched' && coded.closest !== undefined)
    return 'datasets.warning.rowsValueUnmatchedClosest';
  return datasetWarningKey(coded.code);
}
