/**
 * Why the data step rejected a row, and what it warns about a dataset, as stable codes with
 * parameters: the pipeline writes each beside its English text (`Rejection.reasonCoded`,
 * `QualityReport.warningsCoded`), pages say it in their own language through the catalogue
 * (`dataReasonMessage`), and the console and the rejected-rows file keep the English text made
 * here. A code is never renamed: older outputs carry it. No node:* imports.
 */
import { codeGeographyOfKey, type CodeGeography } from './geo/code-geography.ts';

/** Date layouts a dataset may declare (`dateFormat`). */
export type DateLayout = 'iso' | 'ymd' | 'dmy' | 'mdy' | 'yyyymmdd' | 'auto';

/** Columns that can identify an asset, in the order a reason names them. */
export type AssetIdRole = 'reference' | 'uprn' | 'name' | 'address';

/** Why a row was rejected. `code` is stable; the other fields are the reason's parameters. */
export type RowReason =
  | { code: 'invalidCharacters' }
  | { code: 'unterminatedQuote' }
  | { code: 'malformedQuotes' }
  | { code: 'notFeature' }
  | { code: 'fieldCount'; fields: number; width: number }
  | { code: 'emptyRow' }
  | { code: 'areaCodeMissing' }
  | { code: 'areaCodeUnknown' }
  | { code: 'areaCodeTooLong'; max: number }
  | { code: 'areaCodeReserved'; areaCode: string }
  | { code: 'areaCodeUnsafe' }
  | { code: 'areaCodePathLike' }
  | { code: 'duplicate' }
  | { code: 'dateMissing' }
  | { code: 'dateInvalid'; layout: DateLayout }
  | { code: 'countMissing' }
  | { code: 'countNotWhole' }
  | { code: 'countNegative' }
  | { code: 'countOutOfRange'; max: number }
  | { code: 'metricMissing' }
  | { code: 'cumulativeOutOfOrder' }
  | { code: 'cumulativeJump'; max: number }
  | { code: 'cumulativeFell' }
  | { code: 'periodMissing' }
  | { code: 'valueMissing' }
  | { code: 'valueNotNumber' }
  | { code: 'lowerNotNumber' }
  | { code: 'upperNotNumber' }
  | { code: 'oneLimit' }
  | { code: 'valueOutsideLimits' }
  | { code: 'nothingIdentifies'; roles: AssetIdRole[] }
  /** A row of a roll-up's lookup file (rollUp.via) without a child code, without a parent code, or giving a child a second parent. */
  | { code: 'childCodeMissing' }
  | { code: 'parentCodeMissing' }
  | { code: 'childHasParent'; child: string; parent: string };

export type RowReasonCode = RowReason['code'];

/** Values counted under one heading of a warning, most first: `"value" (count)`, then how many more values were not listed. */
export interface WarningTally {
  items: { value: string; count: number }[];
  more: number;
}

