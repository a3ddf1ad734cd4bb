/**
 * Map marker images drawn on a canvas, so the map needs no sprite or glyph
 * requests: one image per category (its shape in its colour, from the same SVG
 * paths as every other status icon) and, on demand, cluster badges with the
 * count written in the page's own font.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StatusStyle } from '../../lib/assets/status-style.ts';

const RATIO = 2;

function canvas(size: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const c = document.createElement('canvas');
  c.width = size * RATIO;
  c.height = size * RATIO;
  const ctx = c.getContext('2d');
  if (ctx === null) throw new Error('no 2D canvas');
  ctx.scale(RATIO, RATIO);
  return [c, ctx];
}

function imageData(c: HTMLCanvasElement, ctx: CanvasRenderingContext2D): ImageData {
  return ctx.getImageData(0, 0, c.width, c.height);
}

/** Adds `status-<i>` (22 px) and `status-selected-<i>` (30 px, with a focus ring) for each of the estate's categories. */
export function addStatusImages(map: MapLibreMap, categories: readonly StatusStyle[]): void {
  categories.forEach((s, i) => {
    for (const selected of [false, true]) {
      const size = selected ? 34 : 22;
      const [c, ctx] = canvas(size);
      const scale = selected ? 1.1 : 1;
      const offset = (size - 20 * scale) / 2;
      if (selected) {
        ctx.beginPath();
        ctx.arc(size / 2, size / 2, size / 2 - 2.5, 0, Math.PI * 2);
        ctx.fillStyle = '#ffffff';
        ctx.fill();
        ctx.lineWidth = 4;
        ctx.strokeStyle = '#1b1b1f';
        ctx.stroke();
        ctx.lineWidth = 2;
        ctx.strokeStyle = '#ffbf47';
        ctx.stroke();
      }
      ctx.save();
      ctx.translate(offset, offset);
      ctx.scale(scale, scale);
      const path = new Path2D(s.path);
      ctx.fillStyle = s.colour;
      ctx.fill(path);
      ctx.lineWidth = 1.6;
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#ffffff';
      ctx.stroke(path);
      ctx.restore();
      map.addImage(selected ? `status-selected-${i}` : `status-${i}`, imageData(c, ctx), { pixelRatio: RATIO });
    }
  });
}

/**
 * Draws cluster badges (`cluster-<abbreviated count>`) when the map first asks for one. MapLibre 6
 * takes them from a missing-image resolver: an image added from its `styleimagemissing` event is
 * not used for the request that raised it, and the generated 100,000-asset map drew no clusters.
 */
export function drawClusterImagesOnDemand(map: MapLibreMap): void {
  const font = getComputedStyle(document.body).fontFamily || 'sans-serif';
  map.setMissingStyleImageResolver((id) => {
    if (!id.startsWith('cluster-') || map.hasImage(id)) return;
    const text = id.slice('cluster-'.length);
    const size = text.length <= 1 ? 28 : text.length <= 3 ? 34 : 42;
    const [c, ctx] = canvas(size);
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, size / 2 - 1.5, 0, Math.PI * 2);
    ctx.fillStyle = '#1b1b1f';
    ctx.fill();
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.font = `700 ${text.length <= 3 ? 13 : 12}px ${font}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, size / 2, size / 2 + 0.5);
    map.addImage(id, imageData(c, ctx), { pixelRatio: RATIO });
  });
}
