/** English (en-GB): messages of buildings and land pages, components, maps and their scripts. */
export const messages = {
  // The default categories (used when a dataset's config declares none; configured labels are data).
  'assets.category.vacant': 'Vacant',
  'assets.category.under-used': 'Under-used',
  'assets.category.occupied': 'Occupied',
  'assets.category.unknown': 'Status unknown',
  // Marker shapes in words, for text alternatives.
  'assets.shape.triangle': 'triangle',
  'assets.shape.diamond': 'diamond',
  'assets.shape.square': 'square',
  'assets.shape.circle': 'circle',
  'assets.shape.triangle-down': 'triangle down',
  'assets.shape.pentagon': 'pentagon',
  'assets.shape.hexagon': 'hexagon',
  'assets.shape.star': 'star',
  'assets.shape.cross': 'cross',
  // What a record is when its dataset's `words` do not say.
  'assets.noun.records': { forms: { one: 'record', other: 'records' } },
  // The sources a count of records comes from ({sources} of the glance and the lede), said for their own number.
  'assets.noun.fromSources': { forms: { one: 'from one source', other: 'from {count} sources' } },
  'assets.unnamed': 'Asset {id}',
  // The names of an asset's fields (a dataset's `words.labels` may rename them).
  'assets.field.name': 'Name',
  'assets.field.address': 'Address',
  'assets.field.postcode': 'Postcode',
  'assets.field.reference': 'Reference',
  'assets.field.uprn': 'UPRN',
  'assets.field.area': 'Area',
  'assets.field.tenure': 'Tenure',
  'assets.field.holdingType': 'Holding type',
  'assets.field.size': 'Size',
  'assets.field.owner': 'Owner',
  'assets.field.status': 'Status',
  'assets.field.source': 'Source',
  'assets.field.location': 'Location',
  'assets.field.search': 'Search',
  'assets.field.sizeIn': 'Size ({unit})',
  // Community-value dates (what each means in law is explained by the configured rights text).
  'assets.date.listedDate': 'Listed as of community value',
  'assets.date.expiryDate': 'Listing ends',
  'assets.date.noticeDate': 'Owner gave notice of intent to sell',
  'assets.date.protectedUntil': 'Protected period ends',
  // Why an asset is not on the map (the data step's reasons; the layer name is config data).
  'assets.reason.noCoordinates': 'no coordinates',
  'assets.reason.notNumbers': 'coordinates are not numbers',
  'assets.reason.outside': 'outside the area',
  'assets.reason.badGeometry': 'geometry could not be read',
  'assets.reason.noLocation': 'the source gives no location',
  'assets.reason.emptyGeometry': 'the geometry is empty',
  'assets.reason.notInArea': 'not inside any of the {layer}',
  'assets.reason.pointNotInArea': '{point} is not inside any of the {layer}',
  'assets.reason.notDegrees':
    '{columns}: {values} cannot be longitude and latitude (beyond ±180/±90); set coordinates.crs to the system the file is in',
  // The land page.
  'assets.land.title': 'Buildings and land',
  'assets.land.description': 'Public land and buildings: a map to find them, and what communities can do.',
  'assets.land.descriptionAvailable':
    'Public land and buildings that are {available}: a map to find them, and what communities can do.',
  'assets.land.lede': {
    forms: {
      one: '{count} record of land and buildings {sources}, to find places that are {available}, study them, and act.',
      other:
        '{count} records of land and buildings {sources}, to find places that are {available}, study them, and act.',
    },
  },
  'assets.land.ledeByStatus': {
    forms: {
      one: '{count} record of land and buildings {sources}, to find places by status, study them, and act.',
      other: '{count} records of land and buildings {sources}, to find places by status, study them, and act.',
    },
  },
  // One source that names its records (`words` in its config): its noun, said for the count.
  'assets.land.ledeOwn': '{count} {noun} from one source, to find places that are {available}, study them, and act.',
  'assets.land.ledeOwnByStatus': '{count} {noun} from one source, to find places by status, study them, and act.',
  'assets.land.rights': '{link}: what community groups can do.',
  'assets.land.downloads': 'Download the full data',
  'assets.land.downloadsStable': 'These addresses stay the same from one release to the next, so you can cite them.',
  'assets.land.downloadsAll': 'All sources together',
  'assets.land.downloadsSources':
    'Each source’s page under {link} says where it comes from and which rows were left out, and why.',
  // The finder: filters, map and list on the land page.
  'assets.finder.heading': 'Find land and buildings',
  'assets.finder.noScript':
    'The interactive map, the filters and the searchable list need JavaScript. Without it, use the lists by area below, which are complete, or download the full data.',
  'assets.finder.filters': 'Filters',
  'assets.finder.filtersSet': 'Filters ({count} set)',
  'assets.finder.filtersLabel': 'Filter the map and list',
  'assets.finder.search': 'Search name, address or reference',
  'assets.finder.sizeFrom': 'From',
  'assets.finder.sizeTo': 'to',
  'assets.finder.sizeUnit': ' ({unit})',
  'assets.finder.sizeEachUnit': ' (in each source’s unit)',
  'assets.finder.clear': 'Clear all filters',
  // Said of what the filters leave, without a noun: a dataset's own noun (its `words`) has only the
  // forms a count takes, and Welsh, Dutch, Danish and German could not always use one alone here.
  'assets.finder.exportCsv': 'Download the list (CSV)',
  'assets.finder.exportGeoJson': 'Download the list (GeoJSON)',
  'assets.finder.shortlist': 'Printable shortlist',
  'assets.finder.pictureLabel':
    'Map of the {count} records with a place, in numbered groups where they are close together. Every record is also in the list below the map.',
  // The same, for one source that names its records (`words`): its noun, for the count.
  'assets.finder.pictureLabelOwn':
    'Map of the {count} {noun} with a place, in numbered groups where they are close together. Each of them is also in the list below the map.',
  'assets.finder.mapLabel': 'Map of public land and buildings. Everything on it is also in the list below the map.',
  'assets.finder.showMap': 'Show interactive map',
  'assets.finder.loadingMap': 'Loading the interactive map…',
  'assets.finder.mapNote':
    'Select the map to pan and zoom it; on it, select a marker for its summary or a numbered circle to zoom in. Everything on the map is also in the list.',
  'assets.finder.noPlaces': 'Nothing listed has a place on the map; use the list.',
  'assets.finder.noWebGl':
    'This browser cannot show the interactive map (it needs WebGL): the picture shows what it would, and the list below has everything on it.',
  'assets.finder.zoom': 'Zoom the map to fit the list',
  'assets.finder.inView': 'Only list what is in the map view',
  'assets.finder.selected': 'Your selection',
  'assets.finder.list': 'List',
  'assets.finder.order': 'Order',
  'assets.finder.orderStatus': 'Status ({first} first), then name',
  'assets.finder.orderName': 'Name, A to Z',
  'assets.finder.orderSize': 'Size, largest first',
  'assets.finder.statusWord': 'status',
  'assets.finder.pages': 'Pages of the list',
  'assets.finder.loadFailed': 'The data could not be loaded ({reason}). Browse by area below instead.',
  'assets.finder.exportFailed': 'The list could not be saved ({reason}).',
  'assets.finder.saved': {
    forms: {
      one: 'Saved {name} ({count} record).',
      other: 'Saved {name} ({count} records).',
    },
  },
  'assets.finder.savedOwn': 'Saved {name} ({count} {noun}).',
  // The live count above the list.
  // The verb agrees with {matched} ("1 of 3 records matches").
  'assets.count.match': {
    by: 'matched',
    forms: {
      one: '{matched} of {all} matches; {placed} on the map. {listing}',
      other: '{matched} of {all} match; {placed} on the map. {listing}',
    },
  },
  // The records a match is counted among ({all} above), said for their own number.
  'assets.count.records': { forms: { one: '{count} record', other: '{count} records' } },
  'assets.count.matchFiltered': {
    by: 'matched',
    forms: {
      one: '{matched} of {all} matches ({filters}); {placed} on the map. {listing}',
      other: '{matched} of {all} match ({filters}); {placed} on the map. {listing}',
    },
  },
  // The same, for one source that names its records: its noun, said for {all}.
  'assets.count.matchOwn': {
    by: 'matched',
    forms: {
      one: '{matched} of {all} {noun} matches; {placed} on the map. {listing}',
      other: '{matched} of {all} {noun} match; {placed} on the map. {listing}',
    },
  },
  'assets.count.matchFilteredOwn': {
    by: 'matched',
    forms: {
      one: '{matched} of {all} {noun} matches ({filters}); {placed} on the map. {listing}',
      other: '{matched} of {all} {noun} match ({filters}); {placed} on the map. {listing}',
    },
  },
  'assets.count.listing': 'Listing {from}–{to} of {listed}.',
  'assets.count.listingInView': 'Listing {from}–{to} of {listed} in the map view.',
  'assets.count.noneInView': 'None of them is in the map view.',
  'assets.count.nothing': 'Nothing to list.',
  // The filters in words.
  'assets.filter.item': '{label}: {values}',
  'assets.filter.notStated': 'not stated',
  'assets.filter.notStatedOption': 'Not stated',
  'assets.filter.between': '{min} to {max}',
  'assets.filter.atLeast': 'at least {min}',
  'assets.filter.atMost': 'at most {max}',
  'assets.filter.words': '“{q}”',
  'assets.filter.chosen': ' ({count} chosen)',
  // The list and the selected record.
  'assets.results.showOnMap': 'Show on map',
  'assets.results.notOnMap': 'Not on the map: {reason}',
  'assets.results.page': 'Page {page} of {pages}',
  'assets.results.previous': 'Previous page',
  'assets.results.next': 'Next page',
  'assets.selected.open': 'Open its page (details, print, nomination)',
  'assets.selected.clear': 'Clear selection',
  // The estate at a glance, and by area.
  'assets.glance.heading': 'At a glance',
  'assets.glance.records': {
    forms: {
      one: '{count} record {sources}; {placed} on the map.',
      other: '{count} records {sources}; {placed} on the map.',
    },
  },
  // The same, for one source that names its records: its noun, said for {count}.
  'assets.glance.recordsOwn': '{count} {noun} from one source; {placed} on the map.',
  'assets.glance.unplaced': '{count} are not on the map, and why',
  'assets.glance.available': {
    forms: {
      one: '{count} record is available for community use ({categories}).',
      other: '{count} records are available for community use ({categories}).',
    },
  },
  'assets.glance.availableOwn': {
    forms: {
      one: '{count} {noun} is available for community use ({categories}).',
      other: '{count} {noun} are available for community use ({categories}).',
    },
  },
  'assets.glance.byArea': 'Browse by area',
  'assets.glance.byAreaText': 'Each area has a list you can read and print without the map.',
  'assets.glance.byAreaNoArea': {
    forms: {
      one: 'Each area has a list you can read and print without the map; {count} record has no area.',
      other: 'Each area has a list you can read and print without the map; {count} records have no area.',
    },
  },
  'assets.glance.byAreaNoAreaOwn': {
    forms: {
      one: 'Each area has a list you can read and print without the map; {count} {noun} has no area.',
      other: 'Each area has a list you can read and print without the map; {count} {noun} have no area.',
    },
  },
  'assets.glance.tableLabel': 'Counts by area and status',
  'assets.glance.caption': 'Public land and buildings by area and status',
  'assets.glance.highest': ': the {count} of {total} areas with the highest totals (highest first)',
  'assets.glance.more': '{count} of {total} areas are shown. Every area: {csv}.',
  'assets.glance.moreCsv': 'the counts for all {total} areas (CSV)',
  'assets.glance.all': 'All',
  'assets.legend.label': 'Key to the status markers',
  // An area's list page.
  'assets.areaList.title': 'Public land and buildings in {area}',
  'assets.areaList.titlePaged': 'Public land and buildings in {area}, page {page} of {pages}',
  'assets.areaList.description': {
    forms: {
      one: '{count} record of public land and buildings in {area}.',
      other: '{count} records of public land and buildings in {area}.',
    },
  },
  'assets.areaList.counts': { forms: { one: '{count} record: {counts}.', other: '{count} records: {counts}.' } },
  // The same two, for one source that names its records: its noun, said for {count}.
  'assets.areaList.descriptionOwn': '{count} {noun} in {area}.',
  'assets.areaList.countsOwn': '{count} {noun}: {counts}.',
  'assets.areaList.onMap': '{link}.',
  'assets.areaList.onMapLink': 'See them on the map, with filters',
  'assets.areaList.pages': 'Pages of this list',
  'assets.areaList.range': 'Listed here: {from} to {to} of {count}.',
  'assets.areaList.page': 'Page {page}',
  'assets.areaList.caption': 'Public land and buildings in {area} (area code {code}), {first} first',
  'assets.areaList.captionPaged':
    'Public land and buildings in {area} (area code {code}), {first} first, page {page} of {pages}',
  // The static table of assets.
  'assets.table.asset': 'Asset',
  'assets.table.tenureHolding': 'Tenure and holding type',
  'assets.table.reason': 'Why it is not on the map',
  'assets.table.sourceReference': 'Source and reference',
  // What is kept but not on the map.
  'assets.unplaced.title': 'Kept but not on the map',
  'assets.unplaced.description': 'Public land and buildings kept from the sources but not placed on the map, and why.',
  'assets.unplaced.crumb': 'Not on the map',
  'assets.unplaced.text': {
    forms: {
      one: '{count} record is not on the map: the source gives no location, or the coordinates are missing, are not numbers, or put it outside the areas this site covers. It is kept, not dropped: each has its own page, and it is in the downloads.',
      other:
        '{count} records are not on the map: the source gives no location, or the coordinates are missing, are not numbers, or put them outside the areas this site covers. They are kept, not dropped: each has its own page, and they are in the downloads.',
    },
  },
  // The same, for one source that names its records: no pronoun for them, whose gender the noun decides.
  'assets.unplaced.textOwn':
    'Not on the map: {count} {noun}. The source gives no location, or the coordinates are missing, are not numbers, or lie outside the areas this site covers. Nothing is dropped: each has its own page and is in the downloads.',
  'assets.unplaced.caption': '{dataset}: {count} {noun} not on the map',
  'assets.unplaced.none': 'Everything is on the map.',
  // Community rights.
  'assets.rights.title': 'Community rights',
  'assets.rights.description': 'What community groups can do about public land and buildings, and how to start.',
  'assets.rights.none':
    'This site’s configuration does not describe community rights. Ask {council} what your community can do about the land and buildings on the {link}.',
  'assets.rights.noneLink': 'map',
  'assets.rights.notAdvice': 'This is a summary to help you start, not legal advice.',
  'assets.rights.guidance': 'Official guidance',
  'assets.rights.nomination': 'What a nomination asks for',
  'assets.rights.nominationText':
    'Each asset’s page can prepare a draft with what the register says, and these sections to complete:',
  'assets.rights.fallbackHeading': 'community rights',
  // The shortlist page.
  'assets.shortlist.title': 'Shortlist',
  'assets.shortlist.description': 'A printable shortlist of public land and buildings.',
  'assets.shortlist.loading': 'Loading the list…',
  'assets.shortlist.noScript':
    'The shortlist is made in your browser and needs JavaScript. Without it, every area has a {link}.',
  'assets.shortlist.noScriptLink': 'printable list',
  'assets.shortlist.print': 'Print or save as PDF',
  'assets.shortlist.back': 'Back to the map with these filters',
  'assets.shortlist.heading': {
    forms: {
      one: 'Shortlist: {count} record',
      other: 'Shortlist: {count} records',
    },
  },
  // The shortlist of one source that names its records: its noun, said for {count}.
  'assets.shortlist.headingOwn': 'Shortlist: {count} {noun}',
  'assets.shortlist.noFilters': 'No filters: everything is listed.',
  'assets.shortlist.long':
    '{count} records is about {pages} printed pages. Narrow the filters on the map page for a shorter list.',
  'assets.shortlist.longOwn':
    '{count} {noun} is about {pages} printed pages. Narrow the filters on the map page for a shorter list.',
  'assets.shortlist.printedFrom': 'From {site}: {url}',
  'assets.shortlist.caption': '{count} records',
  'assets.shortlist.captionFiltered': '{count} records: {filters}',
  'assets.shortlist.captionOwn': '{count} {noun}',
  'assets.shortlist.captionFilteredOwn': '{count} {noun}: {filters}',
  'assets.shortlist.nameAddress': 'Name and address',
  'assets.shortlist.tenureHolding': 'Tenure / holding type',
  'assets.shortlist.loadFailed': 'The data could not be loaded ({reason}).',
  'assets.shortlist.partial': 'The first {shown} are listed here; printing lists all {count}.',
  'assets.shortlist.showAll': 'Show all {count}',
  // An asset's page.
  'assets.asset.showOnMap': 'Show on the map',
  'assets.asset.facts': 'What the register says',
  'assets.asset.notOnMap': 'Not on the map: {reason}.',
  'assets.asset.rights': 'Community groups may have rights over land and buildings like this one. {link}.',
  'assets.asset.rightsLink': 'Read what they are and how to use them',
  'assets.asset.printedFrom': 'Printed from {site}: {url}',
  'assets.asset.provenance': '{file}, line {line}',
  'assets.asset.generatedId': 'The source has no reference for this row; this one is made from its line number.',
  'assets.asset.location': '{lat}, {lon} (latitude, longitude)',
  'assets.dates.heading': 'Dates that matter',
  'assets.dates.notRecorded': 'not recorded',
  'assets.texts.heading': 'More from the register',
  // The asset's small map.
  'assets.miniMap.title': 'Map: {asset} marked as a {shape} inside the outline of {area}.',
  'assets.miniMap.titleOutline':
    'Map: {asset} marked as a {shape} inside the outline of {area}, with its own outline drawn.',
  'assets.miniMap.titleOwn': 'Map: the outline of {asset}, marked as a {shape}.',
  'assets.miniMap.caption': '{area}: outline of the area, with {asset} marked.',
  'assets.miniMap.captionOutline':
    '{area}: outline of the area, with {asset} marked and its outline as the source gives it.',
  'assets.miniMap.captionOwn': 'The outline of {asset} as the source gives it, with its place marked.',
  'assets.miniMap.scale': 'Not to scale for measuring; check boundaries on the source.',
  // The asset's area in context.
  'assets.area.heading': 'The area',
  'assets.area.headingNamed': 'The area: {area}',
  'assets.area.population': 'Population: {count}',
  'assets.area.records': {
    forms: {
      one: '{count} public land and building record in {area}',
      other: '{count} public land and building records in {area}',
    },
  },
  // The same, for one source that names its records: its noun, said for {count}.
  'assets.area.recordsOwn': '{count} {noun} in {area}',
  'assets.area.recordsLine': '{link}: {counts}.',
  'assets.area.rateNoData': 'no data',
  'assets.area.rateSuppressed': 'suppressed (too few cases to publish)',
  'assets.area.rate': '{rate} per 100,000 people',
  'assets.area.rateLine': '{metric}: {value} ({link})',
  'assets.area.rateLineWeek': '{metric}: {value} in the 7 days to {date} ({link})',
  'assets.area.noArea': '{name} is not in any area on this site’s map, so there are no area figures for it.',
  'assets.area.noLayer':
    'This register is not joined to any areas on this site, so there are no area figures for {name}.',
  'assets.area.noAreaEmpty': '{name} is not in any area on this site’s map.',
  'assets.area.nearby': 'Nearby',
  'assets.area.away': '{distance} away · {source}',
  'assets.area.metres': '{n} m',
  'assets.area.kilometres': '{n} km',
  'assets.area.notPlaced': 'Not known: {name} is not placed on the map.',
  'assets.area.noneNearby': 'Nothing else on the map within 1 km.',
  // Where the record comes from.
  'assets.source.heading': 'Source',
  'assets.source.from': 'From {dataset}, published by {publisher} under {licence}.',
  'assets.source.file': 'File {file}, line {line}.',
  'assets.source.noName': '(column {n}, no name)',
  'assets.source.swapped': 'Its X and Y were the wrong way round in the source and were read swapped.',
  'assets.source.snapped':
    'Its point is {metres} m outside the area boundaries as drawn on this site (they are simplified and follow the coastline and rivers), so it is counted in the nearest area.',
  'assets.source.unplaced': 'It is not on the map: {reason}.',
  'assets.source.row': 'The row as published ({shown} of {all} columns have a value; empty ones are not shown)',
  'assets.source.rowLabel': 'Source row',
  'assets.source.column': 'Column',
  'assets.source.value': 'Value',
  // Taking it further: print and nomination.
  'assets.action.heading': 'Take it further',
  'assets.action.print': 'Print this page',
  'assets.action.nominate': 'Prepare a nomination (printable page)',
  'assets.action.nominateTxt': 'Download the nomination draft (.txt)',
  'assets.action.draftRights':
    'The draft is filled in with what the register says about this asset, with space for the rest, following {link}.',
  'assets.action.draft':
    'The draft is filled in with what the register says about this asset, with space for the rest.',
  'assets.action.onDevice': 'It is made on your device: nothing is sent anywhere.',
  'assets.action.noScript':
    'To print this page use your browser’s Print command. Preparing a nomination draft needs JavaScript.',
  'assets.action.saved': 'Saved {name}.',
  'assets.action.savedOpen': 'Saved {name}; open it to print.',
  'assets.action.opened': 'The nomination draft opened in a new tab, ready to print or save as PDF.',
  // The nomination draft.
  'assets.nomination.title': 'Nomination draft: {asset}',
  'assets.nomination.intro':
    'A draft prepared with {site} ({council}) from the public register. Check every detail against the source before you submit it: registers can be out of date.',
  'assets.nomination.introSections':
    'The sections below follow {rights} as this site describes them. Complete each one, attach a plan of the site, and send the nomination to the council.',
  'assets.nomination.note': 'This document was made in your browser. Nothing you type into it is sent anywhere.',
  'assets.nomination.facts': 'What the register says',
  'assets.nomination.print': 'Print or save as PDF',
  'assets.nomination.reference': 'Register reference',
  'assets.nomination.location': 'Location (longitude, latitude)',
  'assets.nomination.status': 'Status in the register',
  'assets.nomination.owner': 'Owner in the register',
  'assets.nomination.source': '{dataset} ({publisher}), {provenance}',
  'assets.nomination.page': 'Page',
} as const;
