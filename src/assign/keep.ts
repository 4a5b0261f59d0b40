// Keeping the gradebook beyond one page: carrying over what the older
// gradebook saved, collecting everything for the backup file, and adding a
// restored backup to what is saved (never replacing or removing anything).
import type { Assignment } from './assignment.ts';
import type { BackupEntry, Restored } from './backup.ts';
import * as db from './db.ts';
import type { SavedAssignment, SavedRefusal, SavedReport } from './db.ts';
import { readReports, type Accepted, type Refusal } from './gradebook.ts';
import { own } from './own.ts';
import { $gradebookCodes } from './store.ts';

/** Copies the reports the older gradebook kept under this assignment's id (only those that verify with its key), once. */
export async function carryOver(rec: SavedAssignment, a: Assignment): Promise<void> {
  const codes = own($gradebookCodes.get(), a.id);
  if (rec.migrated || !Array.isArray(codes) || codes.length === 0) return;
  for (let i = 0; i < codes.length; i += 500) {
    const chunk = codes.slice(i, i + 500).filter((c) => typeof c === 'string');
    const { accepted } = await readReports(
      chunk.map((text, j) => ({ label: `saved report ${i + j + 1}`, text })),
      a,
    );
    const at = Date.now();
    await db.saveReports(
      await Promise.all(
        accepted.map(async (x) => ({
          id: await db.reportId(rec.fp, x.code),
          fp: rec.fp,
          code: x.code,
          source: x.source,
          batch: 'saved by the older gradebook',
          importedAt: at,
        })),
      ),
    );
  }
  await db.saveAssignment({ ...rec, migrated: true });
}

/** Every saved assignment with its reports and refusals. */
export async function savedEntries(): Promise<BackupEntry[]> {
  const entries: BackupEntry[] = [];
  for (const x of await db.listAssignments())
    entries.push({
      assignment: x,
      reports: await db.listReports(x.fp),
      refused: await db.listRefusals(x.fp),
    });
  return entries;
}

/** Adds (mutating `entries`) what the browser refused to save, so the backup file holds it too. */
export function withUnsaved(
  entries: BackupEntry[],
  reports: ReadonlyMap<string, SavedReport[]>,
  refusals: ReadonlyMap<string, SavedRefusal[]>,
): void {
  for (const e of entries) {
    const ids = new Set(e.reports.map((r) => r.id));
    e.reports.push(...(reports.get(e.assignment.fp) ?? []).filter((r) => !ids.has(r.id)));
    const rids = new Set(e.refused.map((r) => r.id));
    e.refused.push(...(refusals.get(e.assignment.fp) ?? []).filter((r) => !rids.has(r.id)));
  }
}

/** Saves a checked backup beside what is there: reports already saved are counted, not rewritten. */
export async function restoreEntries(
  entries: readonly Restored[],
): Promise<{ added: number; already: number; error?: unknown }> {
  let added = 0;
  let already = 0;
  try {
    for (const e of entries) {
      const fp = db.fingerprint(e.assignment);
      await db.saveAssignment({ fp, code: e.code, title: e.assignment.title });
      const have = new Set((await db.listReports(fp)).map((r) => r.id));
      const recs: SavedReport[] = [];
      for (const r of e.reports) {
        const id = await db.reportId(fp, r.code);
        if (have.has(id)) already++;
        else recs.push({ ...r, id, fp });
      }
      await db.saveReports(recs);
      added += recs.length;
      await db.saveRefusals(e.refused.map((r) => ({ ...r, fp, id: db.refusalId(fp, r) })));
      db.announce(fp);
    }
    return { added, already };
  } catch (error) {
    return { added, already, error };
  }
}

/** The records one import batch saves: its accepted reports and its refusals, under the batch's label and time. */
export async function records(
  fp: string,
  batch: string,
  at: number,
  accepted: readonly Accepted[],
  refused: readonly Refusal[],
): Promise<{ recs: SavedReport[]; refs: SavedRefusal[] }> {
  const recs = await Promise.all(
    accepted.map(async (x) => ({
      id: await db.reportId(fp, x.code),
      fp,
      code: x.code,
      source: x.source,
      batch,
      importedAt: at,
    })),
  );
  const refs = refused.map((x) => ({
    id: db.refusalId(fp, { batch, source: x.source, at }),
    fp,
    batch,
    source: x.source,
    flag: x.flag,
    ...(x.detail !== undefined ? { detail: x.detail } : {}),
    ...(x.name !== undefined ? { name: x.name } : {}),
    at,
  }));
  return { recs, refs };
}
