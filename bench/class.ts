// npm run bench -- class: the class server under 500 learners on loopback,
// on SQLite, on PostgreSQL, and as two instances sharing one PostgreSQL.
// Targets (issue 15): p99 answer → presenter ≤ 250 ms, 0 lost, < 200 MB each.
// Then the classes scenario (issue 16, bench/class-gradebook.ts) on SQLite and PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServer, type ServerProcess } from './class-client.ts';
import { GRADEBOOK_OPTIONS, runGradebookScenario } from './class-gradebook.ts';
import { runScenario, type ScenarioOptions } from './class-scenario.ts';

// The bench's own ports (never a test's).
const PORTS = [4405, 4406];
// The classes scenario's own port, so it can run beside the live-poll one.
const CLASSES_PORT = 4404;
const OPTIONS: ScenarioOptions = { learners: 500, windowMs: 5000, timeoutMs: 90_000, seed: 15 };

/** A PostgreSQL URL on an empty schema of its own, dropped by the returned function. */
async function freshSchema(base: string) {
  const schema = `bench_${process.pid}_${Date.now()}`;
  const c = new pg.Client({ connectionString: base });
  await c.connect().catch((e) => {
    throw new Error(
      `the class bench needs PostgreSQL at ${base} (set BENCH_DATABASE_URL): ${e.message}`,
    );
  });
  await c.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

async function scenario(servers: ServerProcess[]) {
  try {
    return await runScenario(servers, OPTIONS);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

const base = () =>
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://class_test:class_test@127.0.0.1:5432/class_test';

/** The classes scenario (issue 16) on SQLite and on PostgreSQL; returns their figures. */
export async function runClassesBench() {
  const out: Record<string, unknown> = { options: GRADEBOOK_OPTIONS };
  const dir = mkdtempSync(join(tmpdir(), 'class-bench-'));
  const once = async (server: ServerProcess) => {
    try {
      return await runGradebookScenario(server);
    } finally {
      await server.stop();
    }
  };
  try {
    out.sqlite = await once(
      await startServer(CLASSES_PORT, { SQLITE_FILE: join(dir, 'class.sqlite') }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const db = await freshSchema(base());
  try {
    out.postgres = await once(await startServer(CLASSES_PORT, { DATABASE_URL: db.url }));
  } finally {
    await db.drop();
  }
  return out;
}

/** Runs the three live-poll scenarios and the classes one; returns their figures. */
export async function runClassBench() {
  const out: Record<string, unknown> = {
    targets: { p99Ms: 250, lost: 0, rssMbPerInstance: 200 },
    options: OPTIONS,
  };
  const dir = mkdtempSync(join(tmpdir(), 'class-bench-'));
  try {
    out.sqlite = await scenario([
      await startServer(PORTS[0], { SQLITE_FILE: join(dir, 'class.sqlite') }),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const [name, count] of [
    ['postgres', 1],
    ['postgresTwoInstances', 2],
  ] as const) {
    const db = await freshSchema(base());
    try {
      const servers = await Promise.all(
        PORTS.slice(0, count).map((p) => startServer(p, { DATABASE_URL: db.url })),
      );
      out[name] = await scenario(servers);
    } finally {
      await db.drop();
    }
  }
  out.classes = await runClassesBench();
  return out;
}
