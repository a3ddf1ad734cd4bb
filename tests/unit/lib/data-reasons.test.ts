/**
 * Coded rejection reasons and dataset warnings: each code has its English text (as the
 * rejected-rows file and the console give it, word for word) and a message in every
 * catalogue with the placeholders its parameters fill; a page falls back to the stored
 * English when a code is missing or unknown.
 */
import { describe, expect, it } from 'vitest';
import {
  DATASET_WARNING_CODES,
  ROW_REASON_CODES,
  datasetWarningText,
  rowReasonOf,
  rowReasonText,
  type DatasetWarning,
  type RowReason,
} from '../../../src/lib/data-reasons.ts';
import { codeGeographyOfKey, GSS_PREFIXES, PATTERN_KEYS } from '../../../src/lib/geo/code-geography.ts';
import {
  geographyLabel,
  datasetWarningKey,
  datasetWarningMessage,
  rowReasonKey,
  rowReasonMessage,
} from '../../../src/lib/data-reason-message.ts';
import { CATALOGUES, translatorFor } from '../../../src/lib/i18n/catalogues.ts';
import { placeholdersOf } from '../../../src/lib/i18n/translator.ts';
import type { Message } from '../../../src/lib/i18n/catalogue.ts';

/** One example of each reason, with the English the data step wrote for it before codes existed. */
const REASONS: [RowReason, string][] = [
  [{ code: 'invalidCharacters' }, 'invalid characters for the encoding (bytes that do not decode)'],
  [{ code: 'unterminatedQuote' }, 'unterminated quoted field (the file may be truncated)'],
  [{ code: 'malformedQuotes' }, 'malformed quotes (a quote inside a quoted field is not doubled)'],
  [{ code: 'notFeature' }, 'the feature is not a GeoJSON object'],
  [{ code: 'fieldCount', fields: 5, width: 4 }, 'row has 5 fields, the header has 4'],
  [{ code: 'emptyRow' }, 'row is empty (only delimiters)'],
  [{ code: 'areaCodeMissing' }, 'area code is missing'],
  [{ code: 'areaCodeUnknown' }, 'area code matches no area'],
  [{ code: 'areaCodeTooLong', max: 64 }, 'area code is longer than 64 characters'],
  [{ code: 'areaCodeReserved', areaCode: 'Index' }, 'area code "Index" is the name of a page of the site'],
  [
    { code: 'areaCodeUnsafe' },
    'area code has no letter or digit, or holds a control character, so it cannot name a page or file',
  ],
  [{ code: 'areaCodePathLike' }, 'area code holds /, \\, % or .., which no place name does'],
  [{ code: 'duplicate' }, 'duplicate of an earlier row'],
  [{ code: 'dateMissing' }, 'date is missing'],
  [{ code: 'dateInvalid', layout: 'auto' }, 'not a date (expected YYYY-MM-DD, YYYY/MM/DD or DD/MM/YYYY)'],
  [{ code: 'countMissing' }, 'count is missing'],
  [{ code: 'countNotWhole' }, 'count is not a whole number'],
  [{ code: 'countNegative' }, 'count is negative'],
  [{ code: 'countOutOfRange', max: 2147483647 }, 'count is beyond ±2,147,483,647, the largest a day can hold'],
  [{ code: 'metricMissing' }, 'metric is missing'],
  [{ code: 'cumulativeOutOfOrder' }, 'cumulative count out of date order'],
  [
    { code: 'cumulativeJump', max: 2147483647 },
    'count differs from the previous cumulative count by more than 2,147,483,647',
  ],
  [{ code: 'cumulativeFell' }, 'cumulative count fell'],
  [{ code: 'periodMissing' }, 'period is missing'],
  [{ code: 'valueMissing' }, 'value is missing'],
  [{ code: 'valueNotNumber' }, 'value is not a number'],
  [{ code: 'lowerNotNumber' }, 'lower limit is not a number'],
  [{ code: 'upperNotNumber' }, 'upper limit is not a number'],
  [{ code: 'oneLimit' }, 'only one confidence limit is given'],
  [{ code: 'valueOutsideLimits' }, 'value is outside its confidence limits'],
  [
    { code: 'nothingIdentifies', roles: ['reference', 'uprn', 'name'] },
    'nothing identifies the asset (no reference, UPRN or name)',
  ],
  [{ code: 'childCodeMissing' }, 'child code is missing'],
  [{ code: 'parentCodeMissing' }, 'parent code is missing'],
  [{ code: 'childHasParent', child: 'D1', parent: 'C1' }, 'child D1 already has parent C1'],
];

/**
 * The roll-up warnings and the asset placer's hints, coded later than the rest: the English each
 * had as a sentence (the ledger writes a code span as quoted text).
 */
