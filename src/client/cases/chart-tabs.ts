/**
 * Makes a `ChartTabs` section's tabs work (WAI-ARIA tabs pattern: arrow keys,
 * Home and End move between tabs, panels are labelled by their tab) and shows
 * the download buttons, which only work with JavaScript. The page arrives in the
 * tabbed state already (first panel shown, the others `hidden="until-found"`),
 * so this changes no layout; when find in page or a link reveals a hidden panel,
 * its tab is selected.
 */
export function enhanceChartTabs(section: HTMLElement): void {
  if (section.classList.contains('enhanced')) return;
  const list = section.querySelector<HTMLElement>('[role="tablist"]');
  const buttons = [...section.querySelectorAll<HTMLButtonElement>('[data-tab-button]')];
  const panels = [...section.querySelectorAll<HTMLElement>('[data-tab-panel]')];
  if (list === null || buttons.length === 0) return;
  section.classList.add('enhanced');
  section.querySelector<HTMLElement>('[data-download-buttons]')?.removeAttribute('hidden');
  section.querySelector<HTMLElement>('[data-no-js-note]')?.setAttribute('hidden', '');
  const select = (index: number, focus: boolean) => {
    buttons.forEach((b, i) => {
      b.setAttribute('aria-selected', String(i === index));
      b.tabIndex = i === index ? 0 : -1;
    });
    panels.forEach((p, i) => {
      // until-found: a hidden panel's text is still found by find in page, which then reveals it.
      if (i === index) p.removeAttribute('hidden');
      else if (p.getAttribute('hidden') !== 'until-found') p.setAttribute('hidden', 'until-found');
    });
    if (focus) buttons[index]?.focus();
  };
  panels.forEach((panel, i) => {
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', buttons[i]?.id ?? '');
    panel.tabIndex = 0;
    panel.addEventListener('beforematch', () => select(i, false));
  });
  // A link to a panel, or to something inside one (e.g. a table's caption), opens that tab.
  const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const linked = target ? panels.findIndex((p) => p.contains(target)) : -1;
  select(Math.max(linked, 0), false);
  if (linked > 0) target?.scrollIntoView();
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
