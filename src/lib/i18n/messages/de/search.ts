/** Deutsch (de): messages of site search (header box and /search/). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/search.ts';

export const messages: NamespaceMessages<typeof source> = {
  'search.box.label': 'Websitesuche',
  'search.box.inputLabel': 'Gebiete, Grundstücke und Gebäude, Datensätze und Indikatoren durchsuchen',
  'search.box.results': 'Suchergebnisse',
  'search.box.submit': 'Suchen',
  'search.page.title': 'Suche',
  'search.page.description': 'Gebiete, Grundstücke und Gebäude, Datensätze und Indikatoren finden.',
  'search.page.formLabel': 'Website durchsuchen',
  'search.page.inputLabel': 'Gebiet, Postleitzahl, Adresse, Aktenzeichen, Datensatz oder Indikator',
  'search.page.noScript':
    'Die Suche braucht JavaScript im Browser. Ohne JavaScript sind unten alle Gebiete, Indikatoren und Datensätze aufgeführt.',
  'search.page.noScriptAssets':
    'Die Suche braucht JavaScript im Browser. Ohne JavaScript sind unten alle Gebiete, Indikatoren und Datensätze aufgeführt, und Grundstücke und Gebäude lassen sich in ihrer eigenen Liste filtern.',
  'search.page.browse': 'Finden ohne Suche',
  'search.page.land':
    'Grundstücke und Gebäude: Die Seite {page} führt alle auf, mit Filtern nach Status, Gebiet und Eigentümer, die ohne JavaScript funktionieren.',
  'search.page.figures': 'Indikatoren und Krankheitszahlen',
  'search.page.figureDisease': 'Krankheitsüberwachung · {detail}',
  'search.page.figureIndicator': 'Indikator · {detail}',
  'search.page.datasets': 'Datensätze',
  'search.page.areas': { forms: { one: 'Das {count} Gebiet nach Namen', other: 'Alle {count} Gebiete nach Namen' } },
  'search.kind.area': 'Gebiet',
  'search.kind.indicator': 'Indikator',
  'search.kind.disease': 'Krankheit',
  'search.kind.dataset': 'Datensatz',
  'search.kind.asset': 'Grundstück oder Gebäude',
  'search.client.short': 'Geben Sie mindestens 2 Buchstaben oder Ziffern ein, um zu suchen.',
  'search.client.none': 'Keine Ergebnisse.',
  'search.client.choose': 'Mit dem Pfeil nach unten wählen Sie ein Ergebnis, mit der Eingabetaste öffnen Sie es.',
  'search.client.partial': 'Die ersten {shown} von vielen Ergebnissen: Geben Sie mehr ein, um sie einzugrenzen.',
  'search.client.more': '{total} Ergebnisse, die ersten {shown} sind aufgeführt.',
  'search.client.moreAll': 'Die Eingabetaste ohne Auswahl zeigt alle an.',
  'search.client.count': { by: 'total', forms: { one: '{total} Ergebnis.', other: '{total} Ergebnisse.' } },
  'search.client.unavailable':
    'Die Suche ist gerade nicht verfügbar: Drücken Sie die Eingabetaste, um zur Suchseite zu gelangen.',
  'search.page.prompt':
    'Geben Sie einen Namen, eine Postleitzahl, Adresse, ein Aktenzeichen oder einen Code ein und drücken Sie die Eingabetaste.',
  'search.page.searching': 'Suche läuft …',
  'search.page.none': 'Keine Ergebnisse für „{query}“.',
  'search.page.partial':
    'Die ersten {shown} von vielen Ergebnissen für „{query}“: Ergänzen Sie Buchstaben oder Wörter, um sie einzugrenzen.',
  'search.page.more':
    '{total} Ergebnisse für „{query}“, die ersten {shown} sind aufgeführt: Ergänzen Sie Wörter, um sie einzugrenzen.',
  'search.page.count': {
    by: 'total',
    forms: { one: '{total} Ergebnis für „{query}“.', other: '{total} Ergebnisse für „{query}“.' },
  },
  'search.page.unavailable':
    'Die Suche ist gerade nicht verfügbar. Unten sind alle Gebiete, Indikatoren und Datensätze aufgeführt.',
  'search.page.areasLetters': {
    forms: { one: '{count} Gebiet, nach Anfangsbuchstaben', other: '{count} Gebiete, nach Anfangsbuchstaben' },
  },
  'search.areaList.title': '{layer}: alle Gebiete nach Namen',
  'search.areaList.intro': {
    forms: {
      one: '{count} Gebiet, A bis Z, auf einer Seite je Anfangsbuchstabe. Jedes verlinkt auf sein Profil.',
      other: '{count} Gebiete, A bis Z, auf einer Seite je Anfangsbuchstabe. Jedes verlinkt auf sein Profil.',
    },
  },
  'search.areaList.introPage': {
    by: 'total',
    forms: {
      one: '{count} von {total} Gebiet: {first} bis {last}. Jedes verlinkt auf sein Profil.',
      other: '{count} von {total} Gebieten: {first} bis {last}. Jedes verlinkt auf sein Profil.',
    },
  },
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'search.client.choose',
  'search.page.inputLabel',
  'search.page.areasLetters',
  'search.areaList.title',
  'search.areaList.intro',
  'search.areaList.introPage',
];