/** A warning about a dataset that did not reject rows. `code` is stable; the rest are parameters. */
export type DatasetWarning =
  | { code: 'notUtf8'; file: string; encoding: string }
  | { code: 'bomContradicts'; file: string; encoding: string }
  | { code: 'invalidBytes'; file: string; encoding: string; detected: boolean; line: number }
  | { code: 'replacementCharacters'; file: string; line: number }
  | { code: 'oneColumn'; file: string }
  | { code: 'shortRows'; file: string; rows: number }
  | { code: 'cumulativeGaps'; dataset: string; gaps: number; days: number }
  | { code: 'cumulativeCorrections'; dataset: string; rows: number }
  | { code: 'cumulativeBaseline'; dataset: string; date: string }
  | { code: 'swappedXY'; rows: number; file: string; line: number }
  /** Names or addresses that were UTF-8 read as Windows-1252 and saved again, shown repaired: the first, as written and repaired. */
  | {
      code: 'textRepaired';
      rows: number;
      file: string;
      line: number;
      column: string;
      written: string;
      repaired: string;
    }
  | ({ code: 'idSuffixed'; rows: number } & WarningTally)
  | ({ code: 'snapped'; assets: number; within: number } & WarningTally)
  | ({ code: 'unplaced'; assets: number } & WarningTally)
  | ({ code: 'unmappedStatus'; rows: number; status: string } & WarningTally)
  | ({ code: 'badSize'; rows: number } & WarningTally)
  /** `format`: the one dateFormat that reads the first such value, when exactly one does. */
  | ({ code: 'badDate'; dates: number; format?: Exclude<DateLayout, 'auto'> } & WarningTally)
  | ({ code: 'assetAreaUnknown'; rows: number } & WarningTally)
  | { code: 'codesOfOtherLayer'; codes: number; examples: string; layer: string; home: string; homeLabel: string }
  | { code: 'codesNotInBoundaries'; codes: number; examples: string; layer: string; example: string }
  | { code: 'areaNameMismatch'; rows: number; items: AreaNameMismatch[]; more: number }
  | { code: 'looksCumulative'; series: number; of: number; days: number }
  /**
   * With `dateFormat: "auto"`, every day-or-month-first date of `file`'s `column` had both numbers at
   * most 12 (`dates` distinct texts), so nothing showed which comes first; they were read day first,
   * `example` as `read` (YYYY-MM-DD).
   */
  | { code: 'datesAmbiguous'; file: string; column: string; dates: number; example: string; read: string }
  /**
   * A cases file wide by area: area column `column` of `file` held the sum of the other area columns on
   * `rows` of the `of` rows with counts, so it looks like a total read as an area.
   */
  | { code: 'areaColumnIsTotal'; file: string; column: string; rows: number; of: number }
  | { code: 'headerRepeated'; where: string; header: string; key: string; columns: number[] }
  | { code: 'crsContradicts'; file: string; declared: string; configured: string }
  /** `coordinates.crs` lists several systems: how many rows each was read in, in the configured order. */
  | { code: 'crsPerRow'; systems: { crs: string; rows: number }[] }
  /**
   * Placed assets outside `councilAreas`: the areas they fell in (`name` null for outside every
   * area of the layer), largest first, and the first rows (file, line, id).
   */
  | {
      code: 'outsideCouncil';
      assets: number;
      codes: string[];
      layerLabel: string;
      areas: { name: string | null; count: number }[];
      more: number;
      rows: { file: string; line: number; id: string }[];
    }
  | { code: 'codesUnrecognised'; codes: number; examples: string; layer: string; layerLabel: string; kinds: LayerKinds }
  | { code: 'codesLikeLayer'; codes: number; examples: string; geography: string; areas: number; layer: string }
  | {
      code: 'codesOtherGeography';
      codes: number;
      examples: string;
      geography: string;
      layer: string;
      layerLabel: string;
      kinds: LayerKinds;
    }
  | { code: 'spellingsMerged'; spellings: number; items: SpellingMerged[]; more: number }
  /**
   * Rows of `file` whose x/y cannot be longitude/latitude (beyond ±180/±90 either way round) while the
   * coordinates are read as degrees; `columns` names where they were read, `crs` the built-in system
   * that puts them within the site's areas (null when nothing says which).
   */
  | { code: 'coordinatesNotDegrees'; file: string; rows: number; columns: string; example: string; crs: string | null }
  /**
   * Rows of `file` whose coordinate values (from `columns`) are not numbers; `example` the first such
   * row's values as written, on `line`; `fix` what reads them (see {@link NotNumbersFix}).
   */
  | {
      code: 'coordinatesNotNumbers';
      file: string;
      rows: number;
      columns: string;
      line: number;
      example: string;
      fix: NotNumbersFix;
    }
  /**
   * With no join layer and no `coordinates.bounds`: placed assets of `file` outside the site's area layers
   * (`layers`, padded extent `bounds`), and what would put them inside (`fix`; `crs` the system they were
   * read in, or with `fix: "crs"` the one that fits).
   */
  | {
      code: 'outsideSite';
      file: string;
      assets: number;
      of: number;
      bounds: string;
      layers: string;
      fix: PlacementFix;
      crs: string | null;
    }
  /** No join layer, no `coordinates.bounds` and no area layer on the site: nothing checked where assets landed. */
  | { code: 'placementUnchecked'; assets: number }
  /**
   * Rows outside the area that would be inside it with the values scaled by the US survey foot
   * (`unit: 'feet'`: the values are feet, the system metres) or divided by it (`'metres'`).
   */
  | { code: 'crsUnit'; assets: number; outside: number; crs: string; unit: 'feet' | 'metres' }
  /**
   * Rows outside the area that would be inside it read in another system (`crs` its name, `best`
   * its code); `tried` is how many were tried when not all were, `systems` the configured codes.
   */
  | {
      code: 'crsOther';
      assets: number;
      outside: number;
      tried: number | null;
      crs: string;
      best: string;
      systems: string[];
    }
  /**
   * Roll-ups (rollUp, to the layer `to`). A row of the lookup file not used: `reason` coded, or
   * the parser's text for a parse error without a code.
   */
  | {
      code: 'rollUpRowNotUsed';
      to: string;
      file: string;
      line: number;
      column: string;
      reason: RowReason | string;
      value: string;
    }
  /** Rows of the lookup file not used beyond those listed one by one. */
  | { code: 'rollUpMoreRowsNotUsed'; to: string; file: string; rows: number }
  /** Areas of layer `child` (an id; pages name the layers by their labels) that nothing maps and that are areas of `parent` too, so stand for themselves (`codes`: the first listed). */
  | { code: 'rollUpSelves'; to: string; child: string; parent: string; areas: number; codes: string[] }
  /** Parent codes the mapping gave that are not areas of `parent` (`examples`: the first listed). */
  | { code: 'rollUpUnknownParents'; to: string; parent: string; codes: number; examples: string[] }
  /** Areas of `child` with no parent (`items`: the first listed). */
  | { code: 'rollUpOrphans'; to: string; child: string; parent: string; areas: number; items: RollUpArea[] }
  /**
   * Parents some of whose children have no data: left out (`rollUpOmitted`) or shown as partial
   * sums (`rollUpPartial`); `items` the first listed, with the children missing; the labels are
   * the layers' labels, lower case, as configured (the English text's; the pages phrase them from
   * the layers `to` and `from`, the child layer's id, in their language).
   */
  | {
      code: 'rollUpOmitted';
      to: string;
      from?: string;
      parents: number;
      parentLabel: string;
      childLabel: string;
      items: RollUpParent[];
    }
  | {
      code: 'rollUpPartial';
      to: string;
      from?: string;
      parents: number;
      parentLabel: string;
      childLabel: string;
      items: RollUpParent[];
    }
  /**
   * Rows of no area (`unplacedValues`, `rows` accepted) of dataset `dataset` that the roll-up to `to`
   * leaves out of every parent's figures, as no column (`columns.parent`) says which parent they belong to.
   */
  | { code: 'rollUpNotPlaced'; to: string; dataset: string; rows: number }
  /**
   * Rows of no area whose parent (`columns.parent`, headed `column`) is no area of layer `to`: by value,
   * most rows first, with the file and line of the first (`more`: values not listed).
   */
  | {
      code: 'rollUpParentUnknown';
      to: string;
      column: string;
      rows: number;
      items: { value: string; file: string; line: number; rows: number }[];
      more: number;
    }
  /** Parent-days without a figure because some children reported and others did not (`names`: the first parents listed). */
  | {
      code: 'rollUpGaps';
      to: string;
      from?: string;
      days: number;
      childLabel: string;
      parents: number;
      names: string[];
    }
  /**
   * A value of `rows.where` or `rows.except` (`key`, the config key as written, so a page shows it as
   * it is) that no row of the dataset's files (`files`, joined) holds in its column.
   */
  | {
      code: 'rowsValueUnmatched';
      files: string;
      key: 'rows.where' | 'rows.except';
      column: string;
      value: string;
      /** The value of the column the configured one most likely meant (case, spaces, a near spelling); absent when none is close. */
      closest?: string;
    }
  /**
   * A benchmark code (`benchmark`) that no row has, while areas read (`areas`, quoted and joined)
   * have a code or name like it: its own row under another spelling, counted as an area.
   */
  | { code: 'benchmarkLookalike'; dataset: string; benchmark: string; areas: string }
  /**
   * Rows whose area code looks like a value for "not placed in any area" ("Unknown", "NA") while the
   * config lists no `unplacedValues`: without a layer (`layer: false`) they became an area of their own,
   * with one they were rejected as unknown codes.
   */
  | {
      code: 'areaPlaceholder';
      dataset: string;
      file: string;
      column: string;
      value: string;
      rows: number;
      layer: boolean;
    };

