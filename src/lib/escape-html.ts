/** Text as HTML that displays exactly that text: `&`, `<`, `>`, `"` and `'` become character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
