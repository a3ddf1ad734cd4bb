/**
 * A record's size as the land pages, asset pages, shortlists and nomination drafts show it, with
 * its unit. Build-time pages and browser scripts share it so every place prints a size alike.
 */
import type { Formatter } from '../format.ts';

/**
 * `size` in `unit` with the digits the register gives, grouped in the page's locale: "424 m²"
 * (not "424.0 m²"), "415.05 m²", "0.426 ha". Two decimals at most from 1 up, four (all the data
 * step keeps) below 1, so a small plot in hectares does not show as "0".
 */
export function formatAssetSize(fmt: Formatter, size: number, unit: string): string {
  return `${fmt.upTo(size, Math.abs(size) < 1 ? 4 : 2)} ${unit}`;
}
