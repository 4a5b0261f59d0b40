// Numbered SQL migrations (server/migrations/<dialect>/NNN_name.sql), applied
// in order at start; each store records which numbers it has applied.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One migration: its number and its SQL. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations of one dialect, in order. */
export function loadMigrations(dialect: 'sqlite' | 'postgres'): Migration[] {
  const dir = fileURLToPath(new URL(`../migrations/${dialect}/`, import.meta.url));
  return readdirSync(dir)
    .filter((f) => /^\d+_[\w-]+\.sql$/.test(f))
    .map((f) => ({
      version: Number(f.split('_')[0]),
      name: f,
      sql: readFileSync(dir + f, 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
}
