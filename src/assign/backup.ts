// The whole gradebook as one file: every assignment (its link code, so its key
// too), every report and the "Not counted" list. Restoring checks every code
// again and adds what is missing; it never removes anything.
import { decodeAssignment, type Assignment } from './assignment.ts';
import type { SavedAssignment, SavedRefusal, SavedReport } from './db.ts';
import { decodeReport, REPORT_FILE_FORMAT } from './report.ts';
import { flagText } from './strings.ts';

/** The `format` field of a backup file. */
export const BACKUP_FORMAT = 'nn-course-gradebook-backup';
/** The version of backup files this code writes (and the newest it reads). */
export const BACKUP_VERSION = 1;

type ReportPart = Omit<SavedReport, 'id' | 'fp'>;
type RefusalPart = Omit<SavedRefusal, 'id' | 'fp'>;

/** One assignment with everything saved for it. */
export interface BackupEntry {
  assignment: SavedAssignment;
  reports: SavedReport[];
  refused: SavedRefusal[];
}

/** The backup file's text. */
export function makeBackup(entries: readonly BackupEntry[], now: number): string {
  const strip = <T extends { id: string; fp: string }>({ id: _i, fp: _f, ...rest }: T) => rest;
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    assignments: entries.map((e) => ({
      code: e.assignment.code,
      archived: e.assignment.archived,
      addedAt: e.assignment.addedAt,
      reports: e.reports.map(strip),
      refused: e.refused.map(strip),
    })),
  });
}

/** What a backup holds once checked: assignments with the reports that still verify. */
export interface Restored {
  assignment: Assignment;
  code: string;
  archived: boolean;
  addedAt: number;
  reports: ReportPart[];
  refused: RefusalPart[];
}

/** A checked backup, with how many of its parts did not verify; or why the file is not a backup. */
export type BackupRead =
  | { ok: true; entries: Restored[]; badAssignments: number; badReports: number }
  | { ok: false; why: string };

const num = (v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
const text = (v: unknown, max = 500) => (typeof v === 'string' ? v.slice(0, max) : '');

/** Reads a backup file's text; every assignment and report code is checked as if imported afresh. */
export async function readBackup(fileText: string, now: number): Promise<BackupRead> {
  let d: Record<string, unknown>;
  try {
    d = JSON.parse(fileText) as Record<string, unknown>;
  } catch {
    return { ok: false, why: 'This file is not a gradebook backup: it is not even JSON.' };
  }
  if (!d || typeof d !== 'object' || Array.isArray(d))
    return { ok: false, why: 'This file is not a gradebook backup of this course.' };
  if (d.format === REPORT_FILE_FORMAT)
    return {
      ok: false,
      why: 'This is a learner’s report file, not a backup: import it under “Report files”.',
    };
  if (d.format !== BACKUP_FORMAT || !Array.isArray(d.assignments))
    return { ok: false, why: 'This file is not a gradebook backup of this course.' };
  if (typeof d.version !== 'number' || d.version > BACKUP_VERSION)
    return {
      ok: false,
      why: 'This backup was made by a newer version of the course; open it there.',
    };
  const entries: Restored[] = [];
  let badAssignments = 0;
  let badReports = 0;
  for (const x of d.assignments as unknown[]) {
    const e = (x ?? {}) as Record<string, unknown>;
    const read = await decodeAssignment(text(e.code, 100_000));
    if (!read.ok) {
      badAssignments++;
      continue;
    }
    const reports: ReportPart[] = [];
    for (const y of Array.isArray(e.reports) ? (e.reports as unknown[]) : []) {
      const r = (y ?? {}) as Record<string, unknown>;
      const ok = typeof r.code === 'string' && (await decodeReport(r.code, read.assignment)).ok;
      if (!ok) {
        badReports++;
        continue;
      }
      reports.push({
        code: r.code as string,
        source: text(r.source) || 'restored',
        batch: text(r.batch) || 'restored from a backup',
        importedAt: num(r.importedAt, now),
        ...(typeof r.chosenAt === 'number' ? { chosenAt: num(r.chosenAt, now) } : {}),
      });
    }
    const refused: RefusalPart[] = [];
    for (const y of Array.isArray(e.refused) ? (e.refused as unknown[]) : []) {
      const r = (y ?? {}) as Record<string, unknown>;
      if (typeof r.flag !== 'string' || !Object.hasOwn(flagText, r.flag)) continue;
      refused.push({
        batch: text(r.batch) || 'restored from a backup',
        source: text(r.source) || 'restored',
        flag: r.flag as SavedRefusal['flag'],
        ...(typeof r.detail === 'string' ? { detail: text(r.detail, 200) } : {}),
        ...(typeof r.name === 'string' ? { name: text(r.name, 200) } : {}),
        at: num(r.at, now),
      });
    }
    entries.push({
      assignment: read.assignment,
      code: read.code,
      archived: e.archived === true,
      addedAt: num(e.addedAt, now),
      reports,
      refused,
    });
  }
  return { ok: true, entries, badAssignments, badReports };
}
