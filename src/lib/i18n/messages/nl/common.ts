/** Nederlands (nl): messages of components shared by several dashboards (sources, row accounting, chart frames, pickers, keys). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/common.ts';

export const messages: NamespaceMessages<typeof source> = {
  'common.source.publisher': 'Gepubliceerd door',
  'common.source.licence': 'Licentie',
  'common.source.attribution': 'Naamsvermelding',
  'common.source.updated': 'Laatst bijgewerkt door de uitgever',
  'common.source.notes': 'Opmerkingen',
  'common.picker.label': 'Voeg een gebied toe om te vergelijken (maximaal {max})',
  'common.picker.hint': 'Typ een deel van de naam of code en kies het gebied uit de suggesties.',
  'common.picker.add': 'Toevoegen',
  'common.picker.chosen': 'Gebieden in de vergelijking',
  'common.picker.loading': 'De lijst met gebieden wordt geladen…',
  'common.picker.loadFailed':
    'De lijst met gebieden kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'common.picker.typeFirst': 'Typ eerst de naam van een gebied.',
  'common.picker.noSuch': 'Er is geen gebied met de naam ‘{typed}’: kies er een uit de suggesties.',
  'common.picker.already': 'Dat gebied staat al in de vergelijking.',
  'common.picker.full': {
    by: 'max',
    forms: {
      one: 'Er kan maximaal {max} gebied worden toegevoegd.',
      other: 'Er kunnen maximaal {max} gebieden worden toegevoegd.',
    },
  },
  'common.picker.added': '{area} toegevoegd.',
  'common.picker.removed': '{area} verwijderd.',
  'common.picker.remove': '{area} verwijderen',
  'common.accounting.heading': 'Elke rij verantwoord',
  'common.accounting.read': { by: 'n', forms: { one: '{count} rij gelezen', other: '{count} rijen gelezen' } },
  'common.accounting.accepted': '{count} geaccepteerd',
  'common.accounting.rejected': '{count} afgewezen',
  'common.accounting.chartTitle': 'Geaccepteerde en afgewezen rijen',
  'common.accounting.description': {
    by: 'rows',
    forms: {
      one: '{rows} rij gelezen: {accepted} geaccepteerd en {rejected} afgewezen. De tabel hieronder geeft elke reden van afwijzing.',
      other:
        '{rows} rijen gelezen: {accepted} geaccepteerd en {rejected} afgewezen. De tabel hieronder geeft elke reden van afwijzing.',
    },
  },
  'common.accounting.caption': 'Rijen naar uitkomst.',
  'common.accounting.captionCompressed':
    'Rijen naar uitkomst (de as is samengedrukt zodat kleine aantallen zichtbaar blijven).',
  'common.accounting.tableLabel': 'Rijen naar uitkomst, tabel',
  'common.accounting.tableCaption': 'Rijen naar uitkomst',
  'common.accounting.outcome': 'Uitkomst',
  'common.accounting.rows': 'Rijen',
  'common.accounting.barAccepted': 'Geaccepteerd',
  'common.accounting.barRejected': 'Afgewezen: {reason}',
  'common.accounting.leftOut': '{count} weggelaten',
  'common.accounting.barLeftOut': 'Weggelaten door de configuratie',
  'common.accounting.descriptionLeftOut':
    'Weggelaten door de configuratie, niet geaccepteerd en niet afgewezen: {leftOut}.',
  'common.accounting.notPlaced': 'Niet in een gebied geplaatst: {count}',
  'common.accounting.notPlacedHeading': 'Rijen niet in een gebied geplaatst',
  'common.accounting.notPlacedIntro':
    'Deze rijen zijn geaccepteerd: ze bevatten aantallen of waarden die het bestand in geen enkel gebied plaatst, hieronder per waarde. Aantallen daarin tellen mee in de totalen van de dataset, maar in die van geen enkel gebied: ze hebben geen gebiedspagina, geen plaats op de kaart en geen rang.',
  'common.accounting.leftOutHeading': 'Rijen weggelaten door de configuratie',
  'common.accounting.leftOutIntro':
    'De bestanden bevatten meer dan waar deze dataset over gaat (bijvoorbeeld andere geografische niveaus of reeksen). De configuratie van de site houdt maar een deel van hun rijen: de andere worden hier geteld, naar de kolom en waarde waardoor ze zijn weggelaten, en zijn niet geaccepteerd en niet afgewezen, en staan niet in het bestand met afgewezen rijen.',
  'common.accounting.leftOutColumn': 'Kolom',
  'common.accounting.leftOutValue': 'Waarde',
  'common.accounting.leftOutOther': 'Andere waarden',
  'common.accounting.noneRejected':
    'Er is geen rij afgewezen, dus er is geen bestand met afgewezen rijen om te downloaden.',
  'common.accounting.download':
    'Download alle afgewezen rijen (CSV: bestand, regel, kolom, reden, waarde, en de code, naam en datum van de rij)',
  'common.accounting.unknown.heading': 'Gebiedscodes zonder bijbehorend gebied',
  'common.accounting.unknown.hintsIntro':
    'Rijen met deze codes zijn afgewezen. Hoe de codes eruitzien, en waarmee ze te koppelen zijn:',
  'common.accounting.unknown.rejected': 'Rijen met deze codes zijn afgewezen.',
  'common.accounting.unknown.label': 'Onbekende gebiedscodes',
  'common.accounting.unknown.code': 'Code',
  'common.accounting.unknown.name': 'Naam in het bestand',
  'common.accounting.warnings': 'Waarschuwingen',
  'common.accounting.first.heading': 'Eerste afgewezen rijen',
  'common.accounting.first.caption': {
    forms: { one: 'Eerste {shown} van {count} afgewezen rij', other: 'Eerste {shown} van {count} afgewezen rijen' },
  },
  'common.accounting.col.file': 'Bestand',
  'common.accounting.col.line': 'Regel',
  'common.accounting.col.column': 'Kolom',
  'common.accounting.col.reason': 'Reden',
  'common.accounting.col.value': 'Waarde',
  'common.accounting.col.about': 'Rij over',
  'common.accounting.wholeRow': '(hele rij)',
  'common.accounting.filesRead': 'Gelezen bestanden',
  'common.accounting.file.features': {
    forms: {
      one: '{count} object (GeoJSON of TopoJSON, één rij per object)',
      other: '{count} objecten (GeoJSON of TopoJSON, één rij per object)',
    },
  },
  'common.accounting.file.rows': { forms: { one: '{count} rij', other: '{count} rijen' } },
  'common.accounting.file.encodingDetected': '{encoding} (herkend)',
  'common.accounting.file.delimiter': 'scheidingsteken “{delimiter}”',
  'common.accounting.file.delimiterTab': 'scheidingsteken tab',
  'common.accounting.file.blank': {
    forms: { one: '{count} lege regel overgeslagen', other: '{count} lege regels overgeslagen' },
  },
  'common.accounting.cells.heading': 'Elke cel verantwoord',
  'common.accounting.cells.intro':
    'Het bestand heeft één kolom per periode: elke cel (de waarde van één gebied voor één periode) wordt apart geteld, en apart geaccepteerd of afgewezen.',
  'common.accounting.cells.read': { by: 'n', forms: { one: '{count} cel gelezen', other: '{count} cellen gelezen' } },
  'common.accounting.cells.chartTitle': 'Geaccepteerde en afgewezen cellen',
  'common.accounting.cells.description': {
    by: 'rows',
    forms: {
      one: '{rows} cel gelezen: {accepted} geaccepteerd en {rejected} afgewezen. De tabel hieronder geeft elke reden van afwijzing.',
      other:
        '{rows} cellen gelezen: {accepted} geaccepteerd en {rejected} afgewezen. De tabel hieronder geeft elke reden van afwijzing.',
    },
  },
  'common.accounting.cells.caption': 'Cellen naar uitkomst.',
  'common.accounting.cells.captionCompressed':
    'Cellen naar uitkomst (de as is samengedrukt zodat kleine aantallen zichtbaar blijven).',
  'common.accounting.cells.tableLabel': 'Cellen naar uitkomst, tabel',
  'common.accounting.cells.tableCaption': 'Cellen naar uitkomst',
  'common.accounting.cells.unit': 'Cellen',
  'common.accounting.cells.noneRejected':
    'Er is geen cel afgewezen, dus er is geen bestand met afgewezen cellen om te downloaden.',
  'common.accounting.cells.download':
    'Download alle afgewezen cellen (CSV: bestand, regel, kolom, reden, waarde, en de code, naam en periode van de rij)',
  'common.accounting.cells.unknownHintsIntro':
    'De cellen van rijen met deze codes zijn afgewezen. Hoe de codes eruitzien, en waarmee ze te koppelen zijn:',
  'common.accounting.cells.unknownRejected': 'De cellen van rijen met deze codes zijn afgewezen.',
  'common.accounting.cells.firstHeading': 'Eerste afgewezen cellen',
  'common.accounting.cells.firstCaption': {
    forms: { one: 'Eerste {shown} van {count} afgewezen cel', other: 'Eerste {shown} van {count} afgewezen cellen' },
  },
  'common.accounting.cells.about': 'Cel over',
  'common.accounting.file.cells': { forms: { one: '{count} cel', other: '{count} cellen' } },
  'common.accounting.file.periodColumns': {
    by: 'n',
    forms: { one: '{n} periodekolom: {columns}', other: '{n} periodekolommen: {columns}' },
  },
  'common.accounting.cells.introAreas':
    'Het bestand heeft één kolom per gebied: elke cel (het aantal van één gebied op één dag) wordt apart geteld, en apart geaccepteerd of afgewezen.',
  'common.accounting.cells.downloadAreas':
    'Download alle afgewezen cellen (CSV: bestand, regel, kolom, reden, waarde, en het gebied van de cel en de datum van de rij)',
  'common.accounting.file.areaColumns': {
    by: 'n',
    forms: { one: '{n} gebiedskolom: {columns}', other: '{n} gebiedskolommen: {columns}' },
  },
  'common.map.zoomIn': 'Inzoomen',
  'common.map.zoomOut': 'Uitzoomen',
  'common.map.resetBearing': 'Kaart naar het noorden draaien',
  'common.map.toggleAttribution': 'Bronvermelding van de kaart tonen of verbergen',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'common.accounting.noneRejected',
  'common.accounting.cells.noneRejected',
  'common.picker.loading',
  'common.picker.loadFailed',
  'common.picker.typeFirst',
  'common.picker.noSuch',
  'common.picker.already',
  'common.picker.full',
  'common.picker.added',
  'common.picker.removed',
  'common.picker.remove',
  'common.accounting.leftOut',
  'common.accounting.barLeftOut',
  'common.accounting.descriptionLeftOut',
  'common.accounting.leftOutHeading',
  'common.accounting.leftOutIntro',
  'common.accounting.leftOutColumn',
  'common.accounting.leftOutValue',
  'common.accounting.leftOutOther',
  'common.accounting.heading',
  'common.accounting.col.about',
  'common.map.resetBearing',
  'common.map.toggleAttribution',
  'common.accounting.cells.heading',
  'common.accounting.cells.intro',
  'common.accounting.cells.about',
  'common.accounting.cells.introAreas',
  'common.accounting.cells.downloadAreas',
  'common.accounting.file.areaColumns',
  'common.accounting.notPlaced',
  'common.accounting.notPlacedHeading',
  'common.accounting.notPlacedIntro',
];
