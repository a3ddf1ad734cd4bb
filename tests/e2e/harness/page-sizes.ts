/**
 * Raw sizes of a built site's HTML pages, for the page-weight budget: no page may carry more than
 * `PAGE_BUDGET_BYTES` of HTML, however many areas or assets the site has.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Most raw HTML one page may have (issue 12: "no page over 500 KB raw HTML"). */
export const PAGE_BUDGET_BYTES = 500 * 1024;

export interface PageSize {
  /** Path of the HTML file relative to the site folder, e.g. "disease/x/y/index.html". */
  page: string;
  bytes: number;
}

/** Every `.html` file under `siteDir` with its size, largest first. */
export function htmlPageSizes(siteDir: string): PageSize[] {
  const out: PageSize[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.html')) out.push({ page: relative(siteDir, path), bytes: statSync(path).size });
    }
  };
  walk(siteDir);
  return out.sort((a, b) => b.bytes - a.bytes || a.page.localeCompare(b.page));
}

/** The pages over `budget` bytes, largest first, as "path: N KB" lines (empty when all fit). */
export function pagesOverBudget(siteDir: string, budget = PAGE_BUDGET_BYTES): string[] {
  return htmlPageSizes(siteDir)
    .filter((p) => p.bytes > budget)
    .map((p) => `${p.page}: ${Math.round(p.bytes / 1024)} KB`);
}
