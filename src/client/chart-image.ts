/**
 * Saves a chart's SVG as drawn, or a PNG of it at twice the size, made on the
 * device. Shared by every chart's download buttons.
 */
import { saveBlob } from './download-file.ts';

function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Plot's styles live in a <style> inside the SVG; add a white background and the page font.
  // Through the style object, not a style attribute: the page's content security policy refuses new inline styles.
  copy.style.background = '#fff';
  copy.style.fontFamily = 'system-ui,sans-serif';
  // Plot's own size (12.5 px in the phone drawing) wins; 13 px only when the drawing sets none.
  if (copy.style.fontSize === '') copy.style.fontSize = '13px';
  return new XMLSerializer().serializeToString(copy);
}

export async function saveChartImage(svg: SVGSVGElement, kind: 'svg' | 'png', fileName: string): Promise<void> {
  const text = svgText(svg);
  if (kind === 'svg') {
    saveBlob(new Blob([text], { type: 'image/svg+xml' }), `${fileName}.svg`);
    return;
  }
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width || 640;
  const height = Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height || 320;
  const img = new Image();
  img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const g = canvas.getContext('2d');
  if (!g) return;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(img.src);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (blob) saveBlob(blob, `${fileName}.png`);
}
