// A plain-text reading of short Markdown with $math$, for accessible names:
// accessibility tools do not read MathML into a label's name, so a choice
// written only in math would otherwise have no name at all.
import katex from 'katex';

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
};

/** The characters of a formula as KaTeX's MathML spells them, e.g. "n_l \\times n_{l-1}" → "nl × nl−1". */
function mathText(tex: string): string {
  const mathml = katex.renderToString(tex, { output: 'mathml', throwOnError: false });
  return mathml
    .replace(/<annotation[\s\S]*?<\/annotation>/g, '')
    .replace(/<\/(mi|mn|mo|mtext)>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&[#\w]+;/g, (e) => entities[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Markdown text with $…$ math turned into plain text; Markdown emphasis marks dropped. */
export function speakable(markdown: string): string {
  return markdown
    .replace(/\$\$?([^$]+?)\$\$?/g, (_, tex: string) => mathText(tex))
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text holds inline or display math. */
export function hasMath(markdown: string): boolean {
  return /\$[^$]+\$/.test(markdown);
}
