// The gradebook's state and actions, apart from rendering. Everything shown
// is re-read from IndexedDB after each change (and when another tab announces
// one), so two tabs and two imports merge instead of overwriting. Imports run
// one after another in a queue. A report that could not be saved (storage
// full) stays on screen, marked, and goes into the backup file.
import { useEffect, useRef, useState } from 'preact/hooks';
import { decodeAssignment, type Assignment } from '../assignment.ts';
import { makeBackup, readBackup, type BackupEntry } from '../backup.ts';
import { carryOver, records, restoreEntries, savedEntries, withUnsaved } from '../keep.ts';
import * as db from '../db.ts';
import type { SavedAssignment, SavedRefusal, SavedReport } from '../db.ts';
import { readReports, type Source } from '../gradebook.ts';
import { gradeReport, type GradedReport, type PollInfo } from '../grading.ts';
import { own } from '../own.ts';
import { decodeReport, type Report } from '../report.ts';
import { $madeAssignments } from '../store.ts';
import { linkError, storageText } from '../strings.ts';
import type { WidgetCheck } from '../../quiz/grade.ts';
import { downloadText as download } from '../../ui/download.ts';

/** A kept report, read and graded; `unsaved` when the browser refused to store it. */
export interface Entry {
  saved: SavedReport;
  report: Report;
  graded: GradedReport;
  unsaved: boolean;
}

/** What the gradebook shows. */
export interface View {
  a: Assignment | null;
  code: string;
  entries: Entry[];
  /** Saved records that no longer read (kept; the teacher may remove them). */
  unreadable: SavedReport[];
  refusals: (SavedRefusal & { unsaved: boolean })[];
  assignments: SavedAssignment[];
  /** A storage problem to show ('' when none). */
  storage: string;
  /** Imports waiting or running. */
  pending: number;
  status: string;
  /** Widget checks, when the assignment has widget polls. */
  checks?: Record<string, WidgetCheck>;
}

const empty: View = {
  a: null,
  code: '',
  entries: [],
  unreadable: [],
  refusals: [],
  assignments: [],
  storage: '',
  pending: 0,
  status: '',
};

const stamp = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' });