const NEW_WARNINGS: [DatasetWarning, string][] = [
  [
    { code: 'crsUnit', assets: 1, outside: 1, crs: 'EPSG:26971', unit: 'feet' },
    '1 of the 1 asset outside the area would be inside it if the coordinates were in feet: EPSG:26971 is in metres. Set coordinates.crs to the code of the same zone in US survey feet (such as EPSG:3435, not EPSG:26971), or `+units=us-ft` in coordinates.proj4.',
  ],
  [
    {
      code: 'crsOther',
      assets: 2,
      outside: 3,
      tried: null,
      crs: 'EPSG:27700 (British National Grid)',
      best: 'EPSG:27700',
      systems: ['EPSG:4326'],
    },
    '2 of the 3 assets outside the area would be inside it if read as EPSG:27700 (British National Grid): if the file mixes coordinate systems, set coordinates.crs to ["EPSG:4326", "EPSG:27700"]; if all rows are in that system, set coordinates.crs to "EPSG:27700".',
  ],
  [
    {
      code: 'rollUpRowNotUsed',
      to: 'counties',
      file: 'lookup.csv',
      line: 6,
      column: 'district',
      reason: { code: 'childCodeMissing' },
      value: '',
    },
    'Roll-up to counties: lookup.csv:6 district: child code is missing (""); the row is not used.',
  ],
  [
    { code: 'rollUpMoreRowsNotUsed', to: 'counties', file: 'lookup.csv', rows: 4 },
    'Roll-up to counties: lookup.csv: 4 more rows not used.',
  ],
  [
    { code: 'rollUpSelves', to: 'counties', child: 'districts', parent: 'counties', areas: 1, codes: ['U1'] },
    'Roll-up to counties: 1 of the districts is also one of the counties and stands for itself (U1).',
  ],
  [
    { code: 'rollUpUnknownParents', to: 'counties', parent: 'counties', codes: 2, examples: ['C8', 'C9'] },
    'Roll-up to counties: 2 parent codes are codes of none of the counties (C8, C9); their children are in no parent.',
  ],
  [
    {
      code: 'rollUpOrphans',
      to: 'utla',
      child: 'ltla',
      parent: 'utla',
      areas: 12,
      items: [
        { name: 'Aylesbury Vale', code: 'E07000004' },
        { name: 'Chiltern', code: 'E07000005' },
      ],
    },
    'Roll-up to utla: 12 of the ltla are in none of the utla: Aylesbury Vale (E07000004), Chiltern (E07000005), ….',
  ],
  [
    {
      code: 'rollUpOmitted',
      to: 'counties',
      parents: 1,
      parentLabel: 'counties',
      childLabel: 'districts',
      items: [{ name: 'Southshire', code: 'C2', missing: [{ name: 'Fen', code: 'D4' }] }],
    },
    'Roll-up to counties: 1 of the counties is left out because some of its districts have no data (set partial: "label" to show the sum of the others): Southshire (C2): no data for Fen (D4).',
  ],
  [
    {
      code: 'rollUpPartial',
      to: 'counties',
      parents: 3,
      parentLabel: 'counties',
      childLabel: 'districts',
      items: [
        { name: 'Southshire', code: 'C2', missing: [{ name: 'Fen', code: 'D4' }] },
        {
          name: 'Westshire',
          code: 'C3',
          missing: [
            { name: 'D7', code: 'D7' },
            { name: 'Moor', code: 'D8' },
          ],
        },
      ],
    },
    'Roll-up to counties: 3 of the counties are partial sums, named with how many of their districts are in: Southshire (C2): no data for Fen (D4); Westshire (C3): no data for D7, Moor (D8); ….',
  ],
  [
    { code: 'rollUpNotPlaced', to: 'states', dataset: 'us-counties', rows: 1 },
    "Roll-up to states: 1 row not placed in an area (unplacedValues) is counted in the total of all areas but in no parent's figures, as no column says which parent it belongs to: each parent's total leaves it out. Set datasets[us-counties].columns.parent to the file's column that names each row's parent (such as \"state\") to add it to its parent's figures.",
  ],
  [
    {
      code: 'rollUpParentUnknown',
      to: 'states',
      column: 'state',
      rows: 803,
      items: [
        { value: 'Texas', file: 'us.csv', line: 12, rows: 402 },
        { value: 'Ohio', file: 'us.csv', line: 40, rows: 401 },
      ],
      more: 3,
    },
    'Roll-up to states: 803 rows not placed in an area name in column "state" a parent that is none of the states: "Texas" (us.csv:12, 402 rows), "Ohio" (us.csv:40, 401 rows) and 3 more; they count in the total of all areas and in no parent\'s figures. Write the parent\'s code or name as layer "states" has it, or give the value the parent\'s code in areaLayers.states.aliases.',
  ],
  [
    { code: 'rollUpGaps', to: 'counties', days: 1, childLabel: 'districts', parents: 1, names: ['Northshire'] },
    "Roll-up to counties: 1 parent-day has no figure because some of the parent's districts reported that day and others did not (Northshire).",
  ],
];

