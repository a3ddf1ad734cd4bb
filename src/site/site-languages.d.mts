export interface SiteLanguage {
  language: string;
  /** Path segment the language's pages are under: '' for the default language. */
  prefix: string;
  /** Base path its pages are served under, e.g. `/` or `/en/`. */
  base: string;
}
interface SiteLanguagesInput {
  basePath: string;
  locale: string;
  languages?: readonly string[];
}
export declare function languagePrefix(language: string, languages: readonly string[]): string;
export declare function siteLanguages(site: SiteLanguagesInput): SiteLanguage[];
export declare function buildLanguage(site: SiteLanguagesInput): SiteLanguage;
