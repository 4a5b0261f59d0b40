// Token buckets in memory, per instance: each key may spend `burst` requests at
// once and regains `perSecond` a second. Behind a load balancer each instance
// limits what reaches it, which bounds the whole.
import type { Clock } from './clock.ts';

/** The size and refill of one kind of bucket. */
export interface Limit {
  burst: number;
  perSecond: number;
}

/** The limits the server applies (generous per IP: a lecture hall shares one NAT address). */
export interface Limits {
  joinPerIp: Limit;
  joinPerClient: Limit;
  answerPerIp: Limit;
  answerPerLearner: Limit;
  createPerIp: Limit;
}

/** The default limits. */
export const defaultLimits: Limits = {
  joinPerIp: { burst: 1000, perSecond: 20 },
  joinPerClient: { burst: 10, perSecond: 0.2 },
  answerPerIp: { burst: 2000, perSecond: 200 },
  answerPerLearner: { burst: 20, perSecond: 1 },
  createPerIp: { burst: 20, perSecond: 1 / 60 },
};

// Above this many keys, full buckets (idle keys) are dropped so memory stays bounded.
const PRUNE_AT = 50_000;

/** A set of buckets; `take` returns 0 when allowed, else the seconds to wait. */
export function rateLimiter(clock: Clock) {
  const buckets = new Map<string, { tokens: number; at: number; limit: Limit }>();
  const refill = (b: { tokens: number; at: number; limit: Limit }, now: number) => {
    b.tokens = Math.min(b.limit.burst, b.tokens + ((now - b.at) / 1000) * b.limit.perSecond);
    b.at = now;
  };
  return {
    take(key: string, limit: Limit): number {
      const now = clock();
      if (buckets.size > PRUNE_AT) {
        for (const [k, b] of buckets) {
          refill(b, now);
          if (b.tokens >= b.limit.burst) buckets.delete(k);
        }
      }
      let b = buckets.get(key);
      if (!b) buckets.set(key, (b = { tokens: limit.burst, at: now, limit }));
      refill(b, now);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / limit.perSecond));
    },
  };
}

/** What `rateLimiter` makes. */
export type RateLimiter = ReturnType<typeof rateLimiter>;
