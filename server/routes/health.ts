// GET /api/health: the live pages ask this first.
import { Hono } from 'hono';
import type { RouteDeps } from './context.ts';

/** The health route. */
export function healthRoutes(deps: RouteDeps) {
  return new Hono().get('/health', (c) => c.json({ ok: true, store: deps.repo.kind }));
}
