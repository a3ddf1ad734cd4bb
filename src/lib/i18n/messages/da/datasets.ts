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
  'datasets.rollUp.title': '{title} fordelt på {parents}',
  'datasets.rollUp.description':
    'Tallene er summer af områderne i laget »{areas}« inden for hvert område i laget »{parents}«.',
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
  'datasets.download.assetsCsv': 'Hele datasættet som regneark',
  'datasets.download.assetsGeojson': 'Hele datasættet til et kort (GeoJSON)',
  'datasets.download.assetsTable': 'Hele datasættet, kompakt tabel som kortet læser',
  'datasets.download.summary': 'Antal efter status og område',
  'datasets.download.sourceRows': 'Hvert aktivs række som offentliggjort i kilden',
  'datasets.download.outlines': 'Omrids af aktiver angivet som figurer',
  'datasets.download.texts': 'Registrets fritekst om hvert aktiv',
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
    'områdekoden har intet bogstav eller ciffer eller indeholder et styretegn, så den kan ikke navngive en side eller fil',
  'datasets.reason.areaCodePathLike': 'områdekoden indeholder /, \\, % eller .., som intet stednavn har',
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
  'datasets.reason.childCodeMissing': 'koden for det underordnede område mangler',
  'datasets.reason.parentCodeMissing': 'koden for det overordnede område mangler',
  'datasets.reason.childHasParent': 'det underordnede område {child} har allerede det overordnede område {parent}',
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
  'datasets.warning.replacementCharacters':
    '{file} indeholder erstatningstegnet "�" (U+FFFD), første gang på linje {line}: et tegn gik tabt, før filen blev skrevet, og ingen "encoding" kan gendanne det. Rækkerne læses, som de er; ret teksten i filen, eller bed udgiveren om en kopi, hvor tegnet er med.',
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
  'datasets.warning.cumulativeBaseline':
    '{dataset}: de kumulative totaler på filens første dag ({date}) er seriernes udgangspunkt, ikke nye tilfælde den dag, da filen ikke giver totalerne før den: den dag har intet dagligt tal, og hver senere dag er stigningen fra dagen før. Begynder filen med det første tilfælde (hver serie starter fra nul), så sæt cumulativeStart: "zero".',
  'datasets.warning.cumulativeCorrections': {
    by: 'rows',
    forms: {
      one: '{dataset}: det kumulative antal faldt i {rows} række; den blev beholdt som en rettelse (et negativt dagligt antal), fordi rejectNegative er false. Sæt rejectNegative: true for at afvise sådanne rækker.',
      other:
        '{dataset}: det kumulative antal faldt i {rows} rækker; de blev beholdt som rettelser (negative daglige antal), fordi rejectNegative er false. Sæt rejectNegative: true for at afvise dem.',
    },
  },
  'datasets.warning.textRepaired': {
    by: 'rows',
    forms: {
      one: '{rows} række har et navn eller en adresse, hvis UTF-8 hos udgiveren blev læst som Windows-1252 og gemt igen; den vises rettet (første: {file} linje {line}, kolonne {column}: »{written}« er »{repaired}«). Rækken som offentliggjort viser teksten, som den er skrevet.',
      other:
        '{rows} rækker har et navn eller en adresse, hvis UTF-8 hos udgiveren blev læst som Windows-1252 og gemt igen; de vises rettet (første: {file} linje {line}, kolonne {column}: »{written}« er »{repaired}«). Rækken som offentliggjort viser teksten, som den er skrevet.',
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
  'datasets.warning.badDateFormat': {
    by: 'dates',
    forms: {
      one: '{dates} dato kunne ikke læses og er efterladt tom: {list}. Med dateFormat "{format}" kan den læses: sæt dateFormat til "{format}".',
      other:
        '{dates} datoer kunne ikke læses og er efterladt tomme: {list}. Med dateFormat "{format}" kan de læses: sæt dateFormat til "{format}".',
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
      one: '{spellings} stavemåde af et område blev læst som samme område som en anden stavemåde (sammenlignet uden hensyn til store og små bogstaver, mellemrum, bindestreger, apostroffer, punktummer, accenter og fodnotetegn som † eller *): {list}. Er det forskellige områder, så giv dem koder i filen, eller stav dem forskelligt ved kilden.',
      other:
        '{spellings} stavemåder af områder blev læst som samme område som en anden stavemåde (sammenlignet uden hensyn til store og små bogstaver, mellemrum, bindestreger, apostroffer, punktummer, accenter og fodnotetegn som † eller *): {list}. Er to af dem forskellige områder, så giv dem koder i filen, eller stav dem forskelligt ved kilden.',
    },
  },
  'datasets.warning.areaColumnIsTotal':
    '{file}: kolonnen "{column}" indeholder summen af de andre områdekolonner i {rows} af de {of} rækker med antal, så den ligner en total, ikke et område; talt som et område fordobler den alle tal for alle områder samlet. Udelad den af columns.areas: angiv områdekolonnerne, eller gør mønstret snævrere.',
  'datasets.warning.datesAmbiguous':
    '{file}: alle datoer i kolonnen "{column}" kan læses med dagen først eller måneden først (ingen har et første tal over 12; {dates} i alt, fx "{example}"), og dateFormat "auto" læste dem med dagen først: "{example}" er {read}. Skriver filen måneden først (som amerikanske filer), så sæt dateFormat: "mdy"; skriver den dagen først, så sæt dateFormat: "dmy" for at sige det.',
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
  'datasets.warning.codesUnrecognised': {
    by: 'codes',
    forms: {
      one: '{codes} kode ({examples}) har ikke formen af et kodesystem, som dette værktøj kender; laget "{layer}" ({layerLabel}) har {kinds}. Kontrollér, at columns.area angiver kolonnen med koderne, og at koderne er skrevet, som grænsefilen skriver dem.',
      other:
        '{codes} koder ({examples}) har ikke formen af et kodesystem, som dette værktøj kender; laget "{layer}" ({layerLabel}) har {kinds}. Kontrollér, at columns.area angiver kolonnen med koderne, og at koderne er skrevet, som grænsefilen skriver dem.',
    },
  },
  'datasets.warning.codesLikeLayer': {
    by: 'codes',
    forms: {
      one: '{codes} kode ({examples}) ligner {geography} ({system}) ligesom {areas} i laget "{layer}", men findes ikke i dets grænsefil: sådanne områder er sandsynligvis oprettet eller omkodet efter (eller før) grænsernes år. Brug grænser fra dataenes år ({boundaries}), eller tilføj, hvor et område kun har fået en ny kode, et alias i areaLayers.{layer}.aliases.',
      other:
        '{codes} koder ({examples}) ligner {geography} ({system}) ligesom {areas} i laget "{layer}", men findes ikke i dets grænsefil: sådanne områder er sandsynligvis oprettet eller omkodet efter (eller før) grænsernes år. Brug grænser fra dataenes år ({boundaries}), eller tilføj, hvor et område kun har fået en ny kode, et alias i areaLayers.{layer}.aliases.',
    },
  },
  'datasets.warning.codesOtherGeography': {
    by: 'codes',
    forms: {
      one: '{codes} kode ({examples}) ligner {geography} ({system}); laget "{layer}" ({layerLabel}) har {kinds}. Tilføj et lag af {boundaries}, og sæt datasættets join.layer til det.',
      other:
        '{codes} koder ({examples}) ligner {geography} ({system}); laget "{layer}" ({layerLabel}) har {kinds}. Tilføj et lag af {boundaries}, og sæt datasættets join.layer til det.',
    },
  },
  'datasets.warning.areas': { forms: { one: '{count} område', other: '{count} områder' } },
  'datasets.warning.kind': '{geography} ({count})',
  'datasets.warning.kindsMore': '{list} og andre',
  'datasets.warning.headerRepeated':
    '{where}: overskriften har "{header}" {times} gange (kolonne {columns}); columns.{key} bruger kolonne {first}, den første. Omdøb de andre i filen, eller angiv præcis den kolonne, du mener.',
  'datasets.warning.crsContradicts':
    '{file} angiver sine koordinater som {declared}, men coordinates.crs siger {configured}; de blev læst, som coordinates.crs siger. Fjern coordinates.crs for at bruge filens.',
  'datasets.warning.crsPerRow': 'Koordinaterne blev læst række for række i {count} systemer: {list}.',
  'datasets.warning.crsPerRowItem': '{rows} som {crs}',
  'datasets.warning.coordinatesNotDegrees': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} række har koordinater, der ikke kan være længde- og breddegrad ({columns}: {example}, uden for ±180/±90), så den er beholdt, men ikke placeret. Værdierne ligner et net i meter eller fod: sæt coordinates.crs til det system, filen er i (den EPSG-kode, udgiveren angiver, f.eks. "EPSG:25832" for UTM zone 32N), og coordinates.bounds til det område, dataene dækker, så datatrinnet kan kontrollere, hvor de lander.',
      other:
        '{file}: {rows} rækker har koordinater, der ikke kan være længde- og breddegrad ({columns}: {example}, uden for ±180/±90), så de er beholdt, men ikke placeret. Værdierne ligner et net i meter eller fod: sæt coordinates.crs til det system, filen er i (den EPSG-kode, udgiveren angiver, f.eks. "EPSG:25832" for UTM zone 32N), og coordinates.bounds til det område, dataene dækker, så datatrinnet kan kontrollere, hvor de lander.',
    },
  },
  'datasets.warning.coordinatesNotDegreesCrs': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} række har koordinater, der ikke kan være længde- og breddegrad ({columns}: {example}, uden for ±180/±90), så den er beholdt, men ikke placeret. Læst som {crs} ligger de inden for sidens områder: sæt coordinates.crs til "{crs}".',
      other:
        '{file}: {rows} rækker har koordinater, der ikke kan være længde- og breddegrad ({columns}: {example}, uden for ±180/±90), så de er beholdt, men ikke placeret. Læst som {crs} ligger de inden for sidens områder: sæt coordinates.crs til "{crs}".',
    },
  },
  'datasets.warning.coordinatesNotNumbers': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} række har koordinater, der ikke er tal ({columns} på linje {line}: {example}), så den er beholdt, men ikke placeret. Kontrollér, at columns.x og columns.y (eller columns.point) angiver kolonnerne med koordinaterne.',
      other:
        '{file}: {rows} rækker har koordinater, der ikke er tal ({columns} på linje {line}: {example}), så de er beholdt, men ikke placeret. Kontrollér, at columns.x og columns.y (eller columns.point) angiver kolonnerne med koordinaterne.',
    },
  },
  'datasets.warning.coordinatesNotNumbersDecimalComma': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} række har koordinater, der ikke er tal ({columns} på linje {line}: {example}), så den er beholdt, men ikke placeret. De kan læses som tal med decimalkomma: sæt decimalSeparator til ",".',
      other:
        '{file}: {rows} rækker har koordinater, der ikke er tal ({columns} på linje {line}: {example}), så de er beholdt, men ikke placeret. De kan læses som tal med decimalkomma: sæt decimalSeparator til ",".',
    },
  },
  'datasets.warning.coordinatesNotNumbersDecimalPoint': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} række har koordinater, der ikke er tal ({columns} på linje {line}: {example}), så den er beholdt, men ikke placeret. De kan læses som tal med decimalpunktum: sæt decimalSeparator til ".".',
      other:
        '{file}: {rows} rækker har koordinater, der ikke er tal ({columns} på linje {line}: {example}), så de er beholdt, men ikke placeret. De kan læses som tal med decimalpunktum: sæt decimalSeparator til ".".',
    },
  },
  'datasets.warning.coordinatesNotNumbersDigitGroups': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} række har koordinater, der ikke er tal ({columns} på linje {line}: {example}), så den er beholdt, men ikke placeret. Værdierne har et skilletegn efter hvert tredje ciffer, som et regneark skriver tal, når det gemmer en fil igen med sine egne skilletegn, så det er tabt, hvor decimaltegnet stod, og de kan ikke læses. Knyt columns.x og columns.y til andre koordinatkolonner i filen (et net som UTM, med coordinates.crs), eller brug udgiverens oprindelige fil.',
      other:
        '{file}: {rows} rækker har koordinater, der ikke er tal ({columns} på linje {line}: {example}), så de er beholdt, men ikke placeret. Værdierne har et skilletegn efter hvert tredje ciffer, som et regneark skriver tal, når det gemmer en fil igen med sine egne skilletegn, så det er tabt, hvor decimaltegnet stod, og de kan ikke læses. Knyt columns.x og columns.y til andre koordinatkolonner i filen (et net som UTM, med coordinates.crs), eller brug udgiverens oprindelige fil.',
    },
  },
  'datasets.warning.outsideSite': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} ligger uden for sidens områdelag ({layers}: {bounds}), og intet andet indbygget koordinatsystem, ingen anden akserækkefølge og ingen anden enhed placerer dem indenfor. Skal de ligge inden for sidens områder, så kontrollér coordinates.crs og koordinaterne ved kilden; sæt ellers coordinates.bounds til det område, dataene dækker, for at kontrollere dem mod det.',
      other:
        '{file}: {assets} {of} ligger uden for sidens områdelag ({layers}: {bounds}), og intet andet indbygget koordinatsystem, ingen anden akserækkefølge og ingen anden enhed placerer dem indenfor. Skal de ligge inden for sidens områder, så kontrollér coordinates.crs og koordinaterne ved kilden; sæt ellers coordinates.bounds til det område, dataene dækker, for at kontrollere dem mod det.',
    },
  },
  'datasets.warning.outsideSiteSwap': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} ligger uden for sidens områdelag ({layers}: {bounds}), men inden for dem med længde- og breddegrad byttet om. Sæt coordinates.bounds til {bounds}: så kontrolleres rækkerne mod det, og ombyttede læses den rigtige vej.',
      other:
        '{file}: {assets} {of} ligger uden for sidens områdelag ({layers}: {bounds}), men inden for dem med længde- og breddegrad byttet om. Sæt coordinates.bounds til {bounds}: så kontrolleres rækkerne mod det, og ombyttede læses den rigtige vej.',
    },
  },
  'datasets.warning.outsideSiteCrs': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} ligger uden for sidens områdelag ({layers}: {bounds}), men inden for dem læst som {crs}: sæt coordinates.crs til "{crs}".',
      other:
        '{file}: {assets} {of} ligger uden for sidens områdelag ({layers}: {bounds}), men inden for dem læst som {crs}: sæt coordinates.crs til "{crs}".',
    },
  },
  'datasets.warning.outsideSiteFeet': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} ligger uden for sidens områdelag ({layers}: {bounds}), men inden for dem, hvis værdierne var i fod: {crs} er i meter. Sæt coordinates.crs til koden for samme zone i amerikanske survey feet, eller "+units=us-ft" i coordinates.proj4.',
      other:
        '{file}: {assets} {of} ligger uden for sidens områdelag ({layers}: {bounds}), men inden for dem, hvis værdierne var i fod: {crs} er i meter. Sæt coordinates.crs til koden for samme zone i amerikanske survey feet, eller "+units=us-ft" i coordinates.proj4.',
    },
  },
  'datasets.warning.outsideSiteMetres': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} ligger uden for sidens områdelag ({layers}: {bounds}), men inden for dem, hvis værdierne var i meter: {crs} er i fod. Sæt coordinates.crs til koden for samme zone i meter, eller "+units=m" i coordinates.proj4.',
      other:
        '{file}: {assets} {of} ligger uden for sidens områdelag ({layers}: {bounds}), men inden for dem, hvis værdierne var i meter: {crs} er i fod. Sæt coordinates.crs til koden for samme zone i meter, eller "+units=m" i coordinates.proj4.',
    },
  },
  'datasets.warning.placementUnchecked': {
    by: 'assets',
    forms: {
      one: '{assets} aktiv blev placeret, hvor dets koordinater siger, uden kontrol: datasættet har intet koblingslag og ingen coordinates.bounds, og siden har intet områdelag at sammenligne med, så koordinater i et andet system eller med længde- og breddegrad byttet om ville gå ubemærket hen. Sæt coordinates.bounds til det område, dataene dækker, [vest, syd, øst, nord] i grader.',
      other:
        '{assets} aktiver blev placeret, hvor deres koordinater siger, uden kontrol: datasættet har intet koblingslag og ingen coordinates.bounds, og siden har intet områdelag at sammenligne med, så koordinater i et andet system eller med længde- og breddegrad byttet om ville gå ubemærket hen. Sæt coordinates.bounds til det område, dataene dækker, [vest, syd, øst, nord] i grader.',
    },
  },
  'datasets.warning.outsideCouncil': {
    by: 'assets',
    forms: {
      one: '{assets} placeret aktiv ligger uden for kommunens eget område (councilAreas: {codes}): {areas}. Kontrollér koordinaterne (en længdegrad med forkert fortegn, en fejlindtastet x-koordinat): {rows}.',
      other:
        '{assets} placerede aktiver ligger uden for kommunens eget område (councilAreas: {codes}): {areas}. Kontrollér deres koordinater (en længdegrad med forkert fortegn, en fejlindtastet x-koordinat): {rows}.',
    },
  },
  'datasets.warning.outsideEveryArea': 'uden for alle områder i laget {layer}',
  'datasets.warning.fileLineId': '{file} linje {line} ({id})',
  'datasets.warning.kindsNone': 'koder fra intet kendt system',
  'datasets.warning.assetsOutside': { forms: { one: '{count} aktiv', other: '{count} aktiver' } },
  'datasets.warning.ofPlacedAssets': {
    forms: { one: 'af det {count} placerede aktiv', other: 'af de {count} placerede aktiver' },
  },
  'datasets.warning.crsUnit':
    '{assets} af {outside} uden for området ville ligge inden for det, hvis koordinaterne var i fod: {crs} er i meter. Sæt coordinates.crs til koden for samme zone i amerikanske landmålerfod (US survey foot, f.eks. EPSG:3435, ikke EPSG:26971), eller "+units=us-ft" i coordinates.proj4.',
  'datasets.warning.crsUnitMetres':
    '{assets} af {outside} uden for området ville ligge inden for det, hvis koordinaterne var i meter: {crs} er i fod. Sæt coordinates.crs til koden for samme zone i meter, eller "+units=m" i coordinates.proj4.',
  'datasets.warning.crsOther': {
    by: 'assets',
    forms: {
      one: '{assets} af {outside} uden for området ville ligge inden for det, hvis det blev læst som {crs}: hvis filen blander koordinatsystemer, så sæt coordinates.crs til [{list}]; hvis alle rækker er i det system, så sæt coordinates.crs til "{best}".',
      other:
        '{assets} af {outside} uden for området ville ligge inden for det, hvis de blev læst som {crs}: hvis filen blander koordinatsystemer, så sæt coordinates.crs til [{list}]; hvis alle rækker er i det system, så sæt coordinates.crs til "{best}".',
    },
  },
  'datasets.warning.crsOtherSampled': {
    by: 'assets',
    forms: {
      one: '{assets} af {outside} uden for området (af de første {tried} afprøvede) ville ligge inden for det, hvis det blev læst som {crs}: hvis filen blander koordinatsystemer, så sæt coordinates.crs til [{list}]; hvis alle rækker er i det system, så sæt coordinates.crs til "{best}".',
      other:
        '{assets} af {outside} uden for området (af de første {tried} afprøvede) ville ligge inden for det, hvis de blev læst som {crs}: hvis filen blander koordinatsystemer, så sæt coordinates.crs til [{list}]; hvis alle rækker er i det system, så sæt coordinates.crs til "{best}".',
    },
  },
  'datasets.warning.rollUpRowNotUsed':
    'Sammentælling til {to}: {file}:{line} {column}: {reason} ("{value}"); rækken bruges ikke.',
  'datasets.warning.rollUpMoreRowsNotUsed': {
    by: 'rows',
    forms: {
      one: 'Sammentælling til {to}: {file}: {rows} række mere bruges ikke.',
      other: 'Sammentælling til {to}: {file}: {rows} rækker mere bruges ikke.',
    },
  },
  'datasets.warning.rollUpSelves':
    'Sammentælling til {to}: {areas} af {child} hører også til {parent} og står for sig selv ({codes}).',
  'datasets.warning.rollUpUnknownParents': {
    by: 'codes',
    forms: {
      one: 'Sammentælling til {to}: {codes} overordnet kode er ikke koden for nogen af {parent} ({examples}); dens underordnede områder hører ikke under noget overordnet område.',
      other:
        'Sammentælling til {to}: {codes} overordnede koder er ikke koder for nogen af {parent} ({examples}); deres underordnede områder hører ikke under noget overordnet område.',
    },
  },
  'datasets.warning.rollUpOrphans':
    'Sammentælling til {to}: {areas} af {child} hører ikke under nogen af {parent}: {list}.',
  'datasets.warning.rollUpOmitted':
    'Sammentælling til {to}: {parents} af {parentLabel} er udeladt, fordi nogle af de tilhørende {childLabel} ikke har data (sæt partial: "label" for at vise summen af de øvrige): {list}.',
  'datasets.warning.rollUpPartial': {
    by: 'parents',
    forms: {
      one: 'Sammentælling til {to}: {parents} af {parentLabel} er en delsum; navnet siger, hvor mange af de tilhørende {childLabel} der er med: {list}.',
      other:
        'Sammentælling til {to}: {parents} af {parentLabel} er delsummer; navnet siger for hver, hvor mange af de tilhørende {childLabel} der er med: {list}.',
    },
  },
  'datasets.warning.rollUpMissing': '{parent}: ingen data for {missing}',
  'datasets.warning.areaPlaceholder': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} række har "{value}" i områdekolonnen "{column}", hvilket ligner en værdi for tilfælde, der ikke hører til noget område. {outcome} Betyder den “ikke placeret i et område”, så tilføj den til datasets[{dataset}].unplacedValues (unplacedValues: ["{value}"]): rækkerne tælles da med i datasættets totaler og i intet område. Er den et områdes kode, er intet galt.',
      other:
        '{file}: {rows} rækker har "{value}" i områdekolonnen "{column}", hvilket ligner en værdi for tilfælde, der ikke hører til noget område. {outcome} Betyder den “ikke placeret i et område”, så tilføj den til datasets[{dataset}].unplacedValues (unplacedValues: ["{value}"]): rækkerne tælles da med i datasættets totaler og i intet område. Er den et områdes kode, er intet galt.',
    },
  },
  'datasets.warning.areaPlaceholderArea':
    'Uden et områdelag læses værdien som sit eget område, med en side, en plads på kortet og en placering.',
  'datasets.warning.areaPlaceholderRejected': 'Rækkerne afvises som ukendt områdekode.',
  'datasets.warning.rowsValueUnmatched':
    '{files}: ingen række har "{value}" i kolonnen "{column}", som konfigurationens rækkefilter nævner, så den værdi udvælger ingen rækker. Tjek den mod filen: en fejlskrevet værdi udvælger intet, og intet andet ville vise det.',
  'datasets.warning.rowsValueUnmatchedClosest':
    '{files}: ingen række har "{value}" i kolonnen "{column}", som konfigurationens rækkefilter nævner, så den værdi udvælger ingen rækker. Kolonnen indeholder "{closest}": er det den mente værdi, så skriv den, som filen gør.',
  'datasets.warning.benchmarkLookalike':
    '{dataset}: ingen række har sammenligningsgrundlagets kode "{benchmark}", så sammenligningsgrundlaget er gennemsnittet af områderne, og disse, der ligner dets egen række, tælles med blandt dem: {areas}. Sæt benchmark til koden, som filen skriver den, eller del en sammensat kolonne med splitColumns.',
  'datasets.warning.rollUpNotPlaced': {
    by: 'rows',
    forms: {
      one: 'Sammentælling til {to}: {rows} række, der ikke er placeret i et område (unplacedValues), tælles med i totalen for alle områder, men i intet overordnet områdes tal, da ingen kolonne siger, hvilket overordnet område den hører til: hvert overordnet områdes total udelader den. Sæt datasets[{dataset}].columns.parent til den kolonne i filen, der angiver hver rækkes overordnede område (såsom "state"), for at lægge den til dens overordnede områdes tal.',
      other:
        'Sammentælling til {to}: {rows} rækker, der ikke er placeret i et område (unplacedValues), tælles med i totalen for alle områder, men i intet overordnet områdes tal, da ingen kolonne siger, hvilket overordnet område de hører til: hvert overordnet områdes total udelader dem. Sæt datasets[{dataset}].columns.parent til den kolonne i filen, der angiver hver rækkes overordnede område (såsom "state"), for at lægge dem til deres overordnede områdes tal.',
    },
  },
  'datasets.warning.rollUpParentUnknown': {
    by: 'rows',
    forms: {
      one: 'Sammentælling til {to}: {rows} række, der ikke er placeret i et område, angiver i kolonnen "{column}" et overordnet område, som ikke er blandt {to}: {list}; den tælles med i totalen for alle områder og i intet overordnet områdes tal. Skriv det overordnede områdes kode eller navn, som laget "{layer}" har det, eller giv værdien det overordnede områdes kode i areaLayers.{layer}.aliases.',
      other:
        'Sammentælling til {to}: {rows} rækker, der ikke er placeret i et område, angiver i kolonnen "{column}" et overordnet område, som ikke er blandt {to}: {list}; de tælles med i totalen for alle områder og i intet overordnet områdes tal. Skriv det overordnede områdes kode eller navn, som laget "{layer}" har det, eller giv værdien det overordnede områdes kode i areaLayers.{layer}.aliases.',
    },
  },
  'datasets.warning.parentValue': {
    by: 'rows',
    forms: {
      one: '"{value}" ({file}:{line}, {rows} række)',
      other: '"{value}" ({file}:{line}, {rows} rækker)',
    },
  },
  'datasets.warning.rollUpGaps': {
    by: 'days',
    forms: {
      one: 'Sammentælling til {to}: {days} dag for et overordnet område har intet tal, fordi nogle af de tilhørende {childLabel} indberettede den dag og andre ikke ({names}).',
      other:
        'Sammentælling til {to}: {days} dage for overordnede områder har intet tal, fordi nogle af de tilhørende {childLabel} indberettede den dag og andre ikke ({names}).',
    },
  },
  'datasets.geography.gss.E00': 'output areas (mindste statistiske områder) i England',
  'datasets.geography.gss.E01': 'lower layer super output areas (LSOA’er) i England',
  'datasets.geography.gss.E02': 'middle layer super output areas (MSOA’er) i England',
  'datasets.geography.gss.E04': 'civile sogne (civil parishes) i England',
  'datasets.geography.gss.E05': 'valgkredse (wards) i England',
  'datasets.geography.gss.E06': 'enhedskommuner (unitary authorities) i England',
  'datasets.geography.gss.E07': 'ikke-storbydistrikter i England',
  'datasets.geography.gss.E08': 'storbydistrikter i England',
  'datasets.geography.gss.E09': 'London-bydele (boroughs)',
  'datasets.geography.gss.E10': 'grevskaber i England',
  'datasets.geography.gss.E11': 'storbygrevskaber i England',
  'datasets.geography.gss.E12': 'regioner i England',
  'datasets.geography.gss.E14': 'valgkredse til Underhuset i England',
  'datasets.geography.gss.E38': 'sub-ICB-områder (tidligere CCG’er) i England',
  'datasets.geography.gss.E47': 'kommunale samarbejdsmyndigheder (combined authorities) i England',
  'datasets.geography.gss.E54': 'integrated care boards (sundhedsregioner) i England',
  'datasets.geography.gss.E92': 'England (landet)',
  'datasets.geography.gss.W00': 'output areas (mindste statistiske områder) i Wales',
  'datasets.geography.gss.W01': 'lower layer super output areas (LSOA’er) i Wales',
  'datasets.geography.gss.W02': 'middle layer super output areas (MSOA’er) i Wales',
  'datasets.geography.gss.W04': 'lokalsamfund (communities) i Wales',
  'datasets.geography.gss.W05': 'valgkredse (wards) i Wales',
  'datasets.geography.gss.W06': 'enhedskommuner (unitary authorities) i Wales',
  'datasets.geography.gss.W07': 'valgkredse til Underhuset i Wales',
  'datasets.geography.gss.W11': 'lokale sundhedsråd (local health boards) i Wales',
  'datasets.geography.gss.W92': 'Wales (landet)',
  'datasets.geography.gss.S00': 'output areas (mindste statistiske områder) i Skotland',
  'datasets.geography.gss.S01': 'datazoner (data zones) i Skotland',
  'datasets.geography.gss.S02': 'mellemzoner (intermediate zones) i Skotland',
  'datasets.geography.gss.S08': 'NHS-sundhedsråd i Skotland',
  'datasets.geography.gss.S12': 'kommuner (council areas) i Skotland',
  'datasets.geography.gss.S13': 'valgkredse (wards) i Skotland',
  'datasets.geography.gss.S14': 'valgkredse til Underhuset i Skotland',
  'datasets.geography.gss.S92': 'Skotland (landet)',
  'datasets.geography.gss.N00': 'småområder (small areas) i Nordirland',
  'datasets.geography.gss.N08': 'valgkredse (wards) i Nordirland',
  'datasets.geography.gss.N09': 'lokale forvaltningsdistrikter i Nordirland',
  'datasets.geography.gss.N92': 'Nordirland (landet)',
  'datasets.geography.gss.K02': 'Det Forenede Kongerige',
  'datasets.geography.gss.K03': 'Storbritannien',
  'datasets.geography.gss.K04': 'England og Wales',
  'datasets.geography.fips.county': 'amter (counties) i USA',
  'datasets.geography.fips.county-unpadded': 'amter (counties) i USA, hvor det foranstillede nul er gået tabt',
  'datasets.geography.fips.state': 'delstater i USA',
  'datasets.geography.fips.tract': 'folketællingsområder (census tracts) i USA',
  'datasets.geography.ons.old-district': 'kommunale distrikter i ONS’ kodning fra før 2011',
  'datasets.geography.nuts.3': 'NUTS-niveau 3-regioner',
  'datasets.geography.nuts.2': 'NUTS-niveau 2-regioner',
  'datasets.geography.nuts.1': 'NUTS-niveau 1-regioner',
  'datasets.geography.lau.8-digit': 'kommuner (LAU) med 8-cifrede koder, fx tyske Gemeinden (AGS)',
  'datasets.geography.gssOther': 'britiske områder af GSS-enheden {prefix}',
  'datasets.geography.system.gss': 'GSS-kode, præfiks {prefix}',
  'datasets.geography.system.fips.county': '5-cifret FIPS-kode (delstat + amt)',
  'datasets.geography.system.fips.county-unpadded':
    '4-cifret tal: en 5-cifret FIPS-kode læst som et tal (1001 er 01001)',
  'datasets.geography.system.fips.state': '2-cifret FIPS-kode for en delstat',
  'datasets.geography.system.fips.tract': '11-cifret FIPS-kode (delstat + amt + område)',
  'datasets.geography.system.ons.old-district': 'ONS-kode i gammel form (2 cifre + 2 bogstaver, fx 00AA)',
  'datasets.geography.system.nuts.3': 'NUTS-kode, 5 tegn',
  'datasets.geography.system.nuts.2': 'NUTS-kode, 4 tegn',
  'datasets.geography.system.nuts.1': 'NUTS-kode, 3 tegn',
  'datasets.geography.system.lau.8-digit': '8-cifret LAU-kode',
  'datasets.geography.note.dataYear': '{boundaries} fra dataenes år',
  'datasets.geography.note.padFips': '{boundaries}; udfyld koderne til 5 cifre',
  'datasets.geography.note.mapOldCodes': '{boundaries}; omsæt først de gamle koder til GSS-koder',
  'datasets.geography.note.nutsVersion': '{boundaries} i dataenes NUTS-version',
  'datasets.geography.note.nationalAgency': '{boundaries} eller fra det nationale kortagentur',
  'datasets.geography.note.fipsId': '{boundaries}, objektets id = FIPS',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'datasets.download.assetsGeojson',
  'datasets.download.assetsCsv',
  'datasets.download.assetsTable',
  'datasets.download.outlines',
  'datasets.page.downloads',
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
