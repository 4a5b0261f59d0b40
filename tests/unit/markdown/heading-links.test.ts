import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatexStrict from '../../../src/markdown/rehype-katex-strict.mjs';
import rehypeScrollMath from '../../../src/markdown/rehype-scroll-math.mjs';
import rehypeHeadingLinks from '../../../src/markdown/rehype-heading-links.mjs';

async function html(markdown: string, rehypePlugins: unknown[]): Promise<string> {
  const md = await createMarkdownProcessor({
    syntaxHighlight: false,
    remarkPlugins: [remarkMath],
    rehypePlugins: rehypePlugins as never,
  });
  return (await md.render(markdown)).code;
}

describe('heading links', () => {
  it('wrap each heading with one link to it, named after its text', async () => {
    const out = await html('## The *output* layer\n\ntext\n\n### The output layer\n', [
      rehypeHeadingLinks,
    ]);
    expect(out).toBe(
      '<div class="sl-heading-wrapper level-h2"><h2 id="the-output-layer">The <em>output</em> layer</h2>' +
        '<a class="sl-anchor-link" href="#the-output-layer" aria-label="Section titled “The output layer”"></a></div>\n' +
        '<p>text</p>\n' +
        // A second heading with the same text gets the next id, as the table of contents links it.
        '<div class="sl-heading-wrapper level-h3"><h3 id="the-output-layer-1">The output layer</h3>' +
        '<a class="sl-anchor-link" href="#the-output-layer-1" aria-label="Section titled “The output layer”"></a></div>',
    );
  });

  it('name a heading with a formula by its symbols', async () => {
    const out = await html('## Shapes of $W^l$\n', [rehypeKatexStrict, rehypeHeadingLinks]);
    expect(out).toContain('aria-label="Section titled “Shapes of Wl”"');
    expect(out).toContain('href="#shapes-of-wl"');
  });
});

describe('display formulas', () => {
  it('are each one focusable, named scroll box around the <math>', async () => {
    const out = await html('$$\nJ = \\frac{1}{m}\n$$\n\nand $x$ inline', [
      rehypeKatexStrict,
      rehypeScrollMath,
    ]);
    expect(out).toMatch(
      /^<div class="math-scroll katex-display" tabindex="0" role="group" aria-label="Formula"><math[^>]*display="block"><mi>J<\/mi>/,
    );
    expect(out.match(/math-scroll/g)).toHaveLength(1);
    expect(out).toContain(
      '<p>and <math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math> inline</p>',
    );
  });
});
