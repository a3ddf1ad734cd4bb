/**
 * The small script every disease page loads for its charts: shows the controls,
 * keeps them in step with the URL, adds tooltips read from the chart's own table,
 * and wires the downloads. Plot itself (`redraw-chart.ts`) and the download code
 * load only when first needed.
 */
import { CHART_WIDTH, MARGIN } from '../../lib/cases/chart-specs.ts';
import { dayNumber, isoDay } from '../../lib/day-number.ts';
import { onPageState, pageState, setPageState, type CasesPageState } from './page-state.ts';
import { DEFAULT_RANGE } from '../../lib/cases/trend-rows.ts';
import { renderChosen, wirePickers } from './compare-picker.ts';

let started = false;

export function enhanceCharts(): void {
  if (started) return;
  started = true;
  const charts = [...document.querySelectorAll<HTMLElement>('[data-chart]')];
  if (charts.length === 0) return;
  for (const c of document.querySelectorAll<HTMLElement>('[data-chart-controls], [data-compare-picker]'))
    c.hidden = false;
  wirePickers();
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
  onPageState((s, changed) => {
    if (!changed.some((k) => k === 'range' || k === 'scale' || k === 'areas')) return;
    syncControls(s);
    void redrawAll(charts, s, changed.includes('areas') ? 'areas' : null);
  });
  const s = pageState();
  if (s.range !== DEFAULT_RANGE || s.scale !== 'linear' || s.areas.length > 0) void redrawAll(charts, s, null);
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
        if (status && data.missing.length > 0) status.textContent = `No data for ${data.missing.join(', ')}.`;
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
  renderChosen(s);
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
    const svg = el.querySelector('[data-chart-svg] svg');
    const rows = tabs.querySelectorAll<HTMLTableRowElement>('tbody tr[data-date]');
    const latest = rows[0]?.dataset['date'];
    const earliest = rows[rows.length - 1]?.dataset['date'];
    if (!svg || !latest || !earliest) return hide();
    const box = svg.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * CHART_WIDTH;
    const plotWidth = CHART_WIDTH - MARGIN.left - MARGIN.right;
    const d0 = dayNumber(earliest);
    const days = dayNumber(latest) - d0 + 1;
    if (x < MARGIN.left || x > MARGIN.left + plotWidth) return hide();
    const iso = isoDay(d0 + Math.min(days - 1, Math.floor(((x - MARGIN.left) / plotWidth) * days)));
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
