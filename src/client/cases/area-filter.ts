/** Narrows the A–Z area list as the visitor types (the list itself works without JavaScript). */
export function enhanceAreaFilter(box: HTMLElement): void {
  const input = box.querySelector<HTMLInputElement>('[data-filter-input]');
  const status = box.querySelector<HTMLElement>('[data-filter-status]');
  if (!input) return;
  box.hidden = false;
  const items = [...document.querySelectorAll<HTMLElement>('li[data-name]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-letter-group]')];
  const apply = () => {
    const q = input.value.trim().toLowerCase();
    let shown = 0;
    for (const li of items) {
      const match = q === '' || (li.dataset['name'] ?? '').includes(q) || (li.dataset['code'] ?? '').startsWith(q);
      li.hidden = !match;
      if (match) shown++;
    }
    for (const g of groups) g.hidden = ![...g.querySelectorAll<HTMLElement>('li[data-name]')].some((li) => !li.hidden);
    if (status) status.textContent = q === '' ? '' : `${shown} area${shown === 1 ? '' : 's'} match.`;
  };
  input.addEventListener('input', apply);
  apply();
}
