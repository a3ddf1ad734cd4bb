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
  'datasets.rollUp.title': '{title}, opgeteld naar {parents}',
  'datasets.rollUp.description': 'De cijfers zijn sommen van de {areas} in elk van de {parents}.',
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
  'datasets.download.assetsCsv': 'De hele dataset, als spreadsheet',
  'datasets.download.assetsGeojson': 'De hele dataset, voor een kaart (GeoJSON)',
  'datasets.download.assetsTable': 'De hele dataset, compacte tabel voor de kaart',
  'datasets.download.summary': 'Aantallen per status en gebied',
  'datasets.download.sourceRows': 'De rij van elk object zoals gepubliceerd in de bron',
  'datasets.download.outlines': 'Contouren van objecten die als vorm zijn opgegeven',
  'datasets.download.texts': 'De vrije tekst van het register over elk object',
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
    'gebiedscode heeft geen letter of cijfer, of bevat een besturingsteken, en kan dus geen pagina of bestand benoemen',
  'datasets.reason.areaCodePathLike': 'gebiedscode bevat /, \\, % of .., wat in geen plaatsnaam voorkomt',
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
  'datasets.reason.childCodeMissing': 'code van het onderliggende gebied ontbreekt',
  'datasets.reason.parentCodeMissing': 'code van het bovenliggende gebied ontbreekt',
  'datasets.reason.childHasParent': 'onderliggend gebied {child} heeft al bovenliggend gebied {parent}',
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
  'datasets.warning.replacementCharacters':
    '{file} bevat het vervangingsteken "�" (U+FFFD), voor het eerst op regel {line}: er ging een teken verloren voordat het bestand werd geschreven, en geen "encoding" brengt het terug. De rijen worden gelezen zoals ze zijn; verbeter de tekst in het bestand, of vraag de uitgever om een exemplaar waarin het teken staat.',
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
  'datasets.warning.cumulativeBaseline':
    '{dataset}: de cumulatieve totalen op de eerste dag van het bestand ({date}) zijn het beginpunt van de reeksen, geen nieuwe gevallen op die dag, want het bestand geeft de totalen daarvoor niet: die dag heeft geen dagcijfer en elke latere dag is de stijging ten opzichte van de dag ervoor. Begint het bestand bij het eerste geval (elke reeks vanaf nul), zet dan cumulativeStart: "zero".',
  'datasets.warning.cumulativeCorrections': {
    by: 'rows',
    forms: {
      one: '{dataset}: het cumulatieve aantal daalde op {rows} rij; die is behouden als correctie (een negatief dagaantal) omdat rejectNegative false is. Zet rejectNegative: true om zulke rijen af te wijzen.',
      other:
        '{dataset}: het cumulatieve aantal daalde op {rows} rijen; die zijn behouden als correcties (negatieve dagaantallen) omdat rejectNegative false is. Zet rejectNegative: true om ze af te wijzen.',
    },
  },
  'datasets.warning.textRepaired': {
    by: 'rows',
    forms: {
      one: '{rows} rij heeft een naam of adres waarvan de UTF-8 bij de uitgever als Windows-1252 is gelezen en opnieuw opgeslagen; die wordt hersteld getoond (eerste: {file} regel {line}, kolom {column}: ‘{written}’ is ‘{repaired}’). De rij zoals gepubliceerd toont de tekst zoals die geschreven is.',
      other:
        '{rows} rijen hebben een naam of adres waarvan de UTF-8 bij de uitgever als Windows-1252 is gelezen en opnieuw opgeslagen; die worden hersteld getoond (eerste: {file} regel {line}, kolom {column}: ‘{written}’ is ‘{repaired}’). De rij zoals gepubliceerd toont de tekst zoals die geschreven is.',
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
  'datasets.warning.badDateFormat': {
    by: 'dates',
    forms: {
      one: '{dates} datum kon niet worden gelezen en is leeg gelaten: {list}. Met dateFormat "{format}" is die te lezen: zet dateFormat op "{format}".',
      other:
        '{dates} datums konden niet worden gelezen en zijn leeg gelaten: {list}. Met dateFormat "{format}" zijn ze te lezen: zet dateFormat op "{format}".',
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
      one: '{spellings} schrijfwijze van een gebied is gelezen als hetzelfde gebied als een andere schrijfwijze (vergeleken zonder te letten op hoofdletters, spaties, koppeltekens, apostrofs, punten, accenten en voetnoottekens zoals † of *): {list}. Zijn het verschillende gebieden, geef ze dan codes in het bestand of spel ze bij de bron verschillend.',
      other:
        '{spellings} schrijfwijzen van gebieden zijn gelezen als hetzelfde gebied als een andere schrijfwijze (vergeleken zonder te letten op hoofdletters, spaties, koppeltekens, apostrofs, punten, accenten en voetnoottekens zoals † of *): {list}. Zijn twee ervan verschillende gebieden, geef ze dan codes in het bestand of spel ze bij de bron verschillend.',
    },
  },
  'datasets.warning.areaColumnIsTotal':
    '{file}: kolom "{column}" bevat de som van de andere gebiedskolommen in {rows} van de {of} rijen met aantallen, dus het lijkt een totaal, geen gebied; als gebied geteld verdubbelt het elk cijfer voor alle gebieden samen. Laat de kolom weg uit columns.areas: noem de gebiedskolommen, of maak het patroon nauwer.',
  'datasets.warning.datesAmbiguous':
    '{file}: elke datum in kolom "{column}" is te lezen met de dag of met de maand eerst (geen enkele heeft een eerste getal boven 12; {dates} in totaal, zoals "{example}"), en dateFormat "auto" las ze met de dag eerst: "{example}" is {read}. Schrijft het bestand de maand eerst (zoals Amerikaanse bestanden), zet dan dateFormat: "mdy"; schrijft het de dag eerst, zet dan dateFormat: "dmy" om dat vast te leggen.',
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
  'datasets.warning.codesUnrecognised': {
    by: 'codes',
    forms: {
      one: '{codes} code ({examples}) heeft niet de vorm van een codesysteem dat dit programma kent; laag "{layer}" ({layerLabel}) heeft {kinds}. Controleer of columns.area de kolom met de codes noemt, en of de codes geschreven zijn zoals het grenzenbestand ze schrijft.',
      other:
        '{codes} codes ({examples}) hebben niet de vorm van een codesysteem dat dit programma kent; laag "{layer}" ({layerLabel}) heeft {kinds}. Controleer of columns.area de kolom met de codes noemt, en of de codes geschreven zijn zoals het grenzenbestand ze schrijft.',
    },
  },
  'datasets.warning.codesLikeLayer': {
    by: 'codes',
    forms: {
      one: '{codes} code ({examples}) lijkt op {geography} ({system}), zoals {areas} van laag "{layer}", maar staat niet in het grenzenbestand: zo’n gebied is waarschijnlijk na (of vóór) het jaar van de grenzen ontstaan of kreeg een nieuwe code. Gebruik grenzen van het jaar van de gegevens ({boundaries}), of voeg, waar een gebied alleen een nieuwe code kreeg, een alias toe in areaLayers.{layer}.aliases.',
      other:
        '{codes} codes ({examples}) lijken op {geography} ({system}), zoals {areas} van laag "{layer}", maar staan niet in het grenzenbestand: zulke gebieden zijn waarschijnlijk na (of vóór) het jaar van de grenzen ontstaan of kregen een nieuwe code. Gebruik grenzen van het jaar van de gegevens ({boundaries}), of voeg, waar een gebied alleen een nieuwe code kreeg, een alias toe in areaLayers.{layer}.aliases.',
    },
  },
  'datasets.warning.codesOtherGeography': {
    by: 'codes',
    forms: {
      one: '{codes} code ({examples}) lijkt op {geography} ({system}); laag "{layer}" ({layerLabel}) heeft {kinds}. Voeg een laag toe van {boundaries} en zet join.layer van de dataset daarop.',
      other:
        '{codes} codes ({examples}) lijken op {geography} ({system}); laag "{layer}" ({layerLabel}) heeft {kinds}. Voeg een laag toe van {boundaries} en zet join.layer van de dataset daarop.',
    },
  },
  'datasets.warning.areas': { forms: { one: '{count} gebied', other: '{count} gebieden' } },
  'datasets.warning.kind': '{geography} ({count})',
  'datasets.warning.kindsMore': '{list} en andere',
  'datasets.warning.headerRepeated':
    '{where}: de koptekst bevat "{header}" {times} keer (kolommen {columns}); columns.{key} gebruikt kolom {first}, de eerste. Geef de andere in het bestand een andere naam, of noem precies de kolom die u bedoelt.',
  'datasets.warning.crsContradicts':
    '{file} geeft zijn coördinaten op als {declared}, maar coordinates.crs zegt {configured}; ze zijn gelezen zoals coordinates.crs zegt. Verwijder coordinates.crs om die van het bestand te gebruiken.',
  'datasets.warning.crsPerRow': 'Coördinaten zijn per rij gelezen in {count} systemen: {list}.',
  'datasets.warning.crsPerRowItem': '{rows} als {crs}',
  'datasets.warning.coordinatesNotDegrees': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} rij heeft coördinaten die geen lengte- en breedtegraad kunnen zijn ({columns}: {example}, buiten ±180/±90); die is bewaard maar niet geplaatst. De waarden lijken een raster in meters of voet: zet coordinates.crs op het stelsel waarin het bestand staat (de EPSG-code die de uitgever opgeeft, zoals "EPSG:28992" voor RD New) en coordinates.bounds op het gebied dat de data beslaan, zodat de datastap kan controleren waar ze terechtkomen.',
      other:
        '{file}: {rows} rijen hebben coördinaten die geen lengte- en breedtegraad kunnen zijn ({columns}: {example}, buiten ±180/±90); die zijn bewaard maar niet geplaatst. De waarden lijken een raster in meters of voet: zet coordinates.crs op het stelsel waarin het bestand staat (de EPSG-code die de uitgever opgeeft, zoals "EPSG:28992" voor RD New) en coordinates.bounds op het gebied dat de data beslaan, zodat de datastap kan controleren waar ze terechtkomen.',
    },
  },
  'datasets.warning.coordinatesNotDegreesCrs': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} rij heeft coördinaten die geen lengte- en breedtegraad kunnen zijn ({columns}: {example}, buiten ±180/±90); die is bewaard maar niet geplaatst. Gelezen als {crs} vallen ze binnen de gebieden van de site: zet coordinates.crs op "{crs}".',
      other:
        '{file}: {rows} rijen hebben coördinaten die geen lengte- en breedtegraad kunnen zijn ({columns}: {example}, buiten ±180/±90); die zijn bewaard maar niet geplaatst. Gelezen als {crs} vallen ze binnen de gebieden van de site: zet coordinates.crs op "{crs}".',
    },
  },
  'datasets.warning.coordinatesNotNumbers': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} rij heeft coördinaten die geen getallen zijn ({columns} op regel {line}: {example}); die is bewaard maar niet geplaatst. Controleer of columns.x en columns.y (of columns.point) de kolommen met de coördinaten noemen.',
      other:
        '{file}: {rows} rijen hebben coördinaten die geen getallen zijn ({columns} op regel {line}: {example}); die zijn bewaard maar niet geplaatst. Controleer of columns.x en columns.y (of columns.point) de kolommen met de coördinaten noemen.',
    },
  },
  'datasets.warning.coordinatesNotNumbersDecimalComma': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} rij heeft coördinaten die geen getallen zijn ({columns} op regel {line}: {example}); die is bewaard maar niet geplaatst. Ze zijn te lezen als getallen met een decimale komma: zet decimalSeparator op ",".',
      other:
        '{file}: {rows} rijen hebben coördinaten die geen getallen zijn ({columns} op regel {line}: {example}); die zijn bewaard maar niet geplaatst. Ze zijn te lezen als getallen met een decimale komma: zet decimalSeparator op ",".',
    },
  },
  'datasets.warning.coordinatesNotNumbersDecimalPoint': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} rij heeft coördinaten die geen getallen zijn ({columns} op regel {line}: {example}); die is bewaard maar niet geplaatst. Ze zijn te lezen als getallen met een decimale punt: zet decimalSeparator op ".".',
      other:
        '{file}: {rows} rijen hebben coördinaten die geen getallen zijn ({columns} op regel {line}: {example}); die zijn bewaard maar niet geplaatst. Ze zijn te lezen als getallen met een decimale punt: zet decimalSeparator op ".".',
    },
  },
  'datasets.warning.coordinatesNotNumbersDigitGroups': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} rij heeft coördinaten die geen getallen zijn ({columns} op regel {line}: {example}); die is bewaard maar niet geplaatst. De waarden hebben een scheidingsteken na elke drie cijfers, zoals een spreadsheet getallen schrijft wanneer het een bestand opnieuw opslaat met zijn eigen scheidingstekens; waar de decimale punt stond is daardoor verloren en ze zijn niet te lezen. Wijs columns.x en columns.y toe aan andere coördinaatkolommen van het bestand (een raster zoals UTM, met coordinates.crs), of gebruik het oorspronkelijke bestand van de uitgever.',
      other:
        '{file}: {rows} rijen hebben coördinaten die geen getallen zijn ({columns} op regel {line}: {example}); die zijn bewaard maar niet geplaatst. De waarden hebben een scheidingsteken na elke drie cijfers, zoals een spreadsheet getallen schrijft wanneer het een bestand opnieuw opslaat met zijn eigen scheidingstekens; waar de decimale punt stond is daardoor verloren en ze zijn niet te lezen. Wijs columns.x en columns.y toe aan andere coördinaatkolommen van het bestand (een raster zoals UTM, met coordinates.crs), of gebruik het oorspronkelijke bestand van de uitgever.',
    },
  },
  'datasets.warning.outsideSite': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} ligt buiten de gebiedslagen van de site ({layers}: {bounds}), en geen ander ingebouwd coördinatenstelsel, geen andere asvolgorde en geen andere eenheid brengt ze daarbinnen. Horen ze binnen de gebieden van de site te liggen, controleer dan coordinates.crs en de coördinaten bij de bron; zet anders coordinates.bounds op het gebied dat de data beslaan om ze daartegen te controleren.',
      other:
        '{file}: {assets} {of} liggen buiten de gebiedslagen van de site ({layers}: {bounds}), en geen ander ingebouwd coördinatenstelsel, geen andere asvolgorde en geen andere eenheid brengt ze daarbinnen. Horen ze binnen de gebieden van de site te liggen, controleer dan coordinates.crs en de coördinaten bij de bron; zet anders coordinates.bounds op het gebied dat de data beslaan om ze daartegen te controleren.',
    },
  },
  'datasets.warning.outsideSiteSwap': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} ligt buiten de gebiedslagen van de site ({layers}: {bounds}), maar erbinnen met lengte- en breedtegraad verwisseld. Zet coordinates.bounds op {bounds}: dan worden rijen daartegen gecontroleerd en verwisselde in de juiste volgorde gelezen.',
      other:
        '{file}: {assets} {of} liggen buiten de gebiedslagen van de site ({layers}: {bounds}), maar erbinnen met lengte- en breedtegraad verwisseld. Zet coordinates.bounds op {bounds}: dan worden rijen daartegen gecontroleerd en verwisselde in de juiste volgorde gelezen.',
    },
  },
  'datasets.warning.outsideSiteCrs': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} ligt buiten de gebiedslagen van de site ({layers}: {bounds}), maar erbinnen als ze gelezen worden als {crs}: zet coordinates.crs op "{crs}".',
      other:
        '{file}: {assets} {of} liggen buiten de gebiedslagen van de site ({layers}: {bounds}), maar erbinnen als ze gelezen worden als {crs}: zet coordinates.crs op "{crs}".',
    },
  },
  'datasets.warning.outsideSiteFeet': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} ligt buiten de gebiedslagen van de site ({layers}: {bounds}), maar erbinnen als de waarden in voet waren: {crs} is in meters. Zet coordinates.crs op de code van dezelfde zone in Amerikaanse survey feet, of "+units=us-ft" in coordinates.proj4.',
      other:
        '{file}: {assets} {of} liggen buiten de gebiedslagen van de site ({layers}: {bounds}), maar erbinnen als de waarden in voet waren: {crs} is in meters. Zet coordinates.crs op de code van dezelfde zone in Amerikaanse survey feet, of "+units=us-ft" in coordinates.proj4.',
    },
  },
  'datasets.warning.outsideSiteMetres': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} ligt buiten de gebiedslagen van de site ({layers}: {bounds}), maar erbinnen als de waarden in meters waren: {crs} is in voet. Zet coordinates.crs op de code van dezelfde zone in meters, of "+units=m" in coordinates.proj4.',
      other:
        '{file}: {assets} {of} liggen buiten de gebiedslagen van de site ({layers}: {bounds}), maar erbinnen als de waarden in meters waren: {crs} is in voet. Zet coordinates.crs op de code van dezelfde zone in meters, of "+units=m" in coordinates.proj4.',
    },
  },
  'datasets.warning.placementUnchecked': {
    by: 'assets',
    forms: {
      one: '{assets} object is zonder controle geplaatst waar de coördinaten zeggen: de dataset heeft geen koppellaag en geen coordinates.bounds, en de site heeft geen gebiedslaag om mee te vergelijken, dus coördinaten in een ander stelsel of met lengte- en breedtegraad verwisseld zouden onopgemerkt blijven. Zet coordinates.bounds op het gebied dat de data beslaan, [west, zuid, oost, noord] in graden.',
      other:
        '{assets} objecten zijn zonder controle geplaatst waar de coördinaten zeggen: de dataset heeft geen koppellaag en geen coordinates.bounds, en de site heeft geen gebiedslaag om mee te vergelijken, dus coördinaten in een ander stelsel of met lengte- en breedtegraad verwisseld zouden onopgemerkt blijven. Zet coordinates.bounds op het gebied dat de data beslaan, [west, zuid, oost, noord] in graden.',
    },
  },
  'datasets.warning.outsideCouncil': {
    by: 'assets',
    forms: {
      one: '{assets} geplaatst object ligt buiten het eigen gebied van de gemeente (councilAreas: {codes}): {areas}. Controleer de coördinaten (een lengtegraad met het verkeerde teken, een verkeerd getypte x-coördinaat): {rows}.',
      other:
        '{assets} geplaatste objecten liggen buiten het eigen gebied van de gemeente (councilAreas: {codes}): {areas}. Controleer hun coördinaten (een lengtegraad met het verkeerde teken, een verkeerd getypte x-coördinaat): {rows}.',
    },
  },
  'datasets.warning.outsideEveryArea': 'buiten elk gebied van de laag {layer}',
  'datasets.warning.fileLineId': '{file} regel {line} ({id})',
  'datasets.warning.kindsNone': 'codes van geen bekend systeem',
  'datasets.warning.assetsOutside': { forms: { one: '{count} object', other: '{count} objecten' } },
  'datasets.warning.ofPlacedAssets': {
    forms: { one: 'van het {count} geplaatste object', other: 'van de {count} geplaatste objecten' },
  },
  'datasets.warning.crsUnit': {
    by: 'assets',
    forms: {
      one: '{assets} van {outside} buiten het gebied zou erbinnen liggen als de coördinaten in voet waren: {crs} is in meters. Zet coordinates.crs op de code van dezelfde zone in Amerikaanse landmetersvoet (US survey foot, zoals EPSG:3435, niet EPSG:26971), of "+units=us-ft" in coordinates.proj4.',
      other:
        '{assets} van {outside} buiten het gebied zouden erbinnen liggen als de coördinaten in voet waren: {crs} is in meters. Zet coordinates.crs op de code van dezelfde zone in Amerikaanse landmetersvoet (US survey foot, zoals EPSG:3435, niet EPSG:26971), of "+units=us-ft" in coordinates.proj4.',
    },
  },
  'datasets.warning.crsUnitMetres': {
    by: 'assets',
    forms: {
      one: '{assets} van {outside} buiten het gebied zou erbinnen liggen als de coördinaten in meters waren: {crs} is in voet. Zet coordinates.crs op de code van dezelfde zone in meters, of "+units=m" in coordinates.proj4.',
      other:
        '{assets} van {outside} buiten het gebied zouden erbinnen liggen als de coördinaten in meters waren: {crs} is in voet. Zet coordinates.crs op de code van dezelfde zone in meters, of "+units=m" in coordinates.proj4.',
    },
  },
  'datasets.warning.crsOther': {
    by: 'assets',
    forms: {
      one: '{assets} van {outside} buiten het gebied zou erbinnen liggen als het als {crs} werd gelezen: als het bestand coördinatenstelsels mengt, zet coordinates.crs dan op [{list}]; staan alle rijen in dat stelsel, zet coordinates.crs dan op "{best}".',
      other:
        '{assets} van {outside} buiten het gebied zouden erbinnen liggen als ze als {crs} werden gelezen: als het bestand coördinatenstelsels mengt, zet coordinates.crs dan op [{list}]; staan alle rijen in dat stelsel, zet coordinates.crs dan op "{best}".',
    },
  },
  'datasets.warning.crsOtherSampled': {
    by: 'assets',
    forms: {
      one: '{assets} van {outside} buiten het gebied (van de eerste {tried} geprobeerde) zou erbinnen liggen als het als {crs} werd gelezen: als het bestand coördinatenstelsels mengt, zet coordinates.crs dan op [{list}]; staan alle rijen in dat stelsel, zet coordinates.crs dan op "{best}".',
      other:
        '{assets} van {outside} buiten het gebied (van de eerste {tried} geprobeerde) zouden erbinnen liggen als ze als {crs} werden gelezen: als het bestand coördinatenstelsels mengt, zet coordinates.crs dan op [{list}]; staan alle rijen in dat stelsel, zet coordinates.crs dan op "{best}".',
    },
  },
  'datasets.warning.rollUpRowNotUsed':
    'Optelling naar {to}: {file}:{line} {column}: {reason} ("{value}"); de rij wordt niet gebruikt.',
  'datasets.warning.rollUpMoreRowsNotUsed': {
    by: 'rows',
    forms: {
      one: 'Optelling naar {to}: {file}: nog {rows} rij niet gebruikt.',
      other: 'Optelling naar {to}: {file}: nog {rows} rijen niet gebruikt.',
    },
  },
  'datasets.warning.rollUpSelves': {
    by: 'areas',
    forms: {
      one: 'Optelling naar {to}: {areas} van de {child} hoort ook bij de {parent} en staat voor zichzelf ({codes}).',
      other: 'Optelling naar {to}: {areas} van de {child} horen ook bij de {parent} en staan voor zichzelf ({codes}).',
    },
  },
  'datasets.warning.rollUpUnknownParents': {
    by: 'codes',
    forms: {
      one: 'Optelling naar {to}: {codes} bovenliggende code is van geen van de {parent} ({examples}); de onderliggende gebieden ervan vallen onder geen enkel bovenliggend gebied.',
      other:
        'Optelling naar {to}: {codes} bovenliggende codes zijn van geen van de {parent} ({examples}); hun onderliggende gebieden vallen onder geen enkel bovenliggend gebied.',
    },
  },
  'datasets.warning.rollUpOrphans': {
    by: 'areas',
    forms: {
      one: 'Optelling naar {to}: {areas} van de {child} valt onder geen van de {parent}: {list}.',
      other: 'Optelling naar {to}: {areas} van de {child} vallen onder geen van de {parent}: {list}.',
    },
  },
  'datasets.warning.rollUpOmitted': {
    by: 'parents',
    forms: {
      one: 'Optelling naar {to}: {parents} van de {parentLabel} is weggelaten omdat een deel van de bijbehorende {childLabel} geen gegevens heeft (zet partial: "label" om de som van de rest te tonen): {list}.',
      other:
        'Optelling naar {to}: {parents} van de {parentLabel} zijn weggelaten omdat een deel van de bijbehorende {childLabel} geen gegevens heeft (zet partial: "label" om de som van de rest te tonen): {list}.',
    },
  },
  'datasets.warning.rollUpPartial': {
    by: 'parents',
    forms: {
      one: 'Optelling naar {to}: {parents} van de {parentLabel} is een deelsom; de naam zegt hoeveel van de bijbehorende {childLabel} meetellen: {list}.',
      other:
        'Optelling naar {to}: {parents} van de {parentLabel} zijn deelsommen; de naam zegt telkens hoeveel van de bijbehorende {childLabel} meetellen: {list}.',
    },
  },
  'datasets.warning.rollUpMissing': '{parent}: geen gegevens voor {missing}',
  'datasets.warning.areaPlaceholder': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} rij heeft "{value}" in gebiedskolom "{column}", wat eruitziet als een waarde voor gevallen die in geen enkel gebied liggen. {outcome} Betekent het “niet in een gebied geplaatst”, voeg het dan toe aan datasets[{dataset}].unplacedValues (unplacedValues: ["{value}"]): de rijen tellen dan mee in de totalen van de dataset en in geen enkel gebied. Is het de code van een gebied, dan is er niets mis.',
      other:
        '{file}: {rows} rijen hebben "{value}" in gebiedskolom "{column}", wat eruitziet als een waarde voor gevallen die in geen enkel gebied liggen. {outcome} Betekent het “niet in een gebied geplaatst”, voeg het dan toe aan datasets[{dataset}].unplacedValues (unplacedValues: ["{value}"]): de rijen tellen dan mee in de totalen van de dataset en in geen enkel gebied. Is het de code van een gebied, dan is er niets mis.',
    },
  },
  'datasets.warning.areaPlaceholderArea':
    'Zonder gebiedslaag wordt de waarde gelezen als een eigen gebied, met een pagina, een plaats op de kaart en een rang.',
  'datasets.warning.areaPlaceholderRejected': 'De rijen worden afgewezen als onbekende gebiedscode.',
  'datasets.warning.rowsValueUnmatched':
    '{files}: geen enkele rij heeft "{value}" in kolom "{column}", die het rijfilter van de configuratie noemt, dus die waarde selecteert geen enkele rij. Controleer haar in het bestand: een verkeerd getypte waarde selecteert niets, en niets anders zou dat laten zien.',
  'datasets.warning.rowsValueUnmatchedClosest':
    '{files}: geen enkele rij heeft "{value}" in kolom "{column}", die het rijfilter van de configuratie noemt, dus die waarde selecteert geen enkele rij. De kolom bevat "{closest}": is dat de bedoelde waarde, schrijf haar dan zoals het bestand dat doet.',
  'datasets.warning.benchmarkLookalike':
    '{dataset}: geen enkele rij heeft de code van de referentie "{benchmark}", dus de referentie is het gemiddelde van de gebieden, en deze, die op zijn eigen rij lijken, worden als gebieden meegeteld: {areas}. Zet benchmark op de code zoals het bestand die schrijft, of splits een samengestelde kolom met splitColumns.',
  'datasets.warning.rollUpNotPlaced': {
    by: 'rows',
    forms: {
      one: 'Optelling naar {to}: {rows} rij die in geen gebied is geplaatst (unplacedValues) telt mee in het totaal van alle gebieden, maar in de cijfers van geen enkel bovenliggend gebied, omdat geen kolom zegt bij welk bovenliggend gebied hij hoort: het totaal van elk bovenliggend gebied laat hem weg. Zet datasets[{dataset}].columns.parent op de kolom van het bestand die het bovenliggende gebied van elke rij noemt (zoals "state") om hem bij de cijfers van zijn bovenliggende gebied op te tellen.',
      other:
        'Optelling naar {to}: {rows} rijen die in geen gebied zijn geplaatst (unplacedValues) tellen mee in het totaal van alle gebieden, maar in de cijfers van geen enkel bovenliggend gebied, omdat geen kolom zegt bij welk bovenliggend gebied ze horen: het totaal van elk bovenliggend gebied laat ze weg. Zet datasets[{dataset}].columns.parent op de kolom van het bestand die het bovenliggende gebied van elke rij noemt (zoals "state") om ze bij de cijfers van hun bovenliggende gebied op te tellen.',
    },
  },
  'datasets.warning.rollUpParentUnknown': {
    by: 'rows',
    forms: {
      one: 'Optelling naar {to}: {rows} rij die in geen gebied is geplaatst noemt in kolom "{column}" een bovenliggend gebied dat geen van de {to} is: {list}; hij telt mee in het totaal van alle gebieden en in de cijfers van geen enkel bovenliggend gebied. Schrijf de code of naam van het bovenliggende gebied zoals laag "{layer}" die heeft, of geef de waarde de code van het bovenliggende gebied in areaLayers.{layer}.aliases.',
      other:
        'Optelling naar {to}: {rows} rijen die in geen gebied zijn geplaatst noemen in kolom "{column}" een bovenliggend gebied dat geen van de {to} is: {list}; ze tellen mee in het totaal van alle gebieden en in de cijfers van geen enkel bovenliggend gebied. Schrijf de code of naam van het bovenliggende gebied zoals laag "{layer}" die heeft, of geef de waarde de code van het bovenliggende gebied in areaLayers.{layer}.aliases.',
    },
  },
  'datasets.warning.parentValue': {
    by: 'rows',
    forms: {
      one: '"{value}" ({file}:{line}, {rows} rij)',
      other: '"{value}" ({file}:{line}, {rows} rijen)',
    },
  },
  'datasets.warning.rollUpGaps': {
    by: 'days',
    forms: {
      one: 'Optelling naar {to}: {days} dag van een bovenliggend gebied heeft geen cijfer omdat een deel van de bijbehorende {childLabel} die dag meldde en een ander deel niet ({names}).',
      other:
        'Optelling naar {to}: {days} dagen van bovenliggende gebieden hebben geen cijfer omdat een deel van de bijbehorende {childLabel} die dag meldde en een ander deel niet ({names}).',
    },
  },
  'datasets.geography.gss.E00': 'output areas (kleinste statistische gebieden) in Engeland',
  'datasets.geography.gss.E01': 'lower layer super output areas (LSOA’s) in Engeland',
  'datasets.geography.gss.E02': 'middle layer super output areas (MSOA’s) in Engeland',
  'datasets.geography.gss.E04': 'burgerlijke parochies (civil parishes) in Engeland',
  'datasets.geography.gss.E05': 'kieswijken (wards) in Engeland',
  'datasets.geography.gss.E06': 'unitaire autoriteiten in Engeland',
  'datasets.geography.gss.E07': 'niet-metropolitane districten in Engeland',
  'datasets.geography.gss.E08': 'metropolitane districten in Engeland',
  'datasets.geography.gss.E09': 'Londense boroughs',
  'datasets.geography.gss.E10': 'graafschappen in Engeland',
  'datasets.geography.gss.E11': 'metropolitane graafschappen in Engeland',
  'datasets.geography.gss.E12': 'regio’s van Engeland',
  'datasets.geography.gss.E14': 'Lagerhuiskiesdistricten in Engeland',
  'datasets.geography.gss.E38': 'sub-ICB-locaties (voorheen CCG’s) in Engeland',
  'datasets.geography.gss.E47': 'samenwerkingsautoriteiten (combined authorities) in Engeland',
  'datasets.geography.gss.E54': 'integrated care boards (zorgregio’s) in Engeland',
  'datasets.geography.gss.E92': 'Engeland (het land)',
  'datasets.geography.gss.W00': 'output areas (kleinste statistische gebieden) in Wales',
  'datasets.geography.gss.W01': 'lower layer super output areas (LSOA’s) in Wales',
  'datasets.geography.gss.W02': 'middle layer super output areas (MSOA’s) in Wales',
  'datasets.geography.gss.W04': 'gemeenschappen (communities) in Wales',
  'datasets.geography.gss.W05': 'kieswijken (wards) in Wales',
  'datasets.geography.gss.W06': 'unitaire autoriteiten in Wales',
  'datasets.geography.gss.W07': 'Lagerhuiskiesdistricten in Wales',
  'datasets.geography.gss.W11': 'lokale gezondheidsraden (local health boards) in Wales',
  'datasets.geography.gss.W92': 'Wales (het land)',
  'datasets.geography.gss.S00': 'output areas (kleinste statistische gebieden) in Schotland',
  'datasets.geography.gss.S01': 'datazones in Schotland',
  'datasets.geography.gss.S02': 'intermediate zones (tussenzones) in Schotland',
  'datasets.geography.gss.S08': 'NHS-gezondheidsraden in Schotland',
  'datasets.geography.gss.S12': 'raadsgebieden (council areas) in Schotland',
  'datasets.geography.gss.S13': 'kieswijken (wards) in Schotland',
  'datasets.geography.gss.S14': 'Lagerhuiskiesdistricten in Schotland',
  'datasets.geography.gss.S92': 'Schotland (het land)',
  'datasets.geography.gss.N00': 'kleine gebieden (small areas) in Noord-Ierland',
  'datasets.geography.gss.N08': 'kieswijken (wards) in Noord-Ierland',
  'datasets.geography.gss.N09': 'lokale bestuursdistricten in Noord-Ierland',
  'datasets.geography.gss.N92': 'Noord-Ierland (het land)',
  'datasets.geography.gss.K02': 'het Verenigd Koninkrijk',
  'datasets.geography.gss.K03': 'Groot-Brittannië',
  'datasets.geography.gss.K04': 'Engeland en Wales',
  'datasets.geography.fips.county': 'county’s in de VS',
  'datasets.geography.fips.county-unpadded': 'county’s in de VS waarvan de voorloopnul verloren is',
  'datasets.geography.fips.state': 'staten van de VS',
  'datasets.geography.fips.tract': 'census tracts (telgebieden) in de VS',
  'datasets.geography.ons.old-district': 'districten van lokale overheden in de ONS-codering van vóór 2011',
  'datasets.geography.nuts.3': 'NUTS-3-regio’s',
  'datasets.geography.nuts.2': 'NUTS-2-regio’s',
  'datasets.geography.nuts.1': 'NUTS-1-regio’s',
  'datasets.geography.lau.8-digit': 'gemeenten (LAU) met 8-cijferige codes, zoals Duitse Gemeinden (AGS)',
  'datasets.geography.gssOther': 'Britse gebieden van GSS-entiteit {prefix}',
  'datasets.geography.system.gss': 'GSS-code, voorvoegsel {prefix}',
  'datasets.geography.system.fips.county': '5-cijferige FIPS-code (staat + county)',
  'datasets.geography.system.fips.county-unpadded':
    '4-cijferig getal: een 5-cijferige FIPS-code gelezen als getal (1001 is 01001)',
  'datasets.geography.system.fips.state': '2-cijferige FIPS-code van een staat',
  'datasets.geography.system.fips.tract': '11-cijferige FIPS-code (staat + county + tract)',
  'datasets.geography.system.ons.old-district': 'ONS-code oude stijl (2 cijfers + 2 letters, bijv. 00AA)',
  'datasets.geography.system.nuts.3': 'NUTS-code, 5 tekens',
  'datasets.geography.system.nuts.2': 'NUTS-code, 4 tekens',
  'datasets.geography.system.nuts.1': 'NUTS-code, 3 tekens',
  'datasets.geography.system.lau.8-digit': '8-cijferige LAU-code',
  'datasets.geography.note.dataYear': '{boundaries}, van het jaar van de gegevens',
  'datasets.geography.note.padFips': '{boundaries}; vul de codes aan tot 5 cijfers',
  'datasets.geography.note.mapOldCodes': '{boundaries}; zet de oude codes eerst om naar GSS-codes',
  'datasets.geography.note.nutsVersion': '{boundaries}, van de NUTS-versie van de gegevens',
  'datasets.geography.note.nationalAgency': '{boundaries}, of van de nationale karteringsdienst',
  'datasets.geography.note.fipsId': '{boundaries}, id van het object = FIPS',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'datasets.download.assetsGeojson',
  'datasets.download.assetsCsv',
  'datasets.download.assetsTable',
  'datasets.download.outlines',
  'datasets.page.description',
  'datasets.warning.more',
  'datasets.warning.gaps',
  'datasets.warning.days',
  'datasets.warning.shortRows',
  'datasets.warning.cumulativeGaps',
  'datasets.warning.cumulativeCorrections',
  'datasets.warning.cumulativeBaseline',
  'datasets.warning.swappedXY',
  'datasets.warning.textRepaired',
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
  'datasets.reason.areaCodePathLike',
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
  'datasets.warning.replacementCharacters',
  'datasets.warning.oneColumn',
  'datasets.warning.codesUnrecognised',
  'datasets.warning.codesLikeLayer',
  'datasets.warning.codesOtherGeography',
  'datasets.warning.areas',
  'datasets.warning.kind',
  'datasets.warning.kindsMore',
  'datasets.warning.kindsNone',
  'datasets.geography.gss.E00',
  'datasets.geography.gss.E01',
  'datasets.geography.gss.E02',
  'datasets.geography.gss.E04',
  'datasets.geography.gss.E05',
  'datasets.geography.gss.E06',
  'datasets.geography.gss.E07',
  'datasets.geography.gss.E08',
  'datasets.geography.gss.E09',
  'datasets.geography.gss.E10',
  'datasets.geography.gss.E11',
  'datasets.geography.gss.E12',
  'datasets.geography.gss.E14',
  'datasets.geography.gss.E38',
  'datasets.geography.gss.E47',
  'datasets.geography.gss.E54',
  'datasets.geography.gss.E92',
  'datasets.geography.gss.W00',
  'datasets.geography.gss.W01',
  'datasets.geography.gss.W02',
  'datasets.geography.gss.W04',
  'datasets.geography.gss.W05',
  'datasets.geography.gss.W06',
  'datasets.geography.gss.W07',
  'datasets.geography.gss.W11',
  'datasets.geography.gss.W92',
  'datasets.geography.gss.S00',
  'datasets.geography.gss.S01',
  'datasets.geography.gss.S02',
  'datasets.geography.gss.S08',
  'datasets.geography.gss.S12',
  'datasets.geography.gss.S13',
  'datasets.geography.gss.S14',
  'datasets.geography.gss.S92',
  'datasets.geography.gss.N00',
  'datasets.geography.gss.N08',
  'datasets.geography.gss.N09',
  'datasets.geography.gss.N92',
  'datasets.geography.gss.K02',
  'datasets.geography.gss.K03',
  'datasets.geography.gss.K04',
  'datasets.geography.fips.county',
  'datasets.geography.fips.county-unpadded',
  'datasets.geography.fips.state',
  'datasets.geography.fips.tract',
  'datasets.geography.ons.old-district',
  'datasets.geography.nuts.3',
  'datasets.geography.nuts.2',
  'datasets.geography.nuts.1',
  'datasets.geography.lau.8-digit',
  'datasets.geography.gssOther',
  'datasets.geography.system.gss',
  'datasets.geography.system.fips.county',
  'datasets.geography.system.fips.county-unpadded',
  'datasets.geography.system.fips.state',
  'datasets.geography.system.fips.tract',
  'datasets.geography.system.ons.old-district',
  'datasets.geography.system.nuts.3',
  'datasets.geography.system.nuts.2',
  'datasets.geography.system.nuts.1',
  'datasets.geography.system.lau.8-digit',
  'datasets.geography.note.dataYear',
  'datasets.geography.note.padFips',
  'datasets.geography.note.mapOldCodes',
  'datasets.geography.note.nutsVersion',
  'datasets.geography.note.nationalAgency',
  'datasets.geography.note.fipsId',
  'datasets.warning.headerRepeated',
  'datasets.warning.crsContradicts',
  'datasets.warning.crsPerRow',
  'datasets.warning.crsPerRowItem',
  'datasets.warning.coordinatesNotDegrees',
  'datasets.warning.coordinatesNotDegreesCrs',
  'datasets.warning.badDateFormat',
  'datasets.warning.coordinatesNotNumbers',
  'datasets.warning.coordinatesNotNumbersDecimalComma',
  'datasets.warning.coordinatesNotNumbersDecimalPoint',
  'datasets.warning.coordinatesNotNumbersDigitGroups',
  'datasets.warning.outsideSite',
  'datasets.warning.outsideSiteSwap',
  'datasets.warning.outsideSiteCrs',
  'datasets.warning.outsideSiteFeet',
  'datasets.warning.outsideSiteMetres',
  'datasets.warning.placementUnchecked',
  'datasets.warning.outsideCouncil',
  'datasets.warning.outsideEveryArea',
  'datasets.warning.fileLineId',
  'datasets.reason.childCodeMissing',
  'datasets.reason.parentCodeMissing',
  'datasets.reason.childHasParent',
  'datasets.warning.assetsOutside',
  'datasets.warning.crsUnit',
  'datasets.warning.crsUnitMetres',
  'datasets.warning.crsOther',
  'datasets.warning.crsOtherSampled',
  'datasets.warning.rollUpRowNotUsed',
  'datasets.warning.rollUpMoreRowsNotUsed',
  'datasets.warning.rollUpSelves',
  'datasets.warning.rollUpUnknownParents',
  'datasets.warning.rollUpOrphans',
  'datasets.warning.rollUpOmitted',
  'datasets.warning.rollUpPartial',
  'datasets.warning.rollUpMissing',
  'datasets.warning.rollUpGaps',
  'datasets.warning.rollUpNotPlaced',
  'datasets.warning.rollUpParentUnknown',
  'datasets.warning.parentValue',
  'datasets.warning.rowsValueUnmatched',
  'datasets.warning.benchmarkLookalike',
  'datasets.rollUp.title',
  'datasets.rollUp.description',
  'datasets.warning.datesAmbiguous',
  'datasets.warning.areaColumnIsTotal',
  'datasets.download.texts',
  'datasets.warning.ofPlacedAssets',
  'datasets.warning.areaPlaceholder',
  'datasets.warning.areaPlaceholderArea',
  'datasets.warning.areaPlaceholderRejected',
  'datasets.warning.rowsValueUnmatchedClosest',
];
