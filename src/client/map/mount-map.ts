/**
 * Mounts a MapLibre map only when the person reaches for it (a touch, click,
 * mouse over, wheel or keyboard focus on the map, or a "Show interactive map"
 * button), so a page opens with its map drawn at build time as SVG and never
 * downloads MapLibre unless it is used. Where WebGL is unavailable the
 * container keeps that static map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type * as MapLibre from 'maplibre-gl';
import { baseStyle, type TileSource } from './base-style.ts';
import { loadMapLibre } from './load-maplibre.ts';
import { mapControlLabels } from '../../lib/map-control-labels.ts';
import type { Translator } from '../../lib/i18n/translator.ts';

export interface MountOptions {
  container: HTMLElement;
  /**
   * WGS84 [west, south, east, north] to fit on load. With the default padding of 0 this is the
   * extent of the static map drawn in the same frame (see src/lib/geo/mercator-frame.ts), so the
   * interactive map takes over without a jump.
   */
  bounds: readonly [number, number, number, number];
  padding?: number;
  tiles?: TileSource | undefined;
  /** Accessible name for the map canvas region. */
  label: string;
  /** The page's translator: MapLibre's control labels are its `common.map.*` messages (see MAP_CONTROL_KEYS). */
  t: Pick<Translator, 't'>;
  onReady(map: MapLibreMap, maplibre: typeof MapLibre): void;
  /** Called instead of loading MapLibre when WebGL is missing or the map cannot start. */
  onUnsupported?(): void;
}

export interface MapStarter {
  /** Loads and mounts the map now (once; later calls do nothing). */
  start(): void;
}

/** True when the browser can create a WebGL context (MapLibre needs one). */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** What counts as reaching for the map. */
const INTERACTIONS = ['pointerdown', 'pointerenter', 'touchstart', 'wheel', 'focusin'] as const;

/** Mounts the map on the first interaction with `area` (or `start()`); nothing is loaded before. */
export function mountOnInteraction(options: MountOptions, area: HTMLElement): MapStarter {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    for (const type of INTERACTIONS) area.removeEventListener(type, start);
    if (!hasWebGL()) {
      options.onUnsupported?.();
      return;
    }
    // A map that cannot load (worker blocked, context lost) leaves the static map in place.
    mount(options).catch(() => options.onUnsupported?.());
  };
  for (const type of INTERACTIONS) area.addEventListener(type, start, { passive: true });
  return { start };
}

async function mount(options: MountOptions): Promise<void> {
  const maplibre = await loadMapLibre();
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const [west, south, east, north] = options.bounds;
  const map = new maplibre.Map({
    container: options.container,
    style: baseStyle(options.tiles),
    bounds: [west, south, east, north],
    fitBoundsOptions: { padding: options.padding ?? 0 },
    attributionControl: options.tiles ? { compact: true } : false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    fadeDuration: reducedMotion ? 0 : 300,
    // The map is one control among others on the page; arrow keys belong to our own area navigation.
    keyboard: false,
    cooperativeGestures: false,
    locale: mapControlLabels(options.t),
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', options.label);
  map.once('load', () => options.onReady(map, maplibre));
}
