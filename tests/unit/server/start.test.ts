// The real server process, started where it cannot run: it says why in one
// sentence (naming the address or the database, never a password) and exits
// with 1, instead of a stack trace or an unhandled 'error' event.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshSqliteFile } from './stores.ts';

const MAIN = fileURLToPath(new URL('../../../server/main.ts', import.meta.url));

/** Starts the server with `env` (on SQLite unless it names a DATABASE_URL); resolves when it exits. */
async function startFails(env: Record<string, string>) {
  const { DATABASE_URL: _, ...rest } = process.env;
  const proc = spawn(process.execPath, ['--no-warnings', MAIN], {
    env: {
      ...rest,
      HOST: '127.0.0.1',
      DIST_DIR: '/nonexistent-dist',
      SQLITE_FILE: freshSqliteFile(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  proc.stderr.on('data', (d) => (err += d));
  const code = await new Promise<number | null>((r) => proc.once('exit', r));
  return { code, err };
}

describe('the class server where it cannot start', () => {
  it('on a port in use: names the address and what to do', async () => {
    const port = 4411;
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(port, '127.0.0.1', r));
    try {
      const { code, err } = await startFails({ PORT: String(port) });
      expect(code).toBe(1);
      expect(err).not.toMatch(/\n\s+at /);
      // After the warning that there is no built site to serve (DIST_DIR names none here).
      expect(err.split('\n').at(-2)).toBe(
        `The class server cannot start: 127.0.0.1:${port} is already in use (another server, or a second "npm start"). Stop that one, or start this one on another port, e.g. PORT=${port + 1} npm start.`,
      );
    } finally {
      holder.close();
    }
  }, 30_000);

  it('on a file that is not an SQLite database: names the file', async () => {
    const file = freshSqliteFile();
    const notes = 'These are my lecture notes, not a database.\n'.repeat(100);
    writeFileSync(file, notes);
    const { code, err } = await startFails({ PORT: '4412', SQLITE_FILE: file });
    expect(code).toBe(1);
    expect(err).toBe(
      `The class server cannot start: the SQLite file ${file} cannot be used (file is not a database). Set SQLITE_FILE to a database file, or a new file in a folder this user can write.\n`,
    );
    // The file is left as it was.
    expect(readFileSync(file, 'utf8')).toBe(notes);
  }, 30_000);

  it('with no PostgreSQL at DATABASE_URL: names the host and database, not the password', async () => {
    const { code, err } = await startFails({
      PORT: '4413',
      DATABASE_URL: 'postgres://teacher:hunter2secret@127.0.0.1:1/course',
    });
    expect(code).toBe(1);
    expect(err).toMatch(
      /^The class server cannot start: the PostgreSQL database at 127\.0\.0\.1:1\/course cannot be opened \(.*ECONNREFUSED.*\)\. Check that the server runs and DATABASE_URL is right\.\n$/,
    );
    expect(err).not.toContain('hunter2secret');
  }, 30_000);
});
