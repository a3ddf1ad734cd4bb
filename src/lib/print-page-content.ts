/**
 * A CSS `content` value for a printed page's "Page 2 of 5" line in the language of
 * the message: `text` holds `\u0001` where the page number goes and `\u0002` where
 * the page count goes (the message filled with those marks), and comes back as
 * quoted strings around `counter(page)` and `counter(pages)`, in the message's order.
 */
const COUNTERS: Readonly<Record<string, string>> = { '\u0001': 'counter(page)', '\u0002': 'counter(pages)' };

const cssString = (s: string): string => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]/g, ' ')}"`;

export function printPageContent(text: string): string {
  const parts: string[] = [];
  let run = '';
  for (const ch of text) {
    const counter = COUNTERS[ch];
    if (counter === undefined) {
      run += ch;
      continue;
    }
    if (run !== '') parts.push(cssString(run));
    parts.push(counter);
    run = '';
  }
  if (run !== '') parts.push(cssString(run));
  return parts.join(' ');
}
