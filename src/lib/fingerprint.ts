/**
 * A short fingerprint of a text, added to an address that would otherwise be shared (an area code
 * folded to ASCII, asset ids or labels whose slugs fold alike): stable, and the same in Node and
 * browsers. FNV-1a over the text's UTF-16 units, as 6 base-36 digits.
 */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 36 ** 6).toString(36).padStart(6, '0');
}
