// The training playground's frame rate for `npm run bench -- playground`
// (issue 19): the built site (dist/) served by astro preview and driven in the
// system's Chromium, lesson 9's 2-16-16-1 under 4× CPU throttling (a
// phone-class CPU) and a 2-8-8-1 unthrottled. It measures, it never builds:
// without dist/ it says so and skips.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { serve } from './site.ts';

const PAGE = '/lessons/09-putting-it-together/';
const PORT = Number(process.env.BENCH_PLAYGROUND_PORT ?? 4398);
const SECONDS = 4;

/** The runs measured: the lesson's recipe on a throttled CPU, and a smaller network at full speed. */
const RUNS = [
  {
    network: '2-16-16-1',
    throttle: 4,
    query: '?dataset=moons&layers=2&units=16&activation=relu&init=he&lr=0.1&epochs=100000',
  },
  { network: '2-8-8-1', throttle: 1, query: '?layers=2&units=8&epochs=100000' },
] as const;

export interface PlaygroundFrameRate {
  network: string;
  throttle: number;
  /** Frames the page painted per second while training (requestAnimationFrame callbacks). */
  fps: number;
  epochsPerSecond: number;
}

export async function runPlaygroundBench(): Promise<
  { runs: PlaygroundFrameRate[]; load: number } | { skipped: string }
> {
  if (!existsSync('dist/index.html'))
    return { skipped: 'dist/ is missing: run `npm run build` first (this bench does not build)' };
  const found = findChromium();
  if (!found) return { skipped: 'no Chromium found' };
  const server = await serve('dist', PORT);
  const browser = await chromium.launch({ executablePath: found.path });
  try {
    const runs: PlaygroundFrameRate[] = [];
    for (const run of RUNS) runs.push(await measure(browser, `${server.url}${PAGE}`, run));
    return { runs, load: Number(loadavg()[0].toFixed(2)) };
  } finally {
    await browser.close();
    server.stop();
  }
}

async function measure(
  browser: Browser,
  url: string,
  run: (typeof RUNS)[number],
): Promise<PlaygroundFrameRate> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${url}${run.query}#training-playground`);
    const widget = page.locator('#training-playground');
    const epoch = async () => Number(await widget.getByTestId('tp-epoch').textContent());
    // The island has hydrated once its status names the network.
    await widget
      .getByRole('status')
      .last()
      .filter({ hasText: `${run.network} network` })
      .waitFor({ timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: run.throttle });
    await widget.getByRole('button', { name: 'Play' }).click();
    // Let the first frames (compilation, first layout) pass before counting.
    while ((await epoch()) < 3) await page.waitForTimeout(100);
    const e0 = await epoch();
    const { frames, seconds } = await page.evaluate(
      (limit) =>
        new Promise<{ frames: number; seconds: number }>((resolve) => {
          let frames = 0;
          const t0 = performance.now();
          const tick = () => {
            frames++;
            const t = performance.now() - t0;
            if (t < limit * 1000) requestAnimationFrame(tick);
            else resolve({ frames, seconds: t / 1000 });
          };
          requestAnimationFrame(tick);
        }),
      SECONDS,
    );
    const epochs = (await epoch()) - e0;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const round = (x: number) => Number(x.toFixed(1));
    return {
      network: run.network,
      throttle: run.throttle,
      fps: round(frames / seconds),
      epochsPerSecond: round(epochs / seconds),
    };
  } finally {
    await page.close();
  }
}
