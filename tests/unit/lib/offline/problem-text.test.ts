/**
 * Why a page could not be kept, said in the page's language: the service worker's problems
 * are data (never its English error text), and each kind reads as its own message.
 */
import { describe, expect, it } from 'vitest';
import { FileFailed, problemOf, problemText } from '../../../../src/lib/offline/problem-text.ts';
import type { OfflineProblem } from '../../../../src/lib/offline/kept-pages.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';

const problems: OfflineProblem[] = [
  { kind: 'outside-site' },
  { kind: 'file', path: '/data/x.json', status: 404 },
  { kind: 'network' },
  { kind: 'full' },
  { kind: 'other', detail: 'InvalidStateError' },
];

describe('problemOf', () => {
  it('tells a failed file, a network failure, a full device and anything else apart', () => {
    expect(problemOf(new FileFailed('/data/x.json', 404))).toEqual({ kind: 'file', path: '/data/x.json', status: 404 });
    expect(problemOf(new TypeError('Failed to fetch'))).toEqual({ kind: 'network' });
    expect(problemOf(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toEqual({ kind: 'full' });
    expect(problemOf(new DOMException('x', 'InvalidStateError'))).toEqual({
      kind: 'other',
      detail: 'InvalidStateError',
    });
  });
});

describe('problemText', () => {
  it('says each problem in English in the source language', () => {
    const t = translatorFor('en-GB');
    expect(problemText(problems[1]!, t)).toBe(
      '/data/x.json could not be fetched (the server answered 404). Try again later.',
    );
    expect(problemText(problems[0]!, t)).toBe('it is not a page of this site.');
  });

  it.each(['cy', 'nl', 'da', 'de'])('says every problem in %s, each differently, with no English', (locale) => {
    const t = translatorFor(locale);
    const texts = problems.map((p) => problemText(p, t));
    expect(new Set(texts).size).toBe(problems.length);
    for (const text of texts) expect(text).not.toMatch(/\b(the|could|not|page|site|device|try|again|answered)\b/i);
    expect(texts[1]).toContain('/data/x.json');
    expect(texts[1]).toContain('404');
  });
});
