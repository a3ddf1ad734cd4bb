/** An indicator value with its unit: "45.3%", "12.0 per 1,000"; words for suppressed and missing. */
import type { Figure } from '../manifest.ts';
import type { Formatter } from '../format.ts';

export function formatValue(value: Figure, unit: string, decimals: number, fmt: Formatter): string {
  const text = fmt.decimal(value, decimals);
  if (typeof value !== 'number' || unit === '') return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}
