import { describe, expect, it } from 'vitest';
import { textRuns } from '../../../../src/lib/assets/text-links.ts';

describe('textRuns', () => {
  it('links http and https addresses, leaving the rest as text', () => {
    expect(textRuns('See https://example.org/a?b=1&c=2 or http://x.test/.')).toEqual([
      { text: 'See ' },
      { text: 'https://example.org/a?b=1&c=2', href: 'https://example.org/a?b=1&c=2' },
      { text: ' or ' },
      { text: 'http://x.test/', href: 'http://x.test/' },
      { text: '.' },
    ]);
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://example.org/file'],
    ['mailto:someone@example.org'],
    ['<a href="https://example.org">x</a>'.replace('https://example.org', 'https:///')],
    ['no address here & <b>markup</b>'],
  ])('links nothing in %j', (text) => {
    expect(textRuns(text).filter((r) => r.href !== undefined)).toEqual([]);
    expect(
      textRuns(text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });

  it('ends an address before punctuation and a bracket it did not open, and keeps its own brackets', () => {
    expect(textRuns('(see https://example.org/hall).')).toEqual([
      { text: '(see ' },
      { text: 'https://example.org/hall', href: 'https://example.org/hall' },
      { text: ').' },
    ]);
    expect(textRuns('https://en.wikipedia.org/wiki/Hall_(building), then')[0]).toEqual({
      text: 'https://en.wikipedia.org/wiki/Hall_(building)',
      href: 'https://en.wikipedia.org/wiki/Hall_(building)',
    });
  });

  it('ends an address at a quote or angle bracket, so markup around one stays text', () => {
    const runs = textRuns('<a href="https://evil.test/x">y</a>');
    expect(runs.filter((r) => r.href !== undefined)).toEqual([
      { text: 'https://evil.test/x', href: 'https://evil.test/x' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('<a href="https://evil.test/x">y</a>');
  });
});
