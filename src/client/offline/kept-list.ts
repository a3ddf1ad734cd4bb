/**
 * The list of pages kept on this device (on the offline pages): each with a link, when
 * it was kept and its size, and a button that removes it. Titles are page text, set
 * as text, never as markup.
 */
import { askServiceWorker, NoServiceWorker } from './ask-service-worker.ts';
import { pageTranslator } from '../page-messages.ts';
import { problemOf, problemText } from '../../lib/offline/problem-text.ts';
import { keptBytes, type KeptIndex } from '../../lib/offline/kept-pages.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { markText } from '../../lib/i18n/config-text.ts';
import { showContent, showParts } from '../text-parts.ts';

type OnRemove = (url: string, title: string, lang: string | undefined) => void;

function render(root: HTMLElement, index: KeptIndex, t: Translator, onRemove: OnRemove) {
  const list = root.querySelector<HTMLUListElement>('[data-kept-items]');
  const summary = root.querySelector<HTMLElement>('[data-kept-summary]');
  if (!list || !summary) return;
  summary.textContent =
    index.pages.length === 0
      ? t.t('offline.list.empty')
      : t.t('offline.list.count', { count: index.pages.length, size: t.bytes(keptBytes(index)) });
  list.replaceChildren(
    ...index.pages.map((page) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      // The title is in its own language, which may not be this list's (one list for every language).
      showContent(link, page.title, page.lang);
      const meta = document.createElement('span');
      meta.className = 'kept-meta';
      meta.textContent = t.t('offline.list.keptOn', { date: t.date(page.keptAt), size: t.bytes(page.bytes) });
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = t.t('offline.list.remove');
      remove.setAttribute('aria-label', t.t('offline.list.removeLabel', { title: page.title }));
      remove.addEventListener('click', () => onRemove(page.url, page.title, page.lang));
      li.append(link, ' ', meta, ' ', remove);
      return li;
    }),
  );
  list.hidden = index.pages.length === 0;
}

/** Fills the list in `root` ([data-kept-list]) and keeps it in step with removals. */
export async function mountKeptList(root: HTMLElement): Promise<void> {
  const t = pageTranslator(root.querySelector('[data-messages]'));
  const status = root.querySelector<HTMLElement>('[data-kept-status]');
  const heading = root.querySelector<HTMLElement>('[data-kept-heading]');
  const remove = async (url: string, title: string, lang: string | undefined) => {
    const reply = await askServiceWorker({ type: 'remove', url });
    if (reply.index) render(root, reply.index, t, (u, ti, l) => void remove(u, ti, l));
    if (status)
      showParts(
        status,
        reply.ok
          ? t.t('offline.list.removed', { title: markText(title, lang) })
          : t.t('offline.list.failed', { reason: problemText(reply.problem, t) }),
      );
    // The pressed button is gone: focus moves to the list's heading, not to the page's top.
    heading?.focus();
  };
  try {
    const reply = await askServiceWorker({ type: 'list' });
    if (reply.index) render(root, reply.index, t, (u, ti, l) => void remove(u, ti, l));
    if (!reply.ok && status) status.textContent = t.t('offline.list.failed', { reason: problemText(reply.problem, t) });
  } catch (error) {
    const summary = root.querySelector<HTMLElement>('[data-kept-summary]');
    if (summary)
      summary.textContent =
        error instanceof NoServiceWorker
          ? t.t('offline.list.unsupported')
          : t.t('offline.list.failed', { reason: problemText(problemOf(error), t) });
  }
}
