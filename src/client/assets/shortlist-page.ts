/**
 * The printable shortlist: the filters from the address, the matching records
 * as a table (DOM-built; data is always text), and the filters in words.
 */
import { assetAt, categoryAt, fieldWord, labelOf, secondLine } from '../../lib/assets/estate.ts';
import { assetPath } from '../../lib/assets/asset-page.ts';
import { applyFilters, describeFilters, knownCategories } from '../../lib/assets/filters.ts';
import { filtersOf, landSearch, readLandState, stateOf } from '../../lib/assets/filter-url.ts';
import { inOrder, listRanks } from '../../lib/assets/list-order.ts';
import { countText, nounTexts, onlyWords, ownNoun } from '../../lib/assets/record-noun.ts';
import { shortlistSummary } from '../../lib/assets/shortlist-summary.ts';
import { createFormatter } from '../../lib/format.ts';
import { formatAssetSize } from '../../lib/assets/asset-size.ts';
import { facetLabels } from './facets.ts';
import type { AssetsSourceRef } from '../../lib/assets-files.ts';
import { loadEstate } from './load-estate.ts';
import { statusBadge } from './status-icon.ts';
import { pageData, pageTranslator } from '../page-messages.ts';
import { markingFor, partNodes, plainText, showContent, showParts, textLanguageOf } from '../text-parts.ts';
import { textsLoader } from './load-texts.ts';
import { textRuns } from '../../lib/assets/text-links.ts';
import type { TextsOf } from '../../lib/assets/export.ts';

interface ShortlistConfig {
  locale: string;
  siteTitle: string;
  sources: AssetsSourceRef[];
  landUrl: string;
}

/** Rows listed on screen before "Show all" (printing lists every row). */
const SCREEN_ROWS = 100;

