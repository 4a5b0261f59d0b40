// Site measurements for `npm run bench`: how long the whole site takes to
// build, what each page costs (JavaScript, HTML, CSS and elements, against
// budgets.json), and Lighthouse under mobile emulation for the landing page
// and every lesson, all on this machine, offline.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import { measureSite, overBudget } from '../scripts/page-weight.mjs';

// Astro runs on this same Node (the pinned 22), whatever `node` is on the PATH.
const astroArgs = (...args: string[]) => [
  join('node_modules', 'astro', 'bin', 'astro.mjs'),
  ...args,
];
const round = (x: number, digits = 1) => Number(x.toFixed(digits));
const round2 = (x: number) => round(x, 2);

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
export async function serve(
  outDir: string,
  port: number,
): Promise<{ url: string; stop: () => void }> {
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

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The page measured beside the others in every round: the course's shell with no formula or island. */
export const CONTROL_PAGE = '/404.html';

/**
 * Lighthouse under its default mobile emulation for each page, `rounds` times,
 * interleaved (every page once per round, the control page first), so that a
 * change in the machine's load shows in the control's score in the same round
 * instead of in one page's. Reports each page's median and every run, with the
 * load average when each run started.
 */
async function lighthouseScores(base: string, paths: string[], rounds = 3) {
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
  const runs: Record<
    string,
    { round: number; load1: number; scores: Record<string, number>; domElements: number }[]
  > = {};
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const path of [CONTROL_PAGE, ...paths]) {
        const load1 = round2(loadavg()[0]);
        const result = await lighthouse(`${base}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = result?.lhr;
        const scores = Object.fromEntries(
          Object.entries(lhr?.categories ?? {}).map(([k, c]) => [
            k,
            Math.round((c.score ?? 0) * 100),
          ]),
        );
        const dom = lhr?.audits['dom-size']?.numericValue ?? 0;
        (runs[path] ??= []).push({ round, load1, scores, domElements: dom });
      }
    }
  } finally {
    chrome.kill();
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([path, rs]) => [
      path,
      {
        medianPerformance: median(rs.map((r) => r.scores.performance)),
        medianAccessibility: median(rs.map((r) => r.scores.accessibility)),
        domElementsAtLoad: median(rs.map((r) => r.domElements)),
        runs: rs,
      },
    ]),
  );
  const lessons = paths.map((p) => summary[p].medianPerformance);
  return {
    formFactor: 'mobile (Lighthouse default emulation and throttling)',
    aims: { performance: 95, accessibility: 100, 'best-practices': 95 },
    rounds,
    control: CONTROL_PAGE,
    lessonsAtOrAbove95: paths.filter((p) => summary[p].medianPerformance >= 95),
    worstLessonMedian: Math.min(...lessons),
    pages: summary,
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
      lighthouse = await lighthouseScores(server.url, ['/', ...lessonPages.map((p) => p.path)]);
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
        elementsByPage: Object.fromEntries(site.pages.map((p) => [p.path, p.elements])),
        htmlKbByPage: Object.fromEntries(site.pages.map((p) => [p.path, round(p.htmlKb)])),
        cssKbByPage: Object.fromEntries(site.pages.map((p) => [p.path, round(p.cssKb)])),
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
