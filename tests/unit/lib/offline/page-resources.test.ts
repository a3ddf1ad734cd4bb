/**
 * What a kept page stores: the files its HTML and its code refer to on its own site
 * (styles, scripts and their imports, images, icons, manifest, downloads, marked data
 * files), never another host's and never outside the base path; and what removing a
 * page may delete.
 */
import { describe, expect, it } from 'vitest';
import { codeResources, htmlResources, sameSiteUrl } from '../../../../src/lib/offline/page-resources.ts';
import { orphanFiles, keptBytes, type KeptPage } from '../../../../src/lib/offline/kept-pages.ts';

const scope = 'https://council.example/atlas/';
const page = `${scope}areas/wards/X1/`;

describe('htmlResources', () => {
  it('finds styles, scripts, images, icons, the manifest, downloads and marked data files on the site', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/atlas/_astro/a.css">
      <link rel="modulepreload" href="/atlas/_astro/b.js">
      <link rel="icon" href="/atlas/favicon.svg" type="image/svg+xml">
      <link rel="manifest" href="/atlas/manifest.webmanifest">
      <link rel="canonical" href="/atlas/areas/wards/X1/">
      <script type="module" src="/atlas/_astro/c.js"></script>
      </head><body>
      <img src="../../../data/chart.png" srcset="/atlas/data/chart@2x.png 2x, /atlas/data/chart@3x.png 3x" alt="">
      <a href="/atlas/data/rows.csv" download>Rows</a>
      <a href="/atlas/datasets/">Not a file the page needs</a>
      <div data-offline-file="/atlas/data/boundaries.json /atlas/data/week.json"></div>
      <a href="#main">skip</a>
    </body></html>`;
    expect(htmlResources(html, page, scope)).toEqual(
      [
        '_astro/a.css',
        '_astro/b.js',
        '_astro/c.js',
        'data/boundaries.json',
        'data/chart.png',
        'data/chart@2x.png',
        'data/chart@3x.png',
        'data/rows.csv',
        'data/week.json',
        'favicon.svg',
        'manifest.webmanifest',
      ].map((p) => `${scope}${p}`),
    );
  });

  it('never keeps another host, another path of the same host, data: or javascript: addresses', () => {
    const html = `<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="/other/app.css">
      <img src="data:image/png;base64,AAAA"><a href="javascript:alert(1)" download>x</a><img src="//cdn.example/y.png">`;
    expect(htmlResources(html, page, scope)).toEqual([]);
  });

  it('reads attributes in single quotes, unquoted and with entities', () => {
    const html = `<script src='/atlas/_astro/q.js'></script><img src=/atlas/data/u.png><img src="/atlas/data/a.png?x=1&amp;y=2">`;
    expect(htmlResources(html, page, scope)).toEqual([
      `${scope}_astro/q.js`,
      `${scope}data/a.png?x=1&y=2`,
      `${scope}data/u.png`,
    ]);
  });
});

describe('codeResources', () => {
  const file = `${scope}_astro/page.js`;
  it('follows static and dynamic imports, re-exports, Vite dependency lists, named built assets and CSS url()', () => {
    const code = [
      'import{a as b}from"./shared.js";import "./side.js";',
      'export*from"./re.js";',
      'const m=()=>import("./lazy.js");',
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/dep1.js","_astro/dep2.css"])))=>i.map(i=>d[i]);',
      'const worker="/atlas/_astro/maplibre-gl-worker.abc.mjs";',
      '.x{background:url(img.svg)} .y{background:url("https://cdn.example/z.png")}',
    ].join('\n');
    expect(codeResources(code, file, scope)).toEqual(
      ['dep1.js', 'dep2.css', 'img.svg', 'lazy.js', 'maplibre-gl-worker.abc.mjs', 're.js', 'shared.js', 'side.js'].map(
        (p) => `${scope}_astro/${p}`,
      ),
    );
  });

  it('leaves out bare package names and other hosts', () => {
    expect(codeResources('import x from "maplibre-gl";import("https://cdn.example/a.js")', file, scope)).toEqual([]);
  });
});

describe('sameSiteUrl', () => {
  it('resolves against the page and drops the fragment', () => {
    expect(sameSiteUrl('../X2/#top', page, scope)).toBe(`${scope}areas/wards/X2/`);
    expect(sameSiteUrl('/atlasx/a.js', page, scope)).toBeNull();
  });
});

describe('removing a kept page', () => {
  const a: KeptPage = { url: 'a', title: 'A', keptAt: '', files: ['a', 'css', 'js'], bytes: 30 };
  const b: KeptPage = { url: 'b', title: 'B', keptAt: '', files: ['b', 'css'], bytes: 20 };
  it('deletes only the files no other kept page needs', () => {
    expect(orphanFiles(a, [b])).toEqual(['a', 'js']);
    expect(orphanFiles(a, [])).toEqual(['a', 'css', 'js']);
  });
  it('counts a shared file once in the total', () => {
    expect(keptBytes({ build: 'x', pages: [a, b], sizes: { a: 10, b: 10, css: 10, js: 10 } })).toBe(40);
  });
});
