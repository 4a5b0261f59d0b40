// Which built files a page needs: its scripts, islands, styles and the fonts
// those styles use, followed through every script's imports. Paths are
// relative to dist/ ("_astro/Poll.x.js"). Pure: the caller reads the files.

/** Reads a built file as text (dist-relative path), or null when it is not there. */
export type ReadText = (path: string) => string | null;

const ATTR =
  /\s(?:href|src|component-url|renderer-url|before-hydration-url)="\/(_astro\/[^"#?]+)"/g;
// Static and dynamic imports between chunks are relative ("./x.js"); the preload
// helper's dependency lists name files from the site root ("_astro/x.js").
const JS_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]\.\/([^"'`]+)["'`]/g;
const JS_DEPS = /["'`](_astro\/[^"'`]+)["'`]/g;
// Only woff2 is packaged: every browser that plays SCORM reads it, and it is listed first.
const CSS_URL = /url\(\s*["']?\/(_astro\/[^)"']+\.woff2)["']?\s*\)/g;

/** The built files a page's HTML needs (the page itself not included), sorted. */
export function pageAssets(html: string, read: ReadText): string[] {
  const found = new Set<string>();
  const queue = [...html.matchAll(ATTR)].map((m) => m[1]);
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (found.has(path)) continue;
    const text = read(path);
    if (text === null) throw new Error(`${path} is referenced but not in the build`);
    found.add(path);
    if (path.endsWith('.js')) {
      const dir = path.slice(0, path.lastIndexOf('/') + 1);
      for (const m of text.matchAll(JS_IMPORT)) queue.push(dir + m[1]);
      for (const m of text.matchAll(JS_DEPS)) queue.push(m[1]);
    } else if (path.endsWith('.css')) {
      for (const m of text.matchAll(CSS_URL)) queue.push(m[1]);
    }
  }
  return [...found].sort();
}

/** The package's file list of the site: each page's files, by page path ("lessons/02-perceptron/index.html"). */
export interface ScormFiles {
  /** The player page (the package's entry) and what it needs. */
  player: { page: string; assets: string[] };
  /** Each lesson's page and what it needs, by lesson id ("lessons/02-perceptron"). */
  lessons: Record<string, { page: string; assets: string[] }>;
}

/** Where the list is written in dist/ (fetched by the builder, read by the CLI). */
export const SCORM_FILES = 'scorm-files.json';
/** The player page in dist/. */
export const PLAYER_PAGE = 'scorm/index.html';
