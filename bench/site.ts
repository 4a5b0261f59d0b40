// Site measurements for `npm run bench`: how long the whole site takes to
// build, what JavaScript each page costs (against budgets.json), and
// Lighthouse scores under mobile emulation, all on this machine, offline.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import { measureSite, overBudget } from '../scripts/page-weight.mjs';

// Astro runs on this same Node (the pinned 22), whatever `node` is on the PATH.
const astroArgs = (...args: string[]) => [
  join('node_modules', 'astro', 'bin', 'astro.mjs'),
  ...args,
];
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

/** Builds the site into a fresh folder; returns the folder and the seconds it took. */
function timedBuild(): { outDir: string; seconds: number } {
  const outDir = mkdtempSync(join(tmpdir(), 'nn-bench-site-'));
  const started = performance.now();
  const result = spawnSync(process.execPath, astroArgs('build', '--outDir', outDir), {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stderr || result.stdout}`);
  return { outDir, seconds: round((performance.now() - started) / 1000) };
}

/** Serves a built folder with astro preview on `port` until `stop()` is called. */
async function serve(outDir: string, port: number): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    astroArgs('preview', '--outDir', outDir, '--port', String(port), '--ignore-lock'),
    {
      stdio: 'ignore',
    },
  );
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 450; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`astro preview did not answer on ${url}`);
}

/** Lighthouse's four category scores (0–100) for each page, under its default mobile emulation. */
async function lighthouseScores(base: string, paths: string[]) {
  const chromium = findChromium();
  if (!chromium) return { skipped: 'no Chromium found' };
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: chromium.path,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const scores: Record<string, Record<string, number>> = {};
  try {
    for (const path of paths) {
      const result = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      scores[path] = Object.fromEntries(
        Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
      );
    }
  } finally {
    chrome.kill();
  }
  return {
    formFactor: 'mobile (Lighthouse default emulation and throttling)',
    aims: { performance: 95, accessibility: 100, 'best-practices': 95 },
    scores,
  };
}

/** Runs every site measurement; returns one JSON-ready object. */
export async function runSiteBench(): Promise<Record<string, unknown>> {
  const { outDir, seconds } = timedBuild();
  try {
    const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
    const site = await measureSite(outDir);
    const islands = new Map<string, { ownKb: number; sharedKb: number }>();
    for (const page of site.pages)
      for (const i of page.islands) islands.set(i.component.replace(/\.[^.]+\.js$/, ''), i);
    const lessonPages = site.pages.filter((p) => p.path.startsWith('/lessons/'));
    const server = await serve(outDir, 4399);
    let lighthouse;
    try {
      lighthouse = await lighthouseScores(server.url, [
        '/',
        ...lessonPages.slice(1, 4).map((p) => p.path),
      ]);
    } finally {
      server.stop();
    }
    return {
      buildSeconds: seconds,
      pageWeight: {
        budgetsKb: budgets,
        overBudget: overBudget(site, budgets),
        engineChunkKb: round(site.engineChunkKb),
        largestInitialJsKb: round(Math.max(...site.pages.map((p) => p.initialJsKb))),
        initialJsKbByPage: Object.fromEntries(
          site.pages.map((p) => [p.path, round(p.initialJsKb)]),
        ),
        islandsKb: Object.fromEntries(
          [...islands].map(([name, i]) => [
            name,
            { own: round(i.ownKb), shared: round(i.sharedKb) },
          ]),
        ),
      },
      lighthouse,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
