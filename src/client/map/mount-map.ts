/**
 * Mounts a MapLibre map only when its container scrolls into view, so pages
 * that never show the map never download MapLibre. Where WebGL is unavailable
 * the container keeps its static fallback (an SVG map drawn at build time).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type * as MapLibre from 'maplibre-gl';
import { baseStyle, type TileSource } from './base-style.ts';
import { loadMapLibre, whenNearViewport } from './load-maplibre.ts';

export interface MountOptions {
  container: HTMLElement;
  /** WGS84 [west, south, east, north] to fit on load. */
  bounds: [number, number, number, number];
  tiles?: TileSource | undefined;
  /** Accessible name for the map canvas region. */
  label: string;
  onReady(map: MapLibreMap, maplibre: typeof MapLibre): void;
  /** Called instead of loading MapLibre when WebGL is missing. */
  onUnsupported?(): void;
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

/** Loads MapLibre and creates the map once `container` is near the viewport. */
export function mountWhenVisible(options: MountOptions): void {
  if (!hasWebGL()) {
    options.onUnsupported?.();
    return;
  }
  whenNearViewport(options.container, () => {
    // A map that cannot load (worker blocked, context lost) leaves the static fallback in place.
    mount(options).catch(() => options.onUnsupported?.());
  });
}

async function mount(options: MountOptions): Promise<void> {
  const maplibre = await loadMapLibre();
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = new maplibre.Map({
    container: options.container,
    style: baseStyle(options.tiles),
    bounds: options.bounds,
    fitBoundsOptions: { padding: 16 },
    attributionControl: options.tiles ? { compact: true } : false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    fadeDuration: reducedMotion ? 0 : 300,
    // The map is one control among others on the page; arrow keys belong to our own area navigation.
    keyboard: false,
    cooperativeGestures: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', options.label);
  map.once('load', () => options.onReady(map, maplibre));
}