export async function initShortlist(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-shortlist]');
  if (root === null) return;
  const config = JSON.parse(root.dataset['shortlist'] ?? '{}') as ShortlistConfig;
  const status = root.querySelector<HTMLElement>('[data-status]') as HTMLElement;
  const fmt = createFormatter(config.locale);
  const messages = root.querySelector('[data-shortlist-messages]');
  const i18n = pageTranslator(messages);
  const languages = pageData(messages);
  const dataLanguage = languages.dataLanguage;
  const languageOf = textLanguageOf(languages);
  let estate;
  let textsOf: TextsOf;
  try {
    // The free texts are not in the records: fetched beside them, for the datasets that have them.
    [estate, textsOf] = await Promise.all([loadEstate(config.sources, i18n), textsLoader(config.sources)()]);
  } catch (error) {
    status.textContent = i18n.t('assets.shortlist.loadFailed', { reason: (error as Error).message });
    root.dataset['ready'] = 'true';
    delete root.dataset['pending'];
    return;
  }
  const state = readLandState(location.search);
  const filters = knownCategories(estate, filtersOf(state));
  const result = applyFilters(estate, filters);
  const ordered = inOrder(result.matches, listRanks(estate, state.sort));
  const words = describeFilters(
    estate,
    filters,
    {
      ...facetLabels(estate, i18n),
      size: estate.sizeUnit ? i18n.t('assets.field.sizeIn', { unit: estate.sizeUnit }) : i18n.t('assets.field.size'),
      q: i18n.t('assets.field.search'),
    },
    i18n,
  );

  // One source that names its records ("properties") counts them with its noun, as the land page does.
  const noun = ownNoun(onlyWords(estate.tables), ordered.length, i18n);
  // The dataset's noun and the site's title are the config's: marked with their language in sentences.
  const marking = markingFor(i18n, languages, [...nounTexts(onlyWords(estate.tables)), config.siteTitle]);
  // The same lines the build wrote for the address without filters (so, there, nothing changes).
  const summary = shortlistSummary(ordered.length, words, noun, marking, fmt);
  const title = root.querySelector('[data-title]') as HTMLElement;
  showParts(title, summary.heading);
  document.title = `${plainText(summary.heading)} · ${config.siteTitle}`;
  const used = root.querySelector('[data-filters-used]') as HTMLElement;
  used.replaceChildren(
    ...summary.filters.map((w) => {
      const li = document.createElement('li');
      li.textContent = w;
      return li;
    }),
  );
  const long = root.querySelector<HTMLElement>('[data-long]');
  if (long) {
    showParts(long, summary.long);
    long.hidden = summary.long === '';
  }
  // The loading line becomes the heading's count, for screen readers only: it is their news that
  // the list is there (the long-list note is read in its place above).
  status.classList.add('visually-hidden');
  showParts(status, summary.heading);
  const back = root.querySelector<HTMLAnchorElement>('[data-back]');
  if (back) back.href = `${config.landUrl}${landSearch(stateOf(filters, { sort: state.sort }))}`;
  const printed = root.querySelector('[data-printed-from]');
  if (printed)
    showParts(printed, marking.t('assets.shortlist.printedFrom', { site: config.siteTitle, url: location.href }));

  const table = document.createElement('table');
  table.className = 'shortlist-table';
  const caption = document.createElement('caption');
  const count = fmt.count(ordered.length);
  const captionText =
    words.length > 0
      ? countText(marking, noun, 'assets.shortlist.captionFiltered', 'assets.shortlist.captionFilteredOwn', {
          count,
          filters: words.join('; '),
        })
      : countText(marking, noun, 'assets.shortlist.caption', 'assets.shortlist.captionOwn', { count });
  showParts(caption, captionText);
  const thead = document.createElement('thead');
  const hr = document.createElement('tr');
  const dict = (list: string[], c: number | undefined): string => (c === undefined || c < 0 ? '' : (list[c] ?? ''));
  // The area, size and owner columns are left out when no listed record has one (a register
  // with no owner column printed an empty "Owner" column on every page of the pack).
  const any = (has: (k: number) => boolean): boolean => ordered.some(has);
  const shown = {
    area: any((k) => (estate.area[k] ?? -1) >= 0),
    size: any((k) => {
      const { table: t, index: i } = assetAt(estate, k);
      return t.size[i] != null;
    }),
    owner: any((k) => {
      const { table: t, index: i } = assetAt(estate, k);
      return dict(t.dict.owner, t.owner[i]) !== '';
    }),
  };
  for (const h of [
    '#',
    i18n.t('assets.shortlist.nameAddress'),
    fieldWord(estate, 'status', i18n.t('assets.field.status')),
    ...(shown.area ? [i18n.t('assets.field.area')] : []),
    ...(shown.size ? [i18n.t('assets.field.size')] : []),
    i18n.t('assets.shortlist.tenureHolding'),
    ...(shown.owner ? [i18n.t('assets.field.owner')] : []),
    i18n.t('assets.table.sourceReference'),
  ]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    hr.append(th);
  }
  thead.append(hr);
  const tbody = document.createElement('tbody');
  // Each dataset's text labels in the page's language, in the order of its texts file's columns.
  const labelsOf = new Map(config.sources.map((s) => [s.id, s.texts?.labels ?? []]));
  const textList = (dataset: string, i: number): HTMLElement | null => {
    const columns = textsOf(dataset)?.columns ?? [];
    const dl = document.createElement('dl');
    dl.className = 'texts';
    columns.forEach((c, j) => {
      const text = c.values[i];
      if (!text) return;
      const label = labelsOf.get(dataset)?.[j] ?? { text: c.label };
      const dt = document.createElement('dt');
      dt.textContent = label.text;
      // A label is config text, in the data's language unless it falls back to the default one.
      const labelLang = label.lang ?? dataLanguage;
      if (labelLang) dt.lang = labelLang;
      const dd = document.createElement('dd');
      if (dataLanguage) dd.lang = dataLanguage;
      for (const run of textRuns(text)) {
        if (run.href === undefined) dd.append(run.text);
        else {
          const link = document.createElement('a');
          link.href = run.href;
          link.rel = 'noopener';
          link.textContent = run.text;
          dd.append(link);
        }
      }
      dl.append(dt, dd);
    });
    return dl.childElementCount > 0 ? dl : null;
  };
  const row = (k: number, n: number): HTMLTableRowElement => {
    const { table: t, index: i } = assetAt(estate, k);
    const tr = document.createElement('tr');
    const cell = (...content: (string | Node)[]): HTMLTableCellElement => {
      const td = document.createElement('td');
      td.append(...content);
      tr.append(td);
      return td;
    };
    // A cell of the data's or the config's text alone, with its language where it is not the page's.
    const textCell = (text: string): HTMLTableCellElement => {
      const td = cell();
      showContent(td, text, text === '' ? undefined : languageOf(text));
      return td;
    };
    cell(String(n + 1));
    const a = document.createElement('a');
    a.href = `${config.landUrl}${assetPath(t, i).replace(/^land\//, '')}`;
    // A name or address is the data's; the "unnamed" fallback is the interface's.
    showContent(a, labelOf(t, i, i18n), t.name[i] || t.address[i] ? dataLanguage : undefined);
    const address = [secondLine(t, i), t.postcode[i] ?? '']
      .filter((v) => v !== '' && !labelOf(t, i).includes(v))
      .join(', ');
    const addr = document.createElement('span');
    addr.className = 'ref';
    showContent(addr, address, address === '' ? undefined : dataLanguage);
    const texts = textList(t.dataset, i);
    cell(a, addr, ...(texts ? [texts] : []));
    cell(statusBadge(categoryAt(estate, k)));
    if (shown.area) textCell(estate.dict.area[estate.area[k] as number]?.name ?? '');
    const size = t.size[i];
    if (shown.size) cell(size == null ? '' : formatAssetSize(fmt, size, t.sizeUnit)).className = 'num';
    textCell([dict(t.dict.tenure, t.tenure[i]), dict(t.dict.holding, t.holding[i])].filter(Boolean).join(' · '));
    if (shown.owner) textCell(dict(t.dict.owner, t.owner[i]));
    const ref = document.createElement('span');
    ref.className = 'ref';
    ref.textContent = t.id[i] ?? '';
    const title = estate.sources[estate.source[k] as number]?.title ?? '';
    const titleLang = title === '' ? undefined : languageOf(title);
    cell(...partNodes([titleLang === undefined ? { text: title } : { text: title, lang: titleLang }]), ref);
    return tr;
  };
  table.append(caption, thead, tbody);
  const wrap = root.querySelector('[data-table-wrap]') as HTMLElement;
  // Eight columns are wider than a phone: the table scrolls inside its own region (reachable by
  // keyboard, named by its caption) rather than the page scrolling sideways. Print shows it whole.
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', plainText(captionText));
  wrap.replaceChildren(table);

  // A phone lays out a long table slowly (a thousand rows held its main thread for seconds, and
  // the UK register's nine thousand for longer than Lighthouse would wait): the screen lists the
  // first rows and a button adds the rest; printing always adds every row first.
  let added = 0;
  const addRows = (until: number): void => {
    const rows: HTMLTableRowElement[] = [];
    for (; added < Math.min(until, ordered.length); added++) rows.push(row(ordered[added] as number, added));
    tbody.append(...rows);
  };
  const more = root.querySelector<HTMLElement>('[data-more]');
  const addAll = (): void => {
    addRows(ordered.length);
    if (more) more.hidden = true;
  };
  addRows(SCREEN_ROWS);
  if (added < ordered.length && more) {
    const text = more.querySelector('[data-more-text]');
    if (text)
      text.textContent = i18n.t('assets.shortlist.partial', {
        shown: fmt.count(added),
        count: fmt.count(ordered.length),
      });
    const button = more.querySelector<HTMLButtonElement>('button');
    if (button) {
      button.textContent = i18n.t('assets.shortlist.showAll', { count: fmt.count(ordered.length) });
      button.addEventListener('click', () => {
        addAll();
        // The button is gone: keep the keyboard where the new rows begin.
        wrap.focus();
      });
    }
    more.hidden = false;
  }
  window.addEventListener('beforeprint', addAll);
  root.querySelector('[data-print]')?.addEventListener('click', () => {
    addAll();
    window.print();
  });
  root.dataset['ready'] = 'true';
  delete root.dataset['pending'];
}
