// The real server process, started on a port another program holds: it says so
// in a sentence and exits with 1, instead of dying on an unhandled 'error' event.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshSqliteFile } from './stores.ts';

const MAIN = fileURLToPath(new URL('../../../server/main.ts', import.meta.url));
const PORT = 4411;

describe('the class server on a port in use', () => {
  it('names the address and what to do, and exits with 1', async () => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(PORT, '127.0.0.1', r));
    try {
      const { DATABASE_URL: _, ...env } = process.env;
      const proc = spawn(process.execPath, ['--no-warnings', MAIN], {
        env: {
          ...env,
          PORT: String(PORT),
          HOST: '127.0.0.1',
          DIST_DIR: '/nonexistent-dist',
          SQLITE_FILE: freshSqliteFile(),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      proc.stderr.on('data', (d) => (err += d));
      const code = await new Promise<number | null>((r) => proc.once('exit', r));
      expect(code).toBe(1);
      expect(err).toContain(
        `The class server cannot start: 127.0.0.1:${PORT} is already in use (another server, or a second "npm start"). Stop that one, or start this one on another port, e.g. PORT=${PORT + 1} npm start.`,
      );
      expect(err).not.toMatch(/\n\s+at /);
    } finally {
      holder.close();
    }
  }, 30_000);
});
