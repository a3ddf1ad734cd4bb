/**
 * The comparison picker: a text box with suggestions (a native datalist, so the keyboard and
 * screen readers handle it as any input) filled from the series index on first use, an Add
 * button (or Enter), and the chosen areas with a remove button each, kept in the URL.
 */
import { pickerLabels, resolveArea, type AreaEntry } from '../../lib/cases/area-search.ts';
import { loadAreaEntries } from './area-index.ts';
import { MAX_COMPARE, pageState, setPageState, type CasesPageState } from './page-state.ts';

interface Picker {
  root: HTMLElement;
  input: HTMLInputElement;
  list: HTMLDataListElement;
  add: HTMLButtonElement;
  chosen: Element;
  entries: Promise<AreaEntry[]> | null;
  names: Map<string, string>;
}

const pickers: Picker[] = [];

/** Wires every comparison picker on the page; call once. */
export function wirePickers(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-compare-picker]')) {
    const input = root.querySelector<HTMLInputElement>('[data-pick]');
    const list = root.querySelector<HTMLDataListElement>('[data-pick-list]');
    const add = root.querySelector<HTMLButtonElement>('[data-add]');
    const chosen = root.querySelector('[data-chosen]');
    if (!input || !list || !add || !chosen) continue;
    const p: Picker = { root, input, list, add, chosen, entries: null, names: new Map() };
    pickers.push(p);
    input.addEventListener('focus', () => void entriesOf(p));
    input.addEventListener('input', () => void entriesOf(p));
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      void addTyped(p);
    });
    add.addEventListener('click', () => void addTyped(p));
  }
}

/** Shows `s.areas` under every picker (names once the index has loaded). */
export function renderChosen(s: CasesPageState): void {
  for (const p of pickers) {
    draw(p, s);
    if (s.areas.length > 0 && p.names.size === 0) void entriesOf(p).then(() => draw(p, pageState()));
  }
}

function fixedCodes(p: Picker): string[] {
  const chart = p.root.closest('[data-chart-tabs]')?.querySelector<HTMLElement>('[data-chart="compare"]');
  return (JSON.parse(chart?.dataset['fixed'] ?? '[]') as { code: string }[]).map((f) => f.code);
}

/** The picker's areas: fetched once, then offered as suggestions (the page's own lines left out). */
function entriesOf(p: Picker): Promise<AreaEntry[]> {
  if (p.entries) return p.entries;
  status(p, 'Loading the list of areas…');
  const fixed = new Set(fixedCodes(p));
  p.entries = loadAreaEntries(p.root.dataset['indexUrl'] ?? '').then(
    (all) => {
      for (const e of all) p.names.set(e.code, e.name);
      const entries = all.filter((e) => !fixed.has(e.code));
      p.list.replaceChildren(
        ...pickerLabels(entries).map(({ label }) => {
          const o = document.createElement('option');
          o.value = label;
          return o;
        }),
      );
      status(p, '');
      return entries;
    },
    (error: unknown) => {
      p.entries = null;
      status(p, 'The list of areas could not be loaded. Check your connection and try again.');
      throw error;
    },
  );
  return p.entries;
}

async function addTyped(p: Picker): Promise<void> {
  const typed = p.input.value;
  if (typed.trim() === '') return status(p, 'Type the name of an area first.');
  let entries: AreaEntry[];
  try {
    entries = await entriesOf(p);
  } catch {
    return;
  }
  const code = resolveArea(typed, entries);
  const areas = pageState().areas;
  if (code === null) return status(p, `No area is called “${typed.trim()}”: choose one from the suggestions.`);
  if (areas.includes(code)) return status(p, 'That area is already in the comparison.');
  if (areas.length >= MAX_COMPARE) return status(p, `Up to ${MAX_COMPARE} areas can be added.`);
  setPageState({ areas: [...areas, code] });
  p.input.value = '';
  status(p, `Added ${p.names.get(code) ?? code}.`);
}

function draw(p: Picker, s: CasesPageState): void {
  const nameOf = (code: string) => p.names.get(code) ?? code;
  p.chosen.replaceChildren(
    ...s.areas.map((code) => {
      const li = document.createElement('li');
      li.append(nameOf(code));
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '×';
      remove.setAttribute('aria-label', `Remove ${nameOf(code)}`);
      remove.addEventListener('click', () => {
        setPageState({ areas: pageState().areas.filter((c) => c !== code) });
        status(p, `Removed ${nameOf(code)}.`);
        p.input.focus();
      });
      li.append(remove);
      return li;
    }),
  );
  p.add.disabled = s.areas.length >= MAX_COMPARE;
}

function status(p: Picker, text: string): void {
  const el = p.root.querySelector('[data-pick-status]');
  if (el) el.textContent = text;
}