/** One example of each warning, with its English. */
const WARNINGS: [DatasetWarning, string][] = [
  [
    { code: 'notUtf8', file: 'a.csv', encoding: 'Windows-1252' },
    'a.csv is not valid UTF-8; read as Windows-1252 (detected). Declare `encoding` in the config to silence this.',
  ],
  [
    { code: 'bomContradicts', file: 'a.csv', encoding: 'windows-1252' },
    'a.csv starts with a UTF-8 byte order mark but `encoding` says windows-1252; it was read as windows-1252 as declared.',
  ],
  [
    { code: 'invalidBytes', file: 'a.csv', encoding: 'UTF-8', detected: true, line: 3 },
    "a.csv was read as UTF-8 (detected) but is not valid UTF-8: the first invalid byte is on line 3; rows with invalid characters are rejected. Declare the file's real `encoding` in the config.",
  ],
  [
    { code: 'replacementCharacters', file: 'a.csv', line: 88 },
    'a.csv holds the replacement character "\uFFFD" (U+FFFD), first on line 88: a character was lost before the file was written, and no `encoding` brings it back. Its rows are read as they are; correct the text in the file, or ask the publisher for a copy that has it.',
  ],
  [
    { code: 'oneColumn', file: 'a.csv' },
    'a.csv: found no , ; tab or | in the header line, so the file was read as one column. Declare `delimiter` in the config if that is wrong.',
  ],
  [
    { code: 'shortRows', file: 'a.csv', rows: 2 },
    'a.csv: 2 row(s) had fewer fields than the header; the missing trailing fields were read as empty.',
  ],
  [
    { code: 'cumulativeGaps', dataset: 'flu', gaps: 1, days: 3 },
    'flu: the cumulative series have 1 gap (3 days missing or rejected in all); each total was carried forward over its gap, and the rise on the next reported day is shown as reported for the days it covers.',
  ],
  [
    { code: 'cumulativeCorrections', dataset: 'flu', rows: 1 },
    'flu: the cumulative count fell on 1 row; it was kept as a correction (a negative daily count) because rejectNegative is false. Set rejectNegative: true to reject them instead.',
  ],
  [
    { code: 'cumulativeBaseline', dataset: 'flu', date: '2024-01-01' },
    'flu: the cumulative totals on the file\'s first day (2024-01-01) are where the series start, not new cases that day, since the file does not give the totals before it: that day has no daily figure and each later day is the rise on the day before. If the file begins with the first case (every series starting from zero), set cumulativeStart: "zero".',
  ],
  [
    { code: 'swappedXY', rows: 1, file: 'demo/land-and-assets.csv', line: 14 },
    '1 row had X and Y the wrong way round and was read swapped (first: demo/land-and-assets.csv line 14). If the whole file is like this, swap columns.x and columns.y in the config.',
  ],
  [
    {
      code: 'textRepaired',
      rows: 2,
      file: 'assets.csv',
      line: 33,
      column: 'PropertyName',
      written: 'Rent Charge of Â£62',
      repaired: 'Rent Charge of £62',
    },
    '2 rows have a name or address whose UTF-8 was read as Windows-1252 and saved again by the publisher; they are shown repaired (first: assets.csv line 33, column PropertyName: "Rent Charge of Â£62" is "Rent Charge of £62"). The row as published keeps the text as written.',
  ],
  [
    { code: 'idSuffixed', rows: 2, items: [{ value: 'A1', count: 2 }], more: 0 },
    '2 rows repeat an earlier row\'s id and were kept as separate assets with "-2", "-3"… added (duplicateIds: suffix): "A1" (2).',
  ],
  [
    { code: 'snapped', assets: 1, within: 50, items: [{ value: 'Alderwick', count: 1 }], more: 0 },
    '1 asset was outside every area but within 50 m of one, and was counted in the nearest (coordinates.snapWithin): "Alderwick" (1).',
  ],
  [
    {
      code: 'unplaced',
      assets: 3,
      items: [
        { value: 'no coordinates', count: 1 },
        { value: 'not inside any of the wards', count: 1 },
        { value: 'outside the area', count: 1 },
      ],
      more: 0,
    },
    '3 assets are kept but not placed on the map: "no coordinates" (1), "not inside any of the wards" (1), "outside the area" (1).',
  ],
  [
    { code: 'unmappedStatus', rows: 7, status: 'other', items: [{ value: 'X', count: 1 }], more: 6 },
    '7 rows have a status not in statusMap, so they are "other": "X" (1) and 6 more.',
  ],
  [
    { code: 'badSize', rows: 1, items: [{ value: '-3', count: 1 }], more: 0 },
    '1 row has a size that is not a non-negative number; kept without a size: "-3" (1).',
  ],
  [
    { code: 'badDate', dates: 2, items: [{ value: '31/02/2020', count: 2 }], more: 0 },
    '2 dates could not be read and are left blank: "31/02/2020" (2).',
  ],
  [
    { code: 'assetAreaUnknown', rows: 1, items: [{ value: 'Q1', count: 1 }], more: 0 },
    '1 row has an area code that matches no area; kept without an area: "Q1" (1).',
  ],
  [
    {
      code: 'codesOfOtherLayer',
      codes: 2,
      examples: 'E1, E2',
      layer: 'wards',
      home: 'districts',
      homeLabel: 'Districts',
    },
    '2 codes (E1, E2) are areas of layer "districts" (Districts), not "wards": set the dataset\'s join.layer to "districts".',
  ],
  [
    { code: 'codesNotInBoundaries', codes: 1, examples: 'X05000099', layer: 'wards', example: 'X05000001' },
    "1 code (X05000099) has the form of layer \"wards\"'s own codes (such as X05000001) but is not in its boundary file: an area created or recoded after (or before) the boundaries' year, or a mistyped code. Use boundaries of the data's year, correct the code at the source, or add an alias in areaLayers.wards.aliases.",
  ],
  [
    { code: 'headerRepeated', where: 'cases: a.csv', header: 'Name', key: 'name', columns: [1, 3] },
    'cases: a.csv: the header has "Name" 2 times (columns 1, 3); columns.name uses column 1, the first. Rename the others in the file, or name the column you mean exactly.',
  ],
  [
    { code: 'crsContradicts', file: 'a.geojson', declared: 'EPSG:27700', configured: 'EPSG:4326' },
    "a.geojson declares its coordinates as EPSG:27700 but coordinates.crs says EPSG:4326; they were read as coordinates.crs says. Remove coordinates.crs to use the file's.",
  ],
  [
    {
      code: 'crsPerRow',
      systems: [
        { crs: 'EPSG:4326 (longitude/latitude (WGS84))', rows: 2 },
        { crs: 'EPSG:27700 (British National Grid)', rows: 1 },
      ],
    },
    'Coordinates were read per row in 2 systems: 2 as EPSG:4326 (longitude/latitude (WGS84)), 1 as EPSG:27700 (British National Grid).',
  ],
  [
    {
      code: 'outsideCouncil',
      assets: 12,
      codes: ['A1', 'A3'],
      layerLabel: 'Wards',
      areas: [
        { name: 'East Ward', count: 7 },
        { name: null, count: 5 },
      ],
      more: 0,
      rows: [
        { file: 'assets.csv', line: 3, id: 'K2' },
        { file: 'assets.csv', line: 4, id: 'K3' },
      ],
    },
    '12 placed assets are outside the council\'s own area (councilAreas: A1, A3): "East Ward" (7), "outside every area of Wards" (5). ' +
      'Check their coordinates (a longitude with the wrong sign, a mistyped easting): assets.csv line 3 (K2); assets.csv line 4 (K3) and 10 more.',
  ],
  [
    {
      code: 'codesUnrecognised',
      codes: 1,
      examples: 'New York City',
      layer: 'ltla',
      layerLabel: 'Local authorities',
      kinds: { items: [{ geography: 'gss:E07', count: 2 }], more: false },
    },
    '1 code (New York City) has no shape of a code system this tool recognises; layer "ltla" (Local authorities) has non-metropolitan districts in England (2). Check that columns.area names the code column, and that the codes are written as the boundary file writes them.',
  ],
  [
    {
      code: 'codesLikeLayer',
      codes: 2,
      examples: 'E05011108, E05011109',
      geography: 'gss:E05',
      areas: 1,
      layer: 'wards',
    },
    "2 codes (E05011108, E05011109) look like electoral wards in England (GSS code, prefix E05), like 1 area of layer \"wards\", but are not in its boundary file: such areas were probably created or recoded after (or before) the boundaries' year. Use boundaries of the data's year (Wards (ONS Open Geography Portal), of the data's year), or, where an area was only recoded, add an alias in areaLayers.wards.aliases.",
  ],
  [
    {
      code: 'codesOtherGeography',
      codes: 4,
      examples: 'E02000001, E02000002, E02000003, …',
      geography: 'gss:E02',
      layer: 'ltla',
      layerLabel: 'Local authorities',
      kinds: {
        items: [
          { geography: 'gss:E07', count: 2 },
          { geography: 'gss:S12', count: 2 },
          { geography: 'gss:E06', count: 1 },
        ],
        more: true,
      },
    },
    '4 codes (E02000001, E02000002, E02000003, …) look like middle layer super output areas (MSOAs) in England (GSS code, prefix E02); layer "ltla" (Local authorities) has non-metropolitan districts in England (2), council areas in Scotland (2), unitary authorities in England (1) and others. Add a layer of Middle layer Super Output Areas (ONS Open Geography Portal) and set the dataset\'s join.layer to it.',
  ],
  [
    {
      code: 'spellingsMerged',
      spellings: 1,
      items: [{ value: 'Mid-Cambridge', as: 'Mid Cambridge', count: 12 }],
      more: 0,
    },
    '1 spelling of an area was read as the same area as another spelling (compared ignoring case, spaces, hyphens, apostrophes, full stops, accents and footnote marks such as † or *): "Mid-Cambridge" as "Mid Cambridge" (12). If two of them are different areas, give the file codes for them or spell them apart at the source.',
  ],
  [
    { code: 'areaColumnIsTotal', file: 'cases.csv', column: 'Total', rows: 29, of: 29 },
    'cases.csv: column "Total" holds the sum of the other area columns on 29 of the 29 rows with counts, so it looks like a total, not an area; counted as an area it doubles every figure for all areas together. Leave it out of columns.areas: list the area columns, or narrow the pattern.',
  ],
  [
    {
      code: 'datesAmbiguous',
      file: 'cases.csv',
      column: 'Week End',
      dates: 3,
      example: '04/05/2021',
      read: '2021-05-04',
    },
    'cases.csv: every date in column "Week End" reads either day first or month first (none has a first number above 12; 3 in all, such as "04/05/2021"), and dateFormat "auto" read them day first: "04/05/2021" is 2021-05-04. If the file writes the month first (US files do), set dateFormat: "mdy"; if it writes the day first, set dateFormat: "dmy" to say so.',
  ],
  [
    { code: 'looksCumulative', series: 8, of: 8, days: 14 },
    '8 of the 8 series with 14 or more days hardly ever fall from one day to the next (on at most 1 day in 10) and end higher than they start: the counts look like running totals, and summed as daily counts every figure would be too high. If the file gives cumulative counts, set countType: "cumulative".',
  ],
  [
    {
      code: 'areaNameMismatch',
      rows: 3,
      items: [{ areaCode: 'E05001234', name: 'Ashby', expected: 'Beacon', count: 3 }],
      more: 0,
    },
    '3 rows name their area otherwise than their code does: E05001234 "Ashby", which is "Beacon" (3). They are counted under the code (names that differ only in case, spaces, hyphens, apostrophes, full stops and accents, or by added words, agree). If the area was renamed, nothing is wrong; if not, the code may be wrong: correct it at the source, or join the boundaries of the data’s year.',
  ],
  [
    {
      code: 'coordinatesNotDegrees',
      file: 'assets.csv',
      rows: 4,
      columns: 'Easting, Northing',
      example: '395266, 222127',
      crs: 'EPSG:27700',
    },
    'assets.csv: 4 rows have coordinates that cannot be longitude and latitude (Easting, Northing: 395266, 222127, beyond ±180/±90), so they are kept but not placed. Read as EPSG:27700 they fall within the site\'s areas: set coordinates.crs to "EPSG:27700".',
  ],
  [
    {
      code: 'coordinatesNotNumbers',
      file: 'bibliotecas.csv',
      rows: 5,
      columns: 'LONGITUD, LATITUD',
      line: 2,
      example: '-37.694.389.972.002.400, 4.037.944.179.159.940',
      fix: 'digitGroups',
    },
    "bibliotecas.csv: 5 rows have coordinates that are not numbers (LONGITUD, LATITUD on line 2: -37.694.389.972.002.400, 4.037.944.179.159.940), so they are kept but not placed. The values have a separator between every three digits, as a spreadsheet writes numbers when it saves a file again with its own separators, so where the decimal point was is lost and they cannot be read. Map columns.x and columns.y to other coordinate columns of the file (a grid such as UTM, with coordinates.crs), or use the publisher's original file.",
  ],
  [
    {
      code: 'outsideSite',
      file: 'land.geojson',
      assets: 1,
      of: 34,
      bounds: '[-2.26, 51.75, -1.88, 52.05]',
      layers: 'wards',
      fix: 'swap',
      crs: 'EPSG:4326',
    },
    "land.geojson: 1 of the 34 placed assets lies outside the site's area layers (wards: [-2.26, 51.75, -1.88, 52.05]), but inside them with longitude and latitude swapped. Set coordinates.bounds to [-2.26, 51.75, -1.88, 52.05]: rows are then checked against it, and swapped ones read the right way round.",
  ],
  [
    { code: 'placementUnchecked', assets: 1 },
    '1 asset was placed where its coordinates say without a check: the dataset has no join layer, no coordinates.bounds, and the site has no area layer to compare with, so coordinates in another system or with longitude and latitude swapped would go unnoticed. Set coordinates.bounds to the area the data covers, [west, south, east, north] in degrees.',
  ],
  ...NEW_WARNINGS,
  [
    { code: 'rowsValueUnmatched', files: 'levels.csv', key: 'rows.where', column: 'lvl', value: '6' },
    'levels.csv: no row has "6" in column "lvl", which the rows filter of the config names, so that value selects no row. Check it against the file: a mistyped value selects nothing, and nothing else would show it.',
  ],
  [
    {
      code: 'rowsValueUnmatched',
      files: 'levels.csv',
      key: 'rows.where',
      column: 'sex',
      value: 'female',
      closest: 'Female',
    },
    'levels.csv: no row has "female" in column "sex", which the rows filter of the config names, so that value selects no row. The column holds "Female": if that is the value meant, write it as the file does.',
  ],
  [
    {
      code: 'areaPlaceholder',
      dataset: 'cases',
      file: 'cases.csv',
      column: 'area',
      value: 'Unknown',
      rows: 14,
      layer: false,
    },
    'cases.csv: 14 rows have "Unknown" in area column "area", which looks like a value for cases placed in no area. Without an area layer the value is read as an area of its own, with a page, a map entry and a rank. If it means “not placed in an area”, add it to datasets[cases].unplacedValues (unplacedValues: ["Unknown"]): its rows are then counted in the dataset’s totals and in no area. If it is an area’s code, nothing is wrong.',
  ],
  [
    { code: 'benchmarkLookalike', dataset: 'life', benchmark: 'EU27_2020', areas: '"YR,T,Y_LT1,EU27_2020"' },
    'life: no row has the benchmark\'s code "EU27_2020", so the benchmark is the mean of the areas, and these, which look like its own row, are counted among them: "YR,T,Y_LT1,EU27_2020". Set benchmark to the code as the file writes it, or split a packed column with splitColumns.',
  ],
];

