// A class-server process and a minimal HTTP/SSE client for it, shared by the
// class benchmark and the process-level tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../server/main.ts', import.meta.url));

/** A running `node server/main.ts`. */
export interface ServerProcess {
  url: string;
  proc: ChildProcess;
  /** Resident memory in bytes, from /proc (Linux). */
  rss(): Promise<number>;
  /** kill -9: no shutdown code runs. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the class server on `port` with `env` and waits until it listens. */
export async function startServer(
  port: number,
  env: Record<string, string>,
): Promise<ServerProcess> {
  const proc = spawn(process.execPath, ['--no-warnings', MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DIST_DIR: '/nonexistent-dist',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server on ${port} did not start:\n${log}`)),
      30_000,
    );
    proc.stdout!.on('data', (d) => {
      log += d;
      if (log.includes('Class server on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    proc.stderr!.on('data', (d) => (log += d));
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server on ${port} exited with ${code}:\n${log}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    proc,
    async rss() {
      const { readFile } = await import('node:fs/promises');
      const status = await readFile(`/proc/${proc.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) * 1024;
    },
    async kill9() {
      proc.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      await exited;
    },
  };
}

/** POSTs or GETs JSON; returns status and parsed body. */
export async function api(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
) {
  const res = await fetch(base + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as any };
}

/** One parsed SSE snapshot event. */
export interface SnapshotEvent {
  id: number;
  data: any;
  at: number;
}

/** Opens an SSE stream; `onEvent` gets each snapshot. Returns a closer. */
export async function openEvents(
  url: string,
  onEvent: (e: SnapshotEvent) => void,
  lastEventId?: number,
) {
  const ctrl = new AbortController();
  const res = await fetch(url, {
    signal: ctrl.signal,
    headers: lastEventId ? { 'last-event-id': String(lastEventId) } : {},
  });
  if (!res.ok) throw new Error(`events ${res.status}: ${await res.text()}`);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buf = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buf += value;
        let cut: number;
        while ((cut = buf.indexOf('\n\n')) >= 0) {
          const frame = buf.slice(0, cut);
          buf = buf.slice(cut + 2);
          const id = /^id: (\d+)$/m.exec(frame);
          const data = /^data: (.*)$/m.exec(frame);
          if (id && data)
            onEvent({ id: Number(id[1]), data: JSON.parse(data[1]), at: performance.now() });
        }
      }
    } catch {
      // Aborted or the server went away: the stream is over.
    }
  })();
  return () => ctrl.abort();
}
