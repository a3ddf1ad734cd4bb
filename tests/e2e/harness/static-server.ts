/**
 * A tiny static file server for end-to-end tests: serves a built site the way a
 * plain static host would (no directory listing, `404.html`; brotli only when asked,
 * for measuring pages as a real host would send them).
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Content types by file extension; anything else is `application/octet-stream`. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.pdf': 'application/pdf',
};

/** What a URL path means for a site folder: a file, a redirect to the folder's slash form, or nothing. */
export type Resolved = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'not-found' };

/** Normalises a base path to start and end with `/` (`''` and `'x'` become `/` and `/x/`). */
export function normaliseBase(basePath: string): string {
  let base = basePath.startsWith('/') ? basePath : `/${basePath}`;
  if (!base.endsWith('/')) base += '/';
  return base;
}

/**
 * Maps a URL pathname (percent-encoded, no query) to a file under `rootDir`, as
 * the server does; shared with the link checker so both agree on what exists.
 * Never resolves outside `rootDir`, whatever `..`, encoded slashes or symlinks say.
 */
export function resolveSitePath(rootDir: string, basePath: string, pathname: string): Resolved {
  const base = normaliseBase(basePath);
  // `/base` without its slash is the site root: redirect like a static host would.
  if (`${pathname}/` === base) return { kind: 'redirect', location: base };
  if (!pathname.startsWith(base)) return { kind: 'not-found' };
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return { kind: 'not-found' };
  }
  // A NUL byte or a backslash has no business in a static URL; `..` is checked below.
  if (rel.includes('\0') || rel.includes('\\')) return { kind: 'not-found' };
  if (rel.split('/').includes('..')) return { kind: 'not-found' };

  const root = realRoot(rootDir);
  const target = resolve(root, `.${sep}${rel}`);
  if (target !== root && !target.startsWith(root + sep)) return { kind: 'not-found' };
  if (!existsSync(target)) return { kind: 'not-found' };
  // Symlinks inside the site must not lead outside it either.
  const real = realpathSync(target);
  if (real !== root && !real.startsWith(root + sep)) return { kind: 'not-found' };

  const stat = statSync(real);
  if (stat.isDirectory()) {
    if (!pathname.endsWith('/')) return { kind: 'redirect', location: `${pathname}/` };
    const index = join(real, 'index.html');
    return existsSync(index) && statSync(index).isFile() ? { kind: 'file', file: index } : { kind: 'not-found' };
  }
  return stat.isFile() ? { kind: 'file', file: real } : { kind: 'not-found' };
}

function realRoot(rootDir: string): string {
  return realpathSync(resolve(rootDir));
}

/** Options for `serveStatic`. */
export interface ServeOptions {
  /** Brotli-compress text files for clients that accept it (quality 11, as hosts pre-compress). */
  brotli?: boolean;
}

type SendFile = (req: IncomingMessage, res: ServerResponse, status: number, file: string) => void;

/** A running static server; `url` is the site root (`http://127.0.0.1:<port><basePath>`). */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `rootDir` at `basePath` on 127.0.0.1 on a free port. Folders serve their
 * `index.html`, unknown paths get `404.html` (if the site has one) with status 404.
 */
export async function serveStatic(rootDir: string, basePath = '/', opts: ServeOptions = {}): Promise<StaticServer> {
  const root = realRoot(rootDir);
  if (!statSync(root).isDirectory()) throw new Error(`serveStatic: ${rootDir} is not a folder`);
  const base = normaliseBase(basePath);
  const send: SendFile = opts.brotli ? sendBrotli(new Map()) : sendFile;

  const server = createServer((req, res) => handle(root, base, req, res, send));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((err) => (err ? fail(err) : done()));
        // Browsers keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

function handle(root: string, base: string, req: IncomingMessage, res: ServerResponse, send: SendFile): void {
  // Tests must see fresh files on every run, and exactly the bytes on disk.
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const found = resolveSitePath(root, base, url.pathname);
  if (found.kind === 'redirect') {
    res.writeHead(301, { Location: found.location + url.search }).end();
    return;
  }
  if (found.kind === 'file') {
    send(req, res, 200, found.file);
    return;
  }
  const notFoundPage = join(root, '404.html');
  if (existsSync(notFoundPage)) {
    send(req, res, 404, notFoundPage);
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
}

function sendFile(req: IncomingMessage, res: ServerResponse, status: number, file: string): void {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': statSync(file).size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|manifest\+json))|^image\/svg/;

/** Sends text files brotli-compressed when the client accepts it; compressed bytes cached per file. */
function sendBrotli(cache: Map<string, Buffer>): SendFile {
  return (req, res, status, file) => {
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const accepts = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (!accepts || !COMPRESSIBLE.test(type)) {
      sendFile(req, res, status, file);
      return;
    }
    let body = cache.get(file);
    if (!body) {
      body = brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      cache.set(file, body);
    }
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Encoding': 'br',
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
