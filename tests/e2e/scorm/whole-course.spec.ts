import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { encodeAssignment } from '../../../src/assign/assignment.ts';
import { SCORM_FILES, type ScormFiles } from '../../../src/scorm/files.ts';
import { makePackage } from '../../../src/scorm/package.ts';
import { assignment } from '../../unit/assign/fixtures.ts';
import { manifestProblems } from '../../unit/scorm/manifest-check.ts';
import { dist } from '../pages.ts';

// Runs after the build (npm test builds before the browser tests), on the real dist/.
test('the whole course packs as a valid SCORM 1.2 package with no link to the site root', async () => {
  const real = JSON.parse(readFileSync(join(dist, SCORM_FILES), 'utf8')) as ScormFiles;
  const lessons = Object.keys(real.lessons).map((lesson) => ({ lesson }));
  expect(lessons.length).toBeGreaterThan(5);
  const a = { ...assignment, lessons };
  await encodeAssignment(a); // a well-formed assignment
  const zip = await makePackage(real, { assignment: a, passMark: null }, async (p) =>
    readFileSync(join(dist, p)),
  );
  const files = unzipSync(zip);
  expect(manifestProblems(strFromU8(files['imsmanifest.xml']), Object.keys(files))).toEqual([]);
  for (const [name, bytes] of Object.entries(files)) {
    if (!/\.(html|css)$/.test(name)) continue;
    expect(strFromU8(bytes), name).not.toMatch(
      /\s(?:href|src|component-url|renderer-url)="\/|url\(\/|register-sw/,
    );
  }
  console.log(
    `whole course: ${(zip.length / 1024).toFixed(0)} KB in ${Object.keys(files).length} files`,
  );
});
