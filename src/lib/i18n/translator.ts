/**
 * The one lookup of interface text, for build-time code and browser code alike:
 * `t(key, params)` fills `{name}` placeholders (numbers formatted for the locale)
 * and picks plural forms with `Intl.PluralRules`; numbers, percentages, dates,
 * sizes and lists are formatted with `Intl` in the same locale. Browser code is
 * given only the messages its page needs (see `pickMessages`), never every catalogue.
 */
import type { Message, MessageKey, Messages, PluralMessage } from './catalogue.ts';
import { catalogueLanguageOf } from './catalogue-languages.ts';

/** Values for a message's placeholders. */
export type Params = Readonly<Record<string, string | number>>;

export interface Translator {
  /** BCP 47 locale numbers and dates are formatted in (the site's `locale`). */
  readonly locale: string;
  /** The message `key` with its placeholders filled. */
  t(key: MessageKey, params?: Params): string;
  /** A number with grouping, to at most `decimals` decimals (default 0). */
  number(n: number, decimals?: number): string;
  /** A share as a percentage, e.g. 0.125 → "12.5%" (1 decimal unless told). */
  percent(share: number, decimals?: number): string;
  /** A calendar day (ISO `YYYY-MM-DD`, or a full timestamp), in words: "3 March 2025". */
  date(iso: string): string;
  /** A size in bytes, in kB or MB. */
  bytes(n: number): string;
  /** Items joined as the language joins them: "a, b and c" (or "a, b or c"). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names a message uses, in every form (for the catalogue test). */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message.forms);
  const names = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(PLACEHOLDER)) names.add(m[1] as string);
  return [...names].sort();
}

/** The subset of `messages` named by `keys`, for a page to hand to its script as JSON. */
export function pickMessages<K extends MessageKey>(messages: Messages, keys: readonly K[]): Pick<Messages, K> {
  return Object.fromEntries(keys.map((k) => [k, messages[k]])) as Pick<Messages, K>;
}

/**
 * The locale whose words (list joiners, month names, plural rules) belong in sentences of a
 * catalogue written in `language`: the site's `locale` when it is of that language (`en-US` for
 * en-GB, `nl-BE` for nl), else the catalogue's own tag, so a locale with no catalogue of its
 * own (`nb-NO`, shown in en-GB) puts no word of its language into the catalogue's sentences.
 */
export function wordsLocale(locale: string, language: string): string {
  const of = (tag: string) => tag.split('-')[0]?.toLowerCase();
  return of(locale) === of(language) ? locale : language;
}

/**
 * A translator for `locale` over `messages` (a whole catalogue, or the part a
 * script was given), written in `language` (the catalogue's tag; default the catalogue `locale` is shown in):
 * numbers follow `locale`, words (lists, dates, plural forms) `wordsLocale`. A missing
 * key or placeholder is a programming error and throws, naming it, so a build never
 * shows a half-filled sentence.
 */
export function createTranslator(
  locale: string,
  messages: Partial<Messages>,
  language: string = catalogueLanguageOf(locale),
): Translator {
  const words = wordsLocale(locale, language);
  const plurals = new Map<string, Intl.PluralRules>();
  const rules = (ordinal: boolean) => {
    const type = ordinal ? 'ordinal' : 'cardinal';
    let r = plurals.get(type);
    if (r === undefined) {
      r = new Intl.PluralRules(words, { type });
      plurals.set(type, r);
    }
    return r;
  };
  const numbers = new Map<string, Intl.NumberFormat>();
  const nf = (key: string, options: Intl.NumberFormatOptions) => {
    let f = numbers.get(key);
    if (f === undefined) {
      f = new Intl.NumberFormat(locale, options);
      numbers.set(key, f);
    }
    return f;
  };
  const number = (n: number, decimals = 0) => nf(`n${decimals}`, { maximumFractionDigits: decimals }).format(n);
  // Made on first use, like the number formats: a page that shows no date does not pay for it.
  let longDate: Intl.DateTimeFormat | undefined;

  const pick = (key: string, message: PluralMessage, params: Params): string => {
    const by = message.by ?? 'count';
    const n = params[by];
    if (typeof n !== 'number') throw new Error(`message "${key}" needs a number "${by}" to choose its plural form`);
    return message.forms[rules(message.ordinal === true).select(n)] ?? message.forms.other;
  };

  return {
    locale,
    t(key, params = {}) {
      const message = messages[key];
      if (message === undefined) throw new Error(`no message "${key}" in the catalogue given for ${locale}`);
      const text = typeof message === 'string' ? message : pick(key, message, params);
      return text.replace(PLACEHOLDER, (_, name: string) => {
        const value = params[name];
        if (value === undefined) throw new Error(`message "${key}" needs the parameter "${name}"`);
        return typeof value === 'number' ? number(value, 3) : value;
      });
    },
    number,
    percent: (share, decimals = 1) =>
      nf(`p${decimals}`, { style: 'percent', maximumFractionDigits: decimals, minimumFractionDigits: decimals }).format(
        share,
      ),
    date: (iso) => {
      longDate ??= new Intl.DateTimeFormat(words, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      return longDate.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
    },
    bytes: (n) =>
      n >= 1024 * 1024
        ? nf('mb', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(n / (1024 * 1024))
        : nf('kb', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, n / 1024)),
    list: (items, type = 'conjunction') => new Intl.ListFormat(words, { style: 'long', type }).format(items),
  };
}