/** The gradebook's state and actions for the polls of the course. */
export function useGradebook(polls: Record<string, PollInfo>) {
  const [view, setView] = useState<View>(empty);
  const st = useRef({
    a: null as Assignment | null,
    fp: '',
    code: '',
    checks: undefined as Record<string, WidgetCheck> | undefined,
    unsaved: new Map<string, SavedReport[]>(),
    unsavedRefusals: new Map<string, SavedRefusal[]>(),
    read: new Map<string, { report: Report; graded: GradedReport } | null>(),
    queue: Promise.resolve(),
    pending: 0,
  }).current;
  const patch = (p: Partial<View>) => setView((v) => ({ ...v, ...p }));

  function problem(e: unknown) {
    const unsaved = [...st.unsaved.values()].reduce((n, l) => n + l.length, 0);
    patch({
      storage: storageText(db.isQuotaError(e), String((e as Error)?.message ?? e), unsaved),
    });
  }

  async function reloadAssignments() {
    try {
      patch({ assignments: await db.listAssignments() });
    } catch (e) {
      problem(e);
    }
  }

  async function reload() {
    const { a, fp } = st;
    if (!a) return;
    let saved: SavedReport[] = [];
    let refusals: SavedRefusal[] = [];
    try {
      saved = await db.listReports(fp);
      refusals = await db.listRefusals(fp);
    } catch (e) {
      problem(e);
    }
    const ids = new Set(saved.map((r) => r.id));
    const unsaved = (st.unsaved.get(fp) ?? []).filter((r) => !ids.has(r.id));
    const entries: Entry[] = [];
    const unreadable: SavedReport[] = [];
    for (const s of [...saved, ...unsaved]) {
      if (!st.read.has(s.id)) {
        const r = await decodeReport(s.code, a);
        st.read.set(
          s.id,
          r.ok ? { report: r.report, graded: gradeReport(r.report, a, polls, st.checks) } : null,
        );
      }
      const got = st.read.get(s.id);
      if (got) entries.push({ saved: s, ...got, unsaved: !ids.has(s.id) });
      else unreadable.push(s);
    }
    const refusalIds = new Set(refusals.map((r) => r.id));
    const allRefusals = [
      ...refusals.map((r) => ({ ...r, unsaved: false })),
      ...(st.unsavedRefusals.get(fp) ?? [])
        .filter((r) => !refusalIds.has(r.id))
        .map((r) => ({ ...r, unsaved: true })),
    ];
    if (st.fp === fp) patch({ entries, unreadable, refusals: allRefusals });
  }

  async function open(text: string) {
    const r = await decodeAssignment(text);
    if (!r.ok) return patch({ status: linkError(r.error, r.detail) });
    const a = r.assignment;
    st.checks = a.polls.some((p) => own(polls, p)?.gradable.type === 'widget')
      ? (await import('../../quiz/widget-checks.ts')).widgetChecks
      : undefined;
    st.a = a;
    st.fp = db.fingerprint(a);
    st.code = r.code;
    st.read.clear();
    patch({ a, code: r.code, checks: st.checks, entries: [], unreadable: [], refusals: [] });
    try {
      const rec = await db.saveAssignment({
        fp: st.fp,
        code: r.code,
        title: a.title,
        openedAt: Date.now(),
      });
      await carryOver(rec, a);
    } catch (e) {
      problem(e);
    }
    await reloadAssignments();
    await reload();
    const n = (await db.listReports(st.fp).catch(() => [])).length;
    patch({ status: `Gradebook of “${a.title}” opened with ${n} saved report(s).` });
  }

  /** Queues an import of sources for the open assignment (imports never run side by side). */
  function importSources(sources: Source[], batch: string) {
    const { a, fp } = st;
    if (!a || sources.length === 0) return;
    st.pending++;
    patch({ pending: st.pending });
    const run = async () => {
      try {
        const known = new Set((st.unsaved.get(fp) ?? []).map((r) => r.code));
        try {
          for (const r of await db.listReports(fp)) known.add(r.code);
        } catch (e) {
          problem(e);
        }
        const { accepted, refused } = await readReports(sources, a, known);
        const at = Date.now();
        const label = `${batch}, ${stamp(at)}`;
        const { recs, refs } = await records(fp, label, at, accepted, refused);
        try {
          await db.saveReports(recs);
          await db.saveRefusals(refs);
          db.announce(fp);
        } catch (e) {
          st.unsaved.set(fp, [...(st.unsaved.get(fp) ?? []), ...recs]);
          st.unsavedRefusals.set(fp, [...(st.unsavedRefusals.get(fp) ?? []), ...refs]);
          problem(e);
        }
        if (st.fp === fp) {
          await reload();
          patch({
            status: `${recs.length} report(s) imported, ${refs.length} not counted (${label}).`,
          });
        }
      } catch (e) {
        patch({ status: `The import stopped: ${String((e as Error)?.message ?? e)}` });
      } finally {
        st.pending--;
        patch({ pending: st.pending });
      }
    };
    st.queue = st.queue.then(run);
  }

  /** Saves what the browser refused before; the storage message goes once all is saved. */
  async function retrySave() {
    try {
      for (const [fp, list] of st.unsaved) {
        await db.saveReports(list);
        st.unsaved.delete(fp);
        db.announce(fp);
      }
      for (const [fp, list] of st.unsavedRefusals) {
        await db.saveRefusals(list);
        st.unsavedRefusals.delete(fp);
      }
      patch({ storage: '', status: 'Everything on this page is saved now.' });
    } catch (e) {
      problem(e);
    }
    await reload();
  }

  async function change(what: () => Promise<void>, status: string) {
    try {
      await what();
      db.announce(st.fp);
      patch({ status });
    } catch (e) {
      problem(e);
    }
    await reload();
  }

  const dropUnsaved = (id: string) =>
    st.unsaved.set(
      st.fp,
      (st.unsaved.get(st.fp) ?? []).filter((r) => r.id !== id),
    );

  const actions = {
    open,
    importSources,
    retrySave,
    remove: (e: Entry | SavedReport) => {
      const s = 'saved' in e ? e.saved : e;
      dropUnsaved(s.id);
      return change(() => db.removeReport(s.id), `The report from ${s.source} was removed.`);
    },
    choose: (e: Entry) => {
      const at = Date.now();
      for (const r of st.unsaved.get(st.fp) ?? []) if (r.id === e.saved.id) r.chosenAt = at;
      return change(
        () => db.chooseReport(e.saved.id, at),
        `${e.report.name}: the report from ${e.saved.source} counts now.`,
      );
    },
    clearReports: () => {
      st.unsaved.delete(st.fp);
      st.unsavedRefusals.delete(st.fp);
      return change(
        () => db.clearAssignment(st.fp),
        'Every report of this assignment was removed.',
      );
    },
    clearNotCounted: () => {
      st.unsavedRefusals.delete(st.fp);
      return change(() => db.clearRefusals(st.fp), 'The “Not counted” list was emptied.');
    },
    archive: async (on: boolean) => {
      const { a, fp, code } = st;
      if (!a) return;
      await change(
        async () => void (await db.saveAssignment({ fp, code, title: a.title, archived: on })),
        on
          ? `“${a.title}” is archived: hidden from the list, its reports kept.`
          : `“${a.title}” is back in the list.`,
      );
      await reloadAssignments();
    },
    backup: async () => {
      let entries: BackupEntry[];
      try {
        entries = await savedEntries();
      } catch (e) {
        problem(e);
        // Storage cannot be read: the backup holds at least what this page has.
        const assignment = { fp: st.fp, code: st.code, title: st.a?.title ?? '', addedAt: 0 };
        entries = st.a
          ? [{ assignment: { ...assignment, archived: false }, reports: [], refused: [] }]
          : [];
      }
      withUnsaved(entries, st.unsaved, st.unsavedRefusals);
      const day = new Date().toISOString().slice(0, 10);
      download(makeBackup(entries, Date.now()), `gradebook-backup-${day}.json`, 'application/json');
      patch({ status: `Backup of ${entries.length} assignment(s) downloaded.` });
    },
    restore: async (file: File) => {
      const read = await readBackup(await file.text(), Date.now());
      if (!read.ok) return patch({ status: read.why });
      const { added, already, error } = await restoreEntries(read.entries);
      if (error !== undefined) problem(error);
      const bad =
        read.badAssignments + read.badReports > 0
          ? ` Not restored, because they no longer verify: ${read.badAssignments} assignment(s), ${read.badReports} report(s).`
          : '';
      patch({
        status: `Backup restored: ${read.entries.length} assignment(s), ${added} report(s) added, ${already} already here.${bad}`,
      });
      await reloadAssignments();
      await reload();
    },
  };

  useEffect(() => {
    const off = db.onAnnounce((fp) => {
      void reloadAssignments();
      if (fp === st.fp) void reload();
    });
    // A link to another assignment followed on this page changes only the fragment.
    const onHash = () => location.hash.length > 1 && void open(location.hash.slice(1));
    addEventListener('hashchange', onHash);
    void (async () => {
      try {
        // Oldest first, so the newest made assignment is also the newest here.
        for (const m of [...$madeAssignments.get()].reverse())
          await db.saveAssignment({
            fp: db.fingerprint(m.assignment),
            code: m.code,
            title: m.assignment.title,
          });
      } catch (e) {
        problem(e);
      }
      await reloadAssignments();
      const list = await db.listAssignments().catch(() => []);
      const last = list
        .filter((x) => !x.archived)
        .sort((x, y) => (y.openedAt ?? y.addedAt) - (x.openedAt ?? x.addedAt))[0];
      const initial = location.hash.slice(1) || last?.code || $madeAssignments.get()[0]?.code || '';
      if (initial) await open(initial);
    })();
    return () => {
      off();
      removeEventListener('hashchange', onHash);
    };
  }, []);

  return { view, actions };
}
