// Learner actions: look up a class, join it, answer, read one's own answers.
import { Hono, type Context } from 'hono';
import { answerBody, codeParam, joinBody } from '../schemas.ts';
import { bearer, body, limit, type RouteDeps } from './context.ts';

/** The learner routes. */
export function learnerRoutes(deps: RouteDeps) {
  const { live, limits } = deps;
  const code = (c: Context) => codeParam.parse(c.req.param('code'));

  return new Hono()
    .get('/live/:code', async (c) => {
      const s = await live.session(code(c));
      return c.json({
        code: s.code,
        title: s.title,
        status: s.status,
        allowAnonymous: s.allowAnonymous,
      });
    })
    .post('/live/:code/join', async (c) => {
      limit(deps, `join-ip:${deps.clientIp(c)}`, limits.joinPerIp);
      const k = code(c);
      const b = await body(c, joinBody);
      limit(deps, `join-client:${k}:${b.clientId}`, limits.joinPerClient);
      return c.json(await live.join(k, b.name, b.clientId));
    })
    .post('/live/:code/answers', async (c) => {
      limit(deps, `answer-ip:${deps.clientIp(c)}`, limits.answerPerIp);
      const k = code(c);
      const learner = await live.asLearner(k, bearer(c));
      limit(deps, `answer-learner:${learner.learnerId}`, limits.answerPerLearner);
      const b = await body(c, answerBody);
      return c.json(await live.answer(k, learner, b.runId, b.answerId, b.answer));
    })
    .get('/live/:code/me', async (c) => {
      const k = code(c);
      return c.json(await live.mine(await live.asLearner(k, bearer(c))));
    });
}
