// MathML Core (what Chromium and Firefox render) ignores `mathvariant` except
// "normal", so \mathcal{L} written as <mi mathvariant="script">L</mi> would
// show a plain italic L. The letters themselves exist in Unicode's
// Mathematical Alphanumeric Symbols block: replace each letter by its styled
// character and drop the attribute.

// First code point of A, a and 0 in each style (null: Unicode has no such digits).
const STYLES = {
  bold: [0x1d400, 0x1d41a, 0x1d7ce],
  italic: [0x1d434, 0x1d44e, null],
  'bold-italic': [0x1d468, 0x1d482, null],
  script: [0x1d49c, 0x1d4b6, null],
  'bold-script': [0x1d4d0, 0x1d4ea, null],
  fraktur: [0x1d504, 0x1d51e, null],
  'double-struck': [0x1d538, 0x1d552, 0x1d7d8],
  'bold-fraktur': [0x1d56c, 0x1d586, null],
  'sans-serif': [0x1d5a0, 0x1d5ba, 0x1d7e2],
  'bold-sans-serif': [0x1d5d4, 0x1d5ee, 0x1d7ec],
  'sans-serif-italic': [0x1d608, 0x1d622, null],
  'sans-serif-bold-italic': [0x1d63c, 0x1d656, null],
  monospace: [0x1d670, 0x1d68a, 0x1d7f6],
};

// Letters that were in Unicode's Letterlike Symbols block first: the
// Mathematical Alphanumeric block leaves holes where they would be.
const HOLES = {
  italic: { h: 'ℎ' },
  script: {
    B: 'ℬ',
    E: 'ℰ',
    F: 'ℱ',
    H: 'ℋ',
    I: 'ℐ',
    L: 'ℒ',
    M: 'ℳ',
    R: 'ℛ',
    e: 'ℯ',
    g: 'ℊ',
    o: 'ℴ',
  },
  fraktur: { C: 'ℭ', H: 'ℌ', I: 'ℑ', R: 'ℜ', Z: 'ℨ' },
  'double-struck': { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' },
};

/** The character `ch` in a math style ("script", "bold", …), or `ch` itself when Unicode has no styled form. */
export function styledChar(ch, variant) {
  const style = STYLES[variant];
  if (!style) return ch;
  const hole = HOLES[variant]?.[ch];
  if (hole) return hole;
  const code = ch.codePointAt(0);
  const [upper, lower, digit] = style;
  if (code >= 0x41 && code <= 0x5a) return String.fromCodePoint(upper + code - 0x41);
  if (code >= 0x61 && code <= 0x7a) return String.fromCodePoint(lower + code - 0x61);
  if (code >= 0x30 && code <= 0x39 && digit !== null)
    return String.fromCodePoint(digit + code - 0x30);
  return ch;
}

/** `text` with every letter (and digit, where Unicode has them) in the math style `variant`. */
export function styledText(text, variant) {
  return Array.from(text, (ch) => styledChar(ch, variant)).join('');
}

/** True when every character of `text` has a styled form in `variant`, so the attribute can go. */
function fullyStyled(text, variant) {
  return Array.from(text).every((ch) => styledChar(ch, variant) !== ch || /\s/.test(ch));
}

/**
 * Rewrites, in place, every MathML token under `node` whose `mathvariant` MathML Core would
 * ignore: its letters become the styled Unicode characters and the attribute is removed
 * (kept when some character has no styled form, which is no worse than before).
 */
export function applyMathVariants(node) {
  if (node.type !== 'element') return;
  const props = node.properties ?? {};
  const key =
    'mathVariant' in props ? 'mathVariant' : 'mathvariant' in props ? 'mathvariant' : null;
  const variant = key ? String(props[key]) : null;
  if (variant && variant !== 'normal' && STYLES[variant]) {
    const texts = (node.children ?? []).filter((c) => c.type === 'text');
    if (
      texts.length === node.children.length &&
      texts.every((t) => fullyStyled(t.value, variant))
    ) {
      for (const t of texts) t.value = styledText(t.value, variant);
      delete props[key];
    }
  }
  for (const child of node.children ?? []) applyMathVariants(child);
}

// KaTeX writes \hat and \tilde with the ASCII "^" and "~", which a math font
// draws as tall, spacing characters; TeX's accents are the modifier letters.
const ACCENTS = { '^': '\u02C6', '~': '\u02DC' };

/** Replaces, in place, ASCII accents over a base (`<mover accent="true">`) by TeX's accent characters. */
export function applyAccents(node) {
  if (node.type !== 'element') return;
  if (node.tagName === 'mover' && String(node.properties?.accent) === 'true') {
    const accent = node.children?.filter((c) => c.type === 'element')[1];
    const glyph = accent?.tagName === 'mo' && accent.children?.[0];
    if (glyph?.type === 'text' && ACCENTS[glyph.value]) glyph.value = ACCENTS[glyph.value];
  }
  for (const child of node.children ?? []) applyAccents(child);
}
