// Teacher actions: open a class, run polls, end it. Each needs the teacher secret.
import { Hono, type Context } from 'hono';
import { actionBody, codeParam, createBody, openBody, runIdParam } from '../schemas.ts';
import { bearer, body, limit, type RouteDeps } from './context.ts';

/** The teacher's secret from the header, or from `?key=` where a header cannot be sent. */
export const teacherKey = (c: Context) => bearer(c) ?? c.req.query('key');

/** The teacher routes. */
export function teacherRoutes(deps: RouteDeps) {
  const { live } = deps;
  const teacher = (c: Context) =>
    live.asTeacher(codeParam.parse(c.req.param('code')), teacherKey(c));
  const snapshot = async (code: string) => (await deps.snapshots(code))!.teacher;

  return new Hono()
    .post('/live', async (c) => {
      limit(deps, `create:${deps.clientIp(c)}`, deps.limits.createPerIp);
      const b = await body(c, createBody);
      return c.json(await live.create(b.title, b.pollIds, b.allowAnonymous), 201);
    })
    .get('/live/:code/teacher', async (c) => {
      const s = await teacher(c);
      return c.json(await snapshot(s.code));
    })
    .post('/live/:code/open', async (c) => {
      const s = await teacher(c);
      const b = await body(c, openBody);
      return c.json(await live.open(s, b.pollId));
    })
    .post('/live/:code/runs/:runId', async (c) => {
      const s = await teacher(c);
      const runId = runIdParam.parse(c.req.param('runId'));
      const b = await body(c, actionBody);
      await live.act(s, runId, b.action);
      return c.json(await snapshot(s.code));
    })
    .post('/live/:code/end', async (c) => {
      const s = await teacher(c);
      await live.end(s);
      return c.json(await snapshot(s.code));
    });
}
