// The release-note parser: the safe subset it understands, and hostile notes that must come out as inert text.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, renderBlocks, safeHref, type Block, type Inline } from '../../src/lib/markdown.ts';

/** Every link target anywhere in the tree. */
function hrefs(blocks: Block[]): string[] {
  const out: string[] = [];
  const walk = (ns: Inline[]) => {
    for (const n of ns) {
      if (n.type === 'link') out.push(n.href);
      if ('children' in n) walk(n.children);
    }
  };
  for (const b of blocks) {
    if (b.type === 'ul') b.items.forEach(walk);
    else walk(b.children);
  }
  return out;
}

/** The text a reader would see, markers removed. */
function text(ns: Inline[]): string {
  return ns.map((n) => ('children' in n ? text(n.children) : n.text)).join('');
}

describe('release notes (Markdown subset)', () => {
  it('reads paragraphs, headings, bullet lists, bold, italic, code and links', () => {
    const blocks = parseMarkdown(
      [
        '# Publicatie van juni 2025',
        '',
        'Toegevoegd: de cijfers van **2024**, *voorlopig*.',
        'Zie [het rapport](https://www.nza.nl/rapport) en [de dataset](#/dataset/wachtlijsten).',
        '',
        '- wachtlijsten: `aantal` herzien',
        '* rechtmatigheid',
        '  met een lange regel',
        '',
        '## Kleinere wijzigingen ##',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.type)).toEqual(['h', 'p', 'ul', 'h']);
    expect(blocks[0]).toEqual({ type: 'h', level: 1, children: [{ type: 'text', text: 'Publicatie van juni 2025' }] });
    expect(blocks[3]).toMatchObject({
      type: 'h',
      level: 2,
      children: [{ type: 'text', text: 'Kleinere wijzigingen' }],
    });
    const p = blocks[1] as Extract<Block, { type: 'p' }>;
    expect(p.children.slice(0, 4)).toEqual([
      { type: 'text', text: 'Toegevoegd: de cijfers van ' },
      { type: 'strong', children: [{ type: 'text', text: '2024' }] },
      { type: 'text', text: ', ' },
      { type: 'em', children: [{ type: 'text', text: 'voorlopig' }] },
    ]);
    expect(text(p.children)).toBe('Toegevoegd: de cijfers van 2024, voorlopig. Zie het rapport en de dataset.');
    expect(hrefs(blocks)).toEqual(['https://www.nza.nl/rapport', '#/dataset/wachtlijsten']);
    const ul = blocks[2] as Extract<Block, { type: 'ul' }>;
    expect(ul.items).toHaveLength(2);
    expect(ul.items[0]).toEqual([
      { type: 'text', text: 'wachtlijsten: ' },
      { type: 'code', text: 'aantal' },
      { type: 'text', text: ' herzien' },
    ]);
    expect(text(ul.items[1])).toBe('rechtmatigheid met een lange regel');
  });

  it('keeps underscores in codes and unmatched markers as text', () => {
    expect(parseInline('kosten_wlz en zz_regios')).toEqual([{ type: 'text', text: 'kosten_wlz en zz_regios' }]);
    expect(parseInline('2 * 3 = 6 en **open')).toEqual([{ type: 'text', text: '2 * 3 = 6 en **open' }]);
    expect(parseInline('*a **b** c*')).toEqual([
      {
        type: 'em',
        children: [
          { type: 'text', text: 'a ' },
          { type: 'strong', children: [{ type: 'text', text: 'b' }] },
          { type: 'text', text: ' c' },
        ],
      },
    ]);
    expect(parseInline('\\*niet cursief\\*')).toEqual([{ type: 'text', text: '*niet cursief*' }]);
  });

  it('shows HTML as text and drops links that are not http(s) or relative', () => {
    const hostile = [
      '<script>alert(1)</script> <img src=x onerror=alert(2)>',
      '[a](javascript:alert(3)) [b](JAVASCRIPT:alert(4)) [c]( java\tscript:alert(5)) [d](data:text/html,<b>x</b>)',
      '[e](vbscript:msgbox) [f](//evil.example/x) [g](/\\evil.example) [h](mailto:a@b.nl) [i](javascript&colon;alert(6))',
      '[**j**](https://ok.example/?q=1 "titel") [k](./releases/2025.md) [l](java\nscript:alert(7))',
    ].join('\n\n');
    const blocks = parseMarkdown(hostile);
    // Only the http(s) and the relative links survive (an entity is not decoded: it is a harmless relative path).
    expect(hrefs(blocks)).toEqual(['javascript&colon;alert(6)', 'https://ok.example/?q=1', './releases/2025.md']);
    const first = blocks[0] as Extract<Block, { type: 'p' }>;
    expect(first.children).toEqual([{ type: 'text', text: '<script>alert(1)</script> <img src=x onerror=alert(2)>' }]);
    // A refused link keeps its text, so nothing the author wrote silently disappears.
    const second = blocks[1] as Extract<Block, { type: 'p' }>;
    expect(text(second.children)).toBe('a b c d');
    expect(second.children.every((n) => n.type === 'text')).toBe(true);
  });

  it('judges link targets the way a browser reads their scheme', () => {
    for (const ok of [
      'https://www.nza.nl',
      'HTTP://x.nl/a',
      '#/over',
      'releases/2025-06.md',
      '/data/index.json',
      '?a=b',
    ])
      expect(safeHref(ok), ok).toBe(ok);
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\u0000script:alert(1)',
      'jav\tascript:x',
      '\u0001javascript:x',
      'data:text/html,x',
      'file:///etc/passwd',
      '//evil.example',
      '\\\\evil.example',
      'weird:thing',
      '',
    ])
      expect(safeHref(bad), JSON.stringify(bad)).toBeNull();
  });

  it('survives deeply nested and very long hostile input', () => {
    const deep = '**'.repeat(20_000) + 'x' + '**'.repeat(20_000);
    expect(() => parseMarkdown(deep)).not.toThrow();
    const brackets = '['.repeat(5000) + 'x](javascript:y)';
    expect(hrefs(parseMarkdown(brackets))).toEqual([]);
  });

  it('builds elements with text nodes only: hostile HTML stays text, headings move down', () => {
    const { document } = parseHTML('<!doctype html><html><body><div id="t"></div></body></html>');
    const target = document.getElementById('t')!;
    target.innerHTML = '<p>old</p>';
    renderBlocks(
      target,
      parseMarkdown(
        '# Kop\n\n<script>alert(1)</script> **<img src=x onerror=alert(2)>** [x](javascript:alert(3)) [y](https://nza.nl)\n\n- `<b>`',
      ),
      2,
    );
    expect([...target.children].map((e) => e.localName)).toEqual(['h3', 'p', 'ul']);
    expect(target.querySelectorAll('script, img, b').length).toBe(0);
    expect(target.querySelector('p')!.textContent).toBe('<script>alert(1)</script> <img src=x onerror=alert(2)> x y');
    expect(target.querySelector('p strong')!.textContent).toBe('<img src=x onerror=alert(2)>');
    expect([...target.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://nza.nl']);
    expect(target.querySelector('li code')!.textContent).toBe('<b>');
    expect(target.textContent).not.toContain('old');
  });
});
