/**
 * The nomination draft as a standalone HTML document, built with DOM methods
 * (text always set with textContent, never parsed as markup), then serialised.
 * It prints on A4 and has empty boxes for the sections the group completes.
 */
import type { NominationDocument } from '../../lib/assets/nomination.ts';
import {
  NOMINATION_PRINT_HANDLER as PRINT_HANDLER,
  NOMINATION_STYLE as STYLE,
} from '../../lib/assets/nomination-style.mjs';

/** A complete HTML document (as text) for `doc`, in `lang`. */
export function nominationHtml(doc: NominationDocument, lang: string): string {
  const d = document.implementation.createHTMLDocument(doc.title);
  d.documentElement.lang = lang;
  const meta = d.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  d.head.prepend(meta);
  const viewport = d.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  d.head.append(viewport);
  const style = d.createElement('style');
  style.textContent = STYLE;
  d.head.append(style);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
    const e = d.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls !== undefined) e.className = cls;
    return e;
  };
  const body = d.body;
  const print = el('button', doc.printLabel, 'print');
  print.type = 'button';
  print.setAttribute('onclick', PRINT_HANDLER);
  body.append(print, el('h1', doc.title));
  for (const p of doc.intro) body.append(el('p', p));
  body.append(el('h2', doc.factsHeading));
  const table = el('table');
  const tbody = el('tbody');
  for (const f of doc.facts) {
    const tr = el('tr');
    const th = el('th', f.label);
    th.scope = 'row';
    tr.append(th, el('td', f.value));
    tbody.append(tr);
  }
  table.append(tbody);
  body.append(table);
  doc.sections.forEach((s, i) => {
    body.append(el('h2', `${i + 1}. ${s.heading}`), el('p', s.hint, 'hint'));
    const box = el('div', undefined, 'answer');
    box.setAttribute('role', 'textbox');
    box.setAttribute('aria-multiline', 'true');
    box.setAttribute('aria-label', s.heading);
    box.contentEditable = 'true';
    body.append(box);
  });
  const notes = el('div', undefined, 'notes');
  for (const n of doc.notes) notes.append(el('p', n));
  body.append(notes);
  return `<!doctype html>\n${d.documentElement.outerHTML}\n`;
}
