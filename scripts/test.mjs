// npm test: every check, in order, stopping at the first that fails.
// Type check, unit tests, the production build, then browser and
// accessibility tests against the built site.
import { spawnSync } from 'node:child_process';
import { delimiter, dirname } from 'node:path';
import { findChromium, noChromiumHelp } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(noChromiumHelp);
  process.exit(1);
}
console.log(`Browser tests will use Chromium from ${chromium.source}: ${chromium.path}`);

const steps = [
  ['Type check', ['astro', 'check']],
  ['Unit tests', ['vitest', 'run']],
  ['Production build', ['astro', 'build']],
  ['Browser and accessibility tests', ['playwright', 'test']],
];

for (const [name, [bin, ...args]] of steps) {
  console.log(`\n=== ${name}: ${bin} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(`node_modules/.bin/${bin}`, args, {
    stdio: 'inherit',
    // The tools' `#!/usr/bin/env node` finds this same (pinned) Node first.
    env: {
      ...process.env,
      CHROMIUM_PATH: chromium.path,
      PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`,
    },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} passed in ${seconds} s.`);
}
