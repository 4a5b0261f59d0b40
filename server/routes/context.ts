// What every route file gets: the service, the SSE hub, limits, and helpers
// to read a validated body and the caller's credentials.
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from '../errors.ts';
import type { EventHub } from '../events/hub.ts';
import type { LiveService } from '../live.ts';
import type { Limit, Limits, RateLimiter } from '../rate-limit.ts';
import type { Snapshots } from '../snapshot.ts';
import type { Repository } from '../store/repository.ts';

/** The dependencies of the routes. */
export interface RouteDeps {
  live: LiveService;
  hub: EventHub;
  repo: Repository;
  limiter: RateLimiter;
  limits: Limits;
  snapshots: (code: string) => Promise<Snapshots | null>;
  /** The caller's address (the socket's, or X-Forwarded-For's first when trusted). */
  clientIp: (c: Context) => string;
}

/** The JSON body checked against `schema`. */
export async function body<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  return schema.parse(await c.req.json());
}

/** The token of an `Authorization: Bearer …` header, if any. */
export function bearer(c: Context): string | undefined {
  const h = c.req.header('authorization');
  const m = h && /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1] : undefined;
}

/** Spends one request of `key`; throws `rate_limited` with Retry-After when none is left. */
export function limit(deps: RouteDeps, key: string, l: Limit) {
  const wait = deps.limiter.take(key, l);
  if (wait > 0) throw new ApiError('rate_limited', undefined, {}, wait);
}
