// The two stores every repository test runs against. PostgreSQL is required:
// the tests fail (never skip) with how to start it when it is not reachable.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgres } from '../../../server/store/postgres.ts';
import { openSqlite } from '../../../server/store/sqlite.ts';
import type { Repository } from '../../../server/store/repository.ts';

/** The test database (.ci/run creates it; this default matches). */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://class_test:class_test@127.0.0.1:5432/class_test';

/** What to do when PostgreSQL does not answer. */
export const NO_POSTGRES = `The class-server tests need PostgreSQL at ${TEST_DATABASE_URL} (set TEST_DATABASE_URL to change it).
Start it with: .ci/run sets it up on a fresh machine; on Debian by hand:
  pg_ctlcluster 15 main start
  su postgres -c "psql -c \\"CREATE ROLE class_test LOGIN PASSWORD 'class_test'\\"; createdb -O class_test class_test"`;

/** A URL to an empty schema of its own in the test database, so test files run side by side. */
export async function freshPostgresUrl(): Promise<string> {
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
  try {
    await c.connect();
  } catch (e) {
    throw new Error(`${NO_POSTGRES}\n(${(e as Error).message})`);
  }
  await c.query(`CREATE SCHEMA ${schema}`);
  await c.end();
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** A fresh SQLite file in a temporary folder. */
export const freshSqliteFile = () =>
  join(mkdtempSync(join(tmpdir(), 'class-server-')), 'class.sqlite');

/** Each store by name, opened fresh. */
export const storeMakers: [string, () => Promise<Repository>][] = [
  ['sqlite', async () => openSqlite(freshSqliteFile())],
  ['postgres', async () => openPostgres(await freshPostgresUrl())],
];
