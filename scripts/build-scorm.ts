// npm run build:scorm -- <assignment link or code> [--pass 70] [--out file.zip] [--dist dist]
// Writes the same SCORM 1.2 package as the builder's button, from the built site on disk.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeAssignment } from '../src/assign/assignment.ts';
import { SCORM_FILES, type ScormFiles } from '../src/scorm/files.ts';
import { makePackage, packageName } from '../src/scorm/package.ts';
import { readPassMark } from '../src/scorm/pass-mark.ts';

const usage =
  'Usage: npm run build:scorm -- <assignment link or nnA1 code> [--pass 0-100] [--out file.zip] [--dist dist]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { pass: { type: 'string' }, out: { type: 'string' }, dist: { type: 'string' } },
});
if (positionals.length !== 1) fail(usage);
const read = await decodeAssignment(positionals[0]);
if (!read.ok) fail(`That is not a usable assignment link (${read.error}).\n${usage}`);
const mark = readPassMark(values.pass ?? '');
if (!mark.ok) fail(mark.message);
const dist = resolve(values.dist ?? 'dist');
let index: ScormFiles;
try {
  index = JSON.parse(readFileSync(join(dist, SCORM_FILES), 'utf8')) as ScormFiles;
} catch {
  fail(`No ${SCORM_FILES} in ${dist}: build the site first (npm run build).`);
}
try {
  const zip = await makePackage(
    index,
    { assignment: read.assignment, passMark: mark.value },
    async (p) => readFileSync(join(dist, p)),
  );
  const out = values.out ?? packageName(read.assignment);
  writeFileSync(out, zip);
  console.log(
    `${out}: ${(zip.length / 1024).toFixed(0)} KB, SCORM 1.2, "${read.assignment.title}"`,
  );
} catch (e) {
  fail(`The package could not be made: ${e instanceof Error ? e.message : String(e)}`);
}
