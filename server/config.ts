// The server's settings, from the environment, checked once at start.
import { resolve } from 'node:path';
import { z } from 'zod';

const env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(4321),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional(),
  SQLITE_FILE: z.string().min(1).default('data/class.sqlite'),
  DIST_DIR: z.string().min(1).default('dist'),
  CONTENT_DIR: z.string().min(1).default('content/polls'),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
});

/** The settings the server runs with. */
export type Config = ReturnType<typeof readConfig>;

/** Reads the settings; throws a readable message on a bad value. */
export function readConfig(vars: Record<string, string | undefined> = process.env) {
  const parsed = env.safeParse(vars);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`Bad setting ${i.path.join('.')}: ${i.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    sqliteFile: resolve(e.SQLITE_FILE),
    distDir: resolve(e.DIST_DIR),
    contentDir: resolve(e.CONTENT_DIR),
    trustProxy: e.TRUST_PROXY === '1',
  };
}
