/**
 * Sentences a page's script writes with the data's or the config's text in them ("Added Madla",
 * "3 eiendommer"), where that text is in another language than the page's: the script marks each
 * such text (`content`), fills the message, and `showParts` writes it into an element, each marked
 * text in a `<span lang>` of its own (WCAG 2.2 3.1.2), the same parts `<Sentence>` renders at
 * build time. Every part is set as text, never markup: a name with `<script>` in it stays text.
 */
import { markedParts, markingTranslator, markText, partsText, type TextPart } from '../lib/i18n/config-text.ts';
import type { Translator } from '../lib/i18n/translator.ts';
import type { PageData } from './page-messages.ts';

/** Where a page's data and config text is in another language than its interface (`scriptMessages`). */
export type TextLanguages = Pick<PageData, 'dataLanguage' | 'textLanguages'>;

/**
 * The language of a data or config text shown on a page with `page`'s languages, when it is not
 * the page's: the default language for a config text with no translation into this one, else the
 * data's language when the interface speaks another; undefined when the text is in the page's.
 */
export function textLanguageOf(page: TextLanguages): (text: string) => string | undefined {
  const fallbacks = page.textLanguages ?? {};
  return (text) => (Object.hasOwn(fallbacks, text) ? fallbacks[text] : page.dataLanguage);
}

/** `text` (the data's or the config's) marked with its language where that is not the page's, as a message parameter. */
export function contentMark(page: TextLanguages): (text: string) => string {
  const of = textLanguageOf(page);
  return (text) => markText(text, of(text));
}

/**
 * `t` marking every parameter that is one of `texts` (data or config text: nouns, names, labels)
 * with its language, for sentence builders shared with the build (`matchSummary`): write what
 * it gives with `showParts`, or `plainText` where markup is impossible.
 */
export function markingFor(t: Translator, page: TextLanguages, texts: Iterable<string>): Translator {
  const known = new Set(texts);
  const of = textLanguageOf(page);
  return markingTranslator(t, (text) => (known.has(text) ? of(text) : undefined));
}

/** Nodes for `parts`: text, and a `<span lang>` for a part in another language than `pageLanguage`. */
export function partNodes(parts: readonly TextPart[], pageLanguage = document.documentElement.lang): Node[] {
  return parts.map((p) => {
    if (p.lang === undefined || p.lang === pageLanguage) return document.createTextNode(p.text);
    const span = document.createElement('span');
    span.lang = p.lang;
    span.textContent = p.text;
    return span;
  });
}

/**
 * Writes `text` (a message filled with marked texts, or plain text) into `el` as its only content,
 * each marked text in a `<span lang>` where its language is not the page's.
 */
export function showParts(el: Element, text: string): void {
  el.replaceChildren(...partNodes(markedParts(text), pageLanguageOf(el)));
}

/** `text` with its marks dropped, for an attribute, a `<title>` or `document.title`. */
export function plainText(text: string): string {
  return partsText(markedParts(text));
}

/**
 * Writes one data or config text into `el` as its whole content, with `lang` on `el` itself
 * where the text's language is not the page's (a name in a list, a cell).
 */
export function showContent(el: HTMLElement, text: string, lang: string | undefined): void {
  el.textContent = text;
  const around = el.parentElement === null ? document.documentElement.lang : pageLanguageOf(el.parentElement);
  if (lang !== undefined && lang !== around) el.lang = lang;
  else el.removeAttribute('lang');
}

// The language `el` is read in: its nearest `lang`, else the document's.
function pageLanguageOf(el: Element): string {
  return el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
}
