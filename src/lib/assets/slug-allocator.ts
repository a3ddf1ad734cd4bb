/**
 * URL segments for asset ids. Ids come from data ("10/00022/LAND", "SWDP43/3"),
 * so they are reduced to a safe, lower-case alphabet (case-insensitive file
 * systems would merge "A1" and "a1" pages) and made unique in file order.
 */
import { slugify } from '../slugify.ts';

const SAFE = /^[a-z0-9][a-z0-9._-]*$/;

/** The id as a URL segment: lower case, `.` and `_` kept, runs of other characters as one "-", at most 80 characters. */
export function assetSlug(id: string): string {
  return slugify(id, { keep: '._', maxLength: 80, fallback: 'asset' });
}

/** True when `id` can be used in a URL as it is. */
export function isSafeSlug(id: string): boolean {
  return SAFE.test(id) && id.length <= 80 && !id.endsWith('.');
}

/** Hands out unique slugs in call order: a repeat gets "-2", "-3"… */
export class SlugAllocator {
  private readonly used = new Set<string>();

  /** The slug for `id`: the id itself when safe and free, else a slugified, de-duplicated form. */
  take(id: string): string {
    let base = isSafeSlug(id) ? id : assetSlug(id);
    if (!this.used.has(base)) {
      this.used.add(base);
      return base;
    }
    if (base.length > 72) base = base.slice(0, 72);
    for (let n = 2; ; n++) {
      const candidate = `${base}-${n}`;
      if (!this.used.has(candidate)) {
        this.used.add(candidate);
        return candidate;
      }
    }
  }
}
