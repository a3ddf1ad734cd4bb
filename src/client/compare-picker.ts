/**
 * The "add an area to compare" picker shared by the disease and indicator
 * charts (markup: `src/components/ComparePicker.astro`): a native `<select>`
 * and an Add button, the chosen areas as a list with a remove button each, and
 * a status line read out by screen readers. The page owns the list of codes
 * (kept in its URL state); the picker only reads and asks to change it.
 */

/** Where the picker reads and writes the chosen codes. */
export interface CompareSource {
  get(): string[];
  set(codes: string[]): void;
  /** Most areas that can be added. */
  max: number;
}

/** Shows the picker (hidden without JavaScript) and wires its Add button. */
export function wireComparePicker(picker: HTMLElement, source: CompareSource): void {
  const select = picker.querySelector<HTMLSelectElement>('[data-pick]');
  const add = picker.querySelector<HTMLButtonElement>('[data-add]');
  if (!select || !add || picker.dataset['wired'] === 'yes') return;
  picker.dataset['wired'] = 'yes';
  picker.hidden = false;
  add.addEventListener('click', () => {
    const code = select.value;
    const codes = source.get();
    if (code === '') return pickerStatus(picker, 'Choose an area first.');
    if (codes.includes(code)) return pickerStatus(picker, 'That area is already in the comparison.');
    if (codes.length >= source.max) return pickerStatus(picker, `Up to ${source.max} areas can be added.`);
    source.set([...codes, code]);
    pickerStatus(picker, `Added ${optionName(select, code)}.`);
  });
  renderChosen(picker, source);
}

/** Redraws the list of chosen areas (call after the codes change). */
export function renderChosen(picker: HTMLElement, source: CompareSource): void {
  const list = picker.querySelector('[data-chosen]');
  const select = picker.querySelector<HTMLSelectElement>('[data-pick]');
  if (!list || !select) return;
  const codes = source.get();
  list.replaceChildren(
    ...codes.map((code) => {
      const name = optionName(select, code);
      const li = document.createElement('li');
      li.append(name);
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '×';
      remove.setAttribute('aria-label', `Remove ${name}`);
      remove.addEventListener('click', () => {
        source.set(source.get().filter((c) => c !== code));
        pickerStatus(picker, `Removed ${name}.`);
        select.focus();
      });
      li.append(remove);
      return li;
    }),
  );
  const add = picker.querySelector<HTMLButtonElement>('[data-add]');
  if (add) add.disabled = codes.length >= source.max;
}

/** Puts `text` in the picker's live status line. */
export function pickerStatus(picker: HTMLElement, text: string): void {
  const el = picker.querySelector('[data-pick-status]');
  if (el) el.textContent = text;
}

/** The name of area `code` as the picker lists it (the code itself when not listed). */
export function optionName(select: HTMLSelectElement, code: string): string {
  return [...select.options].find((o) => o.value === code)?.textContent ?? code;
}
