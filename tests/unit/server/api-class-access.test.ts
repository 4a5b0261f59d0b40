// Who may see what (issue 16): every teacher route without, with a wrong, with a
// learner's or with another class's secret; a learner token on another class; a
// revoked token. Each must answer 401/403 with an error body and never data.
import { describe, expect, it } from 'vitest';
import { makeClass, send, week1 } from './class-fixtures.ts';
import { testApp } from './fixtures.ts';

/** A refusal carries only the error and its code. */
const refused = (r: { status: number; json: any }, status = 401) => {
  expect(r.status).toBe(status);
  expect(Object.keys(r.json).sort()).toEqual(['code', 'error']);
};

async function twoClasses() {
  const t = testApp();
  const k = await makeClass(t, ['Ana', 'Ben']);
  const other = await makeClass(t, ['Zoe']);
  await t.call(
    'POST',
    `/api/classes/${k.code}/assignments`,
    { assignment: week1(), publish: true },
    k.teacher,
  );
  await send(t, k.code, k.auth('Ana'), 'ana-laptop', [
    { attemptId: 'ana-0001', pollId: 'zero-init', response: 'b' },
  ]);
  return { t, k, other };
}

describe('class API: forbidden access', () => {
  it('refuses every teacher route without the class’s own teacher secret', async () => {
    const { t, k, other } = await twoClasses();
    const c = `/api/classes/${k.code}`;
    const routes: [string, string, unknown?][] = [
      ['GET', c],
      ['PATCH', c, { name: 'Mine now' }],
      ['DELETE', c],
      ['GET', `${c}/learners`],
      ['POST', `${c}/learners`, { roster: ['Mallory'] }],
      ['POST', `${c}/learners/${k.ids.Ana}/revoke`],
      ['POST', `${c}/learners/${k.ids.Ana}/reissue`],
      ['POST', `${c}/assignments`, { assignment: week1({ id: 'asg-evil' }) }],
      ['POST', `${c}/assignments/asg-week1/publish`],
      ['POST', `${c}/assignments/asg-week1/due`, { due: null }],
      ['GET', `${c}/assignments/asg-week1/gradebook`],
      ['GET', `${c}/backup`],
    ];
    const callers: Record<string, Record<string, string>> = {
      none: {},
      wrong: { authorization: 'Bearer not-the-secret' },
      learner: k.auth('Ana'),
      otherTeacher: other.teacher,
    };
    for (const [method, path, body] of routes)
      for (const [who, headers] of Object.entries(callers)) {
        const r = await t.call(method, path, body, headers);
        expect([method, path, who, r.status]).toEqual([method, path, who, 401]);
        refused(r);
      }
    // ?key= with a wrong secret is refused too.
    refused(await t.call('GET', `${c}/backup?key=nope`));
    // Nothing changed: the class, its roster and Ana's link are intact.
    const after = await t.call('GET', c, undefined, k.teacher);
    expect(after.json.name).toBe('Group A');
    expect(after.json.learners.map((l: any) => l.name)).toEqual(['Ana', 'Ben']);
    expect(after.json.assignments).toHaveLength(1);
    expect((await t.call('GET', `${c}/me`, undefined, k.auth('Ana'))).status).toBe(200);
  });

  it('keeps a learner to their own data in their own class', async () => {
    const { t, k, other } = await twoClasses();
    // Ana's token at another class, and Zoe's at Ana's.
    refused(await t.call('GET', `/api/classes/${other.code}/me`, undefined, k.auth('Ana')));
    refused(await t.call('GET', `/api/classes/${k.code}/me`, undefined, other.auth('Zoe')));
    refused(
      await send(t, other.code, k.auth('Ana'), 'ana-laptop', [
        { attemptId: 'ana-0009', pollId: 'zero-init', response: 'b' },
      ]),
    );
    refused(await t.call('GET', `/api/classes/${k.code}/me`));
    refused(
      await t.call('GET', `/api/classes/${k.code}/me`, undefined, { authorization: 'Bearer x' }),
    );
    // Ben sees only Ben: none of Ana's attempts, no roster.
    const ben = await t.call('GET', `/api/classes/${k.code}/me`, undefined, k.auth('Ben'));
    expect(ben.status).toBe(200);
    expect(ben.json.attempts).toEqual([]);
    expect(ben.text).not.toContain('Ana');
    expect(ben.text).not.toContain(k.ids.Ana);
    // The public card of a class has its name only.
    const pub = await t.call('GET', `/api/classes/${k.code}/public`);
    expect(pub.json).toEqual({ code: k.code, name: 'Group A', allowNewNames: false });
  });

  it('stops a revoked link at once, and a reissued link works with the old attempts', async () => {
    const { t, k } = await twoClasses();
    const c = `/api/classes/${k.code}`;
    const old = k.auth('Ana');
    expect(
      (await t.call('POST', `${c}/learners/${k.ids.Ana}/revoke`, undefined, k.teacher)).json,
    ).toEqual({
      learnerId: k.ids.Ana,
      revoked: true,
    });
    refused(await t.call('GET', `${c}/me`, undefined, old));
    refused(
      await send(t, k.code, old, 'ana-laptop', [
        { attemptId: 'ana-0002', pollId: 'pick-two', response: ['x'] },
      ]),
    );
    const listed = (await t.call('GET', `${c}/learners`, undefined, k.teacher)).json.learners;
    expect(listed[0]).toMatchObject({
      name: 'Ana',
      linkPath: null,
      revoked: true,
      activeTokens: 0,
    });
    const re = await t.call('POST', `${c}/learners/${k.ids.Ana}/reissue`, undefined, k.teacher);
    const token = new URLSearchParams(re.json.linkPath.split('#')[1]).get('token');
    expect(token).not.toBe(k.tokens.Ana);
    refused(await t.call('GET', `${c}/me`, undefined, old));
    const me = await t.call('GET', `${c}/me`, undefined, { authorization: `Bearer ${token}` });
    expect(me.json.attempts.map((x: any) => x.attemptId)).toEqual(['ana-0001']);
    // The teacher's list rebuilds the new link from the secret.
    const again = (await t.call('GET', `${c}/learners`, undefined, k.teacher)).json.learners;
    expect(again[0]).toMatchObject({ linkPath: re.json.linkPath, revoked: false, activeTokens: 1 });
    const nobody = await t.call('POST', `${c}/learners/cl_nobody/revoke`, undefined, k.teacher);
    expect([nobody.status, nobody.json.code]).toEqual([404, 'unknown_learner']);
  });

  it('says which class is unknown, and which path is not a class code', async () => {
    const { t, k } = await twoClasses();
    const unknown = await t.call('GET', '/api/classes/ZZZZZZ', undefined, k.teacher);
    expect([unknown.status, unknown.json.code]).toEqual([404, 'no_class']);
    expect((await t.call('GET', '/api/classes/abc/me')).status).toBe(400);
    expect(t.errors).toEqual([]);
  });
});