/** An area named in a roll-up warning. */
export interface RollUpArea {
  name: string;
  code: string;
}

/** A parent in a roll-up warning, with its children that have no data. */
export interface RollUpParent extends RollUpArea {
  missing: RollUpArea[];
}

/**
 * What puts assets that landed outside the site's areas inside them: latitude and longitude swapped,
 * another coordinate system, or the same grid in feet (or metres); null when nothing does.
 */
/**
 * What reads coordinate values that are not numbers: the other decimal separator (`decimalComma`:
 * set decimalSeparator to ","; `decimalPoint`: to "."), nothing (`digitGroups`: a spreadsheet wrote a
 * separator between every three digits and lost the decimal point), or unknown (null).
 */
export type NotNumbersFix = 'decimalComma' | 'decimalPoint' | 'digitGroups' | null;

export type PlacementFix = 'swap' | 'crs' | 'feet' | 'metres' | null;

/** A code whose rows name its area otherwise than the layer (or the code's first row) does, and how many rows did. */
export interface AreaNameMismatch {
  areaCode: string;
  /** The name the rows give. */
  name: string;
  /** The name of the area the code is. */
  expected: string;
  count: number;
}

/**
 * The geographies a layer's own codes look like (`codeGeography` keys, most areas first), and
 * whether more than these were found.
 */
export interface LayerKinds {
  items: { geography: string; count: number }[];
  more: boolean;
}

/** A spelling of an area read as another spelling's area, and how many rows had it. */
export interface SpellingMerged {
  value: string;
  as: string;
  count: number;
}

export type DatasetWarningCode = DatasetWarning['code'];

const FIXED_REASONS = {
  invalidCharacters: 'invalid characters for the encoding (bytes that do not decode)',
  unterminatedQuote: 'unterminated quoted field (the file may be truncated)',
  malformedQuotes: 'malformed quotes (a quote inside a quoted field is not doubled)',
  notFeature: 'the feature is not a GeoJSON object',
  emptyRow: 'row is empty (only delimiters)',
  areaCodeMissing: 'area code is missing',
  areaCodeUnknown: 'area code matches no area',
  areaCodeUnsafe: 'area code has no letter or digit, or holds a control character, so it cannot name a page or file',
  areaCodePathLike: 'area code holds /, \\, % or .., which no place name does',
  duplicate: 'duplicate of an earlier row',
  dateMissing: 'date is missing',
  countMissing: 'count is missing',
  countNotWhole: 'count is not a whole number',
  countNegative: 'count is negative',
  metricMissing: 'metric is missing',
  cumulativeOutOfOrder: 'cumulative count out of date order',
  cumulativeFell: 'cumulative count fell',
  periodMissing: 'period is missing',
  valueMissing: 'value is missing',
  valueNotNumber: 'value is not a number',
  lowerNotNumber: 'lower limit is not a number',
  upperNotNumber: 'upper limit is not a number',
  oneLimit: 'only one confidence limit is given',
  valueOutsideLimits: 'value is outside its confidence limits',
  childCodeMissing: 'child code is missing',
  parentCodeMissing: 'parent code is missing',
} as const satisfies Partial<Record<RowReasonCode, string>>;

/** Every reason code, for tests and for pages that hand their script the messages. */
export const ROW_REASON_CODES: readonly RowReasonCode[] = [
  ...(Object.keys(FIXED_REASONS) as RowReasonCode[]),
  'fieldCount',
  'areaCodeTooLong',
  'areaCodeReserved',
  'dateInvalid',
  'countOutOfRange',
  'cumulativeJump',
  'nothingIdentifies',
  'childHasParent',
];

