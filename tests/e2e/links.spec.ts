import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, dist } from './pages.ts';

/** The file a site path is served from, or null. */
function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/')
    ? [join(clean, 'index.html')]
    : [clean, join(clean, 'index.html'), `${clean}.html`];
  for (const candidate of candidates) {
    const file = join(dist, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!idsCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idsCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idsCache.get(file)!;
}

test('every internal link and anchor in the built site resolves', () => {
  const broken: string[] = [];
  for (const page of builtPages()) {
    const file = fileFor(page)!;
    const html = readFileSync(file, 'utf8');
    for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (/^(https?:|mailto:|tel:|data:|javascript:)/.test(href)) continue;
      const url = new URL(href.replaceAll('&amp;', '&'), `http://site${page}`);
      const target =
        url.pathname === new URL(`http://site${page}`).pathname ? file : fileFor(url.pathname);
      if (!target) {
        broken.push(`${page}: ${href} (no such page)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsIn(target).has(anchor)) {
        broken.push(`${page}: ${href} (no element with id "${anchor}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});
