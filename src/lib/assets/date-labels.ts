/**
 * Words for the community-value dates. Generic on purpose: what each date means
 * in law differs by country and is explained by the configured rights text.
 */
import type { AssetDateKey } from '../assets-files.ts';
import type { MessageKey } from '../i18n/catalogue.ts';

/** Catalogue key of each date's label. */
export const DATE_LABEL_KEYS: Readonly<Record<AssetDateKey, MessageKey>> = {
  listedDate: 'assets.date.listedDate',
  expiryDate: 'assets.date.expiryDate',
  noticeDate: 'assets.date.noticeDate',
  protectedUntil: 'assets.date.protectedUntil',
};
