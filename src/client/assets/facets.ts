/**
 * The filter checkboxes: one group per facet (status, source, area, tenure,
 * holding type, owner), built from the estate's dictionaries with DOM methods,
 * each option showing its live count. Long groups scroll and collapse.
 */
import { fieldWord, type Estate } from '../../lib/assets/estate.ts';
import { FACETS, NONE, type AssetFilters, type FacetKey, type FilterResult } from '../../lib/assets/filters.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { statusIcon } from './status-icon.ts';

/** The facet names for this estate: the status facet takes the sources' own word for it ("Planning status"). */
export function facetLabels(e: Estate, t: Pick<Translator, 't'>): Record<FacetKey, string> {
  return {
    status: fieldWord(e, 'status', t.t('assets.field.status')),
    source: t.t('assets.field.source'),
    area: t.t('assets.field.area'),
    tenure: t.t('assets.field.tenure'),
    holding: t.t('assets.field.holdingType'),
    owner: t.t('assets.field.owner'),
  };
}

interface Option {
  value: string;
  label: string;
  /** Index into the facet's counts (0 = not stated). */
  slot: number;
  count: HTMLElement;
  input: HTMLInputElement;
  item: HTMLElement;
}

export interface Facets {
  /** Values ticked per facet. */
  read(): Pick<AssetFilters, FacetKey>;
  update(result: FilterResult): void;
  set(filters: AssetFilters): void;
}

/**
 * The filter groups. A group's options are built when it is first open and in view (its own
 * box open, and the filters box it sits in): a phone opens the page with the filters folded, and
 * long groups (areas, holding types) start closed, so hundreds of checkboxes are not built, laid
 * out and counted before anyone looks at them. Until then the group keeps the values it was set to.
 */
export function renderFacets(
  container: HTMLElement,
  e: Estate,
  initial: FilterResult,
  fmt: (n: number) => string,
  t: Pick<Translator, 't'>,
): Facets {
  interface Group {
    values: { value: string; label: string; slot: number }[];
    details: HTMLDetailsElement;
    list: HTMLUListElement;
    chosen: HTMLElement;
    /** Built options, or null until the group is first shown. */
    options: Option[] | null;
    /** The group's ticked values while it is not built. */
    ticked: string[];
  }
  const groups = new Map<FacetKey, Group>();
  const names = facetLabels(e, t);
  const outer = container.closest('details');
  let latest = initial;
  for (const facet of FACETS) {
    const values: { value: string; label: string; slot: number }[] =
      facet === 'status'
        ? e.categories.map((s, i) => ({ value: s.id, label: s.label, slot: i + 1 }))
        : facet === 'source'
          ? e.sources.map((s, i) => ({ value: s.id, label: s.title, slot: i + 1 }))
          : facet === 'area'
            ? e.dict.area.map((a, i) => ({ value: a.code, label: a.name, slot: i + 1 }))
            : e.dict[facet].map((l, i) => ({ value: l, label: l, slot: i + 1 }));
    const counts = initial.counts[facet];
    if (facet !== 'status' && (counts[0] ?? 0) > 0 && values.length > 0)
      values.push({ value: NONE, label: t.t('assets.filter.notStatedOption'), slot: 0 });
    // A facet with one value (or none) filters nothing: leave it out.
    if (facet !== 'status' && values.length < 2) continue;
    const details = document.createElement('details');
    details.className = `facet facet-${facet}`;
    details.open = facet === 'status' || values.length <= 6;
    const summary = document.createElement('summary');
    const chosen = document.createElement('span');
    chosen.className = 'facet-chosen';
    summary.append(names[facet], chosen);
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.className = 'visually-hidden';
    legend.textContent = names[facet];
    const list = document.createElement('ul');
    list.className = values.length > 12 ? 'options long' : 'options';
    fieldset.append(legend, list);
    details.append(summary, fieldset);
    container.append(details);
    const group: Group = { values, details, list, chosen, options: null, ticked: [] };
    groups.set(facet, group);
    details.addEventListener('toggle', () => showGroup(facet, group));
  }

  function build(facet: FacetKey, g: Group): Option[] {
    const id = `facet-${facet}`;
    const wanted = new Set(g.ticked.map((v) => v.toLowerCase()));
    const options = g.values.map((v, n): Option => {
      const item = document.createElement('li');
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = facet;
      input.value = v.value;
      input.id = `${id}-${n}`;
      input.checked = wanted.has(v.value.toLowerCase());
      const count = document.createElement('span');
      count.className = 'count';
      label.append(input);
      if (facet === 'status') {
        const style = e.categories.find((c) => c.id === v.value);
        if (style) label.append(statusIcon(style));
        if (style?.lang !== undefined) label.lang = style.lang;
      }
      label.append(` ${v.label} `, count);
      item.append(label);
      return { ...v, count, input, item };
    });
    g.list.append(...options.map((o) => o.item));
    g.options = options;
    showCounts(facet, g, latest);
    return options;
  }
  const shown = (g: Group): boolean => g.details.open && (outer === null || outer.open);
  function showGroup(facet: FacetKey, g: Group): void {
    if (g.options === null && shown(g)) build(facet, g);
  }
  outer?.addEventListener('toggle', () => {
    for (const [facet, g] of groups) showGroup(facet, g);
  });
  function ticked(g: Group): string[] {
    return g.options === null ? g.ticked : g.options.filter((o) => o.input.checked).map((o) => o.value);
  }
  function showCounts(facet: FacetKey, g: Group, result: FilterResult): void {
    const counts = result.counts[facet];
    for (const o of g.options ?? []) {
      const n = counts[o.slot] ?? 0;
      o.count.textContent = `(${fmt(n)})`;
      o.item.classList.toggle('zero', n === 0 && !o.input.checked);
    }
  }
  const setChosen = () => {
    for (const g of groups.values()) {
      const n = ticked(g).length;
      g.chosen.textContent = n > 0 ? t.t('assets.filter.chosen', { count: n }) : '';
    }
  };
  for (const [facet, g] of groups) showGroup(facet, g);
  return {
    read() {
      const out = { status: [], source: [], area: [], tenure: [], holding: [], owner: [] } as Pick<
        AssetFilters,
        FacetKey
      >;
      for (const [facet, g] of groups) (out[facet] as string[]) = [...ticked(g)];
      setChosen();
      return out;
    },
    update(result) {
      latest = result;
      for (const [facet, g] of groups) showCounts(facet, g, result);
    },
    set(filters) {
      for (const [facet, g] of groups) {
        const wanted = new Set((filters[facet] as string[]).map((v) => v.toLowerCase()));
        if (g.options === null)
          g.ticked = g.values.filter((v) => wanted.has(v.value.toLowerCase())).map((v) => v.value);
        else for (const o of g.options) o.input.checked = wanted.has(o.value.toLowerCase());
      }
      setChosen();
    },
  };
}
