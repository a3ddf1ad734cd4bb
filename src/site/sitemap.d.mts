export declare const SITEMAP_LIMIT: number;
export declare function listPages(dir: string): string[];
export declare function pageAddress(origin: string, basePath: string, path: string): string;
export interface SitemapEntry {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}
export declare function urlset(addresses: (string | SitemapEntry)[]): string;
export declare function languageEntries(
  pages: string[],
  origin: string,
  basePath: string,
  languages: { language: string; prefix: string }[],
): SitemapEntry[];
export declare function robotsTxt(sitemapAddress: string | null): string;
export declare function writeSitemap(
  dir: string,
  options: {
    origin: string | null;
    basePath: string;
    log: (message: string) => void;
    languages?: { language: string; prefix: string }[];
  },
): { pages: number; files: string[] };
