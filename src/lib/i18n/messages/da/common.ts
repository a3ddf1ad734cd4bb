/** Dansk (da): messages of components shared by several dashboards (sources, row accounting, chart frames, pickers, keys). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/common.ts';

export const messages: NamespaceMessages<typeof source> = {
  'common.source.publisher': 'Udgivet af',
  'common.source.licence': 'Licens',
  'common.source.attribution': 'Kildeangivelse',
  'common.source.updated': 'Senest opdateret af udgiveren',
  'common.source.notes': 'Bemærkninger',
  'common.picker.label': 'Tilføj et område at sammenligne (højst {max})',
  'common.picker.hint': 'Skriv en del af navnet eller koden, og vælg området blandt forslagene.',
  'common.picker.add': 'Tilføj',
  'common.picker.chosen': 'Områder i sammenligningen',
  'common.accounting.heading': 'Hver række er gjort op',
  'common.accounting.read': { by: 'n', forms: { one: '{count} række læst', other: '{count} rækker læst' } },
  'common.accounting.accepted': '{count} accepteret',
  'common.accounting.rejected': '{count} afvist',
  'common.accounting.chartTitle': 'Accepterede og afviste rækker',
  'common.accounting.description': {
    by: 'rows',
    forms: {
      one: '{rows} række læst: {accepted} accepteret og {rejected} afvist. Tabellen nedenfor viser hver årsag til afvisning.',
      other:
        '{rows} rækker læst: {accepted} accepteret og {rejected} afvist. Tabellen nedenfor viser hver årsag til afvisning.',
    },
  },
  'common.accounting.caption': 'Rækker efter udfald.',
  'common.accounting.captionCompressed': 'Rækker efter udfald (aksen er komprimeret, så små antal stadig kan ses).',
  'common.accounting.tableLabel': 'Rækker efter udfald, tabel',
  'common.accounting.tableCaption': 'Rækker efter udfald',
  'common.accounting.outcome': 'Udfald',
  'common.accounting.rows': 'Rækker',
  'common.accounting.barAccepted': 'Accepteret',
  'common.accounting.barRejected': 'Afvist: {reason}',
  'common.accounting.leftOut': '{count} udeladt',
  'common.accounting.barLeftOut': 'Udeladt af konfigurationen',
  'common.accounting.descriptionLeftOut': 'Udeladt af konfigurationen, hverken accepteret eller afvist: {leftOut}.',
  'common.accounting.notPlaced': 'Ikke placeret i et område: {count}',
  'common.accounting.notPlacedHeading': 'Rækker, der ikke er placeret i et område',
  'common.accounting.notPlacedIntro':
    'Disse rækker er accepteret: de indeholder antal eller værdier, som filen ikke placerer i noget område, opdelt efter værdi nedenfor. Antal blandt dem indgår i datasættets totaler, men ikke i noget områdes: de har ingen områdeside, ingen plads på kortet og ingen placering.',
  'common.accounting.leftOutHeading': 'Rækker udeladt af konfigurationen',
  'common.accounting.leftOutIntro':
    'Filerne indeholder mere, end dette datasæt handler om (for eksempel andre geografiske niveauer eller serier). Sidens konfiguration beholder kun nogle af deres rækker: de andre tælles her, efter den kolonne og værdi, der udelod dem, og er hverken accepteret eller afvist og står ikke i filen med afviste rækker.',
  'common.accounting.leftOutColumn': 'Kolonne',
  'common.accounting.leftOutValue': 'Værdi',
  'common.accounting.leftOutOther': 'Andre værdier',
  'common.accounting.download':
    'Hent alle afviste rækker (CSV: fil, linje, kolonne, årsag, værdi samt rækkens kode, navn og dato)',
  'common.accounting.unknown.heading': 'Områdekoder uden tilhørende område',
  'common.accounting.unknown.hintsIntro':
    'Rækker med disse koder blev afvist. Sådan ser koderne ud, og det ville kunne koble dem:',
  'common.accounting.unknown.rejected': 'Rækker med disse koder blev afvist.',
  'common.accounting.unknown.label': 'Ukendte områdekoder',
  'common.accounting.unknown.code': 'Kode',
  'common.accounting.unknown.name': 'Navn i filen',
  'common.accounting.warnings': 'Advarsler',
  'common.accounting.first.heading': 'De første afviste rækker',
  'common.accounting.first.caption': {
    forms: { one: 'De første {shown} af {count} afvist række', other: 'De første {shown} af {count} afviste rækker' },
  },
  'common.accounting.col.file': 'Fil',
  'common.accounting.col.line': 'Linje',
  'common.accounting.col.column': 'Kolonne',
  'common.accounting.col.reason': 'Årsag',
  'common.accounting.col.value': 'Værdi',
  'common.accounting.col.about': 'Rækken handler om',
  'common.accounting.wholeRow': '(hele rækken)',
  'common.accounting.filesRead': 'Læste filer',
  'common.accounting.file.features': {
    forms: {
      one: '{count} objekt (GeoJSON eller TopoJSON, én række pr. objekt)',
      other: '{count} objekter (GeoJSON eller TopoJSON, én række pr. objekt)',
    },
  },
  'common.accounting.file.rows': { forms: { one: '{count} række', other: '{count} rækker' } },
  'common.accounting.file.encodingDetected': '{encoding} (registreret)',
  'common.accounting.file.delimiter': 'skilletegn “{delimiter}”',
  'common.accounting.file.delimiterTab': 'skilletegn tabulator',
  'common.accounting.file.blank': {
    forms: { one: '{count} tom linje sprunget over', other: '{count} tomme linjer sprunget over' },
  },
  'common.accounting.cells.heading': 'Hver celle er gjort op',
  'common.accounting.cells.intro':
    'Filen har én kolonne pr. periode: hver celle (ét områdes værdi for én periode) tælles for sig og accepteres eller afvises for sig.',
  'common.accounting.cells.read': { by: 'n', forms: { one: '{count} celle læst', other: '{count} celler læst' } },
  'common.accounting.cells.chartTitle': 'Accepterede og afviste celler',
  'common.accounting.cells.description': {
    by: 'rows',
    forms: {
      one: '{rows} celle læst: {accepted} accepteret og {rejected} afvist. Tabellen nedenfor giver hver årsag til afvisning.',
      other:
        '{rows} celler læst: {accepted} accepteret og {rejected} afvist. Tabellen nedenfor giver hver årsag til afvisning.',
    },
  },
  'common.accounting.cells.caption': 'Celler efter udfald.',
  'common.accounting.cells.captionCompressed':
    'Celler efter udfald (aksen er komprimeret, så små antal stadig kan ses).',
  'common.accounting.cells.tableLabel': 'Celler efter udfald, tabel',
  'common.accounting.cells.tableCaption': 'Celler efter udfald',
  'common.accounting.cells.unit': 'Celler',
  'common.accounting.cells.download':
    'Hent alle afviste celler (CSV: fil, linje, kolonne, årsag, værdi samt rækkens kode, navn og periode)',
  'common.accounting.cells.unknownHintsIntro':
    'Cellerne i rækker med disse koder blev afvist. Sådan ser koderne ud, og det ville kunne koble dem:',
  'common.accounting.cells.unknownRejected': 'Cellerne i rækker med disse koder blev afvist.',
  'common.accounting.cells.firstHeading': 'De første afviste celler',
  'common.accounting.cells.firstCaption': {
    forms: { one: 'De første {shown} af {count} afvist celle', other: 'De første {shown} af {count} afviste celler' },
  },
  'common.accounting.cells.about': 'Cellen handler om',
  'common.accounting.file.cells': { forms: { one: '{count} celle', other: '{count} celler' } },
  'common.accounting.file.periodColumns': {
    by: 'n',
    forms: { one: '{n} periodekolonne: {columns}', other: '{n} periodekolonner: {columns}' },
  },
  'common.accounting.cells.introAreas':
    'Filen har én kolonne pr. område: hver celle (ét områdes antal for én dag) tælles for sig og accepteres eller afvises for sig.',
  'common.accounting.cells.downloadAreas':
    'Hent alle afviste celler (CSV: fil, linje, kolonne, årsag, værdi samt cellens område og rækkens dato)',
  'common.accounting.file.areaColumns': {
    by: 'n',
    forms: { one: '{n} områdekolonne: {columns}', other: '{n} områdekolonner: {columns}' },
  },
  'common.map.zoomIn': 'Zoom ind',
  'common.map.zoomOut': 'Zoom ud',
  'common.map.resetBearing': 'Drej kortet mod nord',
  'common.map.toggleAttribution': 'Vis eller skjul kortets kildeangivelse',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
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
  'common.accounting.unknown.hintsIntro',
  'common.map.resetBearing',
  'common.map.toggleAttribution',
  'common.accounting.cells.heading',
  'common.accounting.cells.intro',
  'common.accounting.cells.unknownHintsIntro',
  'common.accounting.cells.about',
  'common.accounting.cells.introAreas',
  'common.accounting.cells.downloadAreas',
  'common.accounting.file.areaColumns',
  'common.accounting.notPlaced',
  'common.accounting.notPlacedHeading',
  'common.accounting.notPlacedIntro',
];
