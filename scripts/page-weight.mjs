// Measures what each built page costs: the JavaScript, gzipped, that loads
// before any island hydrates (module scripts and inline scripts, with
// everything they import statically) and what each island adds when it
// hydrates; the page's HTML and stylesheets, gzipped; and its elements (the
// DOM the browser must style and lay out before the first paint).
import { init, parse } from 'es-module-lexer';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (text) => gzipSync(text, { level: 9 }).length;

/** The elements a page's HTML creates: its start tags outside comments, scripts and styles. */
export function countElements(html) {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '<$1>');
  return (markup.match(/<[a-zA-Z][a-zA-Z0-9-]*/g) ?? []).length;
}

/** Every HTML file under dist, as [url path, file path]. */
function htmlFiles(dist) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = relative(dist, path).split(sep).join('/');
        out.push(['/' + rel.replace(/index\.html$/, ''), path]);
      }
    }
  };
  walk(dist);
  return out.sort(([a], [b]) => a.localeCompare(b));
}

/** Measures a built site in gzipped kilobytes: per page, the initial JavaScript and each island's own code. */
export async function measureSite(dist) {
  await init;
  const cache = new Map();
  const read = (url) => {
    if (!cache.has(url)) {
      const text = readFileSync(join(dist, url.split('?')[0]), 'utf8');
      const [imports] = parse(text);
      const deps = imports
        .filter((i) => i.d === -1 && i.n && (i.n.startsWith('.') || i.n.startsWith('/')))
        .map((i) => (i.n.startsWith('/') ? i.n : posix.join(posix.dirname(url), i.n)));
      cache.set(url, { bytes: gz(text), deps });
    }
    return cache.get(url);
  };
  /** A module and everything it imports statically. */
  const closure = (roots) => {
    const seen = new Set();
    const stack = [...roots];
    while (stack.length) {
      const url = stack.pop();
      if (seen.has(url)) continue;
      seen.add(url);
      stack.push(...read(url).deps);
    }
    return seen;
  };
  const kb = (urls) => [...urls].reduce((n, u) => n + read(u).bytes, 0) / 1024;

  // First pass: what each page loads up front, and which islands it has.
  const found = [];
  const usedBy = new Map(); // chunk → the island components whose closure holds it
  const rendererChunks = new Set();
  for (const [path, file] of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const moduleSrcs = [...html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)].map(
      (m) => m[1],
    );
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => m[1],
    );
    const inlineImports = inline.flatMap((code) =>
      [...code.matchAll(/import\(?\s*["'](\/_astro\/[^"']+)["']/g)].map((m) => m[1]),
    );
    const initial = closure([...moduleSrcs, ...inlineImports]);
    const inlineKb = inline.reduce((n, code) => n + (code.trim() ? gz(code) : 0), 0) / 1024;
    const islands = [
      ...html.matchAll(/<astro-island[^>]*\scomponent-url="([^"]+)"[^>]*\srenderer-url="([^"]+)"/g),
    ].map((m) => ({ component: m[1], renderer: m[2] }));
    for (const { component, renderer } of islands) {
      for (const u of closure([renderer])) rendererChunks.add(u);
      for (const u of closure([component])) {
        if (!usedBy.has(u)) usedBy.set(u, new Set());
        usedBy.get(u).add(component);
      }
    }
    const stylesheets = [
      ...html.matchAll(/<link[^>]*\srel="stylesheet"[^>]*\shref="([^"]+)"/g),
    ].map((m) => m[1]);
    found.push({
      path,
      initial,
      inlineKb,
      islands,
      htmlKb: gz(html) / 1024,
      cssKb:
        stylesheets.reduce((n, u) => n + gz(readFileSync(join(dist, u.split('?')[0]))), 0) / 1024,
      elements: countElements(html),
    });
  }
  // A chunk is shared when the renderer needs it or two kinds of island use it
  // (Preact, its hooks, the engine); everything else an island loads is its own.
  const shared = (u) => rendererChunks.has(u) || usedBy.get(u).size > 1;
  const pages = found.map(({ path, initial, inlineKb, islands, htmlKb, cssKb, elements }) => ({
    path,
    htmlKb,
    cssKb,
    elements,
    initialJsKb: kb(initial) + inlineKb,
    islands: islands.map(({ component, renderer }) => {
      const extra = [...closure([component, renderer])].filter((u) => !initial.has(u));
      return {
        component: posix.basename(component),
        ownKb: kb(extra.filter((u) => !shared(u))),
        sharedKb: kb(extra.filter(shared)),
      };
    }),
  }));
  const engine = [...cache.keys()].filter((u) => /\/engine\.[^/]*\.js$/.test(u));
  return {
    pages,
    engineChunkKb: engine.length ? kb(engine) : 0,
    engineChunks: engine.map((u) => posix.basename(u)),
  };
}

/** Every budget a measured site breaks, as messages naming the page, the figure and the budget. */
export function overBudget(site, budgets) {
  const f = (x) => x.toFixed(1);
  const problems = [];
  for (const page of site.pages) {
    if (page.initialJsKb > budgets.initialJsKb) {
      problems.push(
        `${page.path}: ${f(page.initialJsKb)} KB of JavaScript before any island hydrates; the budget is ${budgets.initialJsKb} KB`,
      );
    }
    for (const island of page.islands) {
      if (island.ownKb > budgets.islandOwnKb) {
        problems.push(
          `${page.path}: island ${island.component} has ${f(island.ownKb)} KB of its own code; the budget is ${budgets.islandOwnKb} KB`,
        );
      }
    }
  }
  const exceptions = budgets.elementsByPage ?? {};
  for (const path of Object.keys(exceptions)) {
    if (!site.pages.some((p) => p.path === path)) {
      problems.push(`${path}: no such page, but budgets.json gives it its own element budget`);
    }
  }
  for (const page of site.pages) {
    const general = page.path.startsWith('/lessons/')
      ? budgets.lessonElements
      : budgets.pageElements;
    const own = exceptions[page.path];
    const elements = own ?? general;
    if (page.elements > elements) {
      const whose = own === undefined ? 'the budget' : "this page's own budget";
      problems.push(`${page.path}: ${page.elements} elements; ${whose} is ${elements}`);
    } else if (own !== undefined && own > general && page.elements <= general) {
      // An exception the page no longer needs would let it grow back unnoticed.
      problems.push(
        `${page.path}: ${page.elements} elements, within the general budget of ${general}; remove its own budget from budgets.json`,
      );
    }
    if (page.htmlKb > budgets.htmlKb) {
      problems.push(
        `${page.path}: ${f(page.htmlKb)} KB of HTML; the budget is ${budgets.htmlKb} KB`,
      );
    }
    if (page.cssKb > budgets.cssKb) {
      problems.push(`${page.path}: ${f(page.cssKb)} KB of CSS; the budget is ${budgets.cssKb} KB`);
    }
  }
  if (site.engineChunkKb > budgets.engineChunkKb) {
    problems.push(
      `the engine chunk is ${f(site.engineChunkKb)} KB; the budget is ${budgets.engineChunkKb} KB`,
    );
  }
  return problems;
}
