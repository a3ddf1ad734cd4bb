/**
 * The indicator map's keyboard path, as the disease map's: the map's frame is
 * one Tab stop (its area links leave the Tab order), arrow keys move between
 * neighbouring areas and speak each one's value and comparison (the words of
 * its link), the ranked table marks the same area, Enter opens its page.
 */
import { areaPaths, enableAreaKeys, mapLanguages, mapTranslator, markArea } from '../map/area-keys.ts';
import { contentMark, showParts } from '../text-parts.ts';

interface IndicatorMapConfig {
  names: Record<string, string>;
  /** Id of the element holding the ranked table. */
  tableId: string;
}

export function enhanceIndicatorMap(root: HTMLElement): void {
  const configEl = root.querySelector('[data-map-config]');
  const frame = root.querySelector<HTMLElement>('[data-map-frame]');
  const svg = root.querySelector<SVGSVGElement>('[data-static-map]');
  if (!configEl || !frame || !svg) return;
  const config = JSON.parse(configEl.textContent ?? '{}') as IndicatorMapConfig;
  const announce = root.querySelector<HTMLElement>('[data-map-announce]');
  const table = document.getElementById(config.tableId)?.querySelector('table') ?? null;
  const paths = areaPaths(svg);
  const linkOf = (code: string): SVGAElement | null => paths.get(code)?.closest<SVGAElement>('a') ?? null;
  for (const a of svg.querySelectorAll('a')) a.setAttribute('tabindex', '-1');
  let current = '';
  const t = mapTranslator(frame);
  const mark = contentMark(mapLanguages(frame));
  // The link's words are its attribute's, plain; an area without a link is named in its language.
  const describe = (code: string): string =>
    linkOf(code)?.getAttribute('aria-label') ??
    t.t('areas.map.areaNoData', { area: config.names[code] === undefined ? code : mark(config.names[code]) });
  enableAreaKeys({
    frame,
    svg,
    names: config.names,
    current: () => current,
    choose: (code) => {
      current = code;
      markArea(paths, table, code);
      if (announce) showParts(announce, describe(code));
    },
    describe,
    announce,
    open: (code) => {
      const href = linkOf(code)?.getAttribute('href');
      if (href) window.location.href = href;
    },
  });
}
