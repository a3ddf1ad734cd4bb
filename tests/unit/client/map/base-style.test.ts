import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { baseStyle } from '../../../../src/client/map/base-style.ts';

describe('baseStyle', () => {
  it('has no tile source unless the config asks for one', () => {
    expect(Object.keys(baseStyle().sources)).toEqual([]);
  });

  it('gives MapLibre the tile attribution as text: markup in the config is shown, not run', () => {
    const attribution = '© <a href="javascript:alert(1)" onclick="x()">Tiles & Co</a><img src=x onerror=alert(2)>';
    const source = baseStyle({ url: 'https://tiles.example/{z}/{x}/{y}.png', attribution, maxZoom: 18 }).sources[
      'basemap'
    ] as { attribution: string };
    // MapLibre's attribution control sets innerHTML; the element must then hold only text.
    const el = new JSDOM('').window.document.createElement('div');
    el.innerHTML = source.attribution;
    expect(el.children).toHaveLength(0);
    expect(el.textContent).toBe(attribution);
  });
});
