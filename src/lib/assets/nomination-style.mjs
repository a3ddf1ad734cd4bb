// The nomination draft's stylesheet and print handler. Their own module (plain JavaScript) so that the build can
// hash them for the content security policy that the draft's tab inherits from the page.

/** CSS of the nomination draft's <style> element, exactly as inserted. */
export const NOMINATION_STYLE = `
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

/** The draft's print button handler (an attribute: the draft is one file with no script of its own). */
export const NOMINATION_PRINT_HANDLER = 'window.print()';
