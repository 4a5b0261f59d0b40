// After Pagefind has indexed the site: dist/search-words.json, every word of
// the indexed page texts, sorted, for the search box (src/components/search/).
// Read from Pagefind's own fragments, so the list holds what the index holds.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { SEARCH_WORDS, words } from '../components/search/words.ts';

/** Pagefind writes each page as gzipped JSON behind this signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** The sorted, distinct words of every page Pagefind indexed under `dist`. */
export function indexedWords(dist: string): string[] {
  const dir = join(dist, 'pagefind', 'fragment');
  if (!existsSync(dir)) throw new Error(`${dir} is missing: Pagefind has not indexed the site`);
  const all = new Set<string>();
  for (const name of readdirSync(dir)) {
    let text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    if (text.startsWith(FRAGMENT_SIGNATURE)) text = text.slice(FRAGMENT_SIGNATURE.length);
    const page = JSON.parse(text) as { content?: string; meta?: Record<string, string> };
    for (const w of words(`${page.meta?.title ?? ''} ${page.content ?? ''}`)) all.add(w);
  }
  return [...all].sort();
}

/** An Astro integration that writes dist/search-words.json (list it after Starlight, before the service worker). */
export default function searchWords() {
  return {
    name: 'course-search-words',
    hooks: {
      'astro:build:done': ({ dir, logger }: { dir: URL; logger: { info(m: string): void } }) => {
        const dist = fileURLToPath(dir);
        const list = indexedWords(dist);
        writeFileSync(join(dist, SEARCH_WORDS), JSON.stringify(list));
        logger.info(`${SEARCH_WORDS}: ${list.length} words`);
      },
    },
  };
}
