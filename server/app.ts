// The class server's one app object: API routes under /api, the built site
// for everything else, one error handler. Everything stateful is passed in.
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { systemClock, type Clock } from './clock.ts';
import { ApiError, errorResponse, onError } from './errors.ts';
import { eventHub, type HubOptions } from './events/hub.ts';
import { securityHeaders } from './headers.ts';
import { makeIds, type Ids } from './ids.ts';
import { classService } from './classes.ts';
import { MAX_BACKUP_BYTES, MAX_CLASS_BODY_BYTES } from './class-schemas.ts';
import { liveService } from './live.ts';
import type { PollIndex } from './polls.ts';
import { defaultLimits, rateLimiter, type Limits } from './rate-limit.ts';
import { classLearnerRoutes } from './routes/class-learner.ts';
import { classTeacherRoutes } from './routes/class-teacher.ts';
import { eventRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { learnerRoutes } from './routes/learner.ts';
import { resultsRoutes } from './routes/results.ts';
import { teacherRoutes } from './routes/teacher.ts';
import type { RouteDeps } from './routes/context.ts';
import { MAX_BODY_BYTES } from './schemas.ts';
import { readSnapshots } from './snapshot.ts';
import { staticRoutes } from './static.ts';
import type { Repository } from './store/repository.ts';

/** What the app is made of; only `repo` and `polls` are required. */
export interface AppOptions {
  repo: Repository;
  polls: PollIndex;
  /** The built site to serve; none when omitted (API only). */
  distDir?: string;
  clock?: Clock;
  ids?: Ids;
  limits?: Limits;
  hub?: Partial<HubOptions>;
  /** Take the caller's address from X-Forwarded-For (only behind a trusted proxy). */
  trustProxy?: boolean;
  log?: (e: unknown) => void;
}

function socketIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Builds the app; `changed(code)` is what a store's NOTIFY listener should call. */
export function createApp(o: AppOptions) {
  const clock = o.clock ?? systemClock;
  const log = o.log ?? ((e: unknown) => console.error(e));
  const snapshots = (code: string) => readSnapshots(o.repo, o.polls, code);
  const hub = eventHub(
    snapshots,
    { coalesceMs: 100, heartbeatMs: 15_000, learnerCountsMs: 1000, ...o.hub },
    log,
  );
  const ids = o.ids ?? makeIds();
  const live = liveService({
    repo: o.repo,
    polls: o.polls,
    ids,
    clock,
    changed: (code) => hub.changed(code),
  });
  const deps: RouteDeps = {
    live,
    hub,
    repo: o.repo,
    limiter: rateLimiter(clock),
    limits: o.limits ?? defaultLimits,
    snapshots,
    clientIp: (c) =>
      (o.trustProxy && c.req.header('x-forwarded-for')?.split(',')[0].trim()) || socketIp(c),
  };

  const classes = classService({
    repo: o.repo.classes,
    polls: o.polls,
    ids,
    clock,
  });
  // Live routes take 16 KiB, class routes 64 KiB (a roster, an assignment), a restore 8 MiB.
  const limitFor = (maxSize: number) =>
    bodyLimit({ maxSize, onError: (c) => errorResponse(c, new ApiError('too_large')) });
  const sizes = {
    live: limitFor(MAX_BODY_BYTES),
    classes: limitFor(MAX_CLASS_BODY_BYTES),
    backup: limitFor(MAX_BACKUP_BYTES),
  };
  const api = new Hono()
    .use((c, next) => {
      const p = c.req.path;
      const which =
        p === '/api/classes/restore'
          ? 'backup'
          : p === '/api/classes' || p.startsWith('/api/classes/')
            ? 'classes'
            : 'live';
      return sizes[which](c, next);
    })
    .route('/', healthRoutes(deps))
    .route('/', teacherRoutes(deps))
    .route('/', resultsRoutes(deps))
    .route('/', eventRoutes(deps))
    .route('/', learnerRoutes(deps))
    .route('/', classTeacherRoutes(deps, classes))
    .route('/', classLearnerRoutes(deps, classes))
    .all('*', () => {
      throw new ApiError('not_found');
    });

  const app = new Hono();
  app.use(securityHeaders);
  app.onError(onError(log));
  app.route('/api', api);
  if (o.distDir) app.route('/', staticRoutes(o.distDir));
  return { app, hub, changed: (code: string | null) => hub.changed(code) };
}
