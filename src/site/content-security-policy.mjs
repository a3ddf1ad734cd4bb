// A content security policy for every built page: only this site's own origin, with the
// inline scripts and styles that remain allowed by their SHA-256 hashes. It is written
// into each page as a <meta> element after the build, because some inline styles (in the
// charts drawn at build time) only exist in the finished HTML.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { NOMINATION_PRINT_HANDLER, NOMINATION_STYLE } from '../lib/assets/nomination-style.mjs';

/** @param {string} text */
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** @param {string} text */
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? _;
  });
}

/**
 * Styles the browser adds at run time that must also be allowed: the <style> Plot puts
 * in every chart it redraws (its default class name, so the same text on every page) and
 * the nomination draft's stylesheet and print button (its tab inherits the page's policy).
 */
function runtimeHashes() {
  const { document } = new JSDOM('').window;
  const svg = /** @type {Element} */ (/** @type {unknown} */ (Plot.plot({ document, marks: [] })));
  const plotStyle = svg.querySelector('style')?.textContent ?? '';
  return { style: [hash(plotStyle), hash(NOMINATION_STYLE)], scriptAttr: [hash(NOMINATION_PRINT_HANDLER)] };
}

/**
 * The policy for one page's HTML.
 * @param {string} html
 * @param {{ style: string[], scriptAttr: string[] }} runtime
 * @param {string | null} tileOrigin origin of the configured map tiles, if any
 */
export function policyFor(html, runtime, tileOrigin) {
  const scripts = new Set();
  const styles = new Set(runtime.style);
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    // External files are covered by 'self'; JSON data blocks are never run.
    if (/\ssrc=/i.test(attrs) || /type="application\/(?:ld\+)?json"/i.test(attrs)) continue;
    scripts.add(hash(m[2] ?? ''));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.add(hash(m[1] ?? ''));
  for (const m of html.matchAll(/\sstyle="([^"]*)"/g)) styles.add(hash(decodeEntities(m[1] ?? '')));
  const tiles = tileOrigin === null ? '' : ` ${tileOrigin}`;
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-hashes' ${[...scripts, ...runtime.scriptAttr].sort().join(' ')}`,
    `style-src 'self' 'unsafe-hashes' ${[...styles].sort().join(' ')}`,
    // Charts exported as PNG go through blob: and data: images; both are local to the page.
    `img-src 'self' data: blob:${tiles}`,
    `connect-src 'self'${tiles}`,
    // The service worker (sw.js) and MapLibre's worker; the web app manifest.
    "worker-src 'self'",
    "manifest-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Adds the policy <meta> to every HTML file below `dir`, right after the charset
 * declaration (which must stay within the first 1024 bytes).
 * @param {string} dir
 * @param {string | null} tileOrigin
 */
export function addContentSecurityPolicy(dir, tileOrigin) {
  const runtime = runtimeHashes();
  const walk = (/** @type {string} */ d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) {
        const html = readFileSync(p, 'utf8');
        const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html, runtime, tileOrigin)}">`;
        const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
        const at = charset ? charset.index + charset[0].length : html.indexOf('>', html.indexOf('<head')) + 1;
        if (at <= 0) throw new Error(`${p}: no <head> to put the content security policy in`);
        writeFileSync(p, html.slice(0, at) + meta + html.slice(at));
      }
    }
  };
  walk(dir);
}
