// npm run build:scorm as a teacher runs it: from a link to a zip, and clear words on bad input.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { assignmentLink, encodeAssignment } from '../../../src/assign/assignment.ts';
import { SCORM_FILES, pageAssets } from '../../../src/scorm/files.ts';
import { assignment } from '../assign/fixtures.ts';
import { manifestProblems } from './manifest-check.ts';

const dir = mkdtempSync(join(tmpdir(), 'nn-scorm-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A built site with the two lessons of the fixture assignment.
const HOSTILE = '</script><script>alert(1)</script>';
const site: Record<string, string> = {
  'scorm/index.html':
    '<html><head><script type="application/json" id="nn-scorm-data">null</script></head><body></body></html>',
  'lessons/06-gradient-descent/index.html':
    '<html><head></head><body><a href="/">home</a></body></html>',
  'lessons/07-backpropagation/index.html': '<html><head></head><body></body></html>',
};
const dist = join(dir, 'dist');
for (const [p, text] of Object.entries(site)) {
  mkdirSync(dirname(join(dist, p)), { recursive: true });
  writeFileSync(join(dist, p), text);
}
const entry = (page: string) => ({ page, assets: pageAssets(site[page], () => null) });
writeFileSync(
  join(dist, SCORM_FILES),
  JSON.stringify({
    player: entry('scorm/index.html'),
    lessons: {
      'lessons/06-gradient-descent': entry('lessons/06-gradient-descent/index.html'),
      'lessons/07-backpropagation': entry('lessons/07-backpropagation/index.html'),
    },
  }),
);

const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', 'scripts/build-scorm.ts', ...args],
    {
      encoding: 'utf8',
    },
  );

describe('npm run build:scorm', () => {
  it('writes the package of an assignment link', async () => {
    const a = { ...assignment, title: `Week 3 ${HOSTILE}` };
    const link = assignmentLink('https://course.example', await encodeAssignment(a));
    const out = join(dir, 'week3.zip');
    const r = run(link, '--pass', '70', '--out', out, '--dist', dist);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/week3\.zip: \d+ KB, SCORM 1\.2/);
    const files = unzipSync(readFileSync(out));
    expect(manifestProblems(strFromU8(files['imsmanifest.xml']), Object.keys(files))).toEqual([]);
    const html = strFromU8(files['index.html']);
    // The title cannot end the data script early, and reads back exactly.
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const data = JSON.parse(/id="nn-scorm-data">([\s\S]*?)<\/script>/.exec(html)![1]);
    expect(data).toEqual({ assignment: a, passMark: 70 });
  });

  it('says what is wrong with bad input', async () => {
    const code = await encodeAssignment(assignment);
    expect(run().stderr).toContain('Usage: npm run build:scorm');
    expect(run('nnA1.broken.tag', '--dist', dist).stderr).toContain(
      'That is not a usable assignment link (integrity).',
    );
    expect(run(code, '--pass', 'lots', '--dist', dist).stderr).toContain(
      'whole number from 0 to 100',
    );
    expect(run(code, '--dist', join(dir, 'nowhere')).stderr).toContain('build the site first');
    const other = await encodeAssignment({
      ...assignment,
      lessons: [{ lesson: 'lessons/99-gone' }],
    });
    const r = run(other, '--dist', dist, '--out', join(dir, 'x.zip'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('The lesson "lessons/99-gone" is not in this build of the course.');
  });
});
