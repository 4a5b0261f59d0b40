// npm test: every check, in order, stopping at the first that fails.
// Type check, unit tests (the class server's against SQLite and a real
// PostgreSQL among them), the production build, then browser and
// accessibility tests against the built site.
import { spawnSync } from 'node:child_process';
import { delimiter, dirname } from 'node:path';
import pg from 'pg';
import { findChromium, noChromiumHelp } from './find-chromium.mjs';

// The class server's tests need PostgreSQL; say how to start it rather than skip them.
const databaseUrl =
  process.env.TEST_DATABASE_URL ?? 'postgres://class_test:class_test@127.0.0.1:5432/class_test';
try {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  await client.end();
} catch (e) {
  console.error(`PostgreSQL is not reachable at ${databaseUrl} (${e.message}).
The class-server tests run against it. .ci/run installs and starts it on a fresh
Debian machine; by hand:
  pg_ctlcluster 15 main start
  su postgres -c "psql -c \\"CREATE ROLE class_test LOGIN PASSWORD 'class_test'\\"; createdb -O class_test class_test"
or set TEST_DATABASE_URL=postgres://user:password@host:port/database.`);
  process.exit(1);
}

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
      TEST_DATABASE_URL: databaseUrl,
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
