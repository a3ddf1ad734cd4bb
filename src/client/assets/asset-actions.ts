/**
 * The asset page's actions: print, and prepare a nomination draft (a printable
 * HTML page opened from a Blob, or a .txt download). Everything happens on the
 * device; the asset's details come from the page's data attribute.
 */
import {
  buildNomination,
  nominationFileName,
  nominationText,
  type NominationInput,
} from '../../lib/assets/nomination.ts';
import { downloadText } from '../download-file.ts';
import { nominationHtml } from './nomination-html.ts';
import { pageTranslator } from '../page-messages.ts';

interface PanelData {
  input: Omit<NominationInput, 'asset'> & { asset: Omit<NominationInput['asset'], 'pageUrl'> };
  dataset: string;
  slug: string;
}

export function initAssetActions(): void {
  const panel = document.querySelector<HTMLElement>('[data-nomination]');
  if (panel === null) return;
  const data = JSON.parse(panel.dataset['nomination'] ?? '{}') as PanelData;
  const status = panel.querySelector<HTMLElement>('[data-action-status]');
  const tr = pageTranslator(panel.querySelector('[data-action-messages]'));
  const say = (text: string): void => {
    if (status) status.textContent = text;
  };
  panel.hidden = false;
  const doc = () => {
    const pageUrl = `${location.origin}${location.pathname}`;
    return buildNomination({ ...data.input, asset: { ...data.input.asset, pageUrl } }, tr);
  };
  panel.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-nominate]')) {
    button.addEventListener('click', () => {
      const kind = button.dataset['nominate'] === 'txt' ? 'txt' : 'html';
      const d = doc();
      if (kind === 'txt') {
        const name = nominationFileName(data.dataset, data.slug, 'txt');
        downloadText(nominationText(d), name, 'text/plain;charset=utf-8');
        say(tr.t('assets.action.saved', { name }));
        return;
      }
      const html = nominationHtml(d, document.documentElement.lang || 'en');
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      const opened = window.open(url, '_blank');
      if (opened === null) {
        // Pop-ups blocked: save the page instead.
        const name = nominationFileName(data.dataset, data.slug, 'html');
        downloadText(html, name, 'text/html;charset=utf-8');
        say(tr.t('assets.action.savedOpen', { name }));
      } else {
        say(tr.t('assets.action.opened'));
      }
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });
  }
}
