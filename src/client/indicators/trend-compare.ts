/**
 * The indicator trend's comparison: wires the shared area picker to the URL
 * (`?areas=A,B`, the same parameter as the disease comparison), and on any
 * change, or on load when the link names areas, loads the redraw (Plot and the
 * figures file, fetched on first use only).
 */
import { readState, writeState, type StateSpec } from '../../lib/url-state.ts';
import { MAX_COMPARE, pageSpec } from '../cases/page-state.ts';
import type { IndicatorFile } from '../../lib/indicator-files.ts';
import { isPublished } from '../../lib/manifest.ts';
import { fetchJson } from '../cases/chart-data.ts';
import { pickerStatus, renderChosen, wireComparePicker, type CompareSource } from '../compare-picker.ts';
import { trendTranslator } from './trend-translator.ts';
import { pageData } from '../page-messages.ts';

interface TrendState {
  areas: string[];
}
const spec: StateSpec<TrendState> = { areas: pageSpec.areas };

export function enhanceTrendCompare(chart: HTMLElement): void {
  const section = chart.closest<HTMLElement>('[data-chart-tabs]');
  const picker = section?.querySelector<HTMLElement>('[data-compare-picker]');
  if (!section || !picker) return;
  const own = chart.dataset['code'] ?? '';
  let areas = readState(spec, window.location.search).areas.filter((c) => c !== own);
  let drawn = Promise.resolve();
  const t = trendTranslator(section);
  const redraw = () => {
    const codes = [...areas];
    drawn = drawn.then(async () => {
      chart.setAttribute('aria-busy', 'true');
      try {
        const { redrawTrend } = await import('./redraw-trend.ts');
        const { missing } = await redrawTrend(chart, codes);
        if (missing.length > 0) pickerStatus(picker, t.t('indicators.trend.missing', { codes: t.list(missing) }));
      } catch (error) {
        console.warn('trend redraw failed', error);
        pickerStatus(picker, t.t('indicators.trend.failed'));
      } finally {
        chart.removeAttribute('aria-busy');
      }
    });
  };
  const source: CompareSource = {
    get: () => areas,
    set: (codes) => {
      areas = codes;
      writeState(spec, { areas });
      renderChosen(picker, source);
      redraw();
    },
    max: MAX_COMPARE,
    // The areas to add are the figures file's (the redraw fetches the same file, once).
    load: async () => {
      const figures = await fetchJson<IndicatorFile>(chart.dataset['figuresUrl'] ?? '');
      return figures.areas
        .filter((a) => a.code !== own && a.values.some((v) => isPublished(v)))
        .map((a) => ({ code: a.code, name: a.name }));
    },
    t,
    languages: pageData(section.querySelector('[data-trend-messages]')),
  };
  wireComparePicker(picker, source);
  if (areas.length > 0) redraw();
}
