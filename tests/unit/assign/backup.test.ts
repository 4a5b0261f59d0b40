import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '../../../src/assign/assignment.ts';
import { makeBackup, readBackup } from '../../../src/assign/backup.ts';
import { encodeReport, reportFile, type Report } from '../../../src/assign/report.ts';
import { assignment } from './fixtures.ts';

const report = (name: string): Report => ({
  assignment: assignment.id,
  title: assignment.title,
  name,
  createdAt: 2000,
  attempts: [{ poll: 'p-single', answer: 'b', at: 10 }],
});

describe('gradebook backup', () => {
  it('round-trips assignments, reports and the Not counted list', async () => {
    const code = await encodeAssignment(assignment);
    const ada = await encodeReport(report('Ada'), assignment);
    const fp = `${assignment.id}.${assignment.key}`;
    const text = makeBackup(
      [
        {
          assignment: { fp, code, title: assignment.title, addedAt: 7, archived: true },
          reports: [
            {
              id: 'x',
              fp,
              code: ada,
              source: 'ada.json',
              batch: 'b1',
              importedAt: 9,
              chosenAt: 11,
            },
            // Altered after the backup was written: not restored, and counted as such.
            {
              id: 'y',
              fp,
              code: ada.slice(0, -2) + 'AA',
              source: 'bad',
              batch: 'b1',
              importedAt: 9,
            },
          ],
          refused: [
            { id: 'z', fp, batch: 'b1', source: 'p 2', flag: 'integrity', name: 'Eve', at: 9 },
            { id: 'w', fp, batch: 'b1', source: 'p 3', flag: 'nonsense' as 'integrity', at: 9 },
          ],
        },
      ],
      100,
    );
    const read = await readBackup(text, 200);
    expect(read).toEqual({
      ok: true,
      badAssignments: 0,
      badReports: 1,
      entries: [
        {
          assignment,
          code,
          archived: true,
          addedAt: 7,
          reports: [{ code: ada, source: 'ada.json', batch: 'b1', importedAt: 9, chosenAt: 11 }],
          refused: [{ batch: 'b1', source: 'p 2', flag: 'integrity', name: 'Eve', at: 9 }],
        },
      ],
    });
  });

  it('says clearly when a file is not a backup', async () => {
    expect(await readBackup('hello', 0)).toEqual({
      ok: false,
      why: 'This file is not a gradebook backup: it is not even JSON.',
    });
    expect(await readBackup('{"a":1}', 0)).toEqual({
      ok: false,
      why: 'This file is not a gradebook backup of this course.',
    });
    const file = reportFile(report('Ada'), await encodeReport(report('Ada'), assignment));
    expect(await readBackup(file, 0)).toMatchObject({ ok: false, why: /learner’s report file/ });
    expect(
      await readBackup('{"format":"nn-course-gradebook-backup","version":9,"assignments":[]}', 0),
    ).toMatchObject({ ok: false, why: /newer version/ });
  });
});
