/** The map's fill patterns as MapLibre images, drawn like the static SVG map's patterns. */

/** A 12-pixel tile: `hatch` for no data, `dots` for suppressed. */
export function patternImage(kind: 'hatch' | 'dots'): ImageData {
  const size = 12;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const g = canvas.getContext('2d') as CanvasRenderingContext2D;
  if (kind === 'hatch') {
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, size, size);
    g.strokeStyle = '#6b7280';
    g.lineWidth = 2.5;
    for (const o of [-size, 0, size]) {
      g.beginPath();
      g.moveTo(o, size);
      g.lineTo(o + size, 0);
      g.stroke();
    }
  } else {
    g.fillStyle = '#d9dde3';
    g.fillRect(0, 0, size, size);
    g.fillStyle = '#1b1b1f';
    g.beginPath();
    g.arc(size / 2, size / 2, 2.2, 0, Math.PI * 2);
    g.fill();
  }
  return g.getImageData(0, 0, size, size);
}
