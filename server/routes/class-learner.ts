// Learner routes of classes (issue 16): join by class code, send attempts, read one's own.
import { Hono, type Context } from 'hono';
import { attemptsBody, classCode, classJoinBody } from '../class-schemas.ts';
import type { ClassService } from '../classes.ts';
import { bearer, body, limit, type RouteDeps } from './context.ts';

/** The class learner routes over the class service. */
export function classLearnerRoutes(deps: RouteDeps, classes: ClassService) {
  const { limits } = deps;
  const code = (c: Context) => classCode.parse(c.req.param('code'));

  return new Hono()
    .get('/classes/:code/public', async (c) => {
      const k = await classes.cls(code(c));
      return c.json({ code: k.code, name: k.name, allowNewNames: k.allowNewNames });
    })
    .post('/classes/:code/join', async (c) => {
      limit(deps, `join-ip:${deps.clientIp(c)}`, limits.joinPerIp);
      const k = code(c);
      const b = await body(c, classJoinBody);
      limit(deps, `class-join-device:${k}:${b.deviceId}`, limits.joinPerClient);
      return c.json(await classes.join(k, b.name));
    })
    .post('/classes/:code/attempts', async (c) => {
      limit(deps, `answer-ip:${deps.clientIp(c)}`, limits.answerPerIp);
      const k = code(c);
      const learner = await classes.asLearner(k, bearer(c));
      limit(deps, `class-attempts:${learner.learnerId}`, limits.answerPerLearner);
      const b = await body(c, attemptsBody);
      return c.json(await classes.attempts(await classes.cls(k), learner, b.deviceId, b.attempts));
    })
    .get('/classes/:code/me', async (c) => {
      const k = code(c);
      const learner = await classes.asLearner(k, bearer(c));
      return c.json(await classes.mine(await classes.cls(k), learner));
    });
}
