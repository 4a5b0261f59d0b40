import type { CatalogLesson } from '../../assign/catalog.ts';
import type { PollInfo } from '../../assign/grading.ts';
import { own } from '../../assign/own.ts';
import { dueText, timeLeft } from '../../assign/strings.ts';
import type { MyAssignment } from '../api.ts';
import { statusLine, statusWords } from '../status.ts';
import { pageText as t, statusText as s } from '../strings.ts';

/** One published assignment: due time, server status, what to read and answer as links into the lessons. */
export function AssignmentCard({
  a,
  lessons,
  polls,
  waiting,
  now,
}: {
  a: MyAssignment;
  lessons: CatalogLesson[];
  polls: Record<string, PollInfo>;
  waiting: Record<string, number>;
  now: number;
}) {
  const spec = a.assignment;
  const byId = new Map(lessons.map((l, i) => [l.id, { ...l, n: i + 1 }]));
  const words = statusWords(a, now);
  const queued = spec.polls.reduce((n, p) => n + (waiting[p] ?? 0), 0);
  const titleId = `class-asg-${spec.id}`;
  return (
    <section class="nn-widget class-assignment" aria-labelledby={titleId}>
      <h3 id={titleId} class="nn-widget-title">
        <bdi>{spec.title}</bdi>
      </h3>
      <p class={`class-status class-status-${words.tone}`}>{statusLine(words)}</p>
      {queued > 0 && <p class="class-waiting">{s.waiting(queued)}</p>}
      <p>
        {t.due}: {spec.due === null ? t.noDue : `${dueText(spec.due)} (${timeLeft(spec.due, now)})`}
      </p>
      {spec.instructions && <p class="assign-instructions">{spec.instructions}</p>}
      <h4>{t.read}</h4>
      <ul class="assign-items">
        {spec.lessons.map((l) => {
          const lesson = byId.get(l.lesson);
          if (!lesson) return <li key={l.lesson}>{t.missingLesson(l.lesson)}</li>;
          return (
            <li key={l.lesson}>
              <a href={lesson.href}>{t.lessonN(lesson.n, lesson.title)}</a>
              {l.sections ? (
                <ul>
                  {l.sections.map((id) => (
                    <li key={id}>
                      <a href={`${lesson.href}#${id}`}>
                        {lesson.sections.find((x) => x.id === id)?.text ?? id}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                ` (${t.wholeLesson})`
              )}
            </li>
          );
        })}
      </ul>
      <h4>{t.answer}</h4>
      <ul class="assign-items">
        {spec.polls.map((p) => {
          const info = own(polls, p);
          const lesson = info ? byId.get(info.lesson) : undefined;
          const outcome = a.polls[p]?.outcome ?? 'none';
          const n = waiting[p] ?? 0;
          return (
            <li key={p}>
              <span aria-hidden="true">{outcome === 'none' ? '○ ' : '✓ '}</span>
              {info && lesson ? (
                <a href={`${lesson.href}#poll-${p}-q`}>{info.title}</a>
              ) : (
                t.missingPoll(p)
              )}
              : {n > 0 ? s.waiting(n) : s.outcome[outcome]}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
