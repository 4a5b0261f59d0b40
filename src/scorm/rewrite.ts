// Built pages link from the site root ("/_astro/x.js", "/lessons/02-perceptron/").
// Inside an LMS the package lives under some deep URL, so every link becomes
// relative to the page, directory links name their index.html, and links to
// pages the package does not hold lose their href (their text stays). The
// service worker is not registered (an LMS's origin is not ours to cache),
// and search is hidden (its index stays on the public site).

const ATTR = /(\s)(href|src|component-url|renderer-url|before-hydration-url)="(\/[^"]*)"/g;

/** The relative URL from the page at `from` to the file at `to` (both package paths). */
export function relativeUrl(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return '../'.repeat(a.length - i) + b.slice(i).join('/');
}

/** The package path of a root-relative URL path ("/lessons/x/" → "lessons/x/index.html"). */
export function packagePath(urlPath: string): string {
  const p = decodeURI(urlPath.replace(/^\/+/, ''));
  return p === '' || p.endsWith('/') ? `${p}index.html` : p;
}

/** A built page's HTML made to work from the package path `page`, given the files the package holds. */
export function rewriteHtml(html: string, page: string, present: ReadonlySet<string>): string {
  return html
    .replace(/<script[^>]*\ssrc="\/register-sw\.js"[^>]*><\/script>/g, '')
    .replace(/<link[^>]*\srel="(?:sitemap|canonical)"[^>]*>/g, '')
    .replace(ATTR, (_all, sp: string, name: string, url: string) => {
      const m = /^([^?#]*)([?#].*)?$/.exec(url) as RegExpExecArray;
      const target = packagePath(m[1]);
      const rest = m[2] ?? '';
      if (present.has(target)) return `${sp}${name}="${relativeUrl(page, target)}${rest}"`;
      if (name === 'href') return `${sp}data-not-in-package="${url}"`;
      throw new Error(`${page} needs ${url}, which is not in the package`);
    })
    .replace(/<\/head>/, '<style>site-search{display:none}</style></head>');
}

/** A built stylesheet (in _astro/) with its fonts linked relatively, and only woff2 kept. */
export function rewriteCss(css: string): string {
  return css
    .replace(
      /,\s*url\(\s*["']?\/_astro\/[^)]+\.(?:woff|ttf)["']?\s*\)\s*format\(["'][^"']*["']\)/g,
      '',
    )
    .replace(/url\(\s*(["']?)\/_astro\//g, 'url($1');
}

/** Vite's preload helper resolves dependencies from the site root; make it resolve from its own URL. */
export function rewritePreloadHelper(js: string): string {
  const re = /function\((\w+)\)\{return`\/`\+\1\}/;
  if (!re.test(js))
    throw new Error('the preload helper has an unknown shape: check src/scorm/rewrite.ts');
  return js.replace(
    re,
    (_, v: string) => `function(${v}){return new URL("../"+${v},import.meta.url).href}`,
  );
}