describe('coded rejection reasons', () => {
  it('has an example here for every code, so a new code cannot go untested', () => {
    expect(REASONS.map(([r]) => r.code).sort()).toEqual([...ROW_REASON_CODES].sort());
  });

  it.each(REASONS)('writes %j in English as the data step always has', (reason, english) => {
    expect(rowReasonText(reason)).toBe(english);
  });

  it('finds the code of a reason without parameters from its English text, and nothing for other text', () => {
    expect(rowReasonOf('invalid characters for the encoding (bytes that do not decode)')).toEqual({
      code: 'invalidCharacters',
    });
    expect(rowReasonOf('row has 5 fields, the header has 4')).toBeNull();
  });
});

describe('coded dataset warnings', () => {
  it('has an example here for every code', () => {
    expect([...new Set(WARNINGS.map(([w]) => w.code))].sort()).toEqual([...DATASET_WARNING_CODES].sort());
  });

  it.each(WARNINGS)('writes %j in English as the data step always has', (warning, english) => {
    expect(datasetWarningText(warning)).toBe(english);
  });
});

describe('reasons and warnings in each language', () => {
  for (const [tag, catalogue] of Object.entries(CATALOGUES)) {
    const messages = catalogue.messages as Record<string, Message>;
    const t = translatorFor(tag);

    it(`${tag}: has a message for every reason code, using the placeholders its parameters fill`, () => {
      for (const code of ROW_REASON_CODES) {
        const message = messages[rowReasonKey(code)];
        expect(message, code).toBeDefined();
        const used = placeholdersOf(message as Message);
        const example = REASONS.find(([r]) => r.code === code)?.[0] as RowReason;
        const text = rowReasonMessage('ENGLISH', example, t);
        expect(text, code).not.toBe('ENGLISH');
        expect(text, code).not.toMatch(/[{}]/);
        // Every parameter a reason carries appears in its message.
        const wanted = Object.keys(example).filter((k) => k !== 'code');
        const named = { areaCode: 'areaCode', max: 'max', fields: 'fields', width: 'width' } as Record<string, string>;
        for (const k of wanted) if (named[k] !== undefined) expect(used, `${code}.${k}`).toContain(named[k]);
      }
    });

    it(`${tag}: has a message for every warning code that names its figures and the data's own text`, () => {
      for (const code of DATASET_WARNING_CODES) {
        expect(messages[datasetWarningKey(code)], code).toBeDefined();
        const example = WARNINGS.find(([w]) => w.code === code)?.[0] as DatasetWarning;
        const text = datasetWarningMessage('ENGLISH', example, t);
        expect(text, code).not.toBe('ENGLISH');
        expect(text, code).not.toMatch(/[{}]/);
        // File names, layer ids and codes from the data are kept as written.
        for (const v of ['file', 'layer', 'examples', 'example', 'dataset'] as const) {
          const value = (example as Record<string, unknown>)[v];
          if (typeof value === 'string') expect(text, `${code}.${v}`).toContain(value);
        }
      }
    });
  }

  it('names the status unmapped values get by its label in the page’s language, not its id', () => {
    const w: DatasetWarning = {
      code: 'unmappedStatus',
      rows: 9,
      status: 'unknown',
      items: [{ value: 'Other', count: 9 }],
      more: 0,
    };
    const cy = datasetWarningMessage('ENGLISH', w, translatorFor('cy'));
    expect(cy).toContain('Statws heb ei nodi');
    expect(cy).not.toContain('“unknown”');
    expect(datasetWarningMessage('ENGLISH', w, translatorFor('en-GB'))).toContain('"Status unknown"');
    // A dataset's own category is named by its label.
    const own = [
      { id: 'not-permissioned', label: 'Heb ganiatâd', colour: '#b3261e', shape: 'triangle' as const, available: true },
    ];
    const bf = datasetWarningMessage('ENGLISH', { ...w, status: 'not-permissioned' }, translatorFor('cy'), [], own);
    expect(bf).toContain('Heb ganiatâd');
  });

  it('says the demo warnings in Welsh, with the data’s own names kept', () => {
    const cy = translatorFor('cy');
    const [unplaced] = WARNINGS.find(([w]) => w.code === 'unplaced') as [DatasetWarning, string];
    expect(datasetWarningMessage('', unplaced, cy)).toBe(
      'Mae 3 ased wedi’u cadw ond heb eu gosod ar y map: “dim cyfesurynnau” (1), “' +
        cy.t('assets.reason.notInArea', { layer: 'wards' }) +
        '” (1), “' +
        cy.t('assets.reason.outside') +
        '” (1).',
    );
    expect(rowReasonMessage('', { code: 'countMissing' }, cy)).toBe('mae’r nifer ar goll');
  });

  it('says coordinates that are not numbers with each fix in every language, en-GB as stored', () => {
    const base = {
      code: 'coordinatesNotNumbers',
      file: 'x.csv',
      rows: 1,
      columns: 'X, Y',
      line: 9,
      example: '-3,7, 40,4',
    } as const;
    for (const fix of ['decimalComma', 'decimalPoint', 'digitGroups', null] as const) {
      const w: DatasetWarning = { ...base, fix };
      expect(datasetWarningMessage('', w, translatorFor('en-GB')), String(fix)).toBe(datasetWarningText(w));
      const texts = Object.keys(CATALOGUES).map((tag) => datasetWarningMessage('ENGLISH', w, translatorFor(tag)));
      for (const text of texts) {
        for (const part of ['x.csv', 'X, Y', '9', '-3,7, 40,4'])
          expect(text, `${String(fix)}: ${part}`).toContain(part);
        if (fix === 'decimalComma') expect(text).toContain('decimalSeparator');
      }
      // Each fix has its own sentence.
      expect(new Set(texts).size, String(fix)).toBe(texts.length);
    }
  });

  it('says the dateFormat that reads unread dates in every language, en-GB as stored', () => {
    for (const dates of [1, 2]) {
      const w: DatasetWarning = {
        code: 'badDate',
        dates,
        items: [{ value: '04/13/2021', count: dates }],
        more: 0,
        format: 'mdy',
      };
      expect(datasetWarningMessage('', w, translatorFor('en-GB'))).toBe(datasetWarningText(w));
      for (const tag of Object.keys(CATALOGUES)) {
        const text = datasetWarningMessage('ENGLISH', w, translatorFor(tag));
        expect(text, tag).toContain('dateFormat "mdy"');
        expect(text, tag).toContain('04/13/2021');
        expect(text, tag).not.toMatch(/[{}]/);
      }
    }
    expect(
      datasetWarningText({ code: 'badDate', dates: 1, items: [{ value: 'x', count: 1 }], more: 0, format: 'ymd' }),
    ).toBe('1 date could not be read and is left blank: "x" (1). dateFormat "ymd" reads it: set dateFormat to "ymd".');
  });

  it('says the hints for unknown area codes in en-GB as the English text they are stored with', () => {
    const en = translatorFor('en-GB');
    for (const [w, english] of WARNINGS.filter(([w]) => w.code.startsWith('codes')))
      expect(datasetWarningMessage('', w, en), w.code).toBe(english);
  });

  it('says the rows read in each coordinate system in every language: each system and its row count, en-GB as stored', () => {
    const [w, english] = WARNINGS.find(([w]) => w.code === 'crsPerRow') as [DatasetWarning, string];
    expect(datasetWarningMessage('', w, translatorFor('en-GB'))).toBe(english);
    for (const tag of Object.keys(CATALOGUES).filter((tag) => tag !== 'en-GB')) {
      const text = datasetWarningMessage('ENGLISH', w, translatorFor(tag));
      expect(text, tag).not.toMatch(/[{}]|ENGLISH|read per row/);
      expect(text, tag).toMatch(
        /\b2\b.*EPSG:4326 \(longitude\/latitude \(WGS84\)\).*\b1\b.*EPSG:27700 \(British National Grid\)/,
      );
    }
    expect(datasetWarningMessage('', w, translatorFor('de'))).toBe(
      'Die Koordinaten wurden zeilenweise in 2 Systemen gelesen: 2 als EPSG:4326 (longitude/latitude (WGS84)), 1 als EPSG:27700 (British National Grid).',
    );
  });

  it('says the assets outside councilAreas in every language: count, codes, areas, rows and how many more, en-GB as stored', () => {
    const [w, english] = WARNINGS.find(([w]) => w.code === 'outsideCouncil') as [DatasetWarning, string];
    // The report keeps the layer's label as the council wrote it (in whatever language); a page
    // lowers it only where its language allows.
    expect(datasetWarningMessage('', w, translatorFor('en-GB'))).toBe(english.replace('of Wards', 'of wards'));
    for (const tag of Object.keys(CATALOGUES).filter((tag) => tag !== 'en-GB')) {
      const text = datasetWarningMessage('ENGLISH', w, translatorFor(tag));
      expect(text, tag).not.toMatch(/[{}]|ENGLISH|outside|placed asset|line \d/);
      const label = tag === 'de' ? 'Wards' : 'wards';
      for (const part of ['12 ', 'A1, A3', 'East Ward', '(7)', label, '(5)', 'assets.csv', '3 (K2)', '4 (K3)', '10'])
        expect(text, `${tag}: ${part}`).toContain(part);
    }
    expect(datasetWarningMessage('', w, translatorFor('de'))).toBe(
      '12 platzierte Objekte liegen außerhalb des eigenen Gebiets der Verwaltung (councilAreas: A1, A3): „East Ward“ (7), „außerhalb aller Gebiete der Ebene Wards“ (5). ' +
        'Prüfen Sie ihre Koordinaten (ein Längengrad mit falschem Vorzeichen, ein vertippter Rechtswert): assets.csv Zeile 3 (K2); assets.csv Zeile 4 (K3) und 10 weitere.',
    );
  });

  it('says a hint for unknown ward codes in Welsh: what they look like, their code system and which boundaries, file names kept', () => {
    const cy = translatorFor('cy');
    const [like] = WARNINGS.find(([w]) => w.code === 'codesLikeLayer') as [DatasetWarning, string];
    const text = datasetWarningMessage('', like, cy);
    expect(text).toContain('yn edrych fel wardiau etholiadol yn Lloegr (cod GSS, rhagddodiad E05)');
    expect(text).toContain('fel 1 ardal yn haen “wards”');
    expect(text).toContain('(Wards (ONS Open Geography Portal), o flwyddyn y data)');
    expect(text).not.toMatch(/electoral|look like|of the data/);
    const [other] = WARNINGS.find(([w]) => w.code === 'codesOtherGeography') as [DatasetWarning, string];
    expect(datasetWarningMessage('', other, translatorFor('de'))).toContain(
      'hat nicht-metropolitane Distrikte in England (2), Ratsbezirke (Council Areas) in Schottland (2), Unitary Authorities (einstufige Kommunen) in England (1) und weitere.',
    );
  });

  it('names every geography a code can look like in every language, en-GB as the data step does', () => {
    const keys = [...GSS_PREFIXES.map((p) => `gss:${p}`), ...PATTERN_KEYS, 'gss:E99'];
    const en = translatorFor('en-GB');
    for (const key of keys) expect(geographyLabel(key, en), key).toBe(codeGeographyOfKey(key)?.label);
    for (const tag of Object.keys(CATALOGUES).filter((tag) => tag !== 'en-GB')) {
      const t = translatorFor(tag);
      for (const key of keys) {
        const label = geographyLabel(key, t);
        expect(label, `${tag} ${key}`).not.toBe(codeGeographyOfKey(key)?.label);
        expect(label, `${tag} ${key}`).not.toMatch(/[{}]/);
      }
    }
    expect(geographyLabel('gss:E99', translatorFor('nl'))).toBe('Britse gebieden van GSS-entiteit E99');
    expect(geographyLabel('future:kind', translatorFor('cy'))).toBe('future:kind');
  });

  it('says whether an encoding was detected or declared when a file has bytes it cannot hold', () => {
    const de = translatorFor('de');
    const w = { code: 'invalidBytes', file: 'a.csv', encoding: 'UTF-8', line: 3 } as const;
    expect(datasetWarningMessage('', { ...w, detected: true }, de)).toMatch(
      /^a\.csv wurde als UTF-8 gelesen \(erkannt\)/,
    );
    expect(datasetWarningMessage('', { ...w, detected: false }, de)).toMatch(/^a\.csv ist kein gültiges UTF-8/);
  });

  it('lists the expected date layouts as the language lists alternatives', () => {
    expect(rowReasonMessage('', { code: 'dateInvalid', layout: 'auto' }, translatorFor('de'))).toBe(
      'kein Datum (erwartet: YYYY-MM-DD, YYYY/MM/DD oder DD/MM/YYYY)',
    );
  });

  it('says a reason in en-GB as the English text it is stored with', () => {
    const en = translatorFor('en-GB');
    for (const [reason, english] of REASONS) expect(rowReasonMessage('', reason, en)).toBe(english);
  });

  it('shows the stored English for a reason or warning without a code, or with a code this build does not know', () => {
    const cy = translatorFor('cy');
    expect(rowReasonMessage('count is weird', undefined, cy)).toBe('count is weird');
    expect(rowReasonMessage('count is weird', { code: 'countWeird' } as unknown as RowReason, cy)).toBe(
      'count is weird',
    );
    expect(datasetWarningMessage('a note', null, cy)).toBe('a note');
    expect(datasetWarningMessage('a note', { code: 'futureNote' } as unknown as DatasetWarning, cy)).toBe('a note');
  });
});

