import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  contentMark,
  markingFor,
  partNodes,
  plainText,
  showContent,
  showParts,
  textLanguageOf,
} from '../../../src/client/text-parts.ts';
import { createTranslator } from '../../../src/lib/i18n/translator.ts';
import { messages as common } from '../../../src/lib/i18n/messages/en-GB/common.ts';
import { messages as assets } from '../../../src/lib/i18n/messages/en-GB/assets.ts';

// A nb-NO site shown in the en-GB catalogue, whose config leaves one label in its default language.
const nb = { dataLanguage: 'nb-NO', textLanguages: { Gwag: 'cy' } };
const t = createTranslator('en-GB', { ...common, ...assets });
const EVIL = 'Skole <script>alert("x")</script> & barnehage';

describe('client text parts', () => {
  let dom: JSDOM;
  const saved = globalThis.document;
  beforeEach(() => {
    dom = new JSDOM(
      '<!DOCTYPE html><html lang="en-GB"><body><p id="p"></p><div lang="nb-NO"><p id="q"></p></div></body></html>',
    );
    globalThis.document = dom.window.document;
  });
  afterEach(() => {
    globalThis.document = saved;
  });
  const el = (id: string) => dom.window.document.getElementById(id) as HTMLElement;

  it("gives a config text's fallback language first, else the data's, else none", () => {
    const of = textLanguageOf(nb);
    expect(of('Gwag')).toBe('cy');
    expect(of('Madla')).toBe('nb-NO');
    // A text named like an Object property is text, not a key of the map's prototype.
    expect(of('constructor')).toBe('nb-NO');
    expect(textLanguageOf({})('Madla')).toBeUndefined();
  });

  it('writes a message with a name in a <span lang>, the rest as text', () => {
    showParts(el('p'), t.t('common.picker.added', { area: contentMark(nb)('Madla') }));
    expect(el('p').innerHTML).toBe('Added <span lang="nb-NO">Madla</span>.');
    expect(el('p').textContent).toBe('Added Madla.');
  });

  it('keeps markup in a name as text, in its span', () => {
    showParts(el('p'), t.t('common.picker.removed', { area: contentMark(nb)(EVIL) }));
    expect(el('p').querySelectorAll('script')).toHaveLength(0);
    expect(el('p').querySelector('span')?.textContent).toBe(EVIL);
    expect(el('p').innerHTML).toBe(
      'Removed <span lang="nb-NO">Skole &lt;script&gt;alert("x")&lt;/script&gt; &amp; barnehage</span>.',
    );
  });

  it('marks nothing where the text is in the language it stands in', () => {
    // The same-language page (a one-language site): plain text, as before.
    showParts(el('p'), t.t('common.picker.added', { area: contentMark({})('Madla') }));
    expect(el('p').innerHTML).toBe('Added Madla.');
    // Inside an element already in the data's language, the data's text needs no span of its own.
    showParts(el('q'), t.t('common.picker.added', { area: contentMark(nb)('Madla') }));
    expect(el('q').innerHTML).toBe('Added Madla.');
    expect(partNodes([{ text: 'Madla', lang: 'en-GB' }]).map((n) => n.nodeType)).toEqual([3]);
  });

  it('marks only the texts it is told are the data’s in a shared sentence builder', () => {
    const marking = markingFor(t, nb, ['eiendommer']);
    const text = marking.t('assets.shortlist.headingOwn', { count: 3, noun: 'eiendommer' });
    showParts(el('p'), text);
    expect(el('p').innerHTML).toBe('Shortlist: 3 <span lang="nb-NO">eiendommer</span>');
    // A number given as text is not the data's.
    expect(marking.t('common.picker.added', { area: '12' })).toBe('Added 12.');
    expect(plainText(text)).toBe('Shortlist: 3 eiendommer');
  });

  it('puts one text alone in an element with the lang on the element, and takes it off again', () => {
    const cell = dom.window.document.createElement('td');
    el('p').append(cell);
    showContent(cell, EVIL, 'nb-NO');
    expect(cell.outerHTML).toBe('<td lang="nb-NO">Skole &lt;script&gt;alert("x")&lt;/script&gt; &amp; barnehage</td>');
    showContent(cell, 'Unnamed', undefined);
    expect(cell.outerHTML).toBe('<td>Unnamed</td>');
  });
});
