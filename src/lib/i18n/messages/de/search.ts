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
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = ['search.page.inputLabel'];
