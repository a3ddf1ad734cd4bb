/**
 * Area page names: ASCII codes unchanged, others folded to ASCII with a fingerprint, so addresses are
 * safe on every host and no two areas share one.
 */
import { describe, expect, it } from 'vitest';
import { areaPageName } from '../../../src/lib/area-page-name.ts';

describe('areaPageName', () => {
  it.each(['E06000001', 'D1', 'Adams', 'W06000001', 'NL-GM0363', 'es.na', 'a_b'])(
    'keeps the ASCII code %j as its page name, as it always was',
    (code) => {
      expect(areaPageName(code)).toBe(code);
    },
  );

  it.each([
    ['Sörmland', /^Sormland-[0-9a-z]{6}$/],
    ['Île-de-France', /^Ile-de-France-[0-9a-z]{6}$/],
    ['Łódź', /^Lodz-[0-9a-z]{6}$/],
    ['Ærø', /^AEro-[0-9a-z]{6}$/],
    ['Ynys Môn', /^Ynys-Mon-[0-9a-z]{6}$/],
    ['Straße', /^Strasse-[0-9a-z]{6}$/],
    ['Bergen (Vestland)', /^Bergen-Vestland-[0-9a-z]{6}$/],
  ])('folds %j to ASCII with a fingerprint of the code', (code, name) => {
    expect(areaPageName(code)).toMatch(name);
    expect(areaPageName(code)).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
  });

  it('gives a code the same name in either Unicode form, and every run', () => {
    const composed = 'Sörmland'.normalize('NFC');
    const decomposed = 'Sörmland'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect(areaPageName(decomposed)).toBe(areaPageName(composed));
    expect(areaPageName('Ærø')).toBe(areaPageName('Ærø'));
  });

  it('never gives two codes one name, even codes that fold alike or differ in case only', () => {
    const codes = [
      'Ærø',
      'ÆRØ',
      'Aerø',
      'AEro',
      'Sörmland',
      'Sormland',
      'Sôrmland',
      'Łódź',
      'Lodz',
      'Ynys Môn',
      'Ynys-Môn',
    ];
    const names = codes.map(areaPageName);
    expect(new Set(names).size).toBe(codes.length);
    // Nor on a file system that ignores case.
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(codes.length);
  });

  it('keeps a code in a script that does not fold, in one Unicode form', () => {
    expect(areaPageName('Київ')).toBe('Київ');
    expect(areaPageName('Αθήνα'.normalize('NFD'))).toBe('Αθήνα'.normalize('NFC'));
  });

  it.each(['GM 0363', 'E05 000 123', 'A#1', 'B?2', 'C%3', 'D/4', 'a..b', 'Київ 2', 'Αθήνα/Πειραιάς'])(
    'makes %j, whose characters mean something in a URL or file name, a name without them',
    (code) => {
      const name = areaPageName(code);
      expect(name).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}_.-]*-[0-9a-z]{6}$/u);
      expect(name).not.toMatch(/\.\./);
      expect(encodeURIComponent(name)).toBe(name.replace(/[^A-Za-z0-9_.-]/g, (c) => encodeURIComponent(c)));
    },
  );

  it('keeps codes with and without spaces apart', () => {
    expect(areaPageName('GM 0363')).toMatch(/^GM-0363-[0-9a-z]{6}$/);
    expect(areaPageName('GM-0363')).toBe('GM-0363');
    expect(areaPageName('E05 000 123')).not.toBe(areaPageName('E05-000-123'));
    expect(areaPageName('Київ 2')).toMatch(/^Київ-2-[0-9a-z]{6}$/);
  });
});
