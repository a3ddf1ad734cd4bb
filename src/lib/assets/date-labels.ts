/**
 * Words for the community-value dates. Generic on purpose: what each date means
 * in law differs by country and is explained by the configured rights text.
 */
import type { AssetDateKey } from '../assets-files.ts';

export const DATE_LABELS: Readonly<Record<AssetDateKey, string>> = {
  listedDate: 'Listed as of community value',
  expiryDate: 'Listing ends',
  noticeDate: 'Owner gave notice of intent to sell',
  protectedUntil: 'Protected period ends',
};
