/**
 * The nomination draft as a standalone HTML document, built with DOM methods
 * (text always set with textContent, never parsed as markup), then serialised.
 * It prints on A4 and has empty boxes for the sections the group completes.
 */
import type { NominationDocument } from '../../lib/assets/nomination.ts';

const STYLE = `
  @page { size: A4; margin: 18mm; }
  body { font: 11pt/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; color: #1b1b1f; max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; }
  h1 { font-size: 1.5rem; margin: 0 0 0.75rem; }
  h2 { font-size: 1.1rem; margin: 1.5rem 0 0.35rem; break-after: avoid; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #c9ced6; }
  th { width: 32%; }
  td { overflow-wrap: anywhere; }
  .hint { color: #4a4f57; margin: 0 0 0.35rem; }
  .answer { border: 1px solid #4a4f57; min-height: 7rem; border-radius: 4px; break-inside: avoid; }
  .notes { margin-top: 2rem; font-size: 0.9rem; color: #4a4f57; }
  .print { margin: 0 0 1rem; padding: 0.4rem 0.8rem; font: inherit; }
  @media print { .print { display: none; } body { margin: 0; max-width: none; } }
`;

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
  const print = el('button', 'Print or save as PDF', 'print');
  print.type = 'button';
  print.setAttribute('onclick', 'window.print()');
  body.append(print, el('h1', doc.title));
  for (const p of doc.intro) body.append(el('p', p));
  body.append(el('h2', 'What the register says'));
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
