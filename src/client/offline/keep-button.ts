/**
 * "Keep this page for offline use": loaded on the first press. Asks the service worker
 * to keep (or remove) this page with every file it needs and says what happened in the
 * component's status line. The button's two labels are in the page already; the
 * component's `data-kept` attribute chooses which shows.
 */
import { askServiceWorker, NoServiceWorker } from './ask-service-worker.ts';
import { pageData, pageTranslator } from '../page-messages.ts';
import { problemOf, problemText } from '../../lib/offline/problem-text.ts';

/** Keeps or removes the page of the component `root` ([data-keep-offline]). */
export async function toggleKept(root: HTMLElement): Promise<void> {
  const block = root.querySelector('[data-messages]');
  const t = pageTranslator(block);
  const status = root.querySelector<HTMLElement>('[data-keep-status]');
  const button = root.querySelector<HTMLButtonElement>('button');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const url = `${location.origin}${location.pathname}`;
  const kept = root.dataset.kept === 'true';
  if (button) button.disabled = true;
  if (!kept) say(t.t('offline.keep.working'));
  try {
    const reply = await askServiceWorker(
      kept
        ? { type: 'remove', url }
        : {
            type: 'keep',
            url,
            title: pageData(block).title ?? document.title,
            lang: pageData(block).titleLang ?? document.documentElement.lang,
          },
    );
    if (!reply.ok) {
      say(t.t('offline.keep.failed', { reason: problemText(reply.problem, t) }));
      return;
    }
    const page = reply.index.pages.find((p) => p.url === url);
    root.dataset.kept = page ? 'true' : 'false';
    say(
      page
        ? t.t('offline.keep.done', { files: page.files.length, size: t.bytes(page.bytes) })
        : t.t('offline.keep.removed'),
    );
  } catch (error) {
    say(
      t.t('offline.keep.failed', {
        reason: error instanceof NoServiceWorker ? t.t('offline.keep.noWorker') : problemText(problemOf(error), t),
      }),
    );
  } finally {
    if (button) button.disabled = false;
  }
}
