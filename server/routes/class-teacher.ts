// Teacher routes of classes (issue 16): each needs the class's teacher secret.
import { Hono, type Context } from 'hono';
import {
  addLearnersBody,
  assignmentIdParam,
  classCode,
  createAssignmentBody,
  createClassBody,
  dueBody,
  learnerIdParam,
  updateClassBody,
} from '../class-schemas.ts';
import type { ClassService } from '../classes.ts';
import { body, limit, type RouteDeps } from './context.ts';
import { teacherKey } from './teacher.ts';

/** The class teacher routes over the class service. */
export function classTeacherRoutes(deps: RouteDeps, classes: ClassService) {
  const teacher = async (c: Context) => {
    const secret = teacherKey(c);
    const k = await classes.asTeacher(classCode.parse(c.req.param('code')), secret);
    return { k, secret: secret! };
  };
  const aid = (c: Context) => assignmentIdParam.parse(c.req.param('id'));
  const lid = (c: Context) => learnerIdParam.parse(c.req.param('learnerId'));

  return new Hono()
    .post('/classes', async (c) => {
      limit(deps, `create:${deps.clientIp(c)}`, deps.limits.createPerIp);
      const b = await body(c, createClassBody);
      return c.json(await classes.create(b.name, b.allowNewNames, b.roster), 201);
    })
    .post('/classes/restore', async (c) => {
      limit(deps, `create:${deps.clientIp(c)}`, deps.limits.createPerIp);
      return c.json(await classes.restore(await c.req.json()), 201);
    })
    .get('/classes/:code', async (c) => {
      const { k, secret } = await teacher(c);
      return c.json(await classes.overview(k, secret));
    })
    .patch('/classes/:code', async (c) => {
      const { k, secret } = await teacher(c);
      await classes.update(k, await body(c, updateClassBody));
      return c.json(await classes.overview((await classes.cls(k.code))!, secret));
    })
    .delete('/classes/:code', async (c) => {
      const { k } = await teacher(c);
      return c.json(await classes.remove(k));
    })
    .get('/classes/:code/learners', async (c) => {
      const { k, secret } = await teacher(c);
      return c.json({ learners: await classes.roster(k, secret) });
    })
    .post('/classes/:code/learners', async (c) => {
      const { k, secret } = await teacher(c);
      const b = await body(c, addLearnersBody);
      return c.json({ learners: await classes.addLearners(k, secret, b.roster) }, 201);
    })
    .post('/classes/:code/learners/:learnerId/revoke', async (c) => {
      const { k } = await teacher(c);
      const id = lid(c);
      await classes.revoke(k, id);
      return c.json({ learnerId: id, revoked: true });
    })
    .post('/classes/:code/learners/:learnerId/reissue', async (c) => {
      const { k, secret } = await teacher(c);
      return c.json(await classes.reissue(k, secret, lid(c)));
    })
    .post('/classes/:code/assignments', async (c) => {
      const { k } = await teacher(c);
      const b = await body(c, createAssignmentBody);
      return c.json(await classes.createAssignment(k, b.assignment, b.publish), 201);
    })
    .post('/classes/:code/assignments/:id/publish', async (c) => {
      const { k } = await teacher(c);
      return c.json(await classes.publish(k, aid(c)));
    })
    .post('/classes/:code/assignments/:id/due', async (c) => {
      const { k } = await teacher(c);
      const b = await body(c, dueBody);
      return c.json(await classes.extend(k, aid(c), b.due, b.learnerId));
    })
    .get('/classes/:code/assignments/:id/gradebook', async (c) => {
      const { k } = await teacher(c);
      const id = aid(c);
      await classes.assignment(k, id);
      // Read before the gradebook, so a change in between makes the next request fresh.
      const etag = `W/"${k.code}-${id}-${await classes.changeTag(k)}"`;
      c.header('ETag', etag);
      c.header('Cache-Control', 'private, no-cache');
      if (c.req.header('if-none-match') === etag) return c.body(null, 304);
      return c.json(await classes.gradebook(k, id));
    })
    .get('/classes/:code/backup', async (c) => {
      const { k } = await teacher(c);
      c.header('Content-Disposition', `attachment; filename="class-${k.code}-backup.json"`);
      return c.json(await classes.backup(k));
    });
}
