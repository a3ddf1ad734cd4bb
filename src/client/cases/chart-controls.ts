/**
 * The small script every disease page loads for its charts: shows the controls,
 * keeps them in step with the URL, adds tooltips read from the chart's own table,
 * and wires the downloads. Plot itself (`redraw-chart.ts`) and the download code
 * load only when first needed. A chart redrawn in the browser is drawn at its
 * container's width, and drawn again when a resize makes that width wrong.
 */
import { casesMargins } from '../../lib/cases/chart-specs.ts';
import { layoutFor } from '../../lib/chart-layout.ts';
import { drawnWidth, shownChartSvg } from '../chart-svg.ts';
import { dayNumber, isoDay } from '../../lib/day-number.ts';
import {
  MAX_COMPARE,
  onPageState,
  openingPageRange,
  pageState,
  setPageState,
  type CasesPageState,
} from './page-state.ts';
import { renderChosen, wireComparePicker, type CompareSource } from '../compare-picker.ts';
import { loadAreaEntries } from './area-index.ts';
import { casesLanguages, casesTranslator } from './messages.ts';

let started = false;

// The compared areas live in the page's URL state; the areas to add come from the series index.
function compareSource(picker: HTMLElement): CompareSource {
  const chart = picker.closest('[data-chart-tabs]')?.querySelector<HTMLElement>('[data-chart="compare"]');
  const fixed = new Set((JSON.parse(chart?.dataset['fixed'] ?? '[]') as { code: string }[]).map((f) => f.code));
  return {
    get: () => pageState().areas,
    set: (areas) => setPageState({ areas }),
    max: MAX_COMPARE,
    load: async () => (await loadAreaEntries(picker.dataset['indexUrl'] ?? '')).filter((e) => !fixed.has(e.code)),
    t: casesTranslator(),
    languages: casesLanguages(),
  };
}

export function enhanceCharts(): void {
  if (started) return;
  started = true;
  const charts = [...document.querySelectorAll<HTMLElement>('[data-chart]')];
  if (charts.length === 0) return;
  for (const c of document.querySelectorAll<HTMLElement>('[data-chart-controls]')) c.hidden = false;
  syncControls(pageState());
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-control]')) {
    input.addEventListener('change', () => {
      if (!input.checked) return;
      setPageState({ [input.dataset['control'] as 'range' | 'scale']: input.value } as Partial<CasesPageState>);
    });
  }
  for (const el of charts) {
    addTooltip(el);
    wireDownloads(el);
  }
  for (const picker of document.querySelectorAll<HTMLElement>('[data-compare-picker]'))
    wireComparePicker(picker, compareSource(picker));
  onPageState((s, changed) => {
    if (!changed.some((k) => k === 'range' || k === 'scale' || k === 'areas')) return;
    syncControls(s);
    void redrawAll(charts, s, changed.includes('areas') ? 'areas' : null);
  });
  const s = pageState();
  if (s.range !== openingPageRange() || s.scale !== 'linear' || s.areas.length > 0) void redrawAll(charts, s, null);
  let resizing: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      const stale = charts.filter(drawnForOtherWidth);
      if (stale.length > 0) void redrawAll(stale, pageState(), null);
    }, 250);
  });
}

/**
 * True when the chart was redrawn in the browser (one drawing, no `data-variant`) for a width its
 * container no longer has: another layout, or more than 15% off. The build's two drawings need no redraw.
 */
function drawnForOtherWidth(el: HTMLElement): boolean {
  const holder = el.querySelector<HTMLElement>('[data-chart-svg]');
  const svg = holder?.querySelector<SVGSVGElement>('svg[role="img"]');
  if (!holder || !svg || svg.dataset['variant'] !== undefined || holder.clientWidth === 0) return false;
  const want = layoutFor(holder.clientWidth);
  const have = layoutFor(drawnWidth(svg));
  return want.narrow !== have.narrow || Math.abs(want.width - have.width) > 0.15 * have.width;
}

