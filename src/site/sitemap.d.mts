export declare const SITEMAP_LIMIT: number;
export declare function listPages(dir: string): string[];
export declare function pageAddress(origin: string, basePath: string, path: string): string;
export declare function urlset(addresses: string[]): string;
export declare function robotsTxt(sitemapAddress: string | null): string;
export declare function writeSitemap(
  dir: string,
  options: { origin: string | null; basePath: string; log: (message: string) => void },
): { pages: number; files: string[] };
