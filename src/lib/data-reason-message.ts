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
  type RowReason,
  type WarningTally,
} from './data-reasons.ts';
import { unplacedReason } from './assets/unplaced-reason.ts';
import { codeGeographyOfKey, GSS_PREFIXES } from './geo/code-geography.ts';

type T = Pick<Translator, 't' | 'list'>;

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

function warningParams(w: DatasetWarning, t: T): Params {
  switch (w.code) {
    case 'notUtf8':
    case 'bomContradicts':
      return { file: w.file, encoding: w.encoding };
    case 'invalidBytes':
      return { file: w.file, encoding: w.encoding, line: String(w.line) };
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
    case 'idSuffixed':
    case 'badSize':
    case 'assetAreaUnknown':
      return { rows: w.rows, list: tallyList(w, t) };
    case 'snapped':
      return { assets: w.assets, within: w.within, list: tallyList(w, t) };
    case 'unplaced':
      return { assets: w.assets, list: tallyList(w, t, (v) => unplacedReason(v, t)) };
    case 'unmappedStatus':
      return { rows: w.rows, status: w.status, list: tallyList(w, t) };
    case 'badDate':
      return { dates: w.dates, list: tallyList(w, t) };
    case 'codesOfOtherLayer':
      return { codes: w.codes, examples: w.examples, layer: w.layer, home: w.home, homeLabel: w.homeLabel };
    case 'codesNotInBoundaries':
      return { codes: w.codes, examples: w.examples, layer: w.layer, example: w.example };
    case 'looksCumulative':
      return { series: w.series, of: w.of, days: w.days };
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
            value: a.name ?? t.t('datasets.warning.outsideEveryArea', { layer: w.layerLabel.toLowerCase() }),
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

/** A dataset warning (or unknown-code hint) in the page's language; `text` (the stored English) when it has no known code. */
export function datasetWarningMessage(text: string, coded: DatasetWarning | null | undefined, t: T): string {
  if (coded == null || !DATASET_WARNING_CODES.includes(coded.code)) return text;
  const key =
    coded.code === 'invalidBytes' && coded.detected
      ? 'datasets.warning.invalidBytesDetected'
      : datasetWarningKey(coded.code);
  return t.t(key, warningParams(coded, t));
}
