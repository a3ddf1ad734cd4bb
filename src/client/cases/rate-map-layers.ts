/**
 * The MapLibre layers of the rate map: areas filled by rate band, hatched (no
 * data) or dotted (suppressed), white outlines, and a black outline for the
 * chosen area. Areas carry `code`, `status` and `band` (see `rateFeatures`); the overview groups
 * of a tiled layer have status `group` and draw as outlines only.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { CasesWeek } from '../../lib/cases-files.ts';
import { mapBand, mapStatus, weekFigure } from '../../lib/cases/week-figure.ts';
import { NO_DATA_PATTERN, SUPPRESSED_PATTERN } from '../../lib/cases/map-styles.ts';
import { patternImage } from './pattern-image.ts';

/** The boundaries with each area's status and band in `week`, for the `areas` source. */
export function rateFeatures(
  fc: FeatureCollection,
  week: CasesWeek | null,
  bands: readonly number[],
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => {
      const code = String(f.properties?.['code'] ?? '');
      // A tiled layer's overview: groups of areas, drawn as outlines only (zoom in for the areas).
      if (typeof f.properties?.['areas'] === 'number') return { ...f, properties: { code, status: 'group' } };
      const rate = weekFigure(week, code).rate;
      return { ...f, properties: { code, status: mapStatus(rate), band: mapBand(rate, bands) } };
    }),
  };
}

/** Adds the `areas` source and the rate layers to `m`; `onChoose` gets the code of a clicked area. */
export function addRateLayers(
  m: MapLibreMap,
  data: FeatureCollection,
  colours: readonly string[],
  selected: string,
  onChoose: (code: string) => void,
): void {
  m.addImage(NO_DATA_PATTERN, patternImage('hatch'), { pixelRatio: 2 });
  m.addImage(SUPPRESSED_PATTERN, patternImage('dots'), { pixelRatio: 2 });
  m.addSource('areas', { type: 'geojson', data });
  const match: unknown[] = ['match', ['get', 'band']];
  colours.forEach((c, i) => match.push(i, c));
  match.push('#999999');
  m.addLayer({
    id: 'fill',
    type: 'fill',
    source: 'areas',
    filter: ['==', ['get', 'status'], 'band'],
    paint: { 'fill-color': match as never },
  });
  m.addLayer({
    id: 'nodata',
    type: 'fill',
    source: 'areas',
    filter: ['==', ['get', 'status'], 'none'],
    paint: { 'fill-pattern': NO_DATA_PATTERN },
  });
  m.addLayer({
    id: 'suppressed',
    type: 'fill',
    source: 'areas',
    filter: ['==', ['get', 'status'], 'suppressed'],
    paint: { 'fill-pattern': SUPPRESSED_PATTERN },
  });
  m.addLayer({ id: 'outline', type: 'line', source: 'areas', paint: { 'line-color': '#ffffff', 'line-width': 0.6 } });
  m.addLayer({
    id: 'selected',
    type: 'line',
    source: 'areas',
    filter: ['==', ['get', 'code'], selected],
    paint: { 'line-color': '#000000', 'line-width': 3 },
  });
  for (const id of ['fill', 'nodata', 'suppressed']) {
    m.on('click', id, (e) => {
      const code: unknown = e.features?.[0]?.properties?.['code'];
      if (typeof code === 'string') onChoose(code);
    });
    m.on('mouseenter', id, () => (m.getCanvas().style.cursor = 'pointer'));
    m.on('mouseleave', id, () => (m.getCanvas().style.cursor = ''));
  }
}
