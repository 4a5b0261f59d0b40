// Making a class (issue 16): rosters pasted as a list or CSV, personal links,
// joining with the class code, and the refusals each says plainly.
import { describe, expect, it } from 'vitest';
import { hashSecret } from '../../../server/ids.ts';
import { parseRoster } from '../../../server/roster.ts';
import { makeClass } from './class-fixtures.ts';
import { testApp } from './fixtures.ts';

describe('roster parsing', () => {
  it('reads one name a line, or the name column of a CSV with a header', () => {
    expect(parseRoster('Ana\n\n  Ben   Li \r\n"Cy"\n')).toEqual(['Ana', 'Ben Li', 'Cy']);
    // A name with a comma is a name when there is no header.
    expect(parseRoster('Smith, Ana\nLee, Ben')).toEqual(['Smith, Ana', 'Lee, Ben']);
    expect(parseRoster('\ufeffEmail;Name\nana@x.org;"Ana ""Nana"" B"\nben@x.org;Ben')).toEqual([
      'Ana "Nana" B',
      'Ben',
    ]);
    // Moodle's export: first and last name columns.
    expect(parseRoster('First name,Last name,Email address\nAna,Berg,a@x\nBen,Li,b@x')).toEqual([
      'Ana Berg',
      'Ben Li',
    ]);
    expect(parseRoster('ID\tScore\ns-001\t4\ns-002\t5')).toEqual(['s-001', 's-002']);
    expect(parseRoster(['Ana', ' ', 'Ben'])).toEqual(['Ana', 'Ben']);
  });

  it('says which line is listed twice or too long', () => {
    expect(() => parseRoster('Ana\nBen\nana')).toThrow(
      'line 3: “ana” is listed twice (also line 1)',
    );
    expect(() => parseRoster(['Ana', 'ANA'])).toThrow('entry 2');
    expect(() => parseRoster(`Ana\n${'x'.repeat(41)}`)).toThrow('line 2');
    expect(() => parseRoster(Array.from({ length: 501 }, (_, i) => `L${i}`))).toThrow(
      'at most 500',
    );
  });
});

describe('class API: roster, links, joining', () => {
  it('makes a class with a link per learner, storing only hashes', async () => {
    const t = testApp();
    const k = await makeClass(t, 'Ana\nBen');
    expect(k.created).toMatchObject({ code: k.code, joinPath: `/class/#code=${k.code}` });
    expect(k.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(k.created.learners.map((l: any) => l.name)).toEqual(['Ana', 'Ben']);
    expect(k.created.learners[0].linkPath).toBe(`/class/#code=${k.code}&token=${k.tokens.Ana}`);
    expect(Buffer.from(k.tokens.Ana, 'base64url')).toHaveLength(32);
    const backup = (await t.call('GET', `/api/classes/${k.code}/backup`, undefined, k.teacher))
      .text;
    expect(backup).not.toContain(k.tokens.Ana);
    expect(backup).not.toContain(k.teacherSecret);
    expect(backup).toContain(hashSecret(k.tokens.Ana));
    // The overview lists the same links, rebuilt from the secret.
    const o = (await t.call('GET', `/api/classes/${k.code}`, undefined, k.teacher)).json;
    expect(o.learners.map((l: any) => l.linkPath)).toEqual(
      k.created.learners.map((l: any) => l.linkPath),
    );
  });

  it('refuses a bad roster saying which line, and keeps the class unmade', async () => {
    const t = testApp();
    const r = await t.call('POST', '/api/classes', {
      name: 'G',
      allowNewNames: false,
      roster: 'Ana\nana',
    });
    expect([r.status, r.json.code]).toEqual([400, 'invalid_roster']);
    expect(r.json.error).toContain('line 2');
    const bad = await t.call('POST', '/api/classes', { name: '', allowNewNames: false });
    expect([bad.status, bad.json.code]).toEqual([400, 'invalid_request']);
    expect(bad.json.error).toContain('name');
  });

  it('adds learners later, refusing names already on the roster', async () => {
    const t = testApp();
    const k = await makeClass(t, ['Ana']);
    const c = `/api/classes/${k.code}/learners`;
    const clash = await t.call('POST', c, { roster: 'Cy\nANA' }, k.teacher);
    expect([clash.status, clash.json.code, clash.json.error]).toEqual([
      400,
      'invalid_roster',
      'Already on the roster: “ANA”.',
    ]);
    const added = await t.call('POST', c, { roster: ['Cy'] }, k.teacher);
    expect(added.status).toBe(201);
    const list = (await t.call('GET', c, undefined, k.teacher)).json.learners;
    expect(list.map((l: any) => [l.name, l.source])).toEqual([
      ['Ana', 'roster'],
      ['Cy', 'roster'],
    ]);
  });

  it('joins by class code: a roster name once, a new name only when allowed', async () => {
    const t = testApp();
    const k = await makeClass(t, ['Ana Berg', 'Ben']);
    const join = (name: string, deviceId = 'device-0001') =>
      t.call('POST', `/api/classes/${k.code.toLowerCase()}/join`, { name, deviceId });
    const ana = await join('  ana   BERG ');
    expect(ana.json).toMatchObject({ learnerId: k.ids['Ana Berg'], name: 'Ana Berg' });
    const me = await t.call('GET', `/api/classes/${k.code}/me`, undefined, {
      authorization: `Bearer ${ana.json.learnerToken}`,
    });
    expect(me.json.learnerId).toBe(k.ids['Ana Berg']);
    // Someone else typing the same name cannot take over Ana's account.
    const again = await join('Ana Berg', 'device-0002');
    expect([again.status, again.json.code]).toEqual([409, 'name_taken']);
    // Nor Ben's, once Ben has opened his personal link.
    await t.call('GET', `/api/classes/${k.code}/me`, undefined, k.auth('Ben'));
    expect((await join('Ben', 'device-0003')).json.code).toBe('name_taken');
    const stranger = await join('Mallory');
    expect([stranger.status, stranger.json.code]).toEqual([403, 'not_on_roster']);
    expect((await join('   ')).json.code).toBe('name_required');
    await t.call('PATCH', `/api/classes/${k.code}`, { allowNewNames: true }, k.teacher);
    const newcomer = await join('Mallory');
    expect(newcomer.status).toBe(200);
    const list = (await t.call('GET', `/api/classes/${k.code}/learners`, undefined, k.teacher)).json
      .learners;
    expect(list.map((l: any) => [l.name, l.source, l.linkPath === null])).toEqual([
      ['Ana Berg', 'roster', false],
      ['Ben', 'roster', false],
      ['Mallory', 'joined', true],
    ]);
    // Revoking Mallory ends the joined token.
    await t.call(
      'POST',
      `/api/classes/${k.code}/learners/${newcomer.json.learnerId}/revoke`,
      undefined,
      k.teacher,
    );
    const gone = await t.call('GET', `/api/classes/${k.code}/me`, undefined, {
      authorization: `Bearer ${newcomer.json.learnerToken}`,
    });
    expect(gone.status).toBe(401);
  });

  it('rate limits joining per device with Retry-After', async () => {
    const t = testApp();
    const k = await makeClass(t, [], true);
    let last = { status: 0, headers: new Headers() } as Awaited<ReturnType<typeof t.call>>;
    for (let i = 0; i < 11; i++)
      last = await t.call('POST', `/api/classes/${k.code}/join`, {
        name: `N${i}`,
        deviceId: 'device-0001',
      });
    expect([last.status, last.json.code]).toEqual([429, 'rate_limited']);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
