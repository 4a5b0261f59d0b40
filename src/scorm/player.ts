// The package's entry page at run time: shows the assignment's lessons in a
// frame, finds the LMS, restores and reports progress (session.ts), and says
// in plain words what happens. Without an LMS it is the normal assignment.
import { checkAssignment } from '../assign/assignment.ts';
import type { PollInfo } from '../assign/grading.ts';
import { $progress, $storageNotice, replaceProgress } from '../progress/store.ts';
import { STORE_VERSION } from '../progress/log.ts';
import { findApi } from './api.ts';
import { lessonLinks, type PlayerLesson } from './player-nav.ts';
import { mergeRestored } from './restore.ts';
import { ScormSession, type SyncOutcome } from './session.ts';
import type { PackageData } from './package.ts';
import { noLmsText, notStartedText, retryText } from './strings.ts';

const LEARNER_KEY = 'nn-course:scorm:learner:v1';
// Waits before saving again after the LMS refused (the last one repeats).
const RETRY_MS = [2000, 5000, 10_000, 30_000];

/** True when the browser refused storage, so answers live only in this page. */
const memoryOnly = () => $storageNotice.get()?.kind === 'memory';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const json = (id: string): unknown => JSON.parse(byId(id).textContent || 'null');

function rememberLearner(id: string): boolean {
  try {
    const before = localStorage.getItem(LEARNER_KEY);
    localStorage.setItem(LEARNER_KEY, id);
    return before === null || before === id;
  } catch {
    return true; // no storage: nothing of another learner's can be here either
  }
}

async function main(): Promise<void> {
  const data = json('nn-scorm-data') as PackageData | null;
  if (!data) return; // the public site's copy: the page explains itself
  const a = checkAssignment(data.assignment);
  const { lessons, polls } = json('nn-scorm-catalog') as {
    lessons: PlayerLesson[];
    polls: Record<string, PollInfo>;
  };
  const status = byId('player-status');
  const error = byId('player-error');
  const retry = byId<HTMLButtonElement>('player-retry');
  const frame = byId<HTMLIFrameElement>('player-frame');
  if (!a) {
    error.textContent =
      'This package holds no readable assignment. Ask your teacher for a new one.';
    return;
  }
  byId('player-title').textContent = a.title;
  byId('player-about').textContent = a.instructions;
  const nav = lessonLinks(byId('player-lessons'), a, lessons, frame);
  frame.hidden = false;

  const api = findApi(window);
  const solved = () => {
    const done = new Set(
      $progress
        .get()
        .attempts.filter((x) => x.correct)
        .map((x) => x.poll),
    );
    return a.polls.filter((p) => done.has(p)).length;
  };
  if (!api) {
    const say = () => (status.textContent = noLmsText(memoryOnly(), solved(), a.polls.length));
    say();
    $progress.listen(say);
    nav.open('');
    return;
  }

  const checks = Object.values(polls).some(
    (p) => a.polls.includes(p.id) && p.gradable.type === 'widget',
  )
    ? (await import('../quiz/widget-checks.ts')).widgetChecks
    : undefined;
  const session = new ScormSession(api, {
    assignment: a,
    polls,
    passMark: data.passMark,
    now: Date.now,
    checks,
  });
  const started = session.start();
  if (!started.ok) {
    error.textContent = notStartedText(started.message, memoryOnly());
    nav.open('');
    return;
  }
  const same = rememberLearner(started.learner);
  replaceProgress({
    version: STORE_VERSION,
    attempts: mergeRestored($progress.get().attempts, started.restored, a.polls, same),
  });

  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (r: SyncOutcome) => {
    if (r.ok) {
      failures = 0;
      error.textContent = '';
      retry.hidden = true;
      status.textContent = `Saved to your LMS: ${solved()} of ${a.polls.length} polls right, score ${r.result.raw} of 100, ${r.result.status}.`;
      return;
    }
    const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)];
    failures++;
    error.textContent = retryText(r.message, memoryOnly(), wait / 1000);
    retry.hidden = false;
    clearTimeout(timer);
    timer = setTimeout(sync, wait);
  };
  const sync = () => show(session.sync($progress.get().attempts, nav.current()));
  retry.addEventListener('click', sync);
  $progress.listen(sync);
  frame.addEventListener('load', sync);
  nav.open(started.location);
  sync();
  let done = false;
  const leave = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    session.finish($progress.get().attempts, nav.current());
  };
  window.addEventListener('pagehide', leave);
  window.addEventListener('beforeunload', leave);
}

void main();
