/**
 * The "add an area to compare" picker shared by the disease and indicator
 * charts (markup: `src/components/ComparePicker.astro`): a text box with
 * suggestions (a native datalist, so the keyboard and screen readers handle it
 * as any input), an Add button (or Enter), the chosen areas with a remove
 * button each, and a status line read out by screen readers. The areas are
 * loaded on first use, never carried by the page: a list of 3,000 counties was
 * two thirds of every area page. The page owns the chosen codes (its URL
 * state); the picker only reads them and asks to change them.
 */
import { pickerLabels, resolveArea, type AreaEntry } from '../lib/cases/area-search.ts';
import type { Translator } from '../lib/i18n/translator.ts';
import { contentMark, partNodes, showParts, textLanguageOf, type TextLanguages } from './text-parts.ts';

/** Where the picker reads and writes the chosen codes, and where its areas come from. */
export interface CompareSource {
  get(): string[];
  set(codes: string[]): void;
  /** Most areas that can be added. */
  max: number;
  /** Every area that can be added (the page's own lines left out); called on first use. */
  load(): Promise<AreaEntry[]>;
  /** The page's translator, given the `common.picker.*` messages (PICKER_SCRIPT_KEYS). */
  t: Pick<Translator, 't'>;
  /** The language of the areas' names where it is not the page's. */
  languages: TextLanguages;
}

interface Picker {
  input: HTMLInputElement;
  list: HTMLDataListElement;
  add: HTMLButtonElement;
  chosen: Element;
  entries: Promise<AreaEntry[]> | null;
  names: Map<string, string>;
}

const pickers = new WeakMap<HTMLElement, Picker>();

/** Shows the picker (hidden without JavaScript) and wires its box and Add button. */
export function wireComparePicker(root: HTMLElement, source: CompareSource): void {
  if (pickers.has(root)) return;
  const input = root.querySelector<HTMLInputElement>('[data-pick]');
  const list = root.querySelector<HTMLDataListElement>('[data-pick-list]');
  const add = root.querySelector<HTMLButtonElement>('[data-add]');
  const chosen = root.querySelector('[data-chosen]');
  if (!input || !list || !add || !chosen) return;
  const p: Picker = { input, list, add, chosen, entries: null, names: new Map() };
  pickers.set(root, p);
  root.hidden = false;
  input.addEventListener('focus', () => void entriesOf(root, p, source).catch(() => undefined));
  input.addEventListener('input', () => void entriesOf(root, p, source).catch(() => undefined));
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void addTyped(root, p, source);
  });
  add.addEventListener('click', () => void addTyped(root, p, source));
  renderChosen(root, source);
}

/** Redraws the list of chosen areas (call after the codes change); names once the areas have loaded. */
export function renderChosen(root: HTMLElement, source: CompareSource): void {
  const p = pickers.get(root);
  if (!p) return;
  draw(root, p, source);
  if (source.get().length > 0 && p.names.size === 0) {
    void entriesOf(root, p, source).then(
      () => draw(root, p, source),
      () => undefined,
    );
  }
}

/** Puts `text` in the picker's live status line (an area's name marked with its language in a `<span lang>`). */
export function pickerStatus(root: HTMLElement, text: string): void {
  const el = root.querySelector('[data-pick-status]');
  if (el) showParts(el, text);
}

function entriesOf(root: HTMLElement, p: Picker, source: CompareSource): Promise<AreaEntry[]> {
  if (p.entries) return p.entries;
  pickerStatus(root, source.t.t('common.picker.loading'));
  p.entries = source.load().then(
    (entries) => {
      for (const e of entries) p.names.set(e.code, e.name);
      p.list.replaceChildren(
        ...pickerLabels(entries).map(({ label }) => {
          const o = document.createElement('option');
          o.value = label;
          return o;
        }),
      );
      pickerStatus(root, '');
      return entries;
    },
    (error: unknown) => {
      p.entries = null;
      pickerStatus(root, source.t.t('common.picker.loadFailed'));
      throw error;
    },
  );
  return p.entries;
}

async function addTyped(root: HTMLElement, p: Picker, source: CompareSource): Promise<void> {
  const { t } = source;
  const typed = p.input.value;
  if (typed.trim() === '') return pickerStatus(root, t.t('common.picker.typeFirst'));
  let entries: AreaEntry[];
  try {
    entries = await entriesOf(root, p, source);
  } catch {
    return;
  }
  const code = resolveArea(typed, entries);
  const codes = source.get();
  // What the reader typed is in the page's language as far as anyone knows: not marked.
  if (code === null) return pickerStatus(root, t.t('common.picker.noSuch', { typed: typed.trim() }));
  if (codes.includes(code)) return pickerStatus(root, t.t('common.picker.already'));
  if (codes.length >= source.max) return pickerStatus(root, t.t('common.picker.full', { max: source.max }));
  source.set([...codes, code]);
  p.input.value = '';
  pickerStatus(root, t.t('common.picker.added', { area: shownName(p, source, code) }));
}

/** An area's name marked with its language for a status message; its code (neutral) until the names load. */
function shownName(p: Picker, source: CompareSource, code: string): string {
  const name = p.names.get(code);
  return name === undefined ? code : contentMark(source.languages)(name);
}

function draw(root: HTMLElement, p: Picker, source: CompareSource): void {
  const { t } = source;
  const nameOf = (code: string) => p.names.get(code) ?? code;
  const languageOf = textLanguageOf(source.languages);
  const codes = source.get();
  p.chosen.replaceChildren(
    ...codes.map((code) => {
      const li = document.createElement('li');
      const name = p.names.get(code);
      const lang = name === undefined ? undefined : languageOf(name);
      li.append(...partNodes([lang === undefined ? { text: nameOf(code) } : { text: nameOf(code), lang }]));
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '×';
      // An attribute holds no element: the plain sentence.
      remove.setAttribute('aria-label', t.t('common.picker.remove', { area: nameOf(code) }));
      remove.addEventListener('click', () => {
        source.set(source.get().filter((c) => c !== code));
        pickerStatus(root, t.t('common.picker.removed', { area: shownName(p, source, code) }));
        p.input.focus();
      });
      li.append(remove);
      return li;
    }),
  );
  p.add.disabled = codes.length >= source.max;
}
