// Release notes are Markdown written by an analyst (`--notes FILE`). The site shows a small, safe subset of it:
// paragraphs, headings, bullet lists, **bold**, *italic*, `code` and [links](url). The parser returns a tree
// of plain data that the view turns into elements itself, so no text from a note ever becomes HTML: a
// "<script>" in a note is shown as those characters, and a link survives only with an http(s) or relative URL.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'p'; children: Inline[] }
  | { type: 'h'; level: number; children: Inline[] }
  | { type: 'ul'; items: Inline[][] };

/** Deeper nesting is shown as text: a hostile note of thousands of "**" cannot exhaust the stack. */
const MAX_DEPTH = 8;

/**
 * The URL a link may point to, or null. Browsers drop control characters and spaces when they read a scheme
 * ("java\tscript:" is javascript:), so the scheme is judged on the cleaned string. Protocol-relative URLs
 * ("//host", "/\host") count as other hosts without a scheme and are refused: external links say https.
 */
export function safeHref(raw: string): string | null {
  const url = raw.trim();
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be removed here
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (cleaned === '') return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (scheme) return /^https?$/i.test(scheme[1]) ? url : null;
  if (/^[/\\]{2}/.test(cleaned)) return null;
  // A colon before any / ? # would be read as a scheme by some parser; such a "relative" URL is not needed.
  if (/^[^/?#]*:/.test(cleaned)) return null;
  return url;
}

function pushText(out: Inline[], text: string) {
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += text;
  else if (text) out.push({ type: 'text', text });
}

/** The ")" that closes a link target opened before `from`, with balanced parentheses inside; -1 if none. */
function closingParen(s: string, from: number): number {
  let open = 0;
  for (let j = from; j < s.length; j++) {
    if (s[j] === '(') open++;
    else if (s[j] === ')' && open-- === 0) return j;
  }
  return -1;
}

const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Inline Markdown of one paragraph, heading or list item. Unmatched markers stay as they are. */
export function parseInline(s: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '\\' && i + 1 < s.length && /[\\`*_[\]()#+\-.!]/.test(s[i + 1])) {
      pushText(out, s[i + 1]);
      i += 2;
      continue;
    }
    if (ch === '`') {
      const end = s.indexOf('`', i + 1);
      if (end > i + 1) {
        out.push({ type: 'code', text: s.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (depth < MAX_DEPTH && s.startsWith('**', i)) {
      const end = s.indexOf('**', i + 2);
      if (end > i + 2) {
        out.push({ type: 'strong', children: parseInline(s.slice(i + 2, end), depth + 1) });
        i = end + 2;
        continue;
      }
    }
    // Underscores inside words (kosten_wlz, a code) are not emphasis.
    if (depth < MAX_DEPTH && (ch === '*' || (ch === '_' && !isWord(s[i - 1]))) && s[i + 1] !== ch && s[i + 1] !== ' ') {
      // The closing marker: not half of a "**" pair, and for "_" not followed by a letter.
      let end = i + 1;
      while ((end = s.indexOf(ch, end)) !== -1 && (s[end + 1] === ch || (ch === '_' && isWord(s[end + 1])))) end += 2;
      if (end > i + 1 && s[end - 1] !== ' ') {
        out.push({ type: 'em', children: parseInline(s.slice(i + 1, end), depth + 1) });
        i = end + 1;
        continue;
      }
    }
    if (depth < MAX_DEPTH && ch === '[') {
      const close = s.indexOf('](', i + 1);
      const end = close > i ? closingParen(s, close + 2) : -1;
      if (close > i && end > close) {
        // `[text](url "title")`: the title is dropped. Anything else is the URL, spaces included, so that
        // "java script:" is judged whole (and refused) rather than cut to a harmless-looking "java".
        const inner = s.slice(close + 2, end).trim();
        const target = /^(\S+)\s+"[^"]*"$/.exec(inner)?.[1] ?? inner;
        const children = parseInline(s.slice(i + 1, close), depth + 1);
        const href = safeHref(target);
        if (href) out.push({ type: 'link', href, children });
        else
          for (const c of children) {
            if (c.type === 'text') pushText(out, c.text);
            else out.push(c);
          }
        i = end + 1;
        continue;
      }
    }
    pushText(out, ch);
    i++;
  }
  return out;
}

/** Blocks of a note: "# heading", "- item" (or "*", "+"), and paragraphs separated by blank lines. */
export function parseMarkdown(src: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (para.length) blocks.push({ type: 'p', children: parseInline(para.join(' ')) });
    if (list) blocks.push({ type: 'ul', items: list.map((item) => parseInline(item)) });
    para = [];
    list = null;
  };
  for (const raw of src.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    const heading = /^ {0,3}(#{1,6})\s+(.*?)(\s+#+)?$/.exec(line);
    const item = /^ {0,3}[-*+]\s+(.*)$/.exec(line);
    if (line.trim() === '') flush();
    else if (heading) {
      flush();
      blocks.push({ type: 'h', level: heading[1].length, children: parseInline(heading[2]) });
    } else if (item) {
      if (para.length) flush();
      (list ??= []).push(item[1]);
    } else if (list && /^\s/.test(line)) list[list.length - 1] += ` ${line.trim()}`;
    else {
      if (list) flush();
      para.push(line.trim());
    }
  }
  flush();
  return blocks;
}

function appendInline(doc: Document, parent: Node, nodes: Inline[]): void {
  for (const n of nodes) {
    if (n.type === 'text') parent.appendChild(doc.createTextNode(n.text));
    else if (n.type === 'code') parent.appendChild(doc.createElement('code')).textContent = n.text;
    else {
      const el = doc.createElement(n.type === 'link' ? 'a' : n.type);
      if (n.type === 'link') {
        el.setAttribute('href', n.href);
        el.setAttribute('rel', 'noreferrer');
      }
      appendInline(doc, el, n.children);
      parent.appendChild(el);
    }
  }
}

/**
 * Puts a note's blocks into `target` as elements, text always as text nodes (never parsed as HTML). Headings
 * are shifted down by `headingOffset` levels, so that a note's "#" fits under the page's own headings.
 */
export function renderBlocks(target: Element, blocks: Block[], headingOffset = 0): void {
  const doc = target.ownerDocument;
  target.replaceChildren();
  for (const b of blocks) {
    if (b.type === 'ul') {
      const ul = target.appendChild(doc.createElement('ul'));
      for (const item of b.items) appendInline(doc, ul.appendChild(doc.createElement('li')), item);
    } else {
      const tag = b.type === 'p' ? 'p' : `h${Math.min(6, b.level + headingOffset)}`;
      appendInline(doc, target.appendChild(doc.createElement(tag)), b.children);
    }
  }
}
