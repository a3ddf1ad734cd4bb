/** Dutch (nl). Terms follow the usage of RIVM and CBS. */
import type { Catalogue } from '../catalogue.ts';

export const nl: Catalogue = {
  language: 'nl',
  name: 'Nederlands',
  glossary: [
    {
      term: 'rate per 100,000',
      translation: 'per 100.000 inwoners',
      note: 'meldingen in 7 dagen per 100.000 inwoners',
    },
    {
      term: '7-day average',
      translation: '7-daags gemiddelde',
      note: 'gemiddelde van de dagcijfers over de laatste 7 dagen',
    },
    { term: 'suppressed', translation: 'afgeschermd', note: 'niet gepubliceerd omdat het aantal te klein is' },
    { term: 'vacant', translation: 'leegstaand', note: 'gebouw of terrein zonder gebruik' },
    { term: 'under-used', translation: 'onderbenut', note: 'maar gedeeltelijk in gebruik' },
    { term: 'benchmark', translation: 'referentiewaarde', note: 'het cijfer waarmee een gebied wordt vergeleken' },
  ],
  review: [
    'format.suppressed',
    'cases.summary.changeSuppressed',
    'cases.chart.trendSpanned',
    'offline.app.description',
  ],
  messages: {
    'format.suppressed': 'afgeschermd',
    'format.noData': 'geen gegevens',
    'number.ordinal': { by: 'n', ordinal: true, forms: { other: '{n}e' } },

    'layout.title': '{page} · {site}',
    'layout.skipLink': 'Naar de hoofdinhoud',
    'layout.nav.label': 'Hoofdmenu',
    'layout.nav.home': 'Home',
    'layout.nav.cases': 'Infectieziekten',
    'layout.nav.assets': 'Gebouwen en terreinen',
    'layout.nav.indicator': 'Indicatoren',
    'layout.nav.datasets': 'Gegevens en kwaliteit',
    'layout.breadcrumb': 'Kruimelpad',
    'layout.demo.label': 'Demonstratiesite',
    'layout.demo.lead': 'Demonstratiesite.',
    'layout.demo.text':
      'Alle gegevens op deze site zijn fictief en voor de demonstratie gemaakt; ze beschrijven geen echte plaats of persoon.',
    'layout.footer.private':
      '{site} is gemaakt met Civic Atlas uit open data. Geen cookies, geen tracking: deze site doet geen verzoek aan een andere website.',
    'layout.footer.privateTiles':
      '{site} is gemaakt met Civic Atlas uit open data. Geen cookies, geen tracking: deze site doet geen verzoek aan een andere website, behalve voor de achtergrondtegels van de kaart.',
    'layout.footer.kept': 'Pagina’s bewaard voor offline gebruik',

    'notFound.title': 'Pagina niet gevonden',
    'notFound.text': 'Op dit adres staat geen pagina. Misschien is ze verplaatst toen de gegevens werden bijgewerkt.',
    'notFound.home': 'Naar de startpagina',

    'offline.app.description': 'Open data van {council}: dashboards, kaarten en gebiedsprofielen.',
    'offline.keep.button': 'Bewaar deze pagina voor offline gebruik',
    'offline.keep.working': 'Deze pagina wordt op dit apparaat bewaard…',
    'offline.keep.done': {
      by: 'files',
      forms: {
        one: 'Bewaard op dit apparaat: {files} bestand, {size}. De pagina opent zonder netwerk.',
        other: 'Bewaard op dit apparaat: {files} bestanden, {size}. De pagina opent zonder netwerk.',
      },
    },
    'offline.keep.kept': 'Deze pagina is op dit apparaat bewaard: ze opent zonder netwerk.',
    'offline.keep.remove': 'Van dit apparaat verwijderen',
    'offline.keep.removed': 'Van dit apparaat verwijderd.',
    'offline.keep.failed': 'Deze pagina kon niet worden bewaard: {reason}',
    'offline.keep.noWorker':
      'de offlinehulp van deze site draait nog niet. Laad de pagina opnieuw met een verbinding en probeer het nog eens.',
    'offline.keep.list': 'Alle pagina’s die op dit apparaat zijn bewaard',
    'offline.list.title': 'Pagina’s bewaard voor offline gebruik',
    'offline.list.heading': 'Bewaard op dit apparaat',
    'offline.list.intro':
      'Bewaarde pagina’s openen op dit apparaat zonder netwerk, met hun grafieken, tabellen en kaarten. Ze staan alleen in deze browser en worden vervangen door nieuwe versies als de site wordt bijgewerkt.',
    'offline.list.how':
      'Gebiedsprofielen, pagina’s over gebouwen en terreinen en pagina’s over datasets hebben een knop ‘Bewaar deze pagina voor offline gebruik’.',
    'offline.list.empty': 'Er zijn geen pagina’s op dit apparaat bewaard.',
    'offline.list.count': {
      forms: {
        one: '{count} pagina bewaard, in totaal {size}.',
        other: '{count} pagina’s bewaard, in totaal {size}.',
      },
    },
    'offline.list.keptOn': 'bewaard op {date}, {size}',
    'offline.list.remove': 'Verwijderen',
    'offline.list.removeLabel': '{title} van dit apparaat verwijderen',
    'offline.list.removed': '{title} is van dit apparaat verwijderd.',
    'offline.list.unsupported': 'Deze browser kan geen pagina’s bewaren voor offline gebruik.',
    'offline.list.noScript': 'De lijst met bewaarde pagina’s heeft JavaScript nodig.',
    'offline.page.title': 'U bent offline',
    'offline.page.text':
      'Deze pagina is niet op dit apparaat bewaard en kan zonder netwerk niet worden geopend. Maak opnieuw verbinding en laad de pagina opnieuw, of open een van de bewaarde pagina’s.',

    'cases.change.suppressed':
      'De verandering ten opzichte van {period} wordt niet getoond omdat de aantallen te klein zijn om te publiceren.',
    'cases.change.previousWeek': 'de 7 dagen ervoor',
    'cases.change.noData': 'Er zijn geen gegevens om te vergelijken met {period}.',
    'cases.change.noChangeShort': 'Geen verandering',
    'cases.change.noChange': 'Geen verandering ten opzichte van {period}.',
    'cases.change.amount': '{magnitude} {unit}',
    'cases.change.amountPct': '{magnitude} {unit} ({pct})',
    'cases.change.up': '{amount} meer dan {period}',
    'cases.change.down': '{amount} minder dan {period}',
    'cases.change.neutral': '{change}.',
    'cases.change.worse': '{change}, een verslechtering.',
    'cases.change.better': '{change}, een verbetering.',

    'cases.summary.noWeek': 'Er is nog geen volledige week met gegevens.',
    'cases.summary.when': 'de 7 dagen tot en met {date}',
    'cases.summary.noData': 'In {place} zijn er geen gegevens over {measure} voor {when}.',
    'cases.summary.suppressed':
      'In {place} was het aantal {measure} in {when} te klein om te publiceren (minder dan {threshold}).',
    'cases.summary.rate': '{rate} per 100.000 inwoners',
    'cases.summary.rankFirst': ', het hoogste van {ranked} gebieden',
    'cases.summary.rankFirstJoint': ', gedeeld het hoogste van {ranked} gebieden',
    'cases.summary.rank': ', het {ordinal} hoogste van {ranked} gebieden',
    'cases.summary.rankJoint': ', gedeeld het {ordinal} hoogste van {ranked} gebieden',
    'cases.summary.changeSuppressed':
      'In {place} waren de {measure} in {when} {level}{rank}; de verandering ten opzichte van de 7 dagen ervoor wordt niet getoond omdat de aantallen te klein zijn om te publiceren.',
    'cases.summary.noEarlier':
      'In {place} waren de {measure} in {when} {level}{rank}; er is geen eerder cijfer om mee te vergelijken.',
    'cases.summary.unchanged': 'In {place} bleven de {measure} in {when} gelijk op {level}{rank}.',
    'cases.summary.roseFromZero': 'In {place} stegen de {measure} in {when} van nul naar {level}{rank}.',
    'cases.summary.fellFromZero': 'In {place} daalden de {measure} in {when} van nul naar {level}{rank}.',
    'cases.summary.rose': 'In {place} stegen de {measure} in {when} met {pct} naar {level}{rank}.',
    'cases.summary.fell': 'In {place} daalden de {measure} in {when} met {pct} naar {level}{rank}.',

    'cases.chart.empty': 'Niets te tonen: er zijn geen {unit} gemeld.',
    'cases.chart.emptyRange': 'Niets te tonen: van {from} tot en met {to} zijn er geen {unit} gemeld.',
    'cases.chart.trend':
      'Aantal {unit} per dag van {from} tot en met {to}, als staven, met het 7-daags gemiddelde als lijn.',
    'cases.chart.trendPeak': 'Het 7-daags gemiddelde was het hoogst op {date}: {value} per dag.',
    'cases.chart.trendLastComplete': 'Op {date}, de laatste volledige dag, was het {value} per dag.',
    'cases.chart.trendSpanned': {
      forms: {
        one: 'Eén staaf beslaat meerdere dagen: de bron heeft dagen overgeslagen en de volgende melding ({reports}) bevat ze allemaal.',
        other:
          '{count} staven beslaan meerdere dagen: de bron heeft dagen overgeslagen en de volgende melding ({reports}) bevat ze allemaal.',
      },
    },
    'cases.chart.trendSpannedReport': {
      by: 'days',
      forms: { one: '{date}, voor {days} dag', other: '{date}, voor {days} dagen' },
    },
    'cases.chart.trendMore': '{reports}; …',
    'cases.chart.trendLagged': {
      forms: {
        one: 'De laatste dag is gearceerd: die is nog onvolledig.',
        other: 'De laatste {count} dagen zijn gearceerd: ze zijn nog onvolledig.',
      },
    },
    'cases.chart.compareNone': 'Geen cijfers om te tonen.',
    'cases.chart.compare': '7-daagse cijfers per 100.000 van {from} tot en met {to}, één lijn voor elk van {areas}.',
    'cases.chart.compareLine': '{area}: {rate} op {date}.',
  },
};
