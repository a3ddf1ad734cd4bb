/**
 * The name under an installed app's icon (the web app manifest's `short_name`): launchers show
 * about 12 characters and cut the rest mid-word, so a site names it (`site.shortName`), or it is
 * the council's name when that short, else the title cut at the last whole word that fits.
 */
import type { SiteInfo } from './manifest.ts';

/** Launchers show about this many characters under an icon. */
export const SHORT_NAME_LENGTH = 12;

export function appShortName(site: Pick<SiteInfo, 'title' | 'council' | 'shortName'>): string {
  if (site.shortName !== undefined && site.shortName.trim() !== '') return site.shortName.trim();
  const council = site.council.trim();
  if ([...council].length <= SHORT_NAME_LENGTH) return council;
  const title = site.title.trim();
  if ([...title].length <= SHORT_NAME_LENGTH) return title;
  const words = title.split(/\s+/);
  let name = words[0] ?? title;
  for (const word of words.slice(1)) {
    const longer = `${name} ${word}`;
    if ([...longer].length > SHORT_NAME_LENGTH) break;
    name = longer;
  }
  // A first word longer than the limit is kept whole: cut, it would be no word at all.
  return name;
}
