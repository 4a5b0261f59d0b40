// Quoting what a person typed or loaded back to them in a message: short, and
// with invisible characters shown rather than silently dropped, so "1⟨U+200B⟩"
// explains why "1" was refused.

/** Characters that print nothing: controls, format marks (zero-width, bidi), odd separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

/** The text in quotes, at most `max` characters (then "…"), invisible characters named as ⟨U+XXXX⟩. */
export function quoteSnippet(raw: string, max = 40): string {
  const chars = Array.from(raw);
  const head = chars.slice(0, max).join('');
  const shown = head.replace(
    INVISIBLE,
    (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
  return `“${shown}${chars.length > max ? '…' : ''}”`;
}
