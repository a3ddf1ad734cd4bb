import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor } from '../../../src/site/content-security-policy.mjs';

const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const runtime = { style: [], scriptAttr: [] };
const directive = (policy: string, name: string): string =>
  policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe('policyFor', () => {
  const html =
    '<html><head><meta charset="utf-8"><script type="module">run()</script><script src="/_astro/a.js"></script>' +
    '<script type="application/json">{"a":1}</script><style>.a{color:red}</style></head>' +
    '<body><span style="background:#fde725">x</span><svg style="font-size: 13px; &quot;x&quot;"></svg></body></html>';
  const policy = policyFor(html, runtime, null);

  it('allows only the own origin by default and for every kind of request', () => {
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: blob:");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('allows the inline script by its hash, not the external file or the JSON data block', () => {
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' 'unsafe-hashes' ${sha('run()')}`);
  });

  it('allows inline style elements and attributes by the hash of their decoded text', () => {
    const styles = directive(policy, 'style-src');
    expect(styles).toContain(sha('.a{color:red}'));
    expect(styles).toContain(sha('background:#fde725'));
    expect(styles).toContain(sha('font-size: 13px; "x"'));
    expect(styles.split(' ').filter((t) => t.startsWith("'sha256-"))).toHaveLength(3);
  });

  it("adds the tile server's origin, and only that, when the config has tiles", () => {
    const withTiles = policyFor(html, runtime, 'https://tiles.example.org');
    expect(directive(withTiles, 'img-src')).toBe("img-src 'self' data: blob: https://tiles.example.org");
    expect(directive(withTiles, 'connect-src')).toBe("connect-src 'self' https://tiles.example.org");
  });
});
