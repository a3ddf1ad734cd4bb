/**
 * The text a visitor can meet on a built page, read from its HTML: every text node (template
 * content included, since scripts show it), the interface attributes (aria-label, title, alt,
 * placeholder, the value of a text or button input, the meta description) and the JSON blocks a
 * page hands its scripts. Each piece says where it was found, for a failure message.
 */
/** One piece of text and where it was on the page. */
export interface PageText {
  /** The element, e.g. `nav > a.brand`, `button @aria-label`, `script#chart-messages messages.chart.title`. */
  where: string;
  text: string;
}

/** A JSON block of a page (`<script type="application/json">`), parsed. */
export interface JsonBlock {
  where: string;
  value: unknown;
}

/** Attributes whose value a visitor sees or hears. */
const TEXT_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
];
/** Inputs whose `value` is shown as text (a button's caption, a filled-in field), not a machine value. */
const SHOWN_VALUE_INPUTS = new Set(['button', 'submit', 'reset', 'text', 'search', '']);
/** Elements without content or end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is raw text up to their end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  middot: '·',
  copy: '©',
  times: '×',
  rarr: '→',
  larr: '←',
};

/** Text with its character references decoded (unknown named ones are left as written). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** An element's tag, id and first class, as the failure message names it. */
interface ElementName {
  tag: string;
  name: string;
}

function nameOf(tag: string, attrs: ReadonlyMap<string, string>): ElementName {
  const id = attrs.get('id');
  const cls = attrs.get('class')?.trim().split(/\s+/)[0];
  return { tag, name: id ? `${tag}#${id}` : cls ? `${tag}.${cls}` : tag };
}

function describe(stack: readonly ElementName[], self: ElementName): string {
  const parent = stack[stack.length - 1];
  return parent && parent.tag !== 'body' && parent.tag !== 'html' ? `${parent.name} > ${self.name}` : self.name;
}

function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
    attrs.set((m[1] as string).toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return attrs;
}

/**
 * The text pieces and JSON blocks of one page's HTML, read by a small tokenizer (built pages are
 * well-formed; a DOM parser takes minutes over a few hundred pages): text nodes, template content
 * included, the interface attributes, and the JSON script blocks, parsed.
 */
export function readPage(html: string): { texts: PageText[]; json: JsonBlock[]; lang: string } {
  const texts: PageText[] = [];
  const json: JsonBlock[] = [];
  const stack: ElementName[] = [];
  let lang = '';
  const push = (where: string, text: string | undefined) => {
    const clean = text?.replace(/\s+/g, ' ').trim();
    if (clean) texts.push({ where, text: clean });
  };
  const tokens =
    /<!--[\s\S]*?-->|<![^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|[^<]+|</g;
  let m: RegExpExecArray | null;
  while ((m = tokens.exec(html)) !== null) {
    const [token, closeTag, openTag, attrSource] = m;
    if (closeTag !== undefined) {
      const tag = closeTag.toLowerCase();
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
    } else if (openTag !== undefined) {
      const tag = openTag.toLowerCase();
      const selfClosing = /\/\s*$/.test(attrSource ?? '');
      const attrs = parseAttributes((attrSource ?? '').replace(/\/\s*$/, ''));
      const self = nameOf(tag, attrs);
      const where = describe(stack, self);
      if (tag === 'html') lang = attrs.get('lang') ?? '';
      for (const name of TEXT_ATTRIBUTES) if (attrs.has(name)) push(`${where} @${name}`, attrs.get(name));
      if (tag === 'input' && SHOWN_VALUE_INPUTS.has((attrs.get('type') ?? '').toLowerCase()))
        push(`${where} @value`, attrs.get('value'));
      if (tag === 'meta' && attrs.get('name')?.toLowerCase() === 'description')
        push('meta[name=description] @content', attrs.get('content'));
      if (RAW.has(tag) && !selfClosing) {
        const closer = new RegExp(`</${tag}`, 'ig');
        closer.lastIndex = tokens.lastIndex;
        const end = closer.exec(html)?.index ?? -1;
        const content = html.slice(tokens.lastIndex, end < 0 ? html.length : end);
        tokens.lastIndex = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
        if (tag === 'script') {
          if ((attrs.get('type') ?? '').toLowerCase() === 'application/json') {
            const data = [...attrs.keys()].filter((a) => a.startsWith('data-')).map((a) => `[${a}]`);
            const blockWhere = attrs.get('id') ? `script#${attrs.get('id')}` : `script${data.join('')}`;
            try {
              json.push({ where: blockWhere, value: JSON.parse(content) });
            } catch {
              push(`${blockWhere} (not JSON)`, content);
            }
          }
        } else if (tag !== 'style') push(where, decodeEntities(content));
      } else if (!VOID.has(tag) && !selfClosing) stack.push(self);
    } else if (!token.startsWith('<!')) {
      const parent = stack[stack.length - 1];
      if (parent) push(describe(stack.slice(0, -1), parent), decodeEntities(token));
    }
  }
  return { texts, json, lang };
}

/** Every string value in a JSON block, each with its path (`messages.chart.title`, `rows[2].label`). */
export function jsonStrings(block: JsonBlock): PageText[] {
  const out: PageText[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push({ where: `${block.where} ${path}`.trim(), text: value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(block.value, '');
  return out;
}