/** The layouts a date is expected in, by `dateFormat`, as a reason names them. */
export const DATE_LAYOUTS: Readonly<Record<DateLayout, readonly string[]>> = {
  iso: ['YYYY-MM-DD'],
  ymd: ['YYYY-MM-DD', 'YYYY/MM/DD'],
  dmy: ['DD/MM/YYYY'],
  mdy: ['MM/DD/YYYY'],
  yyyymmdd: ['YYYYMMDD'],
  auto: ['YYYY-MM-DD', 'YYYY/MM/DD', 'DD/MM/YYYY'],
};

const ROLE_WORDS: Readonly<Record<AssetIdRole, string>> = {
  reference: 'reference',
  uprn: 'UPRN',
  name: 'name',
  address: 'address',
};

// "a", "a or b", "a, b or c": the English of the reports.
function either(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');
}

/** A rejection reason in English, as the console, the rejected-rows file and older pages show it. */
export function rowReasonText(reason: RowReason): string {
  switch (reason.code) {
    case 'fieldCount':
      return `row has ${reason.fields} fields, the header has ${reason.width}`;
    case 'areaCodeTooLong':
      return `area code is longer than ${reason.max} characters`;
    case 'areaCodeReserved':
      return `area code "${reason.areaCode}" is the name of a page of the site`;
    case 'dateInvalid':
      return `not a date (expected ${either(DATE_LAYOUTS[reason.layout])})`;
    case 'countOutOfRange':
      return `count is beyond ±${reason.max.toLocaleString('en-GB')}, the largest a day can hold`;
    case 'cumulativeJump':
      return `count differs from the previous cumulative count by more than ${reason.max.toLocaleString('en-GB')}`;
    case 'nothingIdentifies':
      return `nothing identifies the asset (no ${
        reason.roles.length > 0 ? either(reason.roles.map((r) => ROLE_WORDS[r])) : 'reference, name or address'
      })`;
    case 'childHasParent':
      return `child ${reason.child} already has parent ${reason.parent}`;
    default:
      return FIXED_REASONS[reason.code];
  }
}

const BY_TEXT = new Map<string, RowReason>(
  Object.entries(FIXED_REASONS).map(([code, text]) => [text, { code } as RowReason]),
);

/** The coded reason whose English text is `text` (the reasons without parameters), or null. */
export function rowReasonOf(text: string): RowReason | null {
  return BY_TEXT.get(text) ?? null;
}

// "1 row", "3 rows".
function n(count: number, one: string, other: string): string {
  return `${count} ${count === 1 ? one : other}`;
}

/** `"value" (count), …` and how many more, as the reports list a tally. */
export function tallyText(t: WarningTally): string {
  const shown = t.items.map((i) => `${JSON.stringify(i.value)} (${i.count})`).join(', ');
  return t.more > 0 ? `${shown} and ${t.more} more` : shown;
}

