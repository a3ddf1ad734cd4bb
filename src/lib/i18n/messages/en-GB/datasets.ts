/** English (en-GB): messages of the data and quality pages. */
export const messages = {
  'datasets.kind.cases': 'Disease notifications',
  'datasets.kind.assets': 'Land and buildings',
  'datasets.kind.indicator': 'Indicator',
  'datasets.open.cases': 'Open the disease tracking dashboard',
  'datasets.open.assets': 'Open the buildings and land map',
  'datasets.open.indicator': 'Open the indicator pages',
  // A roll-up's title and description when its config gives none: {parents} and {areas} are the
  // two layers' labels in a sentence ("Cases by counties"; src/lib/cases/roll-up-words.ts).
  'datasets.rollUp.title': '{title} by {parents}',
  'datasets.rollUp.description': 'Figures are sums of the {areas} in each of the {parents}.',
  'datasets.index.intro':
    "Every input row is either accepted or rejected with the file, line, column and reason. Each dataset's page shows the tally and lets you download every rejected row.",
  'datasets.index.datasets': 'Datasets',
  'datasets.index.tally': {
    by: 'rows',
    forms: { one: '{accepted} of {rows} row accepted', other: '{accepted} of {rows} rows accepted' },
  },
  'datasets.index.tallyRejected': {
    by: 'rows',
    forms: {
      one: '{accepted} of {rows} row accepted, {rejected} rejected',
      other: '{accepted} of {rows} rows accepted, {rejected} rejected',
    },
  },
  'datasets.index.tallyCells': {
    by: 'rows',
    forms: { one: '{accepted} of {rows} cell accepted', other: '{accepted} of {rows} cells accepted' },
  },
  'datasets.index.tallyCellsRejected': {
    by: 'rows',
    forms: {
      one: '{accepted} of {rows} cell accepted, {rejected} rejected',
      other: '{accepted} of {rows} cells accepted, {rejected} rejected',
    },
  },
  'datasets.index.layers': 'Area layers',
  'datasets.index.layerAreas': { forms: { one: '{count} area.', other: '{count} areas.' } },
  'datasets.index.areaList': 'Area list (JSON)',
  'datasets.index.boundaries': 'simplified boundaries (GeoJSON)',
  'datasets.page.description': 'Source and row accounting for {title}.',
  'datasets.page.source': 'Source',
  'datasets.page.downloads': 'Downloads',
  'datasets.download.assetsCsv': 'The whole dataset, as a spreadsheet',
  'datasets.download.assetsGeojson': 'The whole dataset, for a map (GeoJSON)',
  'datasets.download.assetsTable': 'The whole dataset, compact table the map reads',
  'datasets.download.summary': 'Counts by status and area',
  'datasets.download.sourceRows': 'Each asset’s row as published in the source',
  'datasets.download.outlines': 'Outlines of assets given as shapes',
  'datasets.download.texts': 'The register’s free text about each asset',
  'datasets.download.values': 'Values by area and period',
  'datasets.download.rejections': 'Rejected rows, with file, line and reason',
  'datasets.download.metricSummary': 'Summary ({metric})',
  'datasets.download.metricMonthly': 'Monthly counts ({metric})',
  'datasets.download.indicator': 'Indicator figures ({indicator})',
  // Why a row was rejected (src/lib/data-reasons.ts, RowReason): one key per code.
  'datasets.reason.invalidCharacters': 'invalid characters for the encoding (bytes that do not decode)',
  'datasets.reason.unterminatedQuote': 'unterminated quoted field (the file may be truncated)',
  'datasets.reason.malformedQuotes': 'malformed quotes (a quote inside a quoted field is not doubled)',
  'datasets.reason.notFeature': 'the feature is not a GeoJSON object',
  'datasets.reason.fieldCount': 'row has {fields} fields, the header has {width}',
  'datasets.reason.emptyRow': 'row is empty (only delimiters)',
  'datasets.reason.areaCodeMissing': 'area code is missing',
  'datasets.reason.areaCodeUnknown': 'area code matches no area',
  'datasets.reason.areaCodeTooLong': 'area code is longer than {max} characters',
  'datasets.reason.areaCodeReserved': 'area code "{areaCode}" is the name of a page of the site',
  'datasets.reason.areaCodeUnsafe':
    'area code has no letter or digit, or holds a control character, so it cannot name a page or file',
  'datasets.reason.areaCodePathLike': 'area code holds /, \\, % or .., which no place name does',
  'datasets.reason.duplicate': 'duplicate of an earlier row',
  'datasets.reason.dateMissing': 'date is missing',
  'datasets.reason.dateInvalid': 'not a date (expected {expected})',
  'datasets.reason.countMissing': 'count is missing',
  'datasets.reason.countNotWhole': 'count is not a whole number',
  'datasets.reason.countNegative': 'count is negative',
  'datasets.reason.countOutOfRange': 'count is beyond ±{max}, the largest a day can hold',
  'datasets.reason.metricMissing': 'metric is missing',
  'datasets.reason.cumulativeOutOfOrder': 'cumulative count out of date order',
  'datasets.reason.cumulativeJump': 'count differs from the previous cumulative count by more than {max}',
  'datasets.reason.cumulativeFell': 'cumulative count fell',
  'datasets.reason.periodMissing': 'period is missing',
  'datasets.reason.valueMissing': 'value is missing',
  'datasets.reason.valueNotNumber': 'value is not a number',
  'datasets.reason.lowerNotNumber': 'lower limit is not a number',
  'datasets.reason.upperNotNumber': 'upper limit is not a number',
  'datasets.reason.oneLimit': 'only one confidence limit is given',
  'datasets.reason.valueOutsideLimits': 'value is outside its confidence limits',
  'datasets.reason.nothingIdentifies': 'nothing identifies the asset (no {columns})',
  'datasets.reason.role.reference': 'reference',
  'datasets.reason.role.uprn': 'UPRN',
  'datasets.reason.role.name': 'name',
  'datasets.reason.role.address': 'address',
  'datasets.reason.childCodeMissing': 'child code is missing',
  'datasets.reason.parentCodeMissing': 'parent code is missing',
  'datasets.reason.childHasParent': 'child {child} already has parent {parent}',
  // Warnings about a dataset (src/lib/data-reasons.ts, DatasetWarning): one key per code.
  'datasets.warning.item': '"{value}" ({count})',
  'datasets.warning.more': '{list} and {count} more',
  'datasets.warning.gaps': { forms: { one: '{count} gap', other: '{count} gaps' } },
  'datasets.warning.days': { forms: { one: '{count} day', other: '{count} days' } },
  'datasets.warning.notUtf8':
    '{file} is not valid UTF-8; read as {encoding} (detected). Declare "encoding" in the config to silence this.',
  'datasets.warning.bomContradicts':
    '{file} starts with a UTF-8 byte order mark but "encoding" says {encoding}; it was read as {encoding} as declared.',
  'datasets.warning.invalidBytes':
    '{file} is not valid {encoding}: the first invalid byte is on line {line}; rows with invalid characters are rejected. Declare the file\'s real "encoding" in the config.',
  'datasets.warning.invalidBytesDetected':
    '{file} was read as {encoding} (detected) but is not valid {encoding}: the first invalid byte is on line {line}; rows with invalid characters are rejected. Declare the file\'s real "encoding" in the config.',
  'datasets.warning.replacementCharacters':
    '{file} holds the replacement character "�" (U+FFFD), first on line {line}: a character was lost before the file was written, and no "encoding" brings it back. Its rows are read as they are; correct the text in the file, or ask the publisher for a copy that has it.',
  'datasets.warning.oneColumn':
    '{file}: found no , ; tab or | in the header line, so the file was read as one column. Declare "delimiter" in the config if that is wrong.',
  'datasets.warning.shortRows': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} row had fewer fields than the header; the missing trailing fields were read as empty.',
      other: '{file}: {rows} rows had fewer fields than the header; the missing trailing fields were read as empty.',
    },
  },
  'datasets.warning.cumulativeGaps':
    '{dataset}: the cumulative series have {gaps} ({days} missing or rejected in all); each total was carried forward over its gap, and the rise on the next reported day is shown as reported for the days it covers.',
  'datasets.warning.cumulativeBaseline':
    '{dataset}: the cumulative totals on the file’s first day ({date}) are where the series start, not new cases that day, since the file does not give the totals before it: that day has no daily figure and each later day is the rise on the day before. If the file begins with the first case (every series starting from zero), set cumulativeStart: "zero".',
  'datasets.warning.cumulativeCorrections': {
    by: 'rows',
    forms: {
      one: '{dataset}: the cumulative count fell on {rows} row; it was kept as a correction (a negative daily count) because rejectNegative is false. Set rejectNegative: true to reject such rows instead.',
      other:
        '{dataset}: the cumulative count fell on {rows} rows; they were kept as corrections (negative daily counts) because rejectNegative is false. Set rejectNegative: true to reject them instead.',
    },
  },
  'datasets.warning.textRepaired': {
    by: 'rows',
    forms: {
      one: '{rows} row has a name or address whose UTF-8 was read as Windows-1252 and saved again by the publisher; it is shown repaired (first: {file} line {line}, column {column}: "{written}" is "{repaired}"). The row as published keeps the text as written.',
      other:
        '{rows} rows have a name or address whose UTF-8 was read as Windows-1252 and saved again by the publisher; they are shown repaired (first: {file} line {line}, column {column}: "{written}" is "{repaired}"). The row as published keeps the text as written.',
    },
  },
  'datasets.warning.swappedXY': {
    by: 'rows',
    forms: {
      one: '{rows} row had X and Y the wrong way round and was read swapped (first: {file} line {line}). If the whole file is like this, swap columns.x and columns.y in the config.',
      other:
        '{rows} rows had X and Y the wrong way round and were read swapped (first: {file} line {line}). If the whole file is like this, swap columns.x and columns.y in the config.',
    },
  },
  'datasets.warning.idSuffixed': {
    by: 'rows',
    forms: {
      one: '{rows} row repeats an earlier row\'s id and was kept as a separate asset with "-2", "-3"… added (duplicateIds: suffix): {list}.',
      other:
        '{rows} rows repeat an earlier row\'s id and were kept as separate assets with "-2", "-3"… added (duplicateIds: suffix): {list}.',
    },
  },
  'datasets.warning.snapped': {
    by: 'assets',
    forms: {
      one: '{assets} asset was outside every area but within {within} m of one, and was counted in the nearest (coordinates.snapWithin): {list}.',
      other:
        '{assets} assets were outside every area but within {within} m of one, and were counted in the nearest (coordinates.snapWithin): {list}.',
    },
  },
  'datasets.warning.unplaced': {
    by: 'assets',
    forms: {
      one: '{assets} asset is kept but not placed on the map: {list}.',
      other: '{assets} assets are kept but not placed on the map: {list}.',
    },
  },
  'datasets.warning.unmappedStatus': {
    by: 'rows',
    forms: {
      one: '{rows} row has a status not in statusMap, so it is "{status}": {list}.',
      other: '{rows} rows have a status not in statusMap, so they are "{status}": {list}.',
    },
  },
  'datasets.warning.badSize': {
    by: 'rows',
    forms: {
      one: '{rows} row has a size that is not a non-negative number; kept without a size: {list}.',
      other: '{rows} rows have a size that is not a non-negative number; kept without a size: {list}.',
    },
  },
  'datasets.warning.badDate': {
    by: 'dates',
    forms: {
      one: '{dates} date could not be read and is left blank: {list}.',
      other: '{dates} dates could not be read and are left blank: {list}.',
    },
  },
  'datasets.warning.badDateFormat': {
    by: 'dates',
    forms: {
      one: '{dates} date could not be read and is left blank: {list}. dateFormat "{format}" reads it: set dateFormat to "{format}".',
      other:
        '{dates} dates could not be read and are left blank: {list}. dateFormat "{format}" reads them: set dateFormat to "{format}".',
    },
  },
  'datasets.warning.assetAreaUnknown': {
    by: 'rows',
    forms: {
      one: '{rows} row has an area code that matches no area; kept without an area: {list}.',
      other: '{rows} rows have an area code that matches no area; kept without an area: {list}.',
    },
  },
  'datasets.warning.codesOfOtherLayer': {
    by: 'codes',
    forms: {
      one: '{codes} code ({examples}) is an area of layer "{home}" ({homeLabel}), not "{layer}": set the dataset\'s join.layer to "{home}".',
      other:
        '{codes} codes ({examples}) are areas of layer "{home}" ({homeLabel}), not "{layer}": set the dataset\'s join.layer to "{home}".',
    },
  },
  'datasets.warning.codesNotInBoundaries': {
    by: 'codes',
    forms: {
      one: "{codes} code ({examples}) has the form of layer \"{layer}\"'s own codes (such as {example}) but is not in its boundary file: an area created or recoded after (or before) the boundaries' year, or a mistyped code. Use boundaries of the data's year, correct the code at the source, or add an alias in areaLayers.{layer}.aliases.",
      other:
        "{codes} codes ({examples}) have the form of layer \"{layer}\"'s own codes (such as {example}) but are not in its boundary file: areas created or recoded after (or before) the boundaries' year, or mistyped codes. Use boundaries of the data's year, correct the codes at the source, or add aliases in areaLayers.{layer}.aliases.",
    },
  },
  'datasets.warning.spellingItem': '"{value}" as "{as}" ({count})',
  'datasets.warning.spellingsMerged': {
    by: 'spellings',
    forms: {
      one: '{spellings} spelling of an area was read as the same area as another spelling (compared ignoring case, spaces, hyphens, apostrophes, full stops, accents and footnote marks such as † or *): {list}. If two of them are different areas, give the file codes for them or spell them apart at the source.',
      other:
        '{spellings} spellings of areas were read as the same area as another spelling (compared ignoring case, spaces, hyphens, apostrophes, full stops, accents and footnote marks such as † or *): {list}. If two of them are different areas, give the file codes for them or spell them apart at the source.',
    },
  },
  'datasets.warning.areaColumnIsTotal':
    '{file}: column "{column}" holds the sum of the other area columns on {rows} of the {of} rows with counts, so it looks like a total, not an area; counted as an area it doubles every figure for all areas together. Leave it out of columns.areas: list the area columns, or narrow the pattern.',
  'datasets.warning.datesAmbiguous':
    '{file}: every date in column "{column}" reads either day first or month first (none has a first number above 12; {dates} in all, such as "{example}"), and dateFormat "auto" read them day first: "{example}" is {read}. If the file writes the month first (US files do), set dateFormat: "mdy"; if it writes the day first, set dateFormat: "dmy" to say so.',
  'datasets.warning.looksCumulative':
    '{series} of the {of} series with {days} or more days hardly ever fall from one day to the next (on at most 1 day in 10) and end higher than they start: the counts look like running totals, and summed as daily counts every figure would be too high. If the file gives cumulative counts, set countType: "cumulative".',
  'datasets.warning.areaNameItem': '{areaCode} "{name}", which is "{expected}" ({count})',
  'datasets.warning.areaNameMismatch': {
    by: 'rows',
    forms: {
      one: '{rows} row names its area otherwise than its code does: {list}. It is counted under the code (names that differ only in case, spaces, hyphens, apostrophes, full stops and accents, or by added words, agree). If the area was renamed, nothing is wrong; if not, the code may be wrong: correct it at the source, or join the boundaries of the data’s year.',
      other:
        '{rows} rows name their area otherwise than their code does: {list}. They are counted under the code (names that differ only in case, spaces, hyphens, apostrophes, full stops and accents, or by added words, agree). If the area was renamed, nothing is wrong; if not, the code may be wrong: correct it at the source, or join the boundaries of the data’s year.',
    },
  },
  'datasets.warning.codesUnrecognised': {
    by: 'codes',
    forms: {
      one: '{codes} code ({examples}) has no shape of a code system this tool recognises; layer "{layer}" ({layerLabel}) has {kinds}. Check that columns.area names the code column, and that the codes are written as the boundary file writes them.',
      other:
        '{codes} codes ({examples}) have no shape of a code system this tool recognises; layer "{layer}" ({layerLabel}) has {kinds}. Check that columns.area names the code column, and that the codes are written as the boundary file writes them.',
    },
  },
  'datasets.warning.codesLikeLayer': {
    by: 'codes',
    forms: {
      one: '{codes} code ({examples}) looks like {geography} ({system}), like {areas} of layer "{layer}", but is not in its boundary file: such areas were probably created or recoded after (or before) the boundaries\' year. Use boundaries of the data\'s year ({boundaries}), or, where an area was only recoded, add an alias in areaLayers.{layer}.aliases.',
      other:
        '{codes} codes ({examples}) look like {geography} ({system}), like {areas} of layer "{layer}", but are not in its boundary file: such areas were probably created or recoded after (or before) the boundaries\' year. Use boundaries of the data\'s year ({boundaries}), or, where an area was only recoded, add an alias in areaLayers.{layer}.aliases.',
    },
  },
  'datasets.warning.codesOtherGeography': {
    by: 'codes',
    forms: {
      one: '{codes} code ({examples}) looks like {geography} ({system}); layer "{layer}" ({layerLabel}) has {kinds}. Add a layer of {boundaries} and set the dataset\'s join.layer to it.',
      other:
        '{codes} codes ({examples}) look like {geography} ({system}); layer "{layer}" ({layerLabel}) has {kinds}. Add a layer of {boundaries} and set the dataset\'s join.layer to it.',
    },
  },
  'datasets.warning.areas': { forms: { one: '{count} area', other: '{count} areas' } },
  'datasets.warning.kind': '{geography} ({count})',
  'datasets.warning.kindsMore': '{list} and others',
  'datasets.warning.headerRepeated':
    '{where}: the header has "{header}" {times} times (columns {columns}); columns.{key} uses column {first}, the first. Rename the others in the file, or name the column you mean exactly.',
  'datasets.warning.crsContradicts':
    "{file} declares its coordinates as {declared} but coordinates.crs says {configured}; they were read as coordinates.crs says. Remove coordinates.crs to use the file's.",
  'datasets.warning.crsPerRow': 'Coordinates were read per row in {count} systems: {list}.',
  'datasets.warning.crsPerRowItem': '{rows} as {crs}',
  'datasets.warning.coordinatesNotDegrees': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} row has coordinates that cannot be longitude and latitude ({columns}: {example}, beyond ±180/±90), so it is kept but not placed. The values look like a grid in metres or feet: set coordinates.crs to the system the file is in (the EPSG code its publisher gives, such as "EPSG:27700" for British National Grid), and coordinates.bounds to the area the data covers so the data step can check where they land.',
      other:
        '{file}: {rows} rows have coordinates that cannot be longitude and latitude ({columns}: {example}, beyond ±180/±90), so they are kept but not placed. The values look like a grid in metres or feet: set coordinates.crs to the system the file is in (the EPSG code its publisher gives, such as "EPSG:27700" for British National Grid), and coordinates.bounds to the area the data covers so the data step can check where they land.',
    },
  },
  'datasets.warning.coordinatesNotDegreesCrs': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} row has coordinates that cannot be longitude and latitude ({columns}: {example}, beyond ±180/±90), so it is kept but not placed. Read as {crs} they fall within the site\'s areas: set coordinates.crs to "{crs}".',
      other:
        '{file}: {rows} rows have coordinates that cannot be longitude and latitude ({columns}: {example}, beyond ±180/±90), so they are kept but not placed. Read as {crs} they fall within the site\'s areas: set coordinates.crs to "{crs}".',
    },
  },
  'datasets.warning.coordinatesNotNumbers': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} row has coordinates that are not numbers ({columns} on line {line}: {example}), so it is kept but not placed. Check that columns.x and columns.y (or columns.point) name the coordinate columns.',
      other:
        '{file}: {rows} rows have coordinates that are not numbers ({columns} on line {line}: {example}), so they are kept but not placed. Check that columns.x and columns.y (or columns.point) name the coordinate columns.',
    },
  },
  'datasets.warning.coordinatesNotNumbersDecimalComma': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} row has coordinates that are not numbers ({columns} on line {line}: {example}), so it is kept but not placed. They read as numbers with a decimal comma: set decimalSeparator to ",".',
      other:
        '{file}: {rows} rows have coordinates that are not numbers ({columns} on line {line}: {example}), so they are kept but not placed. They read as numbers with a decimal comma: set decimalSeparator to ",".',
    },
  },
  'datasets.warning.coordinatesNotNumbersDecimalPoint': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} row has coordinates that are not numbers ({columns} on line {line}: {example}), so it is kept but not placed. They read as numbers with a decimal point: set decimalSeparator to ".".',
      other:
        '{file}: {rows} rows have coordinates that are not numbers ({columns} on line {line}: {example}), so they are kept but not placed. They read as numbers with a decimal point: set decimalSeparator to ".".',
    },
  },
  'datasets.warning.coordinatesNotNumbersDigitGroups': {
    by: 'rows',
    forms: {
      one: "{file}: {rows} row has coordinates that are not numbers ({columns} on line {line}: {example}), so it is kept but not placed. The values have a separator between every three digits, as a spreadsheet writes numbers when it saves a file again with its own separators, so where the decimal point was is lost and they cannot be read. Map columns.x and columns.y to other coordinate columns of the file (a grid such as UTM, with coordinates.crs), or use the publisher's original file.",
      other:
        "{file}: {rows} rows have coordinates that are not numbers ({columns} on line {line}: {example}), so they are kept but not placed. The values have a separator between every three digits, as a spreadsheet writes numbers when it saves a file again with its own separators, so where the decimal point was is lost and they cannot be read. Map columns.x and columns.y to other coordinate columns of the file (a grid such as UTM, with coordinates.crs), or use the publisher's original file.",
    },
  },
  'datasets.warning.outsideSite': {
    by: 'assets',
    forms: {
      one: "{file}: {assets} {of} lies outside the site's area layers ({layers}: {bounds}), and no other built-in coordinate system, axis order or unit puts them inside. If they should be within the site's areas, check coordinates.crs and the coordinates at the source; set coordinates.bounds to the area the data covers to check them against it instead.",
      other:
        "{file}: {assets} {of} lie outside the site's area layers ({layers}: {bounds}), and no other built-in coordinate system, axis order or unit puts them inside. If they should be within the site's areas, check coordinates.crs and the coordinates at the source; set coordinates.bounds to the area the data covers to check them against it instead.",
    },
  },
  'datasets.warning.outsideSiteSwap': {
    by: 'assets',
    forms: {
      one: "{file}: {assets} {of} lies outside the site's area layers ({layers}: {bounds}), but inside them with longitude and latitude swapped. Set coordinates.bounds to {bounds}: rows are then checked against it, and swapped ones read the right way round.",
      other:
        "{file}: {assets} {of} lie outside the site's area layers ({layers}: {bounds}), but inside them with longitude and latitude swapped. Set coordinates.bounds to {bounds}: rows are then checked against it, and swapped ones read the right way round.",
    },
  },
  'datasets.warning.outsideSiteCrs': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} lies outside the site\'s area layers ({layers}: {bounds}), but inside them read as {crs}: set coordinates.crs to "{crs}".',
      other:
        '{file}: {assets} {of} lie outside the site\'s area layers ({layers}: {bounds}), but inside them read as {crs}: set coordinates.crs to "{crs}".',
    },
  },
  'datasets.warning.outsideSiteFeet': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} lies outside the site\'s area layers ({layers}: {bounds}), but inside them if the values were in feet: {crs} is in metres. Set coordinates.crs to the code of the same zone in US survey feet, or "+units=us-ft" in coordinates.proj4.',
      other:
        '{file}: {assets} {of} lie outside the site\'s area layers ({layers}: {bounds}), but inside them if the values were in feet: {crs} is in metres. Set coordinates.crs to the code of the same zone in US survey feet, or "+units=us-ft" in coordinates.proj4.',
    },
  },
  'datasets.warning.outsideSiteMetres': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} lies outside the site\'s area layers ({layers}: {bounds}), but inside them if the values were in metres: {crs} is in feet. Set coordinates.crs to the code of the same zone in metres, or "+units=m" in coordinates.proj4.',
      other:
        '{file}: {assets} {of} lie outside the site\'s area layers ({layers}: {bounds}), but inside them if the values were in metres: {crs} is in feet. Set coordinates.crs to the code of the same zone in metres, or "+units=m" in coordinates.proj4.',
    },
  },
  'datasets.warning.placementUnchecked': {
    by: 'assets',
    forms: {
      one: '{assets} asset was placed where its coordinates say without a check: the dataset has no join layer, no coordinates.bounds, and the site has no area layer to compare with, so coordinates in another system or with longitude and latitude swapped would go unnoticed. Set coordinates.bounds to the area the data covers, [west, south, east, north] in degrees.',
      other:
        '{assets} assets were placed where their coordinates say without a check: the dataset has no join layer, no coordinates.bounds, and the site has no area layer to compare with, so coordinates in another system or with longitude and latitude swapped would go unnoticed. Set coordinates.bounds to the area the data covers, [west, south, east, north] in degrees.',
    },
  },
  'datasets.warning.outsideCouncil': {
    by: 'assets',
    forms: {
      one: "{assets} placed asset is outside the council's own area (councilAreas: {codes}): {areas}. Check their coordinates (a longitude with the wrong sign, a mistyped easting): {rows}.",
      other:
        "{assets} placed assets are outside the council's own area (councilAreas: {codes}): {areas}. Check their coordinates (a longitude with the wrong sign, a mistyped easting): {rows}.",
    },
  },
  'datasets.warning.outsideEveryArea': 'outside every area of {layer}',
  'datasets.warning.fileLineId': '{file} line {line} ({id})',
  'datasets.warning.kindsNone': 'codes of no recognised system',
  'datasets.warning.assetsOutside': { forms: { one: '{count} asset', other: '{count} assets' } },
  // The placed assets of the outsideSite warnings ({of}), said for their own number.
  'datasets.warning.ofPlacedAssets': {
    forms: { one: 'of the {count} placed asset', other: 'of the {count} placed assets' },
  },
  'datasets.warning.crsUnit': {
    by: 'assets',
    forms: {
      one: '{assets} of the {outside} outside the area would be inside it if the coordinates were in feet: {crs} is in metres. Set coordinates.crs to the code of the same zone in US survey feet (such as EPSG:3435, not EPSG:26971), or "+units=us-ft" in coordinates.proj4.',
      other:
        '{assets} of the {outside} outside the area would be inside it if the coordinates were in feet: {crs} is in metres. Set coordinates.crs to the code of the same zone in US survey feet (such as EPSG:3435, not EPSG:26971), or "+units=us-ft" in coordinates.proj4.',
    },
  },
  'datasets.warning.crsUnitMetres': {
    by: 'assets',
    forms: {
      one: '{assets} of the {outside} outside the area would be inside it if the coordinates were in metres: {crs} is in feet. Set coordinates.crs to the code of the same zone in metres, or "+units=m" in coordinates.proj4.',
      other:
        '{assets} of the {outside} outside the area would be inside it if the coordinates were in metres: {crs} is in feet. Set coordinates.crs to the code of the same zone in metres, or "+units=m" in coordinates.proj4.',
    },
  },
  'datasets.warning.crsOther': {
    by: 'assets',
    forms: {
      one: '{assets} of the {outside} outside the area would be inside it if read as {crs}: if the file mixes coordinate systems, set coordinates.crs to [{list}]; if all rows are in that system, set coordinates.crs to "{best}".',
      other:
        '{assets} of the {outside} outside the area would be inside it if read as {crs}: if the file mixes coordinate systems, set coordinates.crs to [{list}]; if all rows are in that system, set coordinates.crs to "{best}".',
    },
  },
  'datasets.warning.crsOtherSampled': {
    by: 'assets',
    forms: {
      one: '{assets} of the {outside} outside the area (of the first {tried} tried) would be inside it if read as {crs}: if the file mixes coordinate systems, set coordinates.crs to [{list}]; if all rows are in that system, set coordinates.crs to "{best}".',
      other:
        '{assets} of the {outside} outside the area (of the first {tried} tried) would be inside it if read as {crs}: if the file mixes coordinate systems, set coordinates.crs to [{list}]; if all rows are in that system, set coordinates.crs to "{best}".',
    },
  },
  'datasets.warning.rollUpRowNotUsed':
    'Roll-up to {to}: {file}:{line} {column}: {reason} ("{value}"); the row is not used.',
  'datasets.warning.rollUpMoreRowsNotUsed': {
    by: 'rows',
    forms: {
      one: 'Roll-up to {to}: {file}: {rows} more row not used.',
      other: 'Roll-up to {to}: {file}: {rows} more rows not used.',
    },
  },
  'datasets.warning.rollUpSelves': {
    by: 'areas',
    forms: {
      one: 'Roll-up to {to}: {areas} of the {child} is also one of the {parent} and stands for itself ({codes}).',
      other: 'Roll-up to {to}: {areas} of the {child} are also among the {parent} and stand for themselves ({codes}).',
    },
  },
  'datasets.warning.rollUpUnknownParents': {
    by: 'codes',
    forms: {
      one: 'Roll-up to {to}: {codes} parent code is the code of none of the {parent} ({examples}); its children are in no parent.',
      other:
        'Roll-up to {to}: {codes} parent codes are codes of none of the {parent} ({examples}); their children are in no parent.',
    },
  },
  'datasets.warning.rollUpOrphans': {
    by: 'areas',
    forms: {
      one: 'Roll-up to {to}: {areas} of the {child} is in none of the {parent}: {list}.',
      other: 'Roll-up to {to}: {areas} of the {child} are in none of the {parent}: {list}.',
    },
  },
  'datasets.warning.rollUpOmitted': {
    by: 'parents',
    forms: {
      one: 'Roll-up to {to}: {parents} of the {parentLabel} is left out because some of its {childLabel} have no data (set partial: "label" to show the sum of the others): {list}.',
      other:
        'Roll-up to {to}: {parents} of the {parentLabel} are left out because some of their {childLabel} have no data (set partial: "label" to show the sum of the others): {list}.',
    },
  },
  'datasets.warning.rollUpPartial': {
    by: 'parents',
    forms: {
      one: 'Roll-up to {to}: {parents} of the {parentLabel} is a partial sum, named with how many of its {childLabel} are in: {list}.',
      other:
        'Roll-up to {to}: {parents} of the {parentLabel} are partial sums, named with how many of their {childLabel} are in: {list}.',
    },
  },
  'datasets.warning.rollUpMissing': '{parent}: no data for {missing}',
  'datasets.warning.areaPlaceholder': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} row has "{value}" in area column "{column}", which looks like a value for cases placed in no area. {outcome} If it means “not placed in an area”, add it to datasets[{dataset}].unplacedValues (unplacedValues: ["{value}"]): its rows are then counted in the dataset’s totals and in no area. If it is an area’s code, nothing is wrong.',
      other:
        '{file}: {rows} rows have "{value}" in area column "{column}", which looks like a value for cases placed in no area. {outcome} If it means “not placed in an area”, add it to datasets[{dataset}].unplacedValues (unplacedValues: ["{value}"]): its rows are then counted in the dataset’s totals and in no area. If it is an area’s code, nothing is wrong.',
    },
  },
  'datasets.warning.areaPlaceholderArea':
    'Without an area layer the value is read as an area of its own, with a page, a map entry and a rank.',
  'datasets.warning.areaPlaceholderRejected': 'Its rows are rejected as an unknown area code.',
  'datasets.warning.rowsValueUnmatched':
    '{files}: no row has "{value}" in column "{column}", which the rows filter of the config names, so that value selects no row. Check it against the file: a mistyped value selects nothing, and nothing else would show it.',
  'datasets.warning.rowsValueUnmatchedClosest':
    '{files}: no row has "{value}" in column "{column}", which the rows filter of the config names, so that value selects no row. The column holds "{closest}": if that is the value meant, write it as the file does.',
  'datasets.warning.benchmarkLookalike':
    '{dataset}: no row has the benchmark\'s code "{benchmark}", so the benchmark is the mean of the areas, and these, which look like its own row, are counted among them: {areas}. Set benchmark to the code as the file writes it, or split a packed column with splitColumns.',
  'datasets.warning.rollUpNotPlaced': {
    by: 'rows',
    forms: {
      one: "Roll-up to {to}: {rows} row not placed in an area (unplacedValues) is counted in the total of all areas but in no parent's figures, as no column says which parent it belongs to: each parent's total leaves it out. Set datasets[{dataset}].columns.parent to the file's column that names each row's parent (such as \"state\") to add it to its parent's figures.",
      other:
        "Roll-up to {to}: {rows} rows not placed in an area (unplacedValues) are counted in the total of all areas but in no parent's figures, as no column says which parent they belong to: each parent's total leaves them out. Set datasets[{dataset}].columns.parent to the file's column that names each row's parent (such as \"state\") to add them to their parent's figures.",
    },
  },
  'datasets.warning.rollUpParentUnknown': {
    by: 'rows',
    forms: {
      one: 'Roll-up to {to}: {rows} row not placed in an area names in column "{column}" a parent that is none of the {to}: {list}; it counts in the total of all areas and in no parent\'s figures. Write the parent\'s code or name as layer "{layer}" has it, or give the value the parent\'s code in areaLayers.{layer}.aliases.',
      other:
        'Roll-up to {to}: {rows} rows not placed in an area name in column "{column}" a parent that is none of the {to}: {list}; they count in the total of all areas and in no parent\'s figures. Write the parent\'s code or name as layer "{layer}" has it, or give the value the parent\'s code in areaLayers.{layer}.aliases.',
    },
  },
  'datasets.warning.parentValue': {
    by: 'rows',
    forms: {
      one: '"{value}" ({file}:{line}, {rows} row)',
      other: '"{value}" ({file}:{line}, {rows} rows)',
    },
  },
  'datasets.warning.rollUpGaps': {
    by: 'days',
    forms: {
      one: "Roll-up to {to}: {days} parent-day has no figure because some of the parent's {childLabel} reported that day and others did not ({names}).",
      other:
        "Roll-up to {to}: {days} parent-days have no figure because some of the parent's {childLabel} reported that day and others did not ({names}).",
    },
  },
  'datasets.geography.gssOther': 'UK areas of GSS entity {prefix}',
  'datasets.geography.system.gss': 'GSS code, prefix {prefix}',
  'datasets.geography.system.fips.county': '5-digit FIPS code (state + county)',
  'datasets.geography.system.fips.county-unpadded':
    '4-digit number: a 5-digit FIPS code read as a number (1001 is 01001)',
  'datasets.geography.system.fips.state': '2-digit state FIPS code',
  'datasets.geography.system.fips.tract': '11-digit FIPS code (state + county + tract)',
  'datasets.geography.system.ons.old-district': 'old-style ONS code (2 digits + 2 letters, e.g. 00AA)',
  'datasets.geography.system.nuts.3': 'NUTS code, 5 characters',
  'datasets.geography.system.nuts.2': 'NUTS code, 4 characters',
  'datasets.geography.system.nuts.1': 'NUTS code, 3 characters',
  'datasets.geography.system.lau.8-digit': '8-digit LAU code',
  'datasets.geography.note.dataYear': "{boundaries}, of the data's year",
  'datasets.geography.note.padFips': '{boundaries}; pad the codes to 5 digits',
  'datasets.geography.note.mapOldCodes': '{boundaries}; map the old codes to GSS codes first',
  'datasets.geography.note.nutsVersion': '{boundaries}, of the NUTS version of the data',
  'datasets.geography.note.nationalAgency': '{boundaries}, or the national mapping agency',
  'datasets.geography.note.fipsId': '{boundaries}, feature id = FIPS',
  'datasets.geography.gss.E00': 'output areas in England',
  'datasets.geography.gss.E01': 'lower layer super output areas (LSOAs) in England',
  'datasets.geography.gss.E02': 'middle layer super output areas (MSOAs) in England',
  'datasets.geography.gss.E04': 'civil parishes in England',
  'datasets.geography.gss.E05': 'electoral wards in England',
  'datasets.geography.gss.E06': 'unitary authorities in England',
  'datasets.geography.gss.E07': 'non-metropolitan districts in England',
  'datasets.geography.gss.E08': 'metropolitan districts in England',
  'datasets.geography.gss.E09': 'London boroughs',
  'datasets.geography.gss.E10': 'counties in England',
  'datasets.geography.gss.E11': 'metropolitan counties in England',
  'datasets.geography.gss.E12': 'regions of England',
  'datasets.geography.gss.E14': 'Westminster constituencies in England',
  'datasets.geography.gss.E38': 'sub-ICB locations (formerly CCGs) in England',
  'datasets.geography.gss.E47': 'combined authorities in England',
  'datasets.geography.gss.E54': 'integrated care boards in England',
  'datasets.geography.gss.E92': 'England (the country)',
  'datasets.geography.gss.W00': 'output areas in Wales',
  'datasets.geography.gss.W01': 'lower layer super output areas (LSOAs) in Wales',
  'datasets.geography.gss.W02': 'middle layer super output areas (MSOAs) in Wales',
  'datasets.geography.gss.W04': 'communities in Wales',
  'datasets.geography.gss.W05': 'electoral wards in Wales',
  'datasets.geography.gss.W06': 'unitary authorities in Wales',
  'datasets.geography.gss.W07': 'Westminster constituencies in Wales',
  'datasets.geography.gss.W11': 'local health boards in Wales',
  'datasets.geography.gss.W92': 'Wales (the country)',
  'datasets.geography.gss.S00': 'output areas in Scotland',
  'datasets.geography.gss.S01': 'data zones in Scotland',
  'datasets.geography.gss.S02': 'intermediate zones in Scotland',
  'datasets.geography.gss.S08': 'NHS health boards in Scotland',
  'datasets.geography.gss.S12': 'council areas in Scotland',
  'datasets.geography.gss.S13': 'electoral wards in Scotland',
  'datasets.geography.gss.S14': 'Westminster constituencies in Scotland',
  'datasets.geography.gss.S92': 'Scotland (the country)',
  'datasets.geography.gss.N00': 'small areas in Northern Ireland',
  'datasets.geography.gss.N08': 'electoral wards in Northern Ireland',
  'datasets.geography.gss.N09': 'local government districts in Northern Ireland',
  'datasets.geography.gss.N92': 'Northern Ireland (the country)',
  'datasets.geography.gss.K02': 'the United Kingdom',
  'datasets.geography.gss.K03': 'Great Britain',
  'datasets.geography.gss.K04': 'England and Wales',
  'datasets.geography.fips.county': 'US counties',
  'datasets.geography.fips.county-unpadded': 'US counties with the leading zero lost',
  'datasets.geography.fips.state': 'US states',
  'datasets.geography.fips.tract': 'US census tracts',
  'datasets.geography.ons.old-district': 'local authority districts in the pre-2011 ONS coding',
  'datasets.geography.nuts.3': 'NUTS level 3 regions',
  'datasets.geography.nuts.2': 'NUTS level 2 regions',
  'datasets.geography.nuts.1': 'NUTS level 1 regions',
  'datasets.geography.lau.8-digit': 'municipalities (LAU) with 8-digit codes, such as German Gemeinden (AGS)',
} as const;
