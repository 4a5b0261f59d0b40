// After the build: the math font (STIX Two Math, 400 KB) is cut down to the
// characters the course's formulas use (about 20 KB), so that it arrives with
// the page's first paint instead of seconds later, when swapping it in would
// shift the text and repaint the largest block. The cut keeps the font's MATH
// table and every size variant of the glyphs kept (HarfBuzz's subsetter, via
// subset-font). Pages with a formula preload it.
//
// Files under /_astro/ are cached as immutable, so the cut font gets a name
// from its own content, and each stylesheet naming it gets a new name too.
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const FONT = /^stix-two-math[^/]*\.woff2$/;
const ENTITIES = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', nbsp: '\u00a0' };

/** Text with HTML character references decoded (named ones the build writes, and numeric ones). */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const range = (from, to) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
// Glyphs the browser draws for an element rather than for its text: the radical of
// <msqrt>, and the italic letters it shows for a one-letter <mi> (MathML Core's
// math-auto maps x to 𝑥, U+1D465): all of Mathematical Italic, Latin and Greek.
const DRAWN = [
  '\u221A',
  '\u210E',
  ...range(0x1d434, 0x1d467),
  ...range(0x1d6a4, 0x1d6a5),
  ...range(0x1d6e2, 0x1d71b),
];

/**
 * Every character inside a <math> element of a built file, including formulas that sit
 * escaped in island props or in JSON (a poll's HTML), plus printable ASCII and the
 * glyphs elements draw themselves.
 */
export function mathCharacters(files) {
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
  const chars = new Set([...ascii, ...DRAWN]);
  for (const text of files) {
    // Twice: props hold HTML escaped once more inside an attribute.
    const decoded = decodeEntities(decodeEntities(text)).replace(/\\"/g, '"');
    for (const [formula] of decoded.matchAll(/<math[\s>][\s\S]*?<\/math>/g)) {
      const inner = decodeEntities(formula.replace(/<[^>]*>/g, ''));
      for (const ch of inner) chars.add(ch);
    }
  }
  return [...chars].join('');
}

const hash = (bytes) => createHash('sha256').update(bytes).digest('base64url').slice(0, 8);

async function filesUnder(dir, test) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path, test)));
    else if (test(entry.name)) out.push(path);
  }
  return out;
}

/** Cuts the math font in `dist` down to the formulas' characters; returns what it did. */
export async function subsetMathFont(dist) {
  const assets = join(dist, '_astro');
  const [fontFile] = (await readdir(assets)).filter((n) => FONT.test(n));
  if (!fontFile) return null;
  const pages = await filesUnder(dist, (n) => n.endsWith('.html') || n.endsWith('.json'));
  const texts = await Promise.all(pages.map((p) => readFile(p, 'utf8')));
  const chars = mathCharacters(texts);
  const original = await readFile(join(assets, fontFile));
  const cut = await subsetFont(original, chars, { targetFormat: 'woff2' });
  const fontName = `stix-two-math-course.${hash(cut)}.woff2`;
  await writeFile(join(assets, fontName), cut);
  await rm(join(assets, fontFile));

  // Stylesheets naming the font get the new name, and a new file name of their own.
  const renamed = new Map();
  for (const name of (await readdir(assets)).filter((n) => n.endsWith('.css'))) {
    const css = await readFile(join(assets, name), 'utf8');
    if (!css.includes(fontFile)) continue;
    const next = css.split(fontFile).join(fontName);
    const nextName = name.replace(/(\.[\w-]+)?\.css$/, `.${hash(next)}.css`);
    await writeFile(join(assets, nextName), next);
    await rm(join(assets, name));
    renamed.set(`/_astro/${name}`, `/_astro/${nextName}`);
  }
  const preload = `<link rel="preload" href="/_astro/${fontName}" as="font" type="font/woff2" crossorigin>`;
  let preloaded = 0;
  for (const [i, path] of pages.entries()) {
    if (!path.endsWith('.html')) continue;
    let html = texts[i];
    for (const [from, to] of renamed) html = html.split(from).join(to);
    if (html.includes('<math')) {
      html = html.replace(/<\/title>/, `</title>${preload}`);
      preloaded++;
    }
    if (html !== texts[i]) await writeFile(path, html);
  }
  return {
    font: fontName,
    characters: [...chars].length,
    bytes: cut.length,
    originalBytes: original.length,
    preloaded,
    pages: pages.map((p) => relative(dist, p).split(sep).join('/')).length,
  };
}

/** The Astro integration: runs after the build, before the policy and the service worker. */
export default function mathFont() {
  return {
    name: 'course-math-font',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const done = await subsetMathFont(fileURLToPath(dir));
        if (!done) return logger.warn('no math font found in the build');
        logger.info(
          `math font cut to ${done.characters} characters: ${(done.bytes / 1024).toFixed(1)} KB ` +
            `(from ${(done.originalBytes / 1024).toFixed(0)} KB), preloaded by ${done.preloaded} pages`,
        );
      },
    },
  };
}
