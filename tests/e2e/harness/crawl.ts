/**
 * Finds the pages of a built site on disk, groups them by route shape, and reads
 * the internal links out of their HTML.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { normaliseBase } from './static-server.ts';

/** Every built HTML page under `siteDir` as a URL path under `basePath`, sorted (`index.html` → folder path). */
export function crawlSite(siteDir: string, basePath = '/'): string[] {
  const base = normaliseBase(basePath);
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.html')) pages.push(toUrlPath(relative(siteDir, full), base));
    }
  };
  walk(siteDir);
  return pages.sort();
}

function toUrlPath(relFile: string, base: string): string {
  const segments = relFile.split(sep).map(encodeURIComponent);
  const last = segments.length - 1;
  if (segments[last] === 'index.html') segments[last] = '';
  return base + segments.join('/');
}

/** Segments of a page path below the base path (`/b/areas/E1/` → `['areas', 'E1']`). */
function segmentsOf(path: string, base: string): string[] {
  return path.slice(base.length).split('/').filter(Boolean);
}

/** Options for `routeShapes`. */
export interface ShapeOptions {
  /** A folder with more sibling pages or folders than this is treated as a route parameter. Default 5. */
  paramThreshold?: number;
}

/**
 * Groups page paths by route shape: where a folder has many siblings (area codes,
 * dataset ids), that segment becomes `*`, so `/areas/E1/` and `/areas/E2/` share
 * the shape `/areas/*\/`. Returns shape → paths, shapes sorted.
 */
export function routeShapes(paths: readonly string[], basePath = '/', opts: ShapeOptions = {}): Map<string, string[]> {
  const base = normaliseBase(basePath);
  const threshold = opts.paramThreshold ?? 5;
  const shapes = new Map<string, string[]>();
  const group = (items: { path: string; segs: string[] }[], depth: number, prefix: string) => {
    const children = new Map<string, { path: string; segs: string[] }[]>();
    for (const item of items) {
      const seg = item.segs[depth];
      if (seg === undefined) {
        // A file page (`404.html`) is a shape of its own, without a folder slash.
        const key = prefix.endsWith('.html/') ? prefix.slice(0, -1) : prefix;
        const list = shapes.get(key) ?? [];
        list.push(item.path);
        shapes.set(key, list);
      } else {
        const list = children.get(seg) ?? [];
        list.push(item);
        children.set(seg, list);
      }
    }
    if (children.size > threshold) {
      group([...children.values()].flat(), depth + 1, `${prefix}*/`);
    } else {
      for (const [seg, list] of children) group(list, depth + 1, `${prefix}${seg}/`);
    }
  };
  group(
    paths.map((path) => ({ path, segs: segmentsOf(path, base) })),
    0,
    base,
  );
  return new Map([...shapes.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Picks pages to open when there are too many: every top-level page (zero or one
 * segment below the base) plus up to `perShape` pages of each route shape, spread
 * evenly over the sorted list so first, middle and last kinds all get visited.
 */
export function samplePages(paths: readonly string[], basePath = '/', perShape = 10): string[] {
  const base = normaliseBase(basePath);
  const chosen = new Set(paths.filter((p) => segmentsOf(p, base).length <= 1));
  for (const list of routeShapes(paths, base).values()) {
    const sorted = [...list].sort();
    if (sorted.length <= perShape) {
      sorted.forEach((p) => chosen.add(p));
      continue;
    }
    for (let i = 0; i < perShape; i++) {
      const pick = sorted[Math.round((i * (sorted.length - 1)) / (perShape - 1))];
      if (pick !== undefined) chosen.add(pick);
    }
  }
  return [...chosen].sort();
}

const LINK_ATTRIBUTE =
  /<(a|link|img|script|source|iframe|use|image)\b[^>]*?\s(href|src|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/**
 * Internal link targets in an HTML page, as URL pathnames: `href`/`src` of
 * a, link, img, script, source, iframe and SVG use/image, resolved against
 * `pageUrl`; links to other hosts, fragments-only, mailto: etc. are left out.
 */
export function extractLinks(html: string, pageUrl: string): string[] {
  const page = new URL(pageUrl);
  const found = new Set<string>();
  // Inline scripts and styles may contain strings that look like tags.
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) => tag.slice(0, tag.indexOf('>') + 1));
  for (const match of markup.matchAll(LINK_ATTRIBUTE)) {
    const raw = (match[3] ?? match[4] ?? match[5] ?? '').replace(
      /&(#?\w+);/g,
      (all, name: string) => ENTITIES[name] ?? all,
    );
    const value = raw.trim();
    if (value === '' || value.startsWith('#')) continue;
    let target: URL;
    try {
      target = new URL(value, page);
    } catch {
      continue;
    }
    if (target.origin !== page.origin) continue;
    found.add(target.pathname);
  }
  return [...found].sort();
}
