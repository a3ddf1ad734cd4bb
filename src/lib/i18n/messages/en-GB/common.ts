/** English (en-GB): messages of components shared by several dashboards (sources, row accounting, chart frames, pickers, keys). */
export const messages = {
  'common.source.publisher': 'Published by',
  'common.source.licence': 'Licence',
  'common.source.attribution': 'Attribution',
  'common.source.updated': 'Last updated by the publisher',
  'common.source.notes': 'Notes',
  'common.picker.label': 'Add an area to compare (up to {max})',
  'common.picker.hint': 'Type part of its name or code, then choose it from the suggestions.',
  'common.picker.add': 'Add',
  'common.picker.chosen': 'Areas added to the comparison',
  'common.picker.loading': 'Loading the list of areas…',
  'common.picker.loadFailed': 'The list of areas could not be loaded. Check your connection and try again.',
  'common.picker.typeFirst': 'Type the name of an area first.',
  'common.picker.noSuch': 'No area is called “{typed}”: choose one from the suggestions.',
  'common.picker.already': 'That area is already in the comparison.',
  'common.picker.full': {
    by: 'max',
    forms: { one: 'Up to {max} area can be added.', other: 'Up to {max} areas can be added.' },
  },
  'common.picker.added': 'Added {area}.',
  'common.picker.removed': 'Removed {area}.',
  'common.picker.remove': 'Remove {area}',
  'common.accounting.heading': 'Every row accounted for',
  'common.accounting.read': { by: 'n', forms: { one: '{count} row read', other: '{count} rows read' } },
  'common.accounting.accepted': '{count} accepted',
  'common.accounting.rejected': '{count} rejected',
  'common.accounting.chartTitle': 'Rows accepted and rejected',
  'common.accounting.description': {
    by: 'rows',
    forms: {
      one: '{rows} row read: {accepted} accepted and {rejected} rejected. The table below gives each rejection reason.',
      other:
        '{rows} rows read: {accepted} accepted and {rejected} rejected. The table below gives each rejection reason.',
    },
  },
  'common.accounting.caption': 'Rows by outcome.',
  'common.accounting.captionCompressed': 'Rows by outcome (the axis is compressed so that small counts stay visible).',
  'common.accounting.tableLabel': 'Rows by outcome, table',
  'common.accounting.tableCaption': 'Rows by outcome',
  'common.accounting.outcome': 'Outcome',
  'common.accounting.rows': 'Rows',
  'common.accounting.barAccepted': 'Accepted',
  'common.accounting.barRejected': 'Rejected: {reason}',
  'common.accounting.leftOut': '{count} left out',
  'common.accounting.barLeftOut': 'Left out by the configuration',
  'common.accounting.descriptionLeftOut': 'Left out by the configuration, neither accepted nor rejected: {leftOut}.',
  'common.accounting.notPlaced': 'Not placed in an area: {count}',
  'common.accounting.notPlacedHeading': 'Rows not placed in an area',
  'common.accounting.notPlacedIntro':
    'These rows are accepted: they hold counts or values that the file places in no area, listed by their value below. Counts among them are part of the dataset’s totals, but of no area’s: they have no area page, no place on the map and no rank.',
  'common.accounting.leftOutHeading': 'Rows left out by the configuration',
  'common.accounting.leftOutIntro':
    'The files hold more than this dataset is about (other geographic levels or series, say). The site’s configuration keeps only some of their rows: the others are counted here, by the column and value that left them out, and are neither accepted nor rejected, nor in the file of rejected rows.',
  'common.accounting.leftOutColumn': 'Column',
  'common.accounting.leftOutValue': 'Value',
  'common.accounting.leftOutOther': 'Other values',
  'common.accounting.download':
    "Download every rejected row (CSV: file, line, column, reason, value, and the row's code, name and date)",
  'common.accounting.unknown.heading': 'Area codes that match no area',
  'common.accounting.unknown.hintsIntro':
    'Rows with these codes were rejected. What the codes look like, and what would join them:',
  'common.accounting.unknown.rejected': 'Rows with these codes were rejected.',
  'common.accounting.unknown.label': 'Unknown area codes',
  'common.accounting.unknown.code': 'Code',
  'common.accounting.unknown.name': 'Name in the file',
  'common.accounting.warnings': 'Warnings',
  'common.accounting.first.heading': 'First rejected rows',
  'common.accounting.first.caption': {
    forms: { one: 'First {shown} of {count} rejected row', other: 'First {shown} of {count} rejected rows' },
  },
  'common.accounting.col.file': 'File',
  'common.accounting.col.line': 'Line',
  'common.accounting.col.column': 'Column',
  'common.accounting.col.reason': 'Reason',
  'common.accounting.col.value': 'Value',
  'common.accounting.col.about': 'Row about',
  'common.accounting.wholeRow': '(whole row)',
  'common.accounting.filesRead': 'Files read',
  'common.accounting.file.features': {
    forms: {
      one: '{count} feature (GeoJSON or TopoJSON, one row per feature)',
      other: '{count} features (GeoJSON or TopoJSON, one row per feature)',
    },
  },
  'common.accounting.file.rows': { forms: { one: '{count} row', other: '{count} rows' } },
  'common.accounting.file.encodingDetected': '{encoding} (detected)',
  'common.accounting.file.delimiter': 'delimiter "{delimiter}"',
  'common.accounting.file.delimiterTab': 'delimiter tab',
  'common.accounting.file.blank': {
    forms: { one: '{count} blank line skipped', other: '{count} blank lines skipped' },
  },
  'common.accounting.cells.heading': 'Every cell accounted for',
  'common.accounting.cells.intro':
    "The file has one column per period: each cell (one area's value for one period) is counted, and accepted or rejected on its own.",
  'common.accounting.cells.read': { by: 'n', forms: { one: '{count} cell read', other: '{count} cells read' } },
  'common.accounting.cells.chartTitle': 'Cells accepted and rejected',
  'common.accounting.cells.description': {
    by: 'rows',
    forms: {
      one: '{rows} cell read: {accepted} accepted and {rejected} rejected. The table below gives each rejection reason.',
      other:
        '{rows} cells read: {accepted} accepted and {rejected} rejected. The table below gives each rejection reason.',
    },
  },
  'common.accounting.cells.caption': 'Cells by outcome.',
  'common.accounting.cells.captionCompressed':
    'Cells by outcome (the axis is compressed so that small counts stay visible).',
  'common.accounting.cells.tableLabel': 'Cells by outcome, table',
  'common.accounting.cells.tableCaption': 'Cells by outcome',
  'common.accounting.cells.unit': 'Cells',
  'common.accounting.cells.download':
    "Download every rejected cell (CSV: file, line, column, reason, value, and the row's code, name and period)",
  'common.accounting.cells.unknownHintsIntro':
    'The cells of rows with these codes were rejected. What the codes look like, and what would join them:',
  'common.accounting.cells.unknownRejected': 'The cells of rows with these codes were rejected.',
  'common.accounting.cells.firstHeading': 'First rejected cells',
  'common.accounting.cells.firstCaption': {
    forms: { one: 'First {shown} of {count} rejected cell', other: 'First {shown} of {count} rejected cells' },
  },
  'common.accounting.cells.about': 'Cell about',
  'common.accounting.file.cells': { forms: { one: '{count} cell', other: '{count} cells' } },
  'common.accounting.file.periodColumns': {
    by: 'n',
    forms: { one: '{n} period column: {columns}', other: '{n} period columns: {columns}' },
  },
  'common.accounting.cells.introAreas':
    "The file has one column per area: each cell (one area's count for one day) is counted, and accepted or rejected on its own.",
  'common.accounting.cells.downloadAreas':
    "Download every rejected cell (CSV: file, line, column, reason, value, and the cell's area and the row's date)",
  'common.accounting.file.areaColumns': {
    by: 'n',
    forms: { one: '{n} area column: {columns}', other: '{n} area columns: {columns}' },
  },
  'common.map.zoomIn': 'Zoom in',
  'common.map.zoomOut': 'Zoom out',
  'common.map.resetBearing': 'Turn the map to face north',
  'common.map.toggleAttribution': 'Show or hide the map credits',
} as const;
