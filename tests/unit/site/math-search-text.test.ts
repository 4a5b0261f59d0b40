import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { markMathForSearch } from '../../../src/markdown/math-search-text.mjs';

/** KaTeX's HTML for `tex`, marked for search, reparsed as a DOM-less tree and serialized. */
const marked = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  markMathForSearch(tree);
  return toHtml(tree);
};
const attr = (html: string) => /data-search-text="([^"]*)"/.exec(html)?.[1];

describe('each formula is indexed once, as its plain reading', () => {
  it('with KaTeX HTML plus MathML: the reading has no TeX, and every copy is ignored', () => {
    const html = marked(katex.renderToString('\\hat{y} = w \\, x', { output: 'htmlAndMathml' }));
    expect(attr(html)).toBe('y ^ = w x');
    expect(html).toContain('data-pagefind-index-attrs="data-search-text"');
    // The MathML copy (with its TeX annotation) and the visual copy are both skipped.
    expect(html.match(/data-pagefind-ignore/g)).toHaveLength(2);
  });

  it('with MathML-only output, wrapped in .katex or bare, display or inline', () => {
    const wrapped = marked(
      katex.renderToString('\\sigma(z)(1 - \\sigma(z))', { output: 'mathml', displayMode: true }),
    );
    expect(attr(wrapped)).toBe('σ ( z ) ( 1 − σ ( z ) )');
    // A bare <math> (the .katex span dropped, TeX annotation removed) is marked itself.
    const bare = marked(
      '<span class="katex-display"><math display="block"><mi>a</mi><mo>=</mo><mn>2</mn></math></span>',
    );
    expect(attr(bare)).toBe('a = 2');
    expect(bare).toMatch(/<math[^>]*data-pagefind-index-attrs="data-search-text"/);
    expect(bare.match(/data-pagefind-ignore/g)).toHaveLength(3);
  });

  it('leaves text that is not a formula alone', () => {
    expect(marked('<p>No maths here.</p>')).toBe('<p>No maths here.</p>');
  });
});
