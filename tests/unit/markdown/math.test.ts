import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatexStrict from '../../../src/markdown/rehype-katex-strict.mjs';
import { styledChar, styledText } from '../../../src/markdown/math-variants.mjs';

/** Markdown with $math$ to HTML through the course's math pipeline. */
async function html(markdown: string): Promise<string> {
  const md = await createMarkdownProcessor({
    syntaxHighlight: false,
    remarkPlugins: [remarkMath],
    rehypePlugins: [rehypeKatexStrict],
  });
  return (await md.render(markdown)).code;
}

describe('styled letters for MathML Core', () => {
  it('maps letters to the Mathematical Alphanumeric Symbols, holes included', () => {
    // Code points from the Unicode charts (U+1D400 block and Letterlike Symbols).
    expect(styledChar('L', 'script')).toBe('\u2112'); // ℒ, a hole in the script range
    expect(styledChar('B', 'script')).toBe('\u212C'); // ℬ
    expect(styledChar('A', 'script')).toBe('\u{1D49C}'); // 𝒜
    expect(styledChar('T', 'sans-serif')).toBe('\u{1D5B3}'); // 𝖳
    expect(styledChar('R', 'double-struck')).toBe('\u211D'); // ℝ
    expect(styledChar('E', 'double-struck')).toBe('\u{1D53C}'); // 𝔼
    expect(styledText('W1', 'bold')).toBe('\u{1D416}\u{1D7CF}'); // 𝐖𝟏
    expect(styledChar('h', 'italic')).toBe('\u210E'); // ℎ
    expect(styledChar('α', 'script')).toBe('α'); // no styled form: unchanged
  });
});

describe('the course renders formulas as slim MathML', () => {
  it('keeps one <math> per formula, no KaTeX HTML, no TeX annotation', async () => {
    const out = await html(
      'Loss $\\mathcal{L}$ and\n\n$$\nJ = \\frac{1}{m}\\sum_i \\mathcal{L}_i\n$$\n',
    );
    expect(out).not.toContain('katex-html');
    expect(out).not.toContain('<annotation');
    expect(out).not.toContain('<semantics');
    expect(out).not.toContain('mathvariant="script"');
    expect(out.match(/<math/g)).toHaveLength(2);
    expect(out).toContain('<mi>ℒ</mi>');
    // The display formula sits in a wrapper that lays it out and scrolls it.
    expect(out).toMatch(/<span class="katex-display"><math[^>]*display="block">/);
  });

  it('writes out TeX spacing for a sign after "=" and for function names', async () => {
    const out = await html('$b = -1$, $y \\log S$, $\\log(x)$');
    // "= −1": the minus is a sign, without space on either side.
    expect(out).toContain('<mo>=</mo><mo lspace="0" rspace="0">−</mo><mn>1</mn>');
    // "y log S": thin space before the name and after it; "log(x)": none after.
    expect(out).toContain(
      '<mi>y</mi><mspace width="0.1667em"></mspace><mi>log</mi><mo rspace="0.1667em">\u2061</mo><mi>S</mi>',
    );
    expect(out).toContain('<mi>log</mi><mo>\u2061</mo><mo stretchy="false">(</mo>');
  });

  it('still fails on a formula KaTeX cannot parse, naming the line', async () => {
    await expect(html('fine\n\n$\\frac{1}{$\n')).rejects.toThrow(/line 3/);
  });
});

describe('tables in formulas, laid out for MathML Core', () => {
  it('aligns the columns of `aligned` right then left, with no padding between', async () => {
    const out = await html('$$\n\\begin{aligned} z_1 &= 0.5 \\\\ z_2 &= -0.5 \\end{aligned}\n$$\n');
    expect(out).not.toContain('columnalign');
    expect(
      out.match(/<mtd style="text-align:right;padding-inline:0em;padding-block:0.125em"[^>]*>/g),
    ).toHaveLength(2);
    expect(
      out.match(/<mtd style="text-align:left;padding-inline:0em;padding-block:0.125em"[^>]*>/g),
    ).toHaveLength(2);
    // "= −0.5": the minus after "=" is a sign.
    expect(out).toContain('<mo>=</mo><mo lspace="0" rspace="0">−</mo><mn>0.5</mn>');
  });

  it('gives matrix cells half the column spacing on each side', async () => {
    const out = await html('$\\begin{bmatrix} a & b \\end{bmatrix}$');
    expect(
      out.match(/<mtd style="text-align:center;padding-inline:0.5em;padding-block:0.08em">/g),
    ).toHaveLength(2);
  });

  it('treats a minus after a comma and a written space as a sign', async () => {
    const out = await html('$(1.0,\\ -1.0)$');
    expect(out).toContain('<mo lspace="0" rspace="0">−</mo><mn>1.0</mn>');
  });
});

describe('accents', () => {
  it('draws \\hat and \\tilde with the modifier letters, not ASCII ^ and ~', async () => {
    const out = await html('$\\hat{y} + \\tilde{x}$');
    expect(out).toContain('<mover accent="true"><mi>y</mi><mo>\u02C6</mo></mover>');
    expect(out).toContain('<mover accent="true"><mi>x</mi><mo>\u02DC</mo></mover>');
  });
});