/** A dataset warning in English, as the console and older pages show it. */
export function datasetWarningText(w: DatasetWarning): string {
  switch (w.code) {
    case 'notUtf8':
      return `${w.file} is not valid UTF-8; read as ${w.encoding} (detected). Declare \`encoding\` in the config to silence this.`;
    case 'bomContradicts':
      return `${w.file} starts with a UTF-8 byte order mark but \`encoding\` says ${w.encoding}; it was read as ${w.encoding} as declared.`;
    case 'invalidBytes':
      return `${w.file} ${w.detected ? `was read as ${w.encoding} (detected) but is not valid ${w.encoding}` : `is not valid ${w.encoding}`}: the first invalid byte is on line ${w.line}; rows with invalid characters are rejected. Declare the file's real \`encoding\` in the config.`;
    case 'replacementCharacters':
      return (
        `${w.file} holds the replacement character "\uFFFD" (U+FFFD), first on line ${w.line}: a character was lost before the file was written, ` +
        'and no `encoding` brings it back. Its rows are read as they are; correct the text in the file, or ask the publisher for a copy that has it.'
      );
    case 'oneColumn':
      return `${w.file}: found no , ; tab or | in the header line, so the file was read as one column. Declare \`delimiter\` in the config if that is wrong.`;
    case 'shortRows':
      return `${w.file}: ${w.rows} row(s) had fewer fields than the header; the missing trailing fields were read as empty.`;
    case 'cumulativeGaps':
      return (
        `${w.dataset}: the cumulative series have ${n(w.gaps, 'gap', 'gaps')} (${n(w.days, 'day', 'days')} missing or rejected in all); ` +
        'each total was carried forward over its gap, and the rise on the next reported day is shown as reported for the days it covers.'
      );
    case 'cumulativeBaseline':
      return (
        `${w.dataset}: the cumulative totals on the file's first day (${w.date}) are where the series start, not new cases that day, ` +
        'since the file does not give the totals before it: that day has no daily figure and each later day is the rise on the day before. ' +
        'If the file begins with the first case (every series starting from zero), set cumulativeStart: "zero".'
      );
    case 'cumulativeCorrections':
      return (
        `${w.dataset}: the cumulative count fell on ${n(w.rows, 'row', 'rows')}; ` +
        `${w.rows === 1 ? 'it was kept as a correction (a negative daily count)' : 'they were kept as corrections (negative daily counts)'} because rejectNegative is false. ` +
        'Set rejectNegative: true to reject them instead.'
      );
    case 'swappedXY':
      return (
        `${n(w.rows, 'row', 'rows')} had X and Y the wrong way round and ${w.rows === 1 ? 'was' : 'were'} read swapped (first: ${w.file} line ${w.line}). ` +
        'If the whole file is like this, swap columns.x and columns.y in the config.'
      );
    case 'textRepaired':
      return (
        `${n(w.rows, 'row has', 'rows have')} a name or address whose UTF-8 was read as Windows-1252 and saved again by the publisher; ` +
        `${w.rows === 1 ? 'it is' : 'they are'} shown repaired (first: ${w.file} line ${w.line}, column ${w.column}: "${w.written}" is "${w.repaired}"). ` +
        'The row as published keeps the text as written.'
      );
    case 'idSuffixed':
      return `${n(w.rows, 'row repeats', 'rows repeat')} an earlier row's id and were kept as separate assets with "-2", "-3"… added (duplicateIds: suffix): ${tallyText(w)}.`;
    case 'snapped':
      return `${n(w.assets, 'asset was', 'assets were')} outside every area but within ${w.within} m of one, and ${w.assets === 1 ? 'was' : 'were'} counted in the nearest (coordinates.snapWithin): ${tallyText(w)}.`;
    case 'unplaced':
      return `${n(w.assets, 'asset is', 'assets are')} kept but not placed on the map: ${tallyText(w)}.`;
    case 'unmappedStatus':
      return `${n(w.rows, 'row has', 'rows have')} a status not in statusMap, so ${w.rows === 1 ? 'it is' : 'they are'} "${w.status}": ${tallyText(w)}.`;
    case 'badSize':
      return `${n(w.rows, 'row has', 'rows have')} a size that is not a non-negative number; kept without a size: ${tallyText(w)}.`;
    case 'badDate':
      return (
        `${n(w.dates, 'date', 'dates')} could not be read and ${w.dates === 1 ? 'is' : 'are'} left blank: ${tallyText(w)}.` +
        (w.format !== undefined
          ? ` dateFormat "${w.format}" reads ${w.dates === 1 ? 'it' : 'them'}: set dateFormat to "${w.format}".`
          : '')
      );
    case 'assetAreaUnknown':
      return `${n(w.rows, 'row has', 'rows have')} an area code that matches no area; kept without an area: ${tallyText(w)}.`;
    case 'codesOfOtherLayer':
      return `${codesText(w)} ${w.codes === 1 ? 'is an area' : 'are areas'} of layer "${w.home}" (${w.homeLabel}), not "${w.layer}": set the dataset's join.layer to "${w.home}".`;
    case 'spellingsMerged':
      return (
        `${n(w.spellings, 'spelling of an area was', 'spellings of areas were')} read as the same area as another spelling ` +
        `(compared ignoring case, spaces, hyphens, apostrophes, full stops, accents and footnote marks such as † or *): ${mergedText(w)}. ` +
        'If two of them are different areas, give the file codes for them or spell them apart at the source.'
      );
    case 'areaNameMismatch':
      return (
        `${n(w.rows, 'row names', 'rows name')} ${w.rows === 1 ? 'its' : 'their'} area otherwise than ${w.rows === 1 ? 'its' : 'their'} code does: ${mismatchText(w)}. ` +
        `${w.rows === 1 ? 'It is' : 'They are'} counted under the code (names that differ only in case, spaces, hyphens, apostrophes, full stops and accents, or by added words, agree). ` +
        'If the area was renamed, nothing is wrong; if not, the code may be wrong: correct it at the source, or join the boundaries of the data’s year.'
      );
    case 'areaColumnIsTotal':
      return (
        `${w.file}: column "${w.column}" holds the sum of the other area columns on ${w.rows} of the ${w.of} rows with counts, so it looks like a total, not an area; ` +
        'counted as an area it doubles every figure for all areas together. Leave it out of columns.areas: list the area columns, or narrow the pattern.'
      );
    case 'datesAmbiguous':
      return (
        `${w.file}: every date in column "${w.column}" reads either day first or month first (none has a first number above 12; ${w.dates} in all, such as "${w.example}"), ` +
        `and dateFormat "auto" read them day first: "${w.example}" is ${w.read}. If the file writes the month first (US files do), set dateFormat: "mdy"; if it writes the day first, set dateFormat: "dmy" to say so.`
      );
    case 'looksCumulative':
      return `${w.series} of the ${w.of} series with ${w.days} or more days hardly ever fall from one day to the next (on at most 1 day in 10) and end higher than they start: the counts look like running totals, and summed as daily counts every figure would be too high. If the file gives cumulative counts, set countType: "cumulative".`;
    case 'headerRepeated':
      return (
        `${w.where}: the header has "${w.header}" ${w.columns.length} times (columns ${w.columns.join(', ')}); ` +
        `columns.${w.key} uses column ${w.columns[0]}, the first. Rename the others in the file, or name the column you mean exactly.`
      );
    case 'crsContradicts':
      return `${w.file} declares its coordinates as ${w.declared} but coordinates.crs says ${w.configured}; they were read as coordinates.crs says. Remove coordinates.crs to use the file's.`;
    case 'outsideCouncil': {
      const areas = tallyText({
        items: w.areas.map((a) => ({
          // The label is the council's text in its own language: lowered it could break a noun (German).
          value: a.name ?? `outside every area of ${w.layerLabel}`,
          count: a.count,
        })),
        more: w.more,
      });
      const rows = w.rows.map((r) => `${r.file} line ${r.line} (${r.id})`).join('; ');
      const more = w.assets > w.rows.length ? ` and ${w.assets - w.rows.length} more` : '';
      return (
        `${n(w.assets, 'placed asset is', 'placed assets are')} outside the council's own area (councilAreas: ${w.codes.join(', ')}): ` +
        `${areas}. Check their coordinates (a longitude with the wrong sign, a mistyped easting): ${rows}${more}.`
      );
    }
    case 'crsPerRow':
      return `Coordinates were read per row in ${w.systems.length} systems: ${w.systems.map((s) => `${s.rows} as ${s.crs}`).join(', ')}.`;
    case 'codesUnrecognised':
      return `${codesText(w)} ${w.codes === 1 ? 'has' : 'have'} no shape of a code system this tool recognises; layer "${w.layer}" (${w.layerLabel}) has ${kindsText(w.kinds)}. Check that columns.area names the code column, and that the codes are written as the boundary file writes them.`;
    case 'codesLikeLayer': {
      const g = geographyOf(w.geography);
      return `${codesText(w)} look${w.codes === 1 ? 's' : ''} like ${g.label} (${g.system}), like ${w.areas === 1 ? '1 area' : `${w.areas} areas`} of layer "${w.layer}", but ${w.codes === 1 ? 'is' : 'are'} not in its boundary file: such areas were probably created or recoded after (or before) the boundaries' year. Use boundaries of the data's year (${g.boundaries}), or, where an area was only recoded, add an alias in areaLayers.${w.layer}.aliases.`;
    }
    case 'codesOtherGeography': {
      const g = geographyOf(w.geography);
      return `${codesText(w)} look${w.codes === 1 ? 's' : ''} like ${g.label} (${g.system}); layer "${w.layer}" (${w.layerLabel}) has ${kindsText(w.kinds)}. Add a layer of ${g.boundaries} and set the dataset's join.layer to it.`;
    }
    case 'coordinatesNotDegrees':
      return (
        `${w.file}: ${n(w.rows, 'row has', 'rows have')} coordinates that cannot be longitude and latitude (${w.columns}: ${w.example}, beyond ±180/±90), ` +
        `so ${w.rows === 1 ? 'it is' : 'they are'} kept but not placed. ` +
        (w.crs !== null
          ? `Read as ${w.crs} they fall within the site's areas: set coordinates.crs to "${w.crs}".`
          : 'The values look like a grid in metres or feet: set coordinates.crs to the system the file is in (the EPSG code its publisher gives, such as "EPSG:27700" for British National Grid), and coordinates.bounds to the area the data covers so the data step can check where they land.')
      );
    case 'coordinatesNotNumbers': {
      const lead =
        `${w.file}: ${n(w.rows, 'row has', 'rows have')} coordinates that are not numbers (${w.columns} on line ${w.line}: ${w.example}), ` +
        `so ${w.rows === 1 ? 'it is' : 'they are'} kept but not placed.`;
      switch (w.fix) {
        case 'decimalComma':
          return `${lead} They read as numbers with a decimal comma: set decimalSeparator to ",".`;
        case 'decimalPoint':
          return `${lead} They read as numbers with a decimal point: set decimalSeparator to ".".`;
        case 'digitGroups':
          return (
            `${lead} The values have a separator between every three digits, as a spreadsheet writes numbers when it saves a file again with its own separators, so where the decimal point was is lost and they cannot be read. ` +
            "Map columns.x and columns.y to other coordinate columns of the file (a grid such as UTM, with coordinates.crs), or use the publisher's original file."
          );
        default:
          return `${lead} Check that columns.x and columns.y (or columns.point) name the coordinate columns.`;
      }
    }
    case 'outsideSite': {
      const lead = `${w.file}: ${w.assets} of the ${n(w.of, 'placed asset', 'placed assets')} ${w.assets === 1 ? 'lies' : 'lie'} outside the site's area layers (${w.layers}: ${w.bounds})`;
      const crs = w.crs ?? '';
      switch (w.fix) {
        case 'swap':
          return `${lead}, but inside them with longitude and latitude swapped. Set coordinates.bounds to ${w.bounds}: rows are then checked against it, and swapped ones read the right way round.`;
        case 'crs':
          return `${lead}, but inside them read as ${crs}: set coordinates.crs to "${crs}".`;
        case 'feet':
          return `${lead}, but inside them if the values were in feet: ${crs} is in metres. Set coordinates.crs to the code of the same zone in US survey feet, or "+units=us-ft" in coordinates.proj4.`;
        case 'metres':
          return `${lead}, but inside them if the values were in metres: ${crs} is in feet. Set coordinates.crs to the code of the same zone in metres, or "+units=m" in coordinates.proj4.`;
        default:
          return `${lead}, and no other built-in coordinate system, axis order or unit puts them inside. If they should be within the site's areas, check coordinates.crs and the coordinates at the source; set coordinates.bounds to the area the data covers to check them against it instead.`;
      }
    }
    case 'placementUnchecked':
      return (
        `${n(w.assets, 'asset was', 'assets were')} placed where ${w.assets === 1 ? 'its' : 'their'} coordinates say without a check: the dataset has no join layer, ` +
        'no coordinates.bounds, and the site has no area layer to compare with, so coordinates in another system or with longitude and latitude swapped would go unnoticed. ' +
        'Set coordinates.bounds to the area the data covers, [west, south, east, north] in degrees.'
      );
    case 'crsUnit':
      return (
        `${w.assets} of the ${n(w.outside, 'asset', 'assets')} outside the area would be inside it if the coordinates were in ${w.unit}: ` +
        `${w.crs} is in ${w.unit === 'feet' ? 'metres' : 'feet'}. Set coordinates.crs to ${
          w.unit === 'feet'
            ? 'the code of the same zone in US survey feet (such as EPSG:3435, not EPSG:26971), or `+units=us-ft` in coordinates.proj4'
            : 'the code of the same zone in metres, or `+units=m` in coordinates.proj4'
        }.`
      );
    case 'crsOther': {
      const sample = w.tried !== null ? ` (of the first ${w.tried} tried)` : '';
      const list = [...w.systems, w.best].map((c) => JSON.stringify(c)).join(', ');
      return (
        `${w.assets} of the ${n(w.outside, 'asset', 'assets')} outside the area${sample} would be inside it if read as ${w.crs}: ` +
        `if the file mixes coordinate systems, set coordinates.crs to [${list}]; if all rows are in that system, set coordinates.crs to "${w.best}".`
      );
    }
    case 'rollUpRowNotUsed':
      return `Roll-up to ${w.to}: ${w.file}:${w.line} ${w.column}: ${typeof w.reason === 'string' ? w.reason : rowReasonText(w.reason)} (${JSON.stringify(w.value)}); the row is not used.`;
    case 'rollUpMoreRowsNotUsed':
      return `Roll-up to ${w.to}: ${w.file}: ${n(w.rows, 'more row', 'more rows')} not used.`;
    case 'rollUpSelves':
      return `Roll-up to ${w.to}: ${w.areas} of the ${w.child} ${w.areas === 1 ? 'is also one of' : 'are also among'} the ${w.parent} and stand${w.areas === 1 ? 's for itself' : ' for themselves'} (${listed(w.codes, w.areas)}).`;
    case 'rollUpUnknownParents':
      return `Roll-up to ${w.to}: ${n(w.codes, 'parent code', 'parent codes')} ${w.codes === 1 ? 'is the code' : 'are codes'} of none of the ${w.parent} (${listed(w.examples, w.codes)}); ${w.codes === 1 ? 'its' : 'their'} children are in no parent.`;
    case 'rollUpOrphans':
      return `Roll-up to ${w.to}: ${w.areas} of the ${w.child} ${w.areas === 1 ? 'is' : 'are'} in none of the ${w.parent}: ${listed(
        w.items.map((a) => `${a.name} (${a.code})`),
        w.areas,
      )}.`;
    case 'rollUpOmitted':
      return `Roll-up to ${w.to}: ${w.parents} of the ${w.parentLabel} ${w.parents === 1 ? 'is' : 'are'} left out because some of ${w.parents === 1 ? 'its' : 'their'} ${w.childLabel} have no data (set partial: "label" to show the sum of the others): ${parentsText(w)}.`;
    case 'rollUpPartial':
      return `Roll-up to ${w.to}: ${w.parents} of the ${w.parentLabel} ${w.parents === 1 ? 'is a partial sum' : 'are partial sums'}, named with how many of ${w.parents === 1 ? 'its' : 'their'} ${w.childLabel} are in: ${parentsText(w)}.`;
    case 'benchmarkLookalike':
      return `${w.dataset}: no row has the benchmark's code "${w.benchmark}", so the benchmark is the mean of the areas, and these, which look like its own row, are counted among them: ${w.areas}. Set benchmark to the code as the file writes it, or split a packed column with splitColumns.`;
    case 'rowsValueUnmatched':
      return (
        `${w.files}: no row has "${w.value}" in column "${w.column}", which the rows filter of the config names, so that value selects no row. ` +
        (w.closest === undefined
          ? 'Check it against the file: a mistyped value selects nothing, and nothing else would show it.'
          : `The column holds "${w.closest}": if that is the value meant, write it as the file does.`)
      );
    case 'areaPlaceholder':
      return (
        `${w.file}: ${w.rows === 1 ? '1 row has' : `${w.rows} rows have`} "${w.value}" in area column "${w.column}", which looks like a value for cases placed in no area. ` +
        `${w.layer ? 'Its rows are rejected as an unknown area code.' : 'Without an area layer the value is read as an area of its own, with a page, a map entry and a rank.'} ` +
        `If it means “not placed in an area”, add it to datasets[${w.dataset}].unplacedValues (unplacedValues: ["${w.value}"]): its rows are then counted in the dataset’s totals and in no area. If it is an area’s code, nothing is wrong.`
      );
    case 'rollUpNotPlaced':
      return (
        `Roll-up to ${w.to}: ${n(w.rows, 'row', 'rows')} not placed in an area (unplacedValues) ${w.rows === 1 ? 'is' : 'are'} counted in the total of all areas but in no parent's figures, as no column says which parent ${w.rows === 1 ? 'it belongs' : 'they belong'} to: each parent's total leaves ${w.rows === 1 ? 'it' : 'them'} out. ` +
        `Set datasets[${w.dataset}].columns.parent to the file's column that names each row's parent (such as "state") to add ${w.rows === 1 ? 'it' : 'them'} to ${w.rows === 1 ? 'its' : 'their'} parent's figures.`
      );
    case 'rollUpParentUnknown':
      return (
        `Roll-up to ${w.to}: ${n(w.rows, 'row', 'rows')} not placed in an area ${w.rows === 1 ? 'names' : 'name'} in column "${w.column}" a parent that is none of the ${w.to}: ${parentValuesText(w)}; ` +
        `${w.rows === 1 ? 'it counts' : 'they count'} in the total of all areas and in no parent's figures. ` +
        `Write the parent's code or name as layer "${w.to}" has it, or give the value the parent's code in areaLayers.${w.to}.aliases.`
      );
    case 'rollUpGaps':
      return `Roll-up to ${w.to}: ${n(w.days, 'parent-day', 'parent-days')} ${w.days === 1 ? 'has' : 'have'} no figure because some of the parent's ${w.childLabel} reported that day and others did not (${listed(w.names, w.parents)}).`;
    case 'codesNotInBoundaries':
      return `${codesText(w)} ${w.codes === 1 ? 'has' : 'have'} the form of layer "${w.layer}"'s own codes (such as ${w.example}) but ${w.codes === 1 ? 'is' : 'are'} not in its boundary file: an area created or recoded after (or before) the boundaries' year, or a mistyped code. Use boundaries of the data's year, correct the code at the source, or add an alias in areaLayers.${w.layer}.aliases.`;
  }
}

