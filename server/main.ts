// node server/main.ts: the class server. Embedded SQLite under ./data by
// default, PostgreSQL when DATABASE_URL is set; serves dist/ and /api.
import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { loadPolls, type PollIndex } from './polls.ts';
import { openPostgres } from './store/postgres.ts';
import { openSqlite } from './store/sqlite.ts';
import type { Repository } from './store/repository.ts';
import { cannotListen, cannotStart, listening, storeUnopenable } from './strings.ts';

/** Prints why the server cannot start, one sentence, and ends the process. */
function fail(why: string): never {
  console.error(cannotStart(why));
  process.exit(1);
}
const reason = (e: unknown) => (e as Error).message;

// The NOTIFY listener starts before the app exists, so it calls through this.
let changed = (_code: string | null) => {};
let config: ReturnType<typeof readConfig>;
let polls: PollIndex;
let repo: Repository;
try {
  config = readConfig();
  polls = loadPolls(config.contentDir);
} catch (e) {
  fail(reason(e));
}
try {
  repo = config.databaseUrl
    ? await openPostgres(config.databaseUrl, (code) => changed(code))
    : openSqlite(config.sqliteFile);
} catch (e) {
  fail(storeUnopenable(config.databaseUrl ?? null, config.sqliteFile, reason(e)));
}
if (!existsSync(config.distDir))
  console.warn(
    `No built site at ${config.distDir}: serving the API only. Run "npm run build" first.`,
  );
const built = createApp({
  repo,
  polls,
  distDir: existsSync(config.distDir) ? config.distDir : undefined,
  trustProxy: config.trustProxy,
});
changed = built.changed;

const server = serve(
  { fetch: built.app.fetch, port: config.port, hostname: config.host },
  (info) => {
    console.log(listening(`http://${config.host}:${info.port}/`, repo.kind));
  },
);

// A port in use (another server, or a second `npm start`) is a sentence, not a stack trace.
server.on('error', (e: NodeJS.ErrnoException) => {
  console.error(cannotListen(config.host, config.port, e.code, e.message));
  built.hub.close();
  void repo.close().finally(() => process.exit(1));
});

const stop = () => {
  built.hub.close();
  server.close();
  // Open SSE streams would keep close() waiting; the store closes and the process ends.
  void repo.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
