/**
 * Turns a `ChartTabs` section into tabs (WAI-ARIA tabs pattern: arrow keys,
 * Home and End move between tabs, panels are labelled by their tab) and shows
 * the download buttons, which only work with JavaScript.
 */
export function enhanceChartTabs(section: HTMLElement): void {
  if (section.classList.contains('enhanced')) return;
  const list = section.querySelector<HTMLElement>('[role="tablist"]');
  const buttons = [...section.querySelectorAll<HTMLButtonElement>('[data-tab-button]')];
  const panels = [...section.querySelectorAll<HTMLElement>('[data-tab-panel]')];
  if (list === null || buttons.length === 0) return;
  section.classList.add('enhanced');
  list.hidden = false;
  section.querySelector<HTMLElement>('[data-download-buttons]')?.removeAttribute('hidden');
  section.querySelector<HTMLElement>('[data-no-js-note]')?.setAttribute('hidden', '');
  panels.forEach((panel, i) => {
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', buttons[i]?.id ?? '');
    panel.tabIndex = 0;
    panel.hidden = i !== 0;
  });
  const select = (index: number, focus: boolean) => {
    buttons.forEach((b, i) => {
      b.setAttribute('aria-selected', String(i === index));
      b.tabIndex = i === index ? 0 : -1;
    });
    panels.forEach((p, i) => {
      p.hidden = i !== index;
    });
    if (focus) buttons[index]?.focus();
  };
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => select(i, false));
    b.addEventListener('keydown', (e) => {
      const n = buttons.length;
      const next = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      select(next, true);
    });
  });
}
