/**
 * URL segments for asset ids. Ids come from data ("10/00022/LAND", "SWDP43/3"),
 * so they are reduced to a safe, lower-case alphabet (case-insensitive file
 * systems would merge "A1" and "a1" pages) and kept apart where they fold alike.
 */
import { distinctSlugs } from '../distinct-slugs.ts';
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

/**
 * The URL segment of each asset of a dataset (ids are unique within it): the id itself when safe,
 * else its slug; ids whose segments fold alike (`A/1` and `A-1`, `Ab` and `ab`) are kept apart
 * by a fingerprint of the id (`distinctSlugs`), whatever their order in the file.
 */
export function assetSlugs(ids: readonly string[]): string[] {
  return distinctSlugs(ids.map((id) => ({ key: id, slug: isSafeSlug(id) ? id : assetSlug(id) })));
}
