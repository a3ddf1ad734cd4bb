/** English (en-GB): messages of the page frame (layout, navigation, footer), formats, the 404 page and offline use. */
export const messages = {
  'format.suppressed': 'suppressed',
  'format.noData': 'no data',
  'number.ordinal': {
    by: 'n',
    ordinal: true,
    forms: {
      one: '{n}st',
      two: '{n}nd',
      few: '{n}rd',
      other: '{n}th',
    },
  },
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
  'layout.demo.text': 'All data shown here is fictional, generated for the demo; it describes no real place or person.',
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
    forms: {
      one: '{count} page kept, {size} in all.',
      other: '{count} pages kept, {size} in all.',
    },
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
} as const;
