import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../e2e/harness/static-server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw GET: unlike fetch, node:http sends the path exactly as written (`/../` included). */
function get(server: StaticServer, rawPath: string, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(server.url);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

// A site folder inside a parent that holds a secret the server must never give out.
const parent = mkdtempSync(join(tmpdir(), 'static-server-'));
const site = join(parent, 'site');

beforeAll(() => {
  mkdirSync(join(site, 'areas/E1'), { recursive: true });
  mkdirSync(join(site, 'empty'), { recursive: true });
  writeFileSync(join(parent, 'secret.txt'), 'secret');
  writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(site, '404.html'), '<h1>not here</h1>');
  writeFileSync(join(site, 'areas/E1/index.html'), '<h1>E1</h1>');
  writeFileSync(join(site, 'app.js'), 'export {}');
  writeFileSync(join(site, 'style.css'), 'body{}');
  writeFileSync(join(site, 'a.json'), '{}');
  writeFileSync(join(site, 'a.csv'), 'a\n1\n');
  writeFileSync(join(site, 'a.svg'), '<svg/>');
  writeFileSync(join(site, 'a.png'), 'png');
  writeFileSync(join(site, 'a.woff2'), 'font');
  writeFileSync(join(site, 'a.geojson'), '{}');
  writeFileSync(join(site, 'a.pbf'), 'pbf');
  symlinkSync(join(parent, 'secret.txt'), join(site, 'link.txt'));
});

afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('serveStatic at /', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(site);
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves index.html for the root and for folders', async () => {
    expect(await get(server, '/')).toMatchObject({ status: 200, body: '<h1>home</h1>' });
    expect(await get(server, '/areas/E1/')).toMatchObject({ status: 200, body: '<h1>E1</h1>' });
  });

  it('redirects a folder without its trailing slash, keeping the query', async () => {
    const reply = await get(server, '/areas/E1?x=1');
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('/areas/E1/?x=1');
  });

  it.each([
    ['/index.html', 'text/html; charset=utf-8'],
    ['/app.js', 'text/javascript; charset=utf-8'],
    ['/style.css', 'text/css; charset=utf-8'],
    ['/a.json', 'application/json; charset=utf-8'],
    ['/a.csv', 'text/csv; charset=utf-8'],
    ['/a.svg', 'image/svg+xml'],
    ['/a.png', 'image/png'],
    ['/a.woff2', 'font/woff2'],
    ['/a.geojson', 'application/geo+json; charset=utf-8'],
    ['/a.pbf', 'application/x-protobuf'],
  ])('serves %s as %s, uncompressed', async (path, type) => {
    const reply = await get(server, path);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.headers['content-encoding']).toBeUndefined();
  });

  it('answers unknown paths with 404.html and status 404', async () => {
    expect(await get(server, '/nope/')).toMatchObject({ status: 404, body: '<h1>not here</h1>' });
  });

  it('lists no folder without an index.html', async () => {
    expect(await get(server, '/empty/')).toMatchObject({ status: 404, body: '<h1>not here</h1>' });
  });

  it.each([
    '/../secret.txt',
    '/areas/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/areas%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
  ])('blocks traversal out of the root: %s', async (path) => {
    const reply = await get(server, path);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('secret');
  });

  it('does not follow a symlink out of the root', async () => {
    expect((await get(server, '/link.txt')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses POST', async () => {
    expect(await get(server, '/a.json', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await get(server, '/a.json', 'POST')).status).toBe(405);
  });
});

describe('serveStatic under a base path', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(site, '/atlas/');
  });
  afterAll(() => server.close());

  it('serves files under the base path and says so in its url', async () => {
    expect(server.url).toMatch(/\/atlas\/$/);
    expect(await get(server, '/atlas/')).toMatchObject({ status: 200, body: '<h1>home</h1>' });
    expect((await get(server, '/atlas/app.js')).status).toBe(200);
  });

  it('redirects the base without its slash and 404s outside the base', async () => {
    expect((await get(server, '/atlas')).headers.location).toBe('/atlas/');
    expect((await get(server, '/app.js')).status).toBe(404);
    expect((await get(server, '/atlas/../secret.txt')).status).toBe(404);
  });
});

describe('serveStatic with brotli', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(site, '/', { brotli: true });
  });
  afterAll(() => server.close());

  /** A GET with headers, the body kept as bytes. */
  function getBytes(path: string, headers: Record<string, string>) {
    const { hostname, port } = new URL(server.url);
    return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
      const req = request({ host: hostname, port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', fail);
      req.end();
    });
  }

  it('compresses text for a client that accepts br, and the bytes decode to the file', async () => {
    const reply = await getBytes('/app.js', { 'Accept-Encoding': 'gzip, br' });
    expect(reply.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(reply.body).toString()).toBe('export {}');
  });

  it('sends plain bytes to a client that does not accept br, and never compresses images', async () => {
    expect((await getBytes('/app.js', {})).headers['content-encoding']).toBeUndefined();
    const png = await getBytes('/a.png', { 'Accept-Encoding': 'br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.toString()).toBe('png');
  });
});
