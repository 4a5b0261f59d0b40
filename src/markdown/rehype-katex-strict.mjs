// rehype-katex reports a formula it cannot parse as a warning and renders it
// in red; a course must not ship a broken formula, so the build fails instead.
//
// The course ships MathML only (KaTeX's `output: 'mathml'`): browsers render
// it natively with the self-hosted STIX Two Math font (src/styles/math.css),
// screen readers read it, and a page holds one copy of each formula instead
// of KaTeX's HTML copy plus its MathML (a third to a half of a lesson's
// elements). What KaTeX's MathML leaves to MathML 3 features that MathML Core
// ignores is written out here: styled letters as Unicode characters and TeX's
// accent glyphs (math-variants.mjs), two of TeX's spacing rules
// (math-spacing.mjs), table alignment and spacing (math-tables.mjs); groups
// that lay out as nothing in MathML Core are removed (math-rows.mjs). Display
// formulas keep a `.katex-display` wrapper for layout and scrolling. The TeX
// source is not kept in the page (search would index it as text).
import rehypeKatex from 'rehype-katex';
import { applyMathSpacing } from './math-spacing.mjs';
import { applyTableLayout } from './math-tables.mjs';
import { applyAccents, applyMathVariants } from './math-variants.mjs';
import { flattenRows } from './math-rows.mjs';

const hasClass = (node, name) => {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.includes(name) : c === name;
};

/** True when a hast element is a `<math display="block">`. */
const isBlockMath = (node) =>
  node.type === 'element' && node.tagName === 'math' && node.properties?.display === 'block';

/**
 * The `<math>` element of a KaTeX result, slimmed: KaTeX wraps the formula in
 * <semantics> with its TeX source as an <annotation> (which search indexes
 * as raw TeX) and an outer <mrow> that <math> already implies. Dropping those
 * wrappers and KaTeX's <span class="katex"> saves four elements a formula.
 */
function slim(math) {
  const [semantics] = math.children.filter((c) => c.type === 'element');
  if (semantics?.tagName === 'semantics') {
    const [body] = semantics.children.filter((c) => c.type === 'element');
    math.children = body?.tagName === 'mrow' ? body.children : body ? [body] : [];
  }
  applyMathVariants(math);
  applyAccents(math);
  applyMathSpacing(math);
  applyTableLayout(math);
  // Last: the passes above read KaTeX's own grouping.
  flattenRows(math);
  return math;
}

/** Replaces each KaTeX result by its slim <math>, display formulas in a `.katex-display` wrapper. */
function finish(parent) {
  parent.children?.forEach((child, i) => {
    if (child.type !== 'element') return;
    const math = hasClass(child, 'katex') && child.children?.find((c) => c.tagName === 'math');
    if (!math) return finish(child);
    const slimmed = slim(math);
    parent.children[i] =
      isBlockMath(slimmed) && !hasClass(parent, 'katex-display')
        ? {
            type: 'element',
            tagName: 'span',
            properties: { className: ['katex-display'] },
            children: [slimmed],
          }
        : slimmed;
  });
}

/** rehype-katex with MathML output, but a KaTeX parse error fails the build, naming the file, line and formula. */
export default function rehypeKatexStrict(options = {}) {
  const render = rehypeKatex.call(this, { output: 'mathml', ...options });
  return function (tree, file) {
    const before = file.messages.length;
    render(tree, file);
    const errors = file.messages.slice(before).filter((m) => m.source === 'rehype-katex');
    if (errors.length > 0) {
      const where = file.path ?? 'an unnamed Markdown file';
      const lines = errors.map((m) => {
        const line = m.place?.start?.line ?? m.line ?? '?';
        return `  line ${line}: ${m.cause?.message ?? m.reason}`;
      });
      throw new Error(
        `KaTeX could not render ${errors.length} formula(s) in ${where}:\n${lines.join('\n')}`,
      );
    }
    finish(tree);
  };
}