// The first items of a list of `total`, with "…" when some were left off.
function listed(items: readonly string[], total: number): string {
  return total > items.length ? `${items.join(', ')}, …` : items.join(', ');
}

/** How a roll-up warning names an area: its code alone when that is also its name. */
export function rollUpAreaText(a: RollUpArea): string {
  return a.name === a.code ? a.code : `${a.name} (${a.code})`;
}

function parentValuesText(w: {
  items: { value: string; file: string; line: number; rows: number }[];
  more: number;
}): string {
  const shown = w.items
    .map((i) => `${JSON.stringify(i.value)} (${i.file}:${i.line}, ${n(i.rows, 'row', 'rows')})`)
    .join(', ');
  return w.more > 0 ? `${shown} and ${w.more} more` : shown;
}

function parentsText(w: { parents: number; items: RollUpParent[] }): string {
  const shown = w.items
    .map((p) => `${p.name} (${p.code}): no data for ${p.missing.map(rollUpAreaText).join(', ')}`)
    .join('; ');
  return w.parents > w.items.length ? `${shown}; …` : shown;
}

function mergedText(w: { items: SpellingMerged[]; more: number }): string {
  const shown = w.items.map((i) => `${JSON.stringify(i.value)} as ${JSON.stringify(i.as)} (${i.count})`).join(', ');
  return w.more > 0 ? `${shown} and ${w.more} more` : shown;
}

