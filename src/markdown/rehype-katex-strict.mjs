// rehype-katex reports a formula it cannot parse as a warning and renders it
// in red; a course must not ship a broken formula, so the build fails instead.
import rehypeKatex from 'rehype-katex';

/** rehype-katex, but a KaTeX parse error fails the build, naming the file, line and formula. */
export default function rehypeKatexStrict(options = {}) {
  const render = rehypeKatex.call(this, options);
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
  };
}