describe('roll-up warnings and coordinate hints in each language', () => {
  const plain = (english: string): string => english.replace(/`([^`]*)`/g, '"$1"');

  it.each(NEW_WARNINGS)('says %j in en-GB as the English the data step stores', (w, english) => {
    expect(datasetWarningMessage('', w, translatorFor('en-GB'))).toBe(plain(english));
  });

  it('says the metres and sampled forms of the coordinate hints in English too', () => {
    const metres: DatasetWarning = { code: 'crsUnit', assets: 1, outside: 1, crs: 'EPSG:3435', unit: 'metres' };
    const english =
      '1 of the 1 asset outside the area would be inside it if the coordinates were in metres: EPSG:3435 is in feet. Set coordinates.crs to the code of the same zone in metres, or `+units=m` in coordinates.proj4.';
    expect(datasetWarningText(metres)).toBe(english);
    expect(datasetWarningMessage('', metres, translatorFor('en-GB'))).toBe(plain(english));
    const sampled: DatasetWarning = {
      code: 'crsOther',
      assets: 5,
      outside: 900,
      tried: 200,
      crs: 'EPSG:27700 (British National Grid)',
      best: 'EPSG:27700',
      systems: ['EPSG:4326'],
    };
    expect(datasetWarningText(sampled)).toMatch(
      /^5 of the 900 assets outside the area \(of the first 200 tried\) would/,
    );
    expect(datasetWarningMessage('', sampled, translatorFor('en-GB'))).toBe(datasetWarningText(sampled));
  });

  it('says a lookup row with a parse error that has no code as the parser wrote it', () => {
    const w: DatasetWarning = {
      code: 'rollUpRowNotUsed',
      to: 'utla',
      file: 'lookup.csv',
      line: 9,
      column: '',
      reason: 'TooManyFields',
      value: 'a,b,c',
    };
    expect(datasetWarningText(w)).toBe('Roll-up to utla: lookup.csv:9 : TooManyFields ("a,b,c"); the row is not used.');
    expect(datasetWarningMessage('', w, translatorFor('de'))).toBe(
      'Aufsummierung nach utla: lookup.csv:9 : TooManyFields („a,b,c“); die Zeile wird nicht verwendet.',
    );
  });

  it('says each of them in German with its figures, the data’s names and codes kept, and no English', () => {
    const de = translatorFor('de');
    const say = (code: DatasetWarning['code']): string =>
      datasetWarningMessage('ENGLISH', NEW_WARNINGS.find(([w]) => w.code === code)?.[0], de);
    expect(say('crsUnit')).toBe(
      '1 von 1 Objekt außerhalb des Gebiets läge darin, wenn die Koordinaten in Fuß angegeben wären: EPSG:26971 ist in Metern. Setzen Sie coordinates.crs auf den Code derselben Zone in US-Survey-Fuß (etwa EPSG:3435 statt EPSG:26971) oder „+units=us-ft“ in coordinates.proj4.',
    );
    expect(say('crsOther')).toBe(
      '2 von 3 Objekten außerhalb des Gebiets lägen darin, wenn sie als EPSG:27700 (British National Grid) gelesen würden: Mischt die Datei Koordinatensysteme, setzen Sie coordinates.crs auf ["EPSG:4326", "EPSG:27700"]; sind alle Zeilen in diesem System, setzen Sie coordinates.crs auf „EPSG:27700“.',
    );
    expect(say('rollUpRowNotUsed')).toBe(
      'Aufsummierung nach counties: lookup.csv:6 district: Code des untergeordneten Gebiets fehlt („“); die Zeile wird nicht verwendet.',
    );
    expect(say('rollUpMoreRowsNotUsed')).toBe(
      'Aufsummierung nach counties: lookup.csv: 4 weitere Zeilen nicht verwendet.',
    );
    expect(say('rollUpSelves')).toBe(
      'Aufsummierung nach counties: 1 der districts ist auch ein Gebiet der Ebene „counties“ und steht für sich selbst (U1).',
    );
    expect(say('rollUpOrphans')).toBe(
      'Aufsummierung nach utla: 12 der ltla liegen in keinem Gebiet der Ebene „utla“: Aylesbury Vale (E07000004), Chiltern (E07000005), ….',
    );
    expect(say('rollUpPartial')).toBe(
      'Aufsummierung nach counties: 3 der counties sind Teilsummen; ihr Name sagt jeweils, wie viele der zugehörigen districts enthalten sind: Southshire (C2): keine Daten für Fen (D4); Westshire (C3): keine Daten für D7, Moor (D8); ….',
    );
    expect(say('rollUpGaps')).toBe(
      'Aufsummierung nach counties: 1 Tag eines übergeordneten Gebiets hat keinen Wert, weil einige der zugehörigen districts an dem Tag gemeldet haben und andere nicht (Northshire).',
    );
  });

  it("names a roll-up's layers from the page's layer labels, not the data step's lower-case English", () => {
    const de = translatorFor('de');
    const layers = [
      { id: 'counties', label: 'Landkreise' },
      { id: 'districts', label: 'Gemeinden' },
    ];
    const partial = NEW_WARNINGS.find(([w]) => w.code === 'rollUpPartial')?.[0] as Extract<
      DatasetWarning,
      { code: 'rollUpPartial' }
    >;
    expect(datasetWarningMessage('ENGLISH', { ...partial, from: 'districts' }, de, layers)).toBe(
      'Aufsummierung nach Landkreise: 3 der Landkreise sind Teilsummen; ihr Name sagt jeweils, wie viele der zugehörigen Gemeinden enthalten sind: Southshire (C2): keine Daten für Fen (D4); Westshire (C3): keine Daten für D7, Moor (D8); ….',
    );
    // English lower-cases a label inside the sentence, as the data step did.
    const gaps = NEW_WARNINGS.find(([w]) => w.code === 'rollUpGaps')?.[0] as Extract<
      DatasetWarning,
      { code: 'rollUpGaps' }
    >;
    const en = [
      { id: 'counties', label: 'Counties' },
      { id: 'districts', label: 'Districts' },
    ];
    expect(datasetWarningMessage('ENGLISH', { ...gaps, from: 'districts' }, translatorFor('en-GB'), en)).toBe(
      "Roll-up to counties: 1 parent-day has no figure because some of the parent's districts reported that day and others did not (Northshire).",
    );
  });

  it("names the layers of areas that stand for themselves, have no parent or an unknown one from the page's labels, not their ids", () => {
    const layers = [
      { id: 'utla', label: 'Upper-tier authorities' },
      { id: 'ltla', label: 'Lower-tier authorities' },
    ];
    const selves: DatasetWarning = {
      code: 'rollUpSelves',
      to: 'utla',
      child: 'ltla',
      parent: 'utla',
      areas: 2,
      codes: ['E06000001', 'E06000002'],
    };
    const orphans: DatasetWarning = {
      code: 'rollUpOrphans',
      to: 'utla',
      child: 'ltla',
      parent: 'utla',
      areas: 1,
      items: [{ name: 'Chiltern', code: 'E07000005' }],
    };
    const unknown: DatasetWarning = {
      code: 'rollUpUnknownParents',
      to: 'utla',
      parent: 'utla',
      codes: 1,
      examples: ['E10000099'],
    };
    const en = translatorFor('en-GB');
    expect(datasetWarningMessage('ENGLISH', selves, en, layers)).toBe(
      'Roll-up to upper-tier authorities: 2 of the lower-tier authorities are also among the upper-tier authorities and stand for themselves (E06000001, E06000002).',
    );
    expect(datasetWarningMessage('ENGLISH', orphans, en, layers)).toBe(
      'Roll-up to upper-tier authorities: 1 of the lower-tier authorities is in none of the upper-tier authorities: Chiltern (E07000005).',
    );
    expect(datasetWarningMessage('ENGLISH', unknown, en, layers)).toBe(
      'Roll-up to upper-tier authorities: 1 parent code is the code of none of the upper-tier authorities (E10000099); its children are in no parent.',
    );
    const de = [
      { id: 'utla', label: 'Landkreise' },
      { id: 'ltla', label: 'Gemeinden' },
    ];
    expect(datasetWarningMessage('ENGLISH', orphans, translatorFor('de'), de)).toBe(
      'Aufsummierung nach Landkreise: 1 der Gemeinden liegt in keinem Gebiet der Ebene „Landkreise“: Chiltern (E07000005).',
    );
    // No language quotes a layer id the page can name.
    for (const tag of Object.keys(CATALOGUES)) {
      for (const w of [selves, orphans, unknown]) {
        const text = datasetWarningMessage('ENGLISH', w, translatorFor(tag), layers);
        expect(text, `${tag} ${w.code}`).not.toMatch(/\b(utla|ltla)\b/);
      }
    }
  });

  it('says each of them in every other language with its figures and the data’s own text, and none of the English', () => {
    for (const tag of Object.keys(CATALOGUES).filter((tag) => tag !== 'en-GB')) {
      const t = translatorFor(tag);
      for (const [w] of NEW_WARNINGS) {
        const text = datasetWarningMessage('ENGLISH', w, t);
        expect(text, `${tag} ${w.code}`).not.toMatch(
          /[{}]|ENGLISH|Roll-up|outside the area|would be|no data for|\bof the\b/,
        );
        const data = Object.entries(w).flatMap(([k, v]) =>
          k === 'code' || k === 'reason' || k === 'unit'
            ? []
            : typeof v === 'number'
              ? [String(v)]
              : typeof v === 'string'
                ? [v]
                : [],
        );
        for (const d of data) expect(text, `${tag} ${w.code}: ${d}`).toContain(d);
      }
    }
  });
});
