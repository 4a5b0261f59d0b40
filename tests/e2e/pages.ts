import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site: dist/, or DIST_DIR when the tests run against another build. */
export const dist = process.env.DIST_DIR ?? join(process.cwd(), 'dist');

/** Every HTML page of the built site, as a URL path ("/", "/lessons/02-perceptron/", "/404.html"). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, path).split(sep).join('/');
        pages.push('/' + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel));
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** The lesson pages of the built site, in file order. */
export function lessonPages(): string[] {
  return builtPages().filter((p) => p.startsWith('/lessons/'));
}