async function redrawAll(charts: HTMLElement[], s: CasesPageState, only: 'areas' | null): Promise<void> {
  const { redrawChart } = await import('./redraw-chart.ts');
  for (const el of charts) {
    if (only === 'areas' && el.dataset['chart'] !== 'compare') continue;
    el.setAttribute('aria-busy', 'true');
    try {
      const data = await redrawChart(el, s);
      if (data.kind === 'compare') {
        const status = el.closest('[data-chart-tabs]')?.querySelector('[data-pick-status]');
        if (status && data.missing.length > 0)
          status.textContent = casesTranslator().t('cases.compare.noData', { codes: data.missing.join(', ') });
      }
    } catch (error) {
      console.warn('chart redraw failed', error);
    } finally {
      el.removeAttribute('aria-busy');
    }
  }
}

function syncControls(s: CasesPageState): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-control]')) {
    const key = input.dataset['control'] as 'range' | 'scale';
    input.checked = s[key] === input.value;
  }
  for (const picker of document.querySelectorAll<HTMLElement>('[data-compare-picker]'))
    renderChosen(picker, compareSource(picker));
}

function wireDownloads(el: HTMLElement): void {
  const tabs = el.closest<HTMLElement>('[data-chart-tabs]');
  if (!tabs) return;
  for (const b of tabs.querySelectorAll<HTMLButtonElement>('[data-download]')) {
    b.addEventListener('click', () => {
      const kind = b.dataset['download'] as 'csv' | 'svg' | 'png';
      void import('./chart-downloads.ts').then(({ download }) =>
        download(kind, el, pageState(), `${tabs.dataset['fileName'] ?? 'chart'}-${pageState().range}`),
      );
    });
  }
}

/** Tooltip over the chart: the day under the pointer, with its row of the table. */
function addTooltip(el: HTMLElement): void {
  const tip = el.querySelector<HTMLElement>('[data-tooltip]');
  const tabs = el.closest<HTMLElement>('[data-chart-tabs]');
  if (!tip || !tabs) return;
  const hide = () => {
    tip.hidden = true;
  };
  el.addEventListener('pointerleave', hide);
  el.addEventListener('pointermove', (e) => {
    const svg = shownChartSvg(el);
    const rows = tabs.querySelectorAll<HTMLTableRowElement>('tbody tr[data-date]');
    const latest = rows[0]?.dataset['date'];
    const earliest = rows[rows.length - 1]?.dataset['date'];
    if (!svg || !latest || !earliest) return hide();
    const box = svg.getBoundingClientRect();
    // Pointer position in the drawing's own units, with the margins of the layout it was drawn in.
    const width = drawnWidth(svg);
    const margin = casesMargins(layoutFor(width));
    const x = ((e.clientX - box.left) / box.width) * width;
    const plotWidth = width - margin.left - margin.right;
    const d0 = dayNumber(earliest);
    const days = dayNumber(latest) - d0 + 1;
    if (x < margin.left || x > margin.left + plotWidth) return hide();
    const iso = isoDay(d0 + Math.min(days - 1, Math.floor(((x - margin.left) / plotWidth) * days)));
    const row = tabs.querySelector<HTMLTableRowElement>(`tbody tr[data-date="${iso}"]`);
    if (!row) return hide();
    const heads = [...tabs.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    const cells = [...row.cells].map((c) => c.textContent?.trim() ?? '');
    tip.replaceChildren(
      ...cells.map((text, i) => {
        const line = document.createElement('div');
        line.textContent = i === 0 ? text : `${heads[i] ?? ''}: ${text}`;
        return line;
      }),
    );
    tip.hidden = false;
    const host = el.getBoundingClientRect();
    const left = e.clientX - host.left + 12;
    tip.style.left = `${Math.min(left, host.width - tip.offsetWidth - 4)}px`;
    tip.style.top = `${e.clientY - host.top + 12}px`;
  });
}
