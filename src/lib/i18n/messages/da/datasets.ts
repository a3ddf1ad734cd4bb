/** Dansk (da): messages of the data and quality pages. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/datasets.ts';

export const messages: NamespaceMessages<typeof source> = {
  'datasets.kind.cases': 'Anmeldelser af sygdomme',
  'datasets.kind.assets': 'Jord og bygninger',
  'datasets.kind.indicator': 'Indikator',
  'datasets.open.cases': 'Åbn dashboardet for sygdomsovervågning',
  'datasets.open.assets': 'Åbn kortet over bygninger og jord',
  'datasets.open.indicator': 'Åbn indikatorsiderne',
  'datasets.index.intro':
    'Hver indlæst række bliver enten accepteret eller afvist med fil, linje, kolonne og årsag. Hvert datasæts side viser optællingen, og du kan hente alle afviste rækker.',
  'datasets.index.datasets': 'Datasæt',
  'datasets.index.tally': {
    by: 'rows',
    forms: { one: '{accepted} af {rows} række accepteret', other: '{accepted} af {rows} rækker accepteret' },
  },
  'datasets.index.tallyRejected': {
    by: 'rows',
    forms: {
      one: '{accepted} af {rows} række accepteret, {rejected} afvist',
      other: '{accepted} af {rows} rækker accepteret, {rejected} afvist',
    },
  },
  'datasets.index.tallyCells': {
    by: 'rows',
    forms: { one: '{accepted} af {rows} celle accepteret', other: '{accepted} af {rows} celler accepteret' },
  },
  'datasets.index.tallyCellsRejected': {
    by: 'rows',
    forms: {
      one: '{accepted} af {rows} celle accepteret, {rejected} afvist',
      other: '{accepted} af {rows} celler accepteret, {rejected} afvist',
    },
  },
  'datasets.index.layers': 'Områdelag',
  'datasets.index.layerAreas': { forms: { one: '{count} område.', other: '{count} områder.' } },
  'datasets.index.areaList': 'Liste over områder (JSON)',
  'datasets.index.boundaries': 'forenklede grænser (GeoJSON)',
  'datasets.page.description': 'Kilde og rækkeregnskab for {title}.',
  'datasets.page.source': 'Kilde',
  'datasets.page.downloads': 'Filer at hente',
  'datasets.download.assetsCsv': 'Alle aktiver som regneark',
  'datasets.download.assetsGeojson': 'Alle aktiver til et kort (GeoJSON)',
  'datasets.download.assetsTable': 'Alle aktiver, kompakt tabel som kortet læser',
  'datasets.download.summary': 'Antal efter status og område',
  'datasets.download.sourceRows': 'Hvert aktivs række som offentliggjort i kilden',
  'datasets.download.outlines': 'Omrids af aktiver angivet som figurer',
  'datasets.download.values': 'Værdier efter område og periode',
  'datasets.download.rejections': 'Afviste rækker med fil, linje og årsag',
  'datasets.download.metricSummary': 'Oversigt ({metric})',
  'datasets.download.metricMonthly': 'Månedlige antal ({metric})',
  'datasets.download.indicator': 'Indikatorens tal ({indicator})',
  'datasets.reason.invalidCharacters': 'ugyldige tegn for tegnkodningen (byte, der ikke kan afkodes)',
  'datasets.reason.unterminatedQuote': 'felt i anførselstegn er ikke afsluttet (filen er måske afkortet)',
  'datasets.reason.malformedQuotes':
    'forkerte anførselstegn (et anførselstegn inde i et felt i anførselstegn er ikke fordoblet)',
  'datasets.reason.notFeature': 'elementet er ikke et GeoJSON-objekt',
  'datasets.reason.fieldCount': 'rækken har {fields} felter, overskriftslinjen har {width}',
  'datasets.reason.emptyRow': 'rækken er tom (kun skilletegn)',
  'datasets.reason.areaCodeMissing': 'områdekode mangler',
  'datasets.reason.areaCodeUnknown': 'områdekoden passer ikke til noget område',
  'datasets.reason.areaCodeTooLong': 'områdekoden er længere end {max} tegn',
  'datasets.reason.areaCodeReserved': 'områdekoden "{areaCode}" er navnet på en side på webstedet',
  'datasets.reason.areaCodeUnsafe':
    'områdekoden har tegn, der ikke kan bruges i filnavne og adresser (kun bogstaver, cifre og inde i koden - _ .)',
  'datasets.reason.duplicate': 'dublet af en tidligere række',
  'datasets.reason.dateMissing': 'dato mangler',
  'datasets.reason.dateInvalid': 'ikke en dato (forventet {expected})',
  'datasets.reason.countMissing': 'antal mangler',
  'datasets.reason.countNotWhole': 'antallet er ikke et helt tal',
  'datasets.reason.countNegative': 'antallet er negativt',
  'datasets.reason.countOutOfRange': 'antallet ligger uden for ±{max}, det største en dag kan rumme',
  'datasets.reason.metricMissing': 'måltal mangler',
  'datasets.reason.cumulativeOutOfOrder': 'kumulativt antal ikke i datorækkefølge',
  'datasets.reason.cumulativeJump': 'antallet afviger med mere end {max} fra det forrige kumulative antal',
  'datasets.reason.cumulativeFell': 'det kumulative antal faldt',
  'datasets.reason.periodMissing': 'periode mangler',
  'datasets.reason.valueMissing': 'værdi mangler',
  'datasets.reason.valueNotNumber': 'værdien er ikke et tal',
  'datasets.reason.lowerNotNumber': 'nedre grænse er ikke et tal',
  'datasets.reason.upperNotNumber': 'øvre grænse er ikke et tal',
  'datasets.reason.oneLimit': 'kun én konfidensgrænse er angivet',
  'datasets.reason.valueOutsideLimits': 'værdien ligger uden for sine konfidensgrænser',
  'datasets.reason.nothingIdentifies': 'intet identificerer aktivet (ingen {columns})',
  'datasets.reason.role.reference': 'reference',
  'datasets.reason.role.uprn': 'UPRN',
  'datasets.reason.role.name': 'navn',
  'datasets.reason.role.address': 'adresse',
  'datasets.warning.item': '"{value}" ({count})',
  'datasets.warning.more': '{list} og {count} mere',
  'datasets.warning.gaps': { forms: { one: '{count} hul', other: '{count} huller' } },
  'datasets.warning.days': { forms: { one: '{count} dag', other: '{count} dage' } },
  'datasets.warning.notUtf8':
    '{file} er ikke gyldig UTF-8; læst som {encoding} (genkendt). Angiv "encoding" i konfigurationen for at undgå denne advarsel.',
  'datasets.warning.bomContradicts':
    '{file} begynder med et UTF-8-byterækkefølgemærke, men "encoding" siger {encoding}; den blev læst som {encoding} som angivet.',
  'datasets.warning.invalidBytes':
    '{file} er ikke gyldig {encoding}: den første ugyldige byte er på linje {line}; rækker med ugyldige tegn afvises. Angiv filens rigtige "encoding" i konfigurationen.',
  'datasets.warning.invalidBytesDetected':
    '{file} blev læst som {encoding} (genkendt), men er ikke gyldig {encoding}: den første ugyldige byte er på linje {line}; rækker med ugyldige tegn afvises. Angiv filens rigtige "encoding" i konfigurationen.',
  'datasets.warning.oneColumn':
    '{file}: fandt intet , ; tabulator eller | i overskriftslinjen, så filen blev læst som én kolonne. Angiv "delimiter" i konfigurationen, hvis det er forkert.',
  'datasets.warning.shortRows': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} række havde færre felter end overskriftslinjen; de manglende felter til sidst blev læst som tomme.',
      other:
        '{file}: {rows} rækker havde færre felter end overskriftslinjen; de manglende felter til sidst blev læst som tomme.',
    },
  },
  'datasets.warning.cumulativeGaps':
    '{dataset}: de kumulative serier har {gaps} (i alt {days} mangler eller er afvist); hver total blev ført videre over sit hul, og stigningen på den næste indberettede dag vises som indberettet for de dage, den dækker.',
  'datasets.warning.cumulativeCorrections': {
    by: 'rows',
    forms: {
      one: '{dataset}: det kumulative antal faldt i {rows} række; den blev beholdt som en rettelse (et negativt dagligt antal), fordi rejectNegative er false. Sæt rejectNegative: true for at afvise sådanne rækker.',
      other:
        '{dataset}: det kumulative antal faldt i {rows} rækker; de blev beholdt som rettelser (negative daglige antal), fordi rejectNegative er false. Sæt rejectNegative: true for at afvise dem.',
    },
  },
  'datasets.warning.swappedXY': {
    by: 'rows',
    forms: {
      one: 'I {rows} række var X og Y byttet om, og den blev læst ombyttet (første: {file} linje {line}). Hvis hele filen er sådan, så byt columns.x og columns.y i konfigurationen.',
      other:
        'I {rows} rækker var X og Y byttet om, og de blev læst ombyttet (første: {file} linje {line}). Hvis hele filen er sådan, så byt columns.x og columns.y i konfigurationen.',
    },
  },
  'datasets.warning.idSuffixed': {
    by: 'rows',
    forms: {
      one: '{rows} række gentager en tidligere rækkes id og blev beholdt som et separat aktiv med "-2", "-3"… tilføjet (duplicateIds: suffix): {list}.',
      other:
        '{rows} rækker gentager en tidligere rækkes id og blev beholdt som separate aktiver med "-2", "-3"… tilføjet (duplicateIds: suffix): {list}.',
    },
  },
  'datasets.warning.snapped': {
    by: 'assets',
    forms: {
      one: '{assets} aktiv lå uden for alle områder, men inden for {within} m af et, og blev talt med i det nærmeste (coordinates.snapWithin): {list}.',
      other:
        '{assets} aktiver lå uden for alle områder, men inden for {within} m af et, og blev talt med i det nærmeste (coordinates.snapWithin): {list}.',
    },
  },
  'datasets.warning.unplaced': {
    by: 'assets',
    forms: {
      one: '{assets} aktiv er beholdt, men ikke placeret på kortet: {list}.',
      other: '{assets} aktiver er beholdt, men ikke placeret på kortet: {list}.',
    },
  },
  'datasets.warning.unmappedStatus': {
    by: 'rows',
    forms: {
      one: '{rows} række har en status, der ikke står i statusMap, så den er "{status}": {list}.',
      other: '{rows} rækker har en status, der ikke står i statusMap, så de er "{status}": {list}.',
    },
  },
  'datasets.warning.badSize': {
    by: 'rows',
    forms: {
      one: '{rows} række har en størrelse, der ikke er et ikke-negativt tal; beholdt uden størrelse: {list}.',
      other: '{rows} rækker har en størrelse, der ikke er et ikke-negativt tal; beholdt uden størrelse: {list}.',
    },
  },
  'datasets.warning.badDate': {
    by: 'dates',
    forms: {
      one: '{dates} dato kunne ikke læses og er efterladt tom: {list}.',
      other: '{dates} datoer kunne ikke læses og er efterladt tomme: {list}.',
    },
  },
  'datasets.warning.assetAreaUnknown': {
    by: 'rows',
    forms: {
      one: '{rows} række har en områdekode, der ikke passer til noget område; beholdt uden område: {list}.',
      other: '{rows} rækker har en områdekode, der ikke passer til noget område; beholdt uden område: {list}.',
    },
  },
  'datasets.warning.codesOfOtherLayer': {
    by: 'codes',
    forms: {
      one: '{codes} kode ({examples}) er et område i laget "{home}" ({homeLabel}), ikke "{layer}": sæt datasættets join.layer til "{home}".',
      other:
        '{codes} koder ({examples}) er områder i laget "{home}" ({homeLabel}), ikke "{layer}": sæt datasættets join.layer til "{home}".',
    },
  },
  'datasets.warning.codesNotInBoundaries': {
    by: 'codes',
    forms: {
      one: '{codes} kode ({examples}) har samme form som lagets "{layer}" egne koder (fx {example}), men findes ikke i dets grænsefil: et område oprettet eller omkodet efter (eller før) grænsernes år, eller en fejlskrevet kode. Brug grænser fra dataenes år, ret koden ved kilden, eller tilføj et alias i areaLayers.{layer}.aliases.',
      other:
        '{codes} koder ({examples}) har samme form som lagets "{layer}" egne koder (fx {example}), men findes ikke i dets grænsefil: områder oprettet eller omkodet efter (eller før) grænsernes år, eller fejlskrevne koder. Brug grænser fra dataenes år, ret koderne ved kilden, eller tilføj aliasser i areaLayers.{layer}.aliases.',
    },
  },
  'datasets.warning.spellingItem': '"{value}" som "{as}" ({count})',
  'datasets.warning.spellingsMerged': {
    by: 'spellings',
    forms: {
      one: '{spellings} stavemåde af et område blev læst som samme område som en anden stavemåde (sammenlignet uden hensyn til store og små bogstaver, mellemrum, bindestreger, apostroffer, punktummer og accenter): {list}. Er det forskellige områder, så giv dem koder i filen, eller stav dem forskelligt ved kilden.',
      other:
        '{spellings} stavemåder af områder blev læst som samme område som en anden stavemåde (sammenlignet uden hensyn til store og små bogstaver, mellemrum, bindestreger, apostroffer, punktummer og accenter): {list}. Er to af dem forskellige områder, så giv dem koder i filen, eller stav dem forskelligt ved kilden.',
    },
  },
  'datasets.warning.looksCumulative':
    '{series} af de {of} serier med {days} eller flere dage falder næsten aldrig fra den ene dag til den næste (højst 1 dag ud af 10) og slutter højere, end de begynder: tallene ligner løbende totaler, og lagt sammen som daglige tal bliver alle tal for høje. Giver filen kumulative tal, så sæt countType: "cumulative".',
  'datasets.warning.areaNameItem': '{areaCode} "{name}", som er "{expected}" ({count})',
  'datasets.warning.areaNameMismatch': {
    by: 'rows',
    forms: {
      one: '{rows} række navngiver sit område anderledes end sin kode: {list}. Den tælles under koden (navne, der kun adskiller sig ved store og små bogstaver, mellemrum, bindestreger, apostroffer, punktummer og accenter eller ved tilføjede ord, stemmer overens). Har området skiftet navn, er intet galt; ellers kan koden være forkert: ret den ved kilden, eller brug grænser fra dataenes år.',
      other:
        '{rows} rækker navngiver deres område anderledes end deres kode: {list}. De tælles under koden (navne, der kun adskiller sig ved store og små bogstaver, mellemrum, bindestreger, apostroffer, punktummer og accenter eller ved tilføjede ord, stemmer overens). Har området skiftet navn, er intet galt; ellers kan koden være forkert: ret den ved kilden, eller brug grænser fra dataenes år.',
    },
  },
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'datasets.download.assetsTable',
  'datasets.download.outlines',
  'datasets.page.downloads',
  'datasets.warning.more',
  'datasets.warning.gaps',
  'datasets.warning.days',
  'datasets.warning.shortRows',
  'datasets.warning.cumulativeGaps',
  'datasets.warning.cumulativeCorrections',
  'datasets.warning.swappedXY',
  'datasets.warning.idSuffixed',
  'datasets.warning.snapped',
  'datasets.warning.unplaced',
  'datasets.warning.unmappedStatus',
  'datasets.warning.badSize',
  'datasets.warning.badDate',
  'datasets.warning.assetAreaUnknown',
  'datasets.warning.codesOfOtherLayer',
  'datasets.warning.codesNotInBoundaries',
  'datasets.warning.spellingItem',
  'datasets.warning.spellingsMerged',
  'datasets.warning.areaNameItem',
  'datasets.warning.areaNameMismatch',
  'datasets.warning.looksCumulative',
  'datasets.reason.areaCodeUnsafe',
  'datasets.reason.malformedQuotes',
  'datasets.reason.unterminatedQuote',
  'datasets.reason.cumulativeJump',
  'datasets.reason.countOutOfRange',
  'datasets.reason.role.reference',
  'datasets.reason.notFeature',
  'datasets.warning.notUtf8',
  'datasets.warning.bomContradicts',
  'datasets.warning.invalidBytes',
  'datasets.warning.invalidBytesDetected',
  'datasets.warning.oneColumn',
];
