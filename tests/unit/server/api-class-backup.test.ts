// Back up, delete and restore a class (issue 16): deleting removes every
// learner's data; a restore brings back the same gradebook, secret and links.
import { describe, expect, it } from 'vitest';
import { makeClass, send, week1 } from './class-fixtures.ts';
import { openSqlite } from '../../../server/store/sqlite.ts';
import { testApp } from './fixtures.ts';

async function classWithWork() {
  const repo = openSqlite(':memory:');
  const t = testApp({ repo });
  const k = await makeClass(t, ['Ana', 'Ben']);
  await t.call(
    'POST',
    `/api/classes/${k.code}/assignments`,
    { assignment: week1(), publish: true },
    k.teacher,
  );
  await send(t, k.code, k.auth('Ana'), 'ana-laptop', [
    { attemptId: 'ana-0001', pollId: 'zero-init', response: 'a' },
    { attemptId: 'ana-0002', pollId: 'zero-init', response: 'b' },
  ]);
  await send(t, k.code, k.auth('Ana'), 'ana-phone', [
    { attemptId: 'ana-0003', pollId: 'pick-two', response: ['x', 'z'] },
  ]);
  await t.call(
    'POST',
    `/api/classes/${k.code}/assignments/asg-week1/due`,
    { due: Date.parse('2026-12-03T09:00:00Z'), learnerId: k.ids.Ben },
    k.teacher,
  );
  return { t, k, repo };
}

describe('class API: backup, delete, restore', () => {
  it('deletes every learner’s data, then restores the class as it was', async () => {
    const { t, k, repo } = await classWithWork();
    const c = `/api/classes/${k.code}`;
    const gradebook = () =>
      t.call('GET', `${c}/assignments/asg-week1/gradebook`, undefined, k.teacher);
    const before = (await gradebook()).json;
    const b = await t.call('GET', `${c}/backup`, undefined, k.teacher);
    expect(b.headers.get('content-disposition')).toBe(
      `attachment; filename="class-${k.code}-backup.json"`,
    );
    expect(b.json).toMatchObject({ format: 'nn-class-backup', version: 1 });
    expect(b.json.attempts.map((x: any) => [x.attemptId, x.response])).toEqual([
      ['ana-0001', 'a'],
      ['ana-0002', 'b'],
      ['ana-0003', ['x', 'z']],
    ]);

    const del = await t.call('DELETE', c, undefined, k.teacher);
    expect(del.json).toEqual({ deleted: k.code, learners: 2, attempts: 3 });
    expect((await t.call('GET', c, undefined, k.teacher)).json.code).toBe('no_class');
    expect((await t.call('GET', `${c}/me`, undefined, k.auth('Ana'))).status).toBe(404);
    expect(await repo.classes.dump(k.code)).toBeNull();
    expect(await repo.classes.attempts(k.code)).toEqual([]);

    const r = await t.call('POST', '/api/classes/restore', b.json);
    expect([r.status, r.json]).toEqual([201, { code: k.code, name: 'Group A', learners: 2 }]);
    const after = (await gradebook()).json;
    expect({ ...after, generatedAt: null, version: null }).toEqual({
      ...before,
      generatedAt: null,
      version: null,
    });
    // The old personal link and teacher secret work again.
    const me = await t.call('GET', `${c}/me`, undefined, k.auth('Ana'));
    expect(me.json.attempts).toHaveLength(3);
    const again = await t.call('POST', '/api/classes/restore', b.json);
    expect([again.status, again.json.code]).toEqual([409, 'class_exists']);
  });

  it('refuses a damaged backup saying what is wrong, and restores nothing', async () => {
    const { t, k } = await classWithWork();
    const b = (await t.call('GET', `/api/classes/${k.code}/backup`, undefined, k.teacher)).json;
    await t.call('DELETE', `/api/classes/${k.code}`, undefined, k.teacher);
    const restore = (x: unknown) => t.call('POST', '/api/classes/restore', x);
    const cases: [unknown, string][] = [
      [{ ...b, format: 'something-else' }, 'format'],
      [{ ...b, version: 2 }, 'version'],
      [{ ...b, class: { ...b.class, code: 'oops' } }, 'class.code'],
      [
        { ...b, attempts: [...b.attempts, { ...b.attempts[0], learnerId: 'cl_ghost' }] },
        'attempts.3 names learner cl_ghost',
      ],
      [
        { ...b, assignments: [{ ...b.assignments[0], assignment: { id: 'asg-week1' } }] },
        'assignments.0 is not a well-formed assignment',
      ],
      [
        { ...b, extensions: [{ ...b.extensions[0], assignmentId: 'asg-other' }] },
        'extensions.0 names assignment asg-other',
      ],
      [{ ...b, learners: [...b.learners, b.learners[0]] }, 'listed twice'],
    ];
    for (const [bad, says] of cases) {
      const r = await restore(bad);
      expect([r.status, r.json.code]).toEqual([400, 'invalid_backup']);
      expect(r.json.error).toContain('The file is not a class backup this server can restore.');
      expect(r.json.error).toContain(says);
    }
    expect((await restore('{"format":')).json.code).toBe('invalid_request');
    // Learner ids that belong to another class on this server.
    const other = await makeClass(t, ['Zoe']);
    const clash = await restore({
      ...b,
      learners: [...b.learners, { ...b.learners[0], learnerId: other.ids.Zoe, nameKey: 'zoe2' }],
    });
    expect([clash.status, clash.json.code]).toEqual([400, 'invalid_backup']);
    expect(clash.json.error).toContain('clash');
    expect((await t.call('GET', `/api/classes/${k.code}`, undefined, k.teacher)).status).toBe(404);
    // A backup may be large: 1 MiB of attempts passes the size check (and then the schema).
    const big = await restore({ ...b, pad: 'x'.repeat(1 << 20) });
    expect([big.status, big.json.code]).toEqual([400, 'invalid_backup']);
    expect(t.errors).toEqual([]);
  });
});
