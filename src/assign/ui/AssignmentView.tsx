import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { decodeAssignment } from '../assignment.ts';
import type { CatalogLesson } from '../catalog.ts';
import type { PollInfo } from '../grading.ts';
import { own } from '../own.ts';
import { $assignment, $learnerAssignments, forgetAssignment, openAssignment } from '../store.ts';
import { dueText, linkError, timeLeft } from '../strings.ts';
import { visible } from '../visible.ts';
import { $pollStates } from '../../progress/store.ts';
import type { PollState } from '../../progress/derive.ts';
import { ReportMaker } from './ReportMaker.tsx';

const pollStatus = (s: PollState | undefined) =>
  !s
    ? 'not tried yet'
    : s.firstTryCorrect
      ? 'right first time'
      : s.solved
        ? `right after ${s.attempts} tries`
        : `tried ${s.attempts}×, not right yet`;

/** The learner's assignment page: opens a link's assignment, lists its items with live status, makes the report. */
export default function AssignmentView({
  lessons,
  polls,
}: {
  lessons: CatalogLesson[];
  polls: Record<string, PollInfo>;
}) {
  const remembered = useStore($assignment);
  const list = useStore($learnerAssignments);
  const states = useStore($pollStates);
  const [error, setError] = useState('');
  useEffect(() => {
    const read = () => {
      const fragment =
        location.hash.slice(1) || new URLSearchParams(location.search).get('a') || '';
      if (!fragment) return;
      void decodeAssignment(fragment).then((r) => {
        if (r.ok) {
          setError('');
          if (!openAssignment({ assignment: r.assignment, code: r.code }))
            setError('Your browser’s storage is full, so this assignment cannot be kept.');
          history.replaceState(null, '', location.pathname);
        } else setError(linkError(r.error, r.detail));
      });
    };
    read();
    // A second link followed on this page changes only the fragment.
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  if (!remembered) {
    return (
      <div class="nn-widget">
        {error ? (
          <p role="alert">{error}</p>
        ) : (
          <p>You have no assignment yet. Open the link your teacher gave you.</p>
        )}
      </div>
    );
  }
  const a = remembered.assignment;
  const byId = new Map(lessons.map((l, i) => [l.id, { ...l, n: i + 1 }]));
  const state = (p: string) => own(states, p);
  const solved = a.polls.filter((p) => state(p)?.solved).length;
  const others = list.filter((x) => x.code !== remembered.code);
  return (
    <div class="assign-view">
      {error && <p role="alert">{error} The assignment you opened before is still shown.</p>}
      {others.length > 0 && (
        <nav class="nn-widget" aria-labelledby="assign-list">
          <h2 id="assign-list" class="nn-widget-title">
            Your other assignments
          </h2>
          <ul>
            {others.map((x) => (
              <li key={x.code}>
                <button type="button" class="nn-button" onClick={() => openAssignment(x)}>
                  Show “<bdi>{visible(x.assignment.title)}</bdi>”
                </button>{' '}
                ({timeLeft(x.assignment.due, Date.now())})
              </li>
            ))}
          </ul>
        </nav>
      )}
      <section class="nn-widget" aria-labelledby="assign-title">
        <h2 id="assign-title" class="nn-widget-title">
          <bdi>{visible(a.title)}</bdi>
        </h2>
        <p>
          Due: {dueText(a.due)} ({timeLeft(a.due, Date.now())})
        </p>
        {a.instructions && <p class="assign-instructions">{a.instructions}</p>}
        <p role="status">
          {solved} of {a.polls.length} polls answered correctly.
        </p>
        <h3>Read</h3>
        <ul class="assign-items">
          {a.lessons.map((l) => {
            const lesson = byId.get(l.lesson);
            if (!lesson)
              return <li key={l.lesson}>{l.lesson} (this lesson is no longer in the course)</li>;
            const mine = a.polls.filter((p) => lesson.polls.includes(p));
            const done = mine.filter((p) => state(p)?.solved).length;
            return (
              <li key={l.lesson}>
                <a href={lesson.href}>
                  Lesson {lesson.n}: {lesson.title}
                </a>{' '}
                {mine.length > 0 && `— ${done} of ${mine.length} polls right`}
                {l.sections && (
                  <ul>
                    {l.sections.map((s) => (
                      <li key={s}>
                        <a href={`${lesson.href}#${s}`}>
                          {lesson.sections.find((x) => x.id === s)?.text ?? s}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
        <h3>Answer</h3>
        <ul class="assign-items">
          {a.polls.map((p) => {
            const info = own(polls, p);
            const lesson = info ? byId.get(info.lesson) : undefined;
            const s = state(p);
            return (
              <li key={p}>
                <span aria-hidden="true">{s?.solved ? '✓ ' : s ? '○ ' : '· '}</span>
                {info && lesson ? <a href={`${lesson.href}#poll-${p}-q`}>{info.title}</a> : p}:{' '}
                <span>{info ? pollStatus(s) : 'not a poll of this course'}</span>
              </li>
            );
          })}
        </ul>
      </section>
      <ReportMaker remembered={remembered} />
      <button
        type="button"
        class="nn-button"
        onClick={() => {
          if (window.confirm(`Forget “${a.title}” in this browser?`)) forgetAssignment(remembered);
        }}
      >
        Forget this assignment
      </button>
    </div>
  );
}