function mismatchText(w: { items: AreaNameMismatch[]; more: number }): string {
  const shown = w.items
    .map((i) => `${i.areaCode} ${JSON.stringify(i.name)}, which is ${JSON.stringify(i.expected)} (${i.count})`)
    .join(', ');
  return w.more > 0 ? `${shown} and ${w.more} more` : shown;
}

// A key this build does not know (an output from a newer one) is shown as the key itself.
function geographyOf(key: string): Pick<CodeGeography, 'label' | 'system' | 'boundaries'> {
  return codeGeographyOfKey(key) ?? { label: key, system: key, boundaries: key };
}

function kindsText(kinds: LayerKinds): string {
  if (kinds.items.length === 0) return 'codes of no recognised system';
  const parts = kinds.items.map((k) => `${geographyOf(k.geography).label} (${k.count})`).join(', ');
  return kinds.more ? `${parts} and others` : parts;
}

function codesText(w: { codes: number; examples: string }): string {
  return `${w.codes === 1 ? '1 code' : `${w.codes} codes`} (${w.examples})`;
}

/** Every warning code, for tests. */
export const DATASET_WARNING_CODES: readonly DatasetWarningCode[] = [
  'notUtf8',
  'bomContradicts',
  'invalidBytes',
  'replacementCharacters',
  'oneColumn',
  'shortRows',
  'cumulativeGaps',
  'cumulativeCorrections',
  'cumulativeBaseline',
  'swappedXY',
  'textRepaired',
  'idSuffixed',
  'snapped',
  'unplaced',
  'unmappedStatus',
  'badSize',
  'badDate',
  'assetAreaUnknown',
  'codesOfOtherLayer',
  'codesNotInBoundaries',
  'spellingsMerged',
  'areaNameMismatch',
  'looksCumulative',
  'datesAmbiguous',
  'areaColumnIsTotal',
  'codesUnrecognised',
  'codesLikeLayer',
  'headerRepeated',
  'crsContradicts',
  'crsPerRow',
  'outsideCouncil',
  'codesOtherGeography',
  'coordinatesNotDegrees',
  'coordinatesNotNumbers',
  'outsideSite',
  'placementUnchecked',
  'crsUnit',
  'crsOther',
  'rollUpRowNotUsed',
  'rollUpMoreRowsNotUsed',
  'rollUpSelves',
  'rollUpUnknownParents',
  'rollUpOrphans',
  'rollUpOmitted',
  'rollUpPartial',
  'rollUpGaps',
  'rollUpNotPlaced',
  'rollUpParentUnknown',
  'rowsValueUnmatched',
  'benchmarkLookalike',
  'areaPlaceholder',
];
