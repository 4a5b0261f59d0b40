// GET /api/live/:code/events: one Server-Sent Events stream per tab.
import { Hono } from 'hono';
import { codeParam, eventsQuery } from '../schemas.ts';
import type { RouteDeps } from './context.ts';

/** The SSE route. */
export function eventRoutes(deps: RouteDeps) {
  return new Hono().get('/live/:code/events', async (c) => {
    const code = codeParam.parse(c.req.param('code'));
    const q = eventsQuery.parse(c.req.query());
    if (q.role === 'teacher') await deps.live.asTeacher(code, q.key);
    else await deps.live.asLearner(code, q.token);
    const last = Number(c.req.header('last-event-id') ?? q.lastEventId ?? 0);
    const resumeFrom = Number.isSafeInteger(last) && last > 0 ? last : 0;

    const encoder = new TextEncoder();
    let stop: (() => void) | null = null;
    let closed = false;
    const end = () => {
      closed = true;
      stop?.();
    };
    const stream = new ReadableStream<Uint8Array>({
      async start(ctrl) {
        const write = (text: string) => {
          if (closed) return;
          try {
            ctrl.enqueue(encoder.encode(text));
          } catch {
            end();
          }
        };
        stop = await deps.hub.subscribe(code, q.role, resumeFrom, write);
        if (closed) stop();
      },
      cancel: end,
    });
    c.req.raw.signal.addEventListener('abort', end);
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        'X-Accel-Buffering': 'no',
      },
    });
  });
}
