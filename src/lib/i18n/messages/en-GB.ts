/**
 * The en-GB catalogue: the source language. Every other catalogue has exactly
 * these keys, with the same placeholders (tests/unit/lib/i18n/catalogues.test.ts).
 */
export const enGB = {
  language: 'en-GB',
  name: 'English',
  glossary: [
    { term: 'rate per 100,000', translation: 'rate per 100,000', note: 'cases in 7 days for every 100,000 residents' },
    { term: '7-day average', translation: '7-day average', note: 'mean of the daily counts over the last 7 days' },
    { term: 'suppressed', translation: 'suppressed', note: 'withheld because the number is too small to publish' },
    { term: 'vacant', translation: 'vacant', note: 'land or a building nobody uses' },
    { term: 'under-used', translation: 'under-used', note: 'used for only part of its space or time' },
    { term: 'benchmark', translation: 'benchmark', note: 'the figure an area is compared with' },
  ],
  review: [],
  messages: {
    'format.suppressed': 'suppressed',
    'format.noData': 'no data',
    'number.ordinal': { by: 'n', ordinal: true, forms: { one: '{n}st', two: '{n}nd', few: '{n}rd', other: '{n}th' } },

    'layout.title': '{page} · {site}',
    'layout.skipLink': 'Skip to main content',
    'layout.nav.label': 'Main',
    'layout.nav.home': 'Home',
    'layout.nav.cases': 'Disease tracking',
    'layout.nav.assets': 'Buildings and land',
    'layout.nav.indicator': 'Indicators',
    'layout.nav.datasets': 'Data and quality',
    'layout.breadcrumb': 'Breadcrumb',
    'layout.demo.label': 'Demonstration site',
    'layout.demo.lead': 'Demonstration site.',
    'layout.demo.text':
      'All data shown here is fictional, generated for the demo; it describes no real place or person.',
    'layout.footer.private':
      '{site} is built with Civic Atlas from open data. No cookies, no tracking: this site makes no request to any other website.',
    'layout.footer.privateTiles':
      '{site} is built with Civic Atlas from open data. No cookies, no tracking: this site makes no request to any other website except for the map background tiles.',
    'layout.footer.kept': 'Pages kept for offline use',

    'notFound.title': 'Page not found',
    'notFound.text': 'There is no page at this address. It may have moved when the data was updated.',
    'notFound.home': 'Go to the home page',

    'offline.app.description': 'Open data from {council}: dashboards, maps and area profiles.',
    'offline.keep.button': 'Keep this page for offline use',
    'offline.keep.working': 'Keeping this page on this device…',
    'offline.keep.done': {
      by: 'files',
      forms: {
        one: 'Kept on this device: {files} file, {size}. It opens without a network.',
        other: 'Kept on this device: {files} files, {size}. It opens without a network.',
      },
    },
    'offline.keep.kept': 'This page is kept on this device: it opens without a network.',
    'offline.keep.remove': 'Remove from this device',
    'offline.keep.removed': 'Removed from this device.',
    'offline.keep.failed': 'This page could not be kept: {reason}',
    'offline.keep.noWorker':
      'the offline helper of this site is not running yet. Reload the page while connected and try again.',
    'offline.keep.list': 'All pages kept on this device',
    'offline.list.title': 'Pages kept for offline use',
    'offline.list.heading': 'Kept on this device',
    'offline.list.intro':
      'Pages you keep open on this device without a network, with their charts, tables and maps. They are stored only in this browser, and replaced by fresh copies when the site is updated.',
    'offline.list.how':
      'Area profiles, land and building pages and dataset pages have a "Keep this page for offline use" button.',
    'offline.list.empty': 'No pages are kept on this device.',
    'offline.list.count': {
      forms: { one: '{count} page kept, {size} in all.', other: '{count} pages kept, {size} in all.' },
    },
    'offline.list.keptOn': 'kept {date}, {size}',
    'offline.list.remove': 'Remove',
    'offline.list.removeLabel': 'Remove {title} from this device',
    'offline.list.removed': '{title} was removed from this device.',
    'offline.list.unsupported': 'This browser cannot keep pages for offline use.',
    'offline.list.noScript': 'The list of kept pages needs JavaScript.',
    'offline.page.title': 'You are offline',
    'offline.page.text':
      'This page is not kept on this device, so it cannot open without a network. Reconnect and reload the page, or open one of the pages kept on this device.',

    'cases.change.suppressed': 'The change on {period} is not shown because the numbers are too small to publish.',
    'cases.change.previousWeek': 'the previous 7 days',
    'cases.change.noData': 'There is no data to compare with {period}.',
    'cases.change.noChangeShort': 'No change',
    'cases.change.noChange': 'No change on {period}.',
    'cases.change.amount': '{magnitude} {unit}',
    'cases.change.amountPct': '{magnitude} {unit} ({pct})',
    'cases.change.up': 'Up {amount} on {period}',
    'cases.change.down': 'Down {amount} on {period}',
    'cases.change.neutral': '{change}.',
    'cases.change.worse': '{change}, a change for the worse.',
    'cases.change.better': '{change}, a change for the better.',

    'cases.summary.noWeek': 'There is no complete week of data yet.',
    'cases.summary.when': 'the 7 days to {date}',
    'cases.summary.noData': 'In {place}, there is no data on {measure} for {when}.',
    'cases.summary.suppressed':
      'In {place}, the number of {measure} in {when} was too small to publish (fewer than {threshold}).',
    'cases.summary.rate': '{rate} per 100,000 people',
    'cases.summary.rankFirst': ', the highest of {ranked} areas',
    'cases.summary.rankFirstJoint': ', the joint highest of {ranked} areas',
    'cases.summary.rank': ', the {ordinal} highest of {ranked} areas',
    'cases.summary.rankJoint': ', the joint {ordinal} highest of {ranked} areas',
    'cases.summary.changeSuppressed':
      'In {place}, {measure} in {when} were {level}{rank}; the change on the previous 7 days is not shown because the numbers are too small to publish.',
    'cases.summary.noEarlier':
      'In {place}, {measure} in {when} were {level}{rank}; there is no earlier figure to compare with.',
    'cases.summary.unchanged': 'In {place}, {measure} in {when} were unchanged at {level}{rank}.',
    'cases.summary.roseFromZero': 'In {place}, {measure} in {when} rose from zero to {level}{rank}.',
    'cases.summary.fellFromZero': 'In {place}, {measure} in {when} fell from zero to {level}{rank}.',
    'cases.summary.rose': 'In {place}, {measure} in {when} rose {pct} to {level}{rank}.',
    'cases.summary.fell': 'In {place}, {measure} in {when} fell {pct} to {level}{rank}.',

    'cases.chart.empty': 'Nothing to draw: no {unit} were reported.',
    'cases.chart.emptyRange': 'Nothing to draw: no {unit} were reported from {from} to {to}.',
    'cases.chart.trend': 'Daily {unit} from {from} to {to}, as bars, with the 7-day average as a line.',
    'cases.chart.trendPeak': 'The 7-day average was highest, {value} a day, on {date}.',
    'cases.chart.trendLastComplete': 'On {date}, the last complete day, it was {value} a day.',
    'cases.chart.trendSpanned': {
      forms: {
        one: 'One bar covers several days: the source skipped days, and the next report ({reports}) carries them all.',
        other:
          '{count} bars cover several days: the source skipped days, and the next report ({reports}) carries them all.',
      },
    },
    'cases.chart.trendSpannedReport': {
      by: 'days',
      forms: { one: '{date}, for {days} day', other: '{date}, for {days} days' },
    },
    'cases.chart.trendMore': '{reports}; …',
    'cases.chart.trendLagged': {
      forms: {
        one: 'The last day is shaded: it is still incomplete.',
        other: 'The last {count} days are shaded: they are still incomplete.',
      },
    },
    'cases.chart.compareNone': 'No rates to show.',
    'cases.chart.compare': '7-day rates per 100,000 from {from} to {to}, one line each for {areas}.',
    'cases.chart.compareLine': '{area}: {rate} on {date}.',
  },
} as const;
