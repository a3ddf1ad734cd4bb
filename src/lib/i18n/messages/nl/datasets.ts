/** Nederlands (nl): messages of the data and quality pages. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/datasets.ts';

export const messages: NamespaceMessages<typeof source> = {
  'datasets.kind.cases': 'Meldingen van infectieziekten',
  'datasets.kind.assets': 'Grond en gebouwen',
  'datasets.kind.indicator': 'Indicator',
  'datasets.open.cases': 'Open het dashboard infectieziekten',
  'datasets.open.assets': 'Open de kaart van gebouwen en grond',
  'datasets.open.indicator': 'Open de indicatorpagina’s',
  'datasets.index.intro':
    'Elke ingelezen rij wordt geaccepteerd of afgewezen, met bestand, regel, kolom en reden. De pagina van elke dataset toont de telling, en u kunt er alle afgewezen rijen downloaden.',
  'datasets.index.datasets': 'Datasets',
  'datasets.index.tally': {
    by: 'rows',
    forms: { one: '{accepted} van {rows} rij geaccepteerd', other: '{accepted} van {rows} rijen geaccepteerd' },
  },
  'datasets.index.tallyRejected': {
    by: 'rows',
    forms: {
      one: '{accepted} van {rows} rij geaccepteerd, {rejected} afgewezen',
      other: '{accepted} van {rows} rijen geaccepteerd, {rejected} afgewezen',
    },
  },
  'datasets.index.tallyCells': {
    by: 'rows',
    forms: { one: '{accepted} van {rows} cel geaccepteerd', other: '{accepted} van {rows} cellen geaccepteerd' },
  },
  'datasets.index.tallyCellsRejected': {
    by: 'rows',
    forms: {
      one: '{accepted} van {rows} cel geaccepteerd, {rejected} afgewezen',
      other: '{accepted} van {rows} cellen geaccepteerd, {rejected} afgewezen',
    },
  },
  'datasets.index.layers': 'Gebiedslagen',
  'datasets.index.layerAreas': { forms: { one: '{count} gebied.', other: '{count} gebieden.' } },
  'datasets.index.areaList': 'Lijst van gebieden (JSON)',
  'datasets.index.boundaries': 'vereenvoudigde grenzen (GeoJSON)',
  'datasets.page.description': 'Bron en verantwoording van de rijen van {title}.',
  'datasets.page.source': 'Bron',
  'datasets.page.downloads': 'Downloads',
  'datasets.download.assetsCsv': 'Alle objecten, als spreadsheet',
  'datasets.download.assetsGeojson': 'Alle objecten, voor een kaart (GeoJSON)',
  'datasets.download.assetsTable': 'Alle objecten, compacte tabel voor de kaart',
  'datasets.download.summary': 'Aantallen per status en gebied',
  'datasets.download.sourceRows': 'De rij van elk object zoals gepubliceerd in de bron',
  'datasets.download.outlines': 'Contouren van objecten die als vorm zijn opgegeven',
  'datasets.download.values': 'Waarden per gebied en periode',
  'datasets.download.rejections': 'Afgewezen rijen, met bestand, regel en reden',
  'datasets.download.metricSummary': 'Samenvatting ({metric})',
  'datasets.download.metricMonthly': 'Aantallen per maand ({metric})',
  'datasets.download.indicator': 'Cijfers van de indicator ({indicator})',
  'datasets.reason.invalidCharacters': 'ongeldige tekens voor de codering (bytes die niet te decoderen zijn)',
  'datasets.reason.unterminatedQuote':
    'veld tussen aanhalingstekens niet afgesloten (het bestand is mogelijk afgekapt)',
  'datasets.reason.malformedQuotes':
    'onjuiste aanhalingstekens (een aanhalingsteken binnen een veld tussen aanhalingstekens is niet verdubbeld)',
  'datasets.reason.notFeature': 'het element is geen GeoJSON-object',
  'datasets.reason.fieldCount': 'rij heeft {fields} velden, de kopregel heeft er {width}',
  'datasets.reason.emptyRow': 'rij is leeg (alleen scheidingstekens)',
  'datasets.reason.areaCodeMissing': 'gebiedscode ontbreekt',
  'datasets.reason.areaCodeUnknown': 'gebiedscode komt met geen enkel gebied overeen',
  'datasets.reason.areaCodeTooLong': 'gebiedscode is langer dan {max} tekens',
  'datasets.reason.areaCodeReserved': 'gebiedscode "{areaCode}" is de naam van een pagina van de site',
  'datasets.reason.areaCodeUnsafe':
    'gebiedscode bevat tekens die niet in bestandsnamen en adressen kunnen staan (alleen letters, cijfers en binnenin - _ .)',
  'datasets.reason.duplicate': 'dubbel van een eerdere rij',
  'datasets.reason.dateMissing': 'datum ontbreekt',
  'datasets.reason.dateInvalid': 'geen datum (verwacht: {expected})',
  'datasets.reason.countMissing': 'aantal ontbreekt',
  'datasets.reason.countNotWhole': 'aantal is geen geheel getal',
  'datasets.reason.countNegative': 'aantal is negatief',
  'datasets.reason.countOutOfRange': 'aantal ligt buiten ±{max}, het grootste dat een dag kan bevatten',
  'datasets.reason.metricMissing': 'maatstaf ontbreekt',
  'datasets.reason.cumulativeOutOfOrder': 'cumulatief aantal staat niet in datumvolgorde',
  'datasets.reason.cumulativeJump': 'aantal verschilt meer dan {max} van het vorige cumulatieve aantal',
  'datasets.reason.cumulativeFell': 'cumulatief aantal is gedaald',
  'datasets.reason.periodMissing': 'periode ontbreekt',
  'datasets.reason.valueMissing': 'waarde ontbreekt',
  'datasets.reason.valueNotNumber': 'waarde is geen getal',
  'datasets.reason.lowerNotNumber': 'ondergrens is geen getal',
  'datasets.reason.upperNotNumber': 'bovengrens is geen getal',
  'datasets.reason.oneLimit': 'slechts één betrouwbaarheidsgrens opgegeven',
  'datasets.reason.valueOutsideLimits': 'waarde ligt buiten de betrouwbaarheidsgrenzen',
  'datasets.reason.nothingIdentifies': 'niets identificeert het object (geen {columns})',
  'datasets.reason.role.reference': 'kenmerk',
  'datasets.reason.role.uprn': 'UPRN',
  'datasets.reason.role.name': 'naam',
  'datasets.reason.role.address': 'adres',
  'datasets.warning.item': '"{value}" ({count})',
  'datasets.warning.more': '{list} en nog {count}',
  'datasets.warning.gaps': { forms: { one: '{count} gat', other: '{count} gaten' } },
  'datasets.warning.days': { forms: { one: '{count} dag', other: '{count} dagen' } },
  'datasets.warning.notUtf8':
    '{file} is geen geldige UTF-8; gelezen als {encoding} (herkend). Geef "encoding" op in de configuratie om deze melding te voorkomen.',
  'datasets.warning.bomContradicts':
    '{file} begint met een UTF-8-bytevolgordemarkering, maar "encoding" zegt {encoding}; het is gelezen als {encoding}, zoals opgegeven.',
  'datasets.warning.invalidBytes':
    '{file} is geen geldige {encoding}: de eerste ongeldige byte staat op regel {line}; rijen met ongeldige tekens worden afgewezen. Geef de echte "encoding" van het bestand op in de configuratie.',
  'datasets.warning.invalidBytesDetected':
    '{file} is gelezen als {encoding} (herkend) maar is geen geldige {encoding}: de eerste ongeldige byte staat op regel {line}; rijen met ongeldige tekens worden afgewezen. Geef de echte "encoding" van het bestand op in de configuratie.',
  'datasets.warning.oneColumn':
    '{file}: geen , ; tab of | gevonden in de kopregel, dus het bestand is als één kolom gelezen. Geef "delimiter" op in de configuratie als dat niet klopt.',
  'datasets.warning.shortRows': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} rij had minder velden dan de kopregel; de ontbrekende velden aan het eind zijn als leeg gelezen.',
      other:
        '{file}: {rows} rijen hadden minder velden dan de kopregel; de ontbrekende velden aan het eind zijn als leeg gelezen.',
    },
  },
  'datasets.warning.cumulativeGaps':
    '{dataset}: de cumulatieve reeksen hebben {gaps} ({days} ontbrekend of afgewezen in totaal); elk totaal is over zijn gat doorgetrokken, en de stijging op de volgende gemelde dag wordt getoond zoals gemeld, voor de dagen die ze beslaat.',
  'datasets.warning.cumulativeCorrections': {
    by: 'rows',
    forms: {
      one: '{dataset}: het cumulatieve aantal daalde op {rows} rij; die is behouden als correctie (een negatief dagaantal) omdat rejectNegative false is. Zet rejectNegative: true om zulke rijen af te wijzen.',
      other:
        '{dataset}: het cumulatieve aantal daalde op {rows} rijen; die zijn behouden als correcties (negatieve dagaantallen) omdat rejectNegative false is. Zet rejectNegative: true om ze af te wijzen.',
    },
  },
  'datasets.warning.swappedXY': {
    by: 'rows',
    forms: {
      one: 'In {rows} rij stonden X en Y omgedraaid; die is verwisseld gelezen (eerste: {file} regel {line}). Als het hele bestand zo is, verwissel dan columns.x en columns.y in de configuratie.',
      other:
        'In {rows} rijen stonden X en Y omgedraaid; die zijn verwisseld gelezen (eerste: {file} regel {line}). Als het hele bestand zo is, verwissel dan columns.x en columns.y in de configuratie.',
    },
  },
  'datasets.warning.idSuffixed': {
    by: 'rows',
    forms: {
      one: '{rows} rij herhaalt de id van een eerdere rij en is als apart object behouden, met "-2", "-3"… erachter (duplicateIds: suffix): {list}.',
      other:
        '{rows} rijen herhalen de id van een eerdere rij en zijn als aparte objecten behouden, met "-2", "-3"… erachter (duplicateIds: suffix): {list}.',
    },
  },
  'datasets.warning.snapped': {
    by: 'assets',
    forms: {
      one: '{assets} object lag buiten elk gebied maar binnen {within} m van een gebied, en is bij het dichtstbijzijnde geteld (coordinates.snapWithin): {list}.',
      other:
        '{assets} objecten lagen buiten elk gebied maar binnen {within} m van een gebied, en zijn bij het dichtstbijzijnde geteld (coordinates.snapWithin): {list}.',
    },
  },
  'datasets.warning.unplaced': {
    by: 'assets',
    forms: {
      one: '{assets} object is behouden maar niet op de kaart geplaatst: {list}.',
      other: '{assets} objecten zijn behouden maar niet op de kaart geplaatst: {list}.',
    },
  },
  'datasets.warning.unmappedStatus': {
    by: 'rows',
    forms: {
      one: '{rows} rij heeft een status die niet in statusMap staat en krijgt daarom "{status}": {list}.',
      other: '{rows} rijen hebben een status die niet in statusMap staat en krijgen daarom "{status}": {list}.',
    },
  },
  'datasets.warning.badSize': {
    by: 'rows',
    forms: {
      one: '{rows} rij heeft een oppervlakte die geen niet-negatief getal is; behouden zonder oppervlakte: {list}.',
      other:
        '{rows} rijen hebben een oppervlakte die geen niet-negatief getal is; behouden zonder oppervlakte: {list}.',
    },
  },
  'datasets.warning.badDate': {
    by: 'dates',
    forms: {
      one: '{dates} datum kon niet worden gelezen en is leeg gelaten: {list}.',
      other: '{dates} datums konden niet worden gelezen en zijn leeg gelaten: {list}.',
    },
  },
  'datasets.warning.assetAreaUnknown': {
    by: 'rows',
    forms: {
      one: '{rows} rij heeft een gebiedscode die met geen enkel gebied overeenkomt; behouden zonder gebied: {list}.',
      other:
        '{rows} rijen hebben een gebiedscode die met geen enkel gebied overeenkomt; behouden zonder gebied: {list}.',
    },
  },
  'datasets.warning.codesOfOtherLayer': {
    by: 'codes',
    forms: {
      one: '{codes} code ({examples}) is een gebied van laag "{home}" ({homeLabel}), niet van "{layer}": zet join.layer van de dataset op "{home}".',
      other:
        '{codes} codes ({examples}) zijn gebieden van laag "{home}" ({homeLabel}), niet van "{layer}": zet join.layer van de dataset op "{home}".',
    },
  },
  'datasets.warning.codesNotInBoundaries': {
    by: 'codes',
    forms: {
      one: '{codes} code ({examples}) heeft de vorm van de eigen codes van laag "{layer}" (zoals {example}) maar staat niet in het grenzenbestand: een gebied dat na (of vóór) het jaar van de grenzen is ontstaan of een nieuwe code kreeg, of een verkeerd getypte code. Gebruik grenzen van het jaar van de gegevens, verbeter de code bij de bron, of voeg een alias toe in areaLayers.{layer}.aliases.',
      other:
        '{codes} codes ({examples}) hebben de vorm van de eigen codes van laag "{layer}" (zoals {example}) maar staan niet in het grenzenbestand: gebieden die na (of vóór) het jaar van de grenzen zijn ontstaan of een nieuwe code kregen, of verkeerd getypte codes. Gebruik grenzen van het jaar van de gegevens, verbeter de codes bij de bron, of voeg aliassen toe in areaLayers.{layer}.aliases.',
    },
  },
  'datasets.warning.spellingItem': '"{value}" als "{as}" ({count})',
  'datasets.warning.spellingsMerged': {
    by: 'spellings',
    forms: {
      one: '{spellings} schrijfwijze van een gebied is gelezen als hetzelfde gebied als een andere schrijfwijze (vergeleken zonder te letten op hoofdletters, spaties, koppeltekens, apostrofs, punten en accenten): {list}. Zijn het verschillende gebieden, geef ze dan codes in het bestand of spel ze bij de bron verschillend.',
      other:
        '{spellings} schrijfwijzen van gebieden zijn gelezen als hetzelfde gebied als een andere schrijfwijze (vergeleken zonder te letten op hoofdletters, spaties, koppeltekens, apostrofs, punten en accenten): {list}. Zijn twee ervan verschillende gebieden, geef ze dan codes in het bestand of spel ze bij de bron verschillend.',
    },
  },
  'datasets.warning.looksCumulative':
    '{series} van de {of} reeksen met {days} of meer dagen dalen bijna nooit van de ene dag op de volgende (op hoogstens 1 op de 10 dagen) en eindigen hoger dan ze beginnen: de aantallen lijken lopende totalen, en opgeteld als dagcijfers zou elk cijfer te hoog zijn. Geeft het bestand cumulatieve aantallen, zet dan countType: "cumulative".',
  'datasets.warning.areaNameItem': '{areaCode} "{name}", dat "{expected}" is ({count})',
  'datasets.warning.areaNameMismatch': {
    by: 'rows',
    forms: {
      one: '{rows} rij noemt het gebied anders dan de code: {list}. De rij wordt onder de code geteld (namen die alleen verschillen in hoofdletters, spaties, koppeltekens, apostrofs, punten en accenten, of door toegevoegde woorden, komen overeen). Is het gebied hernoemd, dan is er niets mis; anders is de code misschien fout: verbeter die bij de bron, of gebruik grenzen van het jaar van de gegevens.',
      other:
        '{rows} rijen noemen hun gebied anders dan hun code: {list}. Ze worden onder de code geteld (namen die alleen verschillen in hoofdletters, spaties, koppeltekens, apostrofs, punten en accenten, of door toegevoegde woorden, komen overeen). Is het gebied hernoemd, dan is er niets mis; anders is de code misschien fout: verbeter die bij de bron, of gebruik grenzen van het jaar van de gegevens.',
    },
  },
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'datasets.download.assetsTable',
  'datasets.download.outlines',
  'datasets.page.description',
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
